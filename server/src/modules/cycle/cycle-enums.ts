import { registerEnumType } from 'type-graphql';
import { PHASES, SCORES, STAGES, VARIANTS, type Phase, type Score, type Stage, type Variant } from '../../../../workflows/src/rules';

/** GraphQL enums built from the process rules, so the API and the workflow cannot drift apart. */
export function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const CyclePhase = enumObject<Phase>(PHASES);
export const CycleVariant = enumObject<Variant>(VARIANTS);
export const NormScore = enumObject<Score>(SCORES);
export const CycleStage = enumObject<Stage>(STAGES);
export const TimelineStepStatus = enumObject(['DONE', 'CURRENT', 'UPCOMING'] as const);

registerEnumType(CyclePhase, { name: 'CyclePhase', description: 'Where a certification cycle stands.' });
registerEnumType(CycleVariant, { name: 'CycleVariant' });
registerEnumType(CycleStage, { name: 'CycleStage', description: 'The stages of a cycle, as shown on its timeline.' });
registerEnumType(TimelineStepStatus, { name: 'StepStatus' });
registerEnumType(NormScore, {
  name: 'NormScore',
  description: 'MEETS = voldoet, PARTLY_MEETS = voldoet deels, DOES_NOT_MEET = voldoet niet.',
});

export { PHASES, SCORES, VARIANTS, type Phase, type Score, type Variant };
