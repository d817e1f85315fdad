import path from 'node:path';

/** Files and folders of one local instance under `<root>/instances/<name>/`. */
export interface InstancePaths {
  name: string;
  home: string;
  confDir: string;
  confFile: string;
  dataDir: string;
  logsDir: string;
  runDir: string;
  /** Written by the process that started the JVM; lets other processes reuse or stop it. */
  stateFile: string;
  /** JVM stdout and stderr. */
  consoleLog: string;
}

/** Resolves the layout of instance `name`; instance names are plain folder names. */
export function instancePaths(root: string, name: string): InstancePaths {
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(name)) {
    throw new Error(`Invalid Neo4j instance name '${name}': use letters, digits, '-' and '_'.`);
  }
  const home = path.resolve(root, 'instances', name);
  return {
    name,
    home,
    confDir: path.join(home, 'conf'),
    confFile: path.join(home, 'conf', 'neo4j.conf'),
    dataDir: path.join(home, 'data'),
    logsDir: path.join(home, 'logs'),
    runDir: path.join(home, 'run'),
    stateFile: path.join(home, 'run', 'state.json'),
    consoleLog: path.join(home, 'logs', 'console.log'),
  };
}
