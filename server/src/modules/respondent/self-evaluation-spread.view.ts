import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ScoreCounts } from '../cycle/score-counts.view';
import { RespondentLayerEnum, type RespondentLayer } from './respondent-layer';

@ObjectType()
export class LayerSpread extends ScoreCounts {
  @Field(() => [RespondentLayerEnum], { description: 'One layer, or several pooled when a layer had fewer than three submitted answers on this norm.' })
  layers!: RespondentLayer[];

  @Field({ description: 'True when this group joins layers, or holds fewer than three answers.' })
  pooled!: boolean;

  @Field(() => Int)
  answerCount!: number;
}

@ObjectType()
export class RespondentText {
  @Field(() => ID)
  answerId!: string;

  @Field(() => RespondentLayerEnum)
  layer!: RespondentLayer;

  @Field()
  respondentName!: string;

  @Field()
  text!: string;
}

@ObjectType()
export class NormSpread {
  @Field(() => ID)
  normId!: string;

  @Field(() => LayerSpread, { description: 'All submitted answers on the norm (layers = every layer present, pooled = false).' })
  total!: LayerSpread;

  @Field(() => [LayerSpread])
  groups!: LayerSpread[];

  @Field({ description: "The groups' most common scores differ." })
  layersDiffer!: boolean;

  @Field(() => [RespondentText], { description: "Empty for anyone but the organisation's quality officers." })
  goesWell!: RespondentText[];

  @Field(() => [RespondentText], { description: "Empty for anyone but the organisation's quality officers." })
  toImprove!: RespondentText[];
}

@ObjectType()
export class SelfEvaluationSpread {
  @Field(() => ID)
  cycleId!: string;

  @Field(() => Int)
  invitedCount!: number;

  @Field(() => Int)
  submittedCount!: number;

  @Field(() => [NormSpread], { description: 'Norms with at least one submitted answer, in framework order.' })
  norms!: NormSpread[];
}
