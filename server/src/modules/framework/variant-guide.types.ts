import { Field, InputType, ObjectType } from 'type-graphql';
import type { Variant, VariantGuide as GuideData } from '../../../../workflows/src/rules';
import { CycleVariant } from '../cycle/cycle-enums';

/*
 * The decision tree (stroomschema) of a framework version as GraphQL shows and takes it. The rules of a sound
 * tree and of following it live in the process model (process/variant-guide.ts); these are its shapes.
 */

@ObjectType('VariantGuideOption')
@InputType('VariantGuideOptionInput')
export class VariantGuideOption {
  @Field({ description: 'Unique within its question: lower-case letters, digits, - or _.' })
  key!: string;

  @Field()
  label!: string;

  @Field(() => String, { nullable: true, description: 'The key of the question this answer leads to; null ends the walk.' })
  next?: string | null;

  @Field(() => CycleVariant, { nullable: true, description: 'The variant this answer recommends; a later answer on the walk may change it.' })
  variant?: Variant | null;

  @Field(() => Boolean, { nullable: true, description: 'The scope this answer recommends (true: the whole organisation).' })
  wholeOrganisation?: boolean | null;
}

@ObjectType('VariantGuideQuestion')
@InputType('VariantGuideQuestionInput')
export class VariantGuideQuestion {
  @Field({ description: 'Unique in the tree: lower-case letters, digits, - or _.' })
  key!: string;

  @Field()
  text!: string;

  @Field(() => String, { nullable: true, description: 'Why the question matters, shown beside it.' })
  help?: string | null;

  @Field(() => [VariantGuideOption])
  options!: VariantGuideOption[];
}

@ObjectType({ description: 'The questions whose answers recommend a variant and a scope while an organisation prepares its cycle.' })
export class VariantGuide implements GuideData {
  @Field({ description: 'True while this is a placeholder of LabelCycle rather than the tree the sector body loaded.' })
  placeholder!: boolean;

  @Field({ description: 'The key of the first question.' })
  start!: string;

  @Field(() => [VariantGuideQuestion])
  questions!: VariantGuideQuestion[];
}

@InputType({ description: 'A decision tree as the sector body sets it; checked as a whole, every problem named at once.' })
export class VariantGuideInput {
  @Field()
  start!: string;

  @Field(() => [VariantGuideQuestion])
  questions!: VariantGuideQuestion[];
}

/**
 * Until the sector body loads its own tree, a version gets this one: LabelCycle's reading of the three
 * variants, marked as a placeholder wherever it is shown. It is not the scheme's official stroomschema.
 */
export const PLACEHOLDER_GUIDE: VariantGuide = {
  placeholder: true,
  start: 'doel',
  questions: [
    {
      key: 'doel',
      text: 'Wat wilt u met deze toetsing bereiken?',
      help: 'Een externe audit leidt tot een certificaat; een intercollegiale adviesmeting tot een leerrapport en een vermelding in het register.',
      options: [
        { key: 'certificaat', label: 'Een certificaat, na een audit door een certificerende instelling', next: 'samen-leren' },
        { key: 'leren', label: 'Leren met collega-organisaties, zonder certificaat', variant: 'PEER_REVIEW', next: 'omvang' },
      ],
    },
    {
      key: 'samen-leren',
      text: 'Wilt u daarnaast met collega-organisaties een intercollegiale adviesmeting doen?',
      help: 'Beide samen heten een combinatietoets.',
      options: [
        { key: 'ja', label: 'Ja, een combinatietoets', variant: 'COMBINED', next: 'omvang' },
        { key: 'nee', label: 'Nee, alleen de externe audit', variant: 'EXTERNAL_AUDIT', next: 'omvang' },
      ],
    },
    {
      key: 'omvang',
      text: 'Geldt de toetsing voor de hele organisatie?',
      help: 'U kunt ook beginnen met een of meer onderdelen, zoals de wijkteams.',
      options: [
        { key: 'heel', label: 'Ja, de hele organisatie', wholeOrganisation: true },
        { key: 'deel', label: 'Nee, we beginnen met een of meer onderdelen', wholeOrganisation: false },
      ],
    },
  ],
};
