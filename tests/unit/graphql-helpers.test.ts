import { stripLeadingTitles } from '../../src/domain/titles';
import { decodeCursor, encodeCursor, parsePage } from '../../src/graphql/args';
import { bearerToken, tokensEqual, writeAccess } from '../../src/graphql/auth';
import { FragmentDefinitionNode, Kind, OperationDefinitionNode, parse } from 'graphql';
import { entitySearchQuery, escapeLucene } from '../../src/graphql/lucene';
import { asksEventEntities } from '../../src/graphql/resolvers/query';

describe('titles', () => {
  it.each([
    ['president lee', 'lee'],
    ['prime minister sanae takaichi', 'sanae takaichi'],
    ['vice president dr kim', 'kim'],
    ['secretary general guterres', 'guterres'],
    ['south korean president lee jae myung', 'south korean president lee jae myung'],
    ['president', 'president'],
  ])('%s -> %s', (key, stripped) => expect(stripLeadingTitles(key)).toBe(stripped));
});

describe('paging', () => {
  it('round-trips cursors and turns after into the next offset', () => {
    expect(decodeCursor(encodeCursor(41))).toBe(41);
    expect(parsePage({ first: 5, after: encodeCursor(9) })).toEqual({ skip: 10, limit: 5 });
    expect(parsePage({})).toEqual({ skip: 0, limit: 20 });
    expect(decodeCursor('garbage')).toBeNull();
  });
  it('refuses first above 100 with the argument path', () => {
    expect(() => parsePage({ first: 101 })).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argumentPath: ['first'] } }));
  });
});

describe('asksEventEntities (participants read with the events page)', () => {
  /** The resolve info of the first root field of `source`, as graphql-js builds it. */
  const infoOf = (source: string) => {
    const document = parse(source);
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const fragments = Object.fromEntries(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    return { fieldNodes: [operation.selectionSet.selections[0]] as never, fragments };
  };
  it.each([
    ['{ events { edges { node { id participants { id } } } } }', true],
    ['{ events { edges { node { places { id } } } } }', true],
    ['{ e: events { list: edges { n: node { a: agreements { id } } } } }', true],
    ['{ events { edges { node { ...F } } } } fragment F on Event { participants { id } }', true],
    ['{ events { ...C } } fragment C on EventConnection { edges { node { ... on Event { places { id } } } } }', true],
    ['{ events { edges { node { id date claims { id } } } } }', false],
    ['{ events { totalCount matchedEntities { id } } }', false],
    ['{ events { edges { node { ...F } } } } fragment F on Event { id ...F }', false],
  ])('%s -> %s', (source, expected) => expect(asksEventEntities(infoOf(source))).toBe(expected));
});

describe('lucene', () => {
  it('escapes every special character', () => {
    expect(escapeLucene('a+b-c&&d||e!(f){g}[h]^"i"~j*k?l:m\\n/o')).toBe('a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^\\"i\\"\\~j\\*k\\?l\\:m\\\\n\\/o');
  });
  it('builds a phrase, all-words and fuzzy query from the words only', () => {
    expect(entitySearchQuery('Lee Jae-myung')).toBe('"lee jae myung"^4 OR (lee AND jae AND myung)^2 OR (lee AND jae AND (myung~1 OR myung*))');
    expect(entitySearchQuery('AND OR: (*)')).toBe('"and or"^4 OR (and AND or)^2 OR (and AND (or OR or*))');
    expect(entitySearchQuery('!!!')).toBeNull();
  });
});

describe('auth', () => {
  const tokens = { ingestToken: 'ingest-token-0123456789', readToken: 'read-token-0123456789' };
  it('reads bearer tokens', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('bearer  abc ')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
  it('compares tokens of any length in constant time', () => {
    expect(tokensEqual('a', 'a')).toBe(true);
    expect(tokensEqual('a', 'ab')).toBe(false);
  });
  it('classifies write access', () => {
    expect(writeAccess(null, {})).toBe('disabled');
    expect(writeAccess(null, tokens)).toBe('missing');
    expect(writeAccess('nope', tokens)).toBe('invalid');
    expect(writeAccess(tokens.readToken, tokens)).toBe('read-only');
    expect(writeAccess(tokens.ingestToken, tokens)).toBe('granted');
  });
});
