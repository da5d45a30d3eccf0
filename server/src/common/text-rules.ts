import { Matches, type ValidationOptions } from 'class-validator';

/**
 * PostgreSQL cannot store the NUL character in text; without this rule such input reached the database
 * and came back as an internal error instead of a refusal that names the field.
 */
export function NoNulCharacter(options: ValidationOptions = {}): PropertyDecorator {
  // eslint-disable-next-line no-control-regex -- matching NUL is the point of this rule
  return Matches(/^[^\u0000]*$/, { message: '$property may not contain the NUL character', context: { rule: 'noNulCharacter' }, ...options });
}

/** A name must say something: only spaces would be stored as an empty name after trimming. */
export function NotBlank(options: ValidationOptions = {}): PropertyDecorator {
  return Matches(/\S/, { message: '$property may not be empty or only spaces', context: { rule: 'notBlank' }, ...options });
}
