import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Where the contract takes IDs, read from schema/schema.graphql: what the tests generated from the schema
 * (the access matrix, the ID refusals, things deleted meanwhile) cover, so that a new operation or field
 * that takes an ID fails them until it is in their tables.
 */

export const FILE_SCHEMA = buildSchema(readFileSync(path.resolve(__dirname, '../../schema/schema.graphql'), 'utf8'));

/** True when the type is an ID, or an input object with an ID field somewhere inside. */
export function carriesId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => carriesId(f.type, seen));
}
const idTaking = (args: readonly GraphQLArgument[]) => args.some((a) => carriesId(a.type));

/** The queries and mutations that take an ID anywhere in their arguments, by name. */
export function idTakingRootFields(schema: GraphQLSchema) {
  return {
    queries: Object.values(schema.getQueryType()!.getFields()).filter((f) => idTaking(f.args)).map((f) => f.name).sort(),
    mutations: Object.values(schema.getMutationType()!.getFields()).filter((f) => idTaking(f.args)).map((f) => f.name).sort(),
  };
}

/** One place an ID goes in: `operation(id)` has path `id`, `operation(input: { cycleId })` has `input.cycleId`. */
export interface IdSlot {
  kind: 'query' | 'mutation';
  operation: string;
  path: string;
  /** [ID]: a list of IDs. */
  list: boolean;
}

function slotsIn(type: GraphQLInputType, at: string, seen: Set<string>): { path: string; list: boolean }[] {
  const named = getNamedType(type);
  if (named.name === 'ID') return [{ path: at, list: isListType(getNullableType(type)) }];
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  return Object.values(named.getFields()).flatMap((f) => slotsIn(f.type, `${at}.${f.name}`, new Set([...seen, named.name])));
}

/** Every ID argument and ID input field of every query and mutation. */
export function idSlots(schema: GraphQLSchema): IdSlot[] {
  const roots = [
    ['query', schema.getQueryType()!],
    ['mutation', schema.getMutationType()!],
  ] as const;
  return roots.flatMap(([kind, root]) =>
    Object.values(root.getFields()).flatMap((field) =>
      field.args.flatMap((arg) => slotsIn(arg.type, arg.name, new Set()).map((slot) => ({ kind, operation: field.name, ...slot }))),
    ),
  );
}
