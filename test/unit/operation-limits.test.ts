import 'reflect-metadata';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { getOperationAST, Kind, Lexer, parse, print, Source, specifiedRules, TokenKind, validate, type DocumentNode } from 'graphql';
import * as clientDocuments from '../../client/src/gql/graphql';
import { loadConfig } from '../../server/src/config';
import { buildGraphqlSchema } from '../../server/src/graphql/build-schema';
import { operationCost, operationLimits } from '../../server/src/graphql/operation-limits';

/**
 * The limits against the documents the web client really sends: with their defaults, every one of them
 * passes with room to spare, its pages at the schema's default size (50, the largest the client asks for).
 */
const schema = buildGraphqlSchema();
const config = loadConfig({});
const limits = {
  maxDepth: config.GRAPHQL_MAX_DEPTH,
  maxCost: config.GRAPHQL_MAX_COST,
  maxAliases: config.GRAPHQL_MAX_ALIASES,
  maxDirectives: config.GRAPHQL_MAX_DIRECTIVES,
  maxTokens: config.GRAPHQL_MAX_TOKENS,
};
const { validationRules } = operationLimits(limits);

function tokens(text: string): number {
  const lexer = new Lexer(new Source(text));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
}

// Apollo Client adds __typename to every selection set before sending; so does this.
const sent = Object.entries(clientDocuments)
  .filter(([name, value]) => name.endsWith('Document') && (value as DocumentNode)?.kind === Kind.DOCUMENT)
  .map(([name, value]) => [name, print(addTypenameToDocument(value as DocumentNode))] as const);

describe('the default operation limits and the web client', () => {
  it('finds the client documents', () => {
    expect(sent.length).toBeGreaterThan(40);
  });

  it.each(sent)('%s is within every limit, with room to spare', (_name, text) => {
    expect(tokens(text)).toBeLessThan(limits.maxTokens / 2);
    const document = parse(text, { maxTokens: limits.maxTokens });
    expect(validate(schema, document, [...specifiedRules, ...validationRules])).toEqual([]);
    const operation = getOperationAST(document)!;
    // No variables: every `first: $first` counts at the schema's default page size.
    expect(operationCost(schema, document, operation, {})).toBeLessThan(limits.maxCost / 2);
  });
});

describe('the cost rule', () => {
  const cost = (query: string, variables: Record<string, unknown> = {}) => {
    const document = parse(query);
    return operationCost(schema, document, getOperationAST(document)!, variables);
  };

  it('counts a page at the size it asks for, as written, as a variable, or the default', () => {
    // cycles + (nodes + id) per row.
    expect(cost(`{ cycles(first: 10) { nodes { id } } }`)).toBe(1 + 10 * 2);
    expect(cost(`query($n: Int!) { cycles(first: $n) { nodes { id } } }`, { n: 300 })).toBe(1 + 300 * 2);
    expect(cost(`{ cycles { nodes { id } } }`)).toBe(1 + 50 * 2);
  });

  it('counts a fragment as often as it is spread, and measures it once', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join('\n');
    const query = `{ ...F0 }\n${fragments}\nfragment F${levels} on Query { __typename }`;
    const started = process.hrtime.bigint();
    expect(cost(query)).toBe(2 ** levels);
    // 2^40 spreads measured one by one would take hours.
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(50);
  });
});
