import { getMetadataStorage, validateOrReject, type MetadataStorage, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';

/** type-graphql 2 ignores class-validator decorators unless asked; what it would pass with our settings. */
const OPTIONS: ValidatorOptions = { forbidUnknownValues: true, stopAtFirstError: false, skipMissingProperties: true };

const validated = (value: unknown): value is object => value !== null && typeof value === 'object';

type Rules = ReturnType<MetadataStorage['getTargetValidationMetadatas']>;

/**
 * class-validator works out which rules apply to a class anew on every validation, by testing every class
 * that has rules (a few hundred input and argument classes) for being one of its ancestors: on a list request
 * that was most of the argument check. The rules are registered by decorators as the modules load and never
 * change after, so the answer is remembered per class (and per way of asking); a rule registered later (a
 * module loaded late) forgets every remembered answer. Asking by group or by schema still goes the long way.
 */
export function rememberRulesPerClass(storage: MetadataStorage = getMetadataStorage()): void {
  const marked = storage as MetadataStorage & { rulesRemembered?: true };
  if (marked.rulesRemembered) return;
  marked.rulesRemembered = true;
  const find = storage.getTargetValidationMetadatas.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let known = new WeakMap<object, Map<string, Rules>>();
  storage.addValidationMetadata = (metadata) => {
    known = new WeakMap();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    if (schema || (groups && groups.length > 0)) return find(target, schema, always, strictGroups, groups);
    let byWay = known.get(target);
    if (!byWay) known.set(target, (byWay = new Map()));
    const way = `${always}:${strictGroups}`;
    let rules = byWay.get(way);
    if (!rules) byWay.set(way, (rules = find(target, schema, always, strictGroups, groups)));
    return rules;
  };
}
rememberRulesPerClass();

/**
 * Checks every resolver argument against its class-validator decorators, exactly as type-graphql's own
 * `validate` setting does (objects, and each object of a list; scalars are checked by GraphQL itself), but
 * with class-validator imported once: type-graphql's built-in path requires the module anew for every
 * argument of every request, which showed up as a share of each request's CPU.
 */
export const validateArgs: ValidatorFn = async (value) => {
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(validated).map((item) => validateOrReject(item, OPTIONS)));
    else if (validated(value)) await validateOrReject(value, OPTIONS);
  } catch (err) {
    throw new ArgumentValidationError(err as ConstructorParameters<typeof ArgumentValidationError>[0]);
  }
};
