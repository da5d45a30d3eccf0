import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * A text rule under a name of its own (not class-validator's `matches`), so a refusal names it in
 * `extensions.rule` and two such rules on one field do not share one constraint key.
 */
function textRule(name: string, pattern: RegExp, message: string, options: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name, validator: { validate: (value: unknown) => typeof value === 'string' && pattern.test(value), defaultMessage: () => message } }, options);
}

/**
 * PostgreSQL cannot store the NUL character in text; without this rule such input reached the database
 * and came back as an internal error instead of a refusal that names the field.
 */
export function NoNulCharacter(options: ValidationOptions = {}): PropertyDecorator {
  // eslint-disable-next-line no-control-regex -- matching NUL is the point of this rule
  return textRule('noNulCharacter', /^[^\u0000]*$/, '$property may not contain the NUL character', options);
}

/** A name must say something: only spaces would be stored as an empty name after trimming. */
export function NotBlank(options: ValidationOptions = {}): PropertyDecorator {
  return textRule('notBlank', /\S/, '$property may not be empty or only spaces', options);
}
