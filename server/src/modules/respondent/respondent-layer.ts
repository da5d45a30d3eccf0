import { registerEnumType } from 'type-graphql';
import { RESPONDENT_LAYERS, type RespondentLayer } from '../../../../workflows/src/rules';
import { enumObject } from '../cycle/cycle-enums';

/** The GraphQL enum of the process model's layers, in their order (pooling walks it). */
export const RespondentLayerEnum = enumObject<RespondentLayer>(RESPONDENT_LAYERS);

registerEnumType(RespondentLayerEnum, {
  name: 'RespondentLayer',
  description: 'The layer of the organisation a respondent answers from; ordered from the work floor up.',
});

export { RESPONDENT_LAYERS, type RespondentLayer };
