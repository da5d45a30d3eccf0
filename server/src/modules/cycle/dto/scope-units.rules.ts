import { ArrayMaxSize, IsArray, IsString, MaxLength } from 'class-validator';
import { NoNulCharacter, NotBlank } from '../../../common/text-rules';

/** The units a cycle's scope names: the same rules where a cycle starts and where preparation chooses its scope. */
export function ScopeUnitsRules(): PropertyDecorator {
  const rules = [
    IsArray(),
    ArrayMaxSize(100),
    IsString({ each: true }),
    NotBlank({ each: true, message: 'a unit name may not be empty or only spaces' }),
    NoNulCharacter({ each: true }),
    MaxLength(200, { each: true }),
  ];
  return (target, key) => rules.forEach((rule) => rule(target, key));
}
