/**
 * schema.graphql is the API's documentation: every type, field, argument, input field and
 * enum value carries a description. Walks the schema graphql-js builds from the file.
 */
import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isIntrospectionType, isObjectType, isSpecifiedScalarType } from 'graphql';
import { SCHEMA_PATH } from '../../src/graphql/load-schema';

const schema = buildSchema(readFileSync(SCHEMA_PATH, 'utf8'));
const described = (d: string | null | undefined) => typeof d === 'string' && d.trim().length > 0;

function undocumented(): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!described(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) if (!described(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!described(value.description)) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

describe('schema.graphql documentation', () => {
  it('describes every type, field, argument, input field and enum value', () => {
    expect(undocumented()).toEqual([]);
  });

  it('walks the whole schema (the check is not vacuous)', () => {
    const types = Object.values(schema.getTypeMap()).filter((t) => !isIntrospectionType(t) && !isSpecifiedScalarType(t));
    expect(types.length).toBeGreaterThan(30);
    expect(schema.getQueryType()?.getFields().events?.args.length).toBeGreaterThan(8);
  });

  it('states the cap of every plain list that has a connection sibling', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!(isObjectType(type) || isInterfaceType(type)) || isIntrospectionType(type)) continue;
      const fields = type.getFields();
      for (const name of Object.keys(fields)) {
        const sibling = name === 'mentions' ? 'mentionConnection' : `${name.replace(/s$/, '')}Connection`;
        if (fields[sibling] && !/at most 500/.test(fields[name]!.description ?? '')) missing.push(`${type.name}.${name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
