/** The Neo4j server release the project runs locally (Community Edition, from Maven Central). */
export const NEO4J_VERSION = '5.26.30';

/** The Neo4j Browser release served by the local server at `/browser/`. */
export const NEO4J_BROWSER_VERSION = '5.24.0';
