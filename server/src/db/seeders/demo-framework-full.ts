import full from './data/illustrative-framework-full.json';
import { DEMO_FRAMEWORK, type FrameworkSpec } from './demo-framework';

/**
 * The full-size illustrative framework: the shape of the scheme's 2019 version (49 norms over the three
 * categories), with example evidence and example questions per norm. Its texts live in the data file and are
 * written by LabelCycle; the version is marked illustrative, so every screen says they are not official norms.
 * The schema has no field for example questions, so they are part of the norm's guidance.
 */
export const FULL_DEMO_FRAMEWORK: FrameworkSpec = {
  name: full.name,
  version: full.version,
  effectiveDate: full.effectiveDate,
  competencies: DEMO_FRAMEWORK.competencies,
  categories: full.categories.map((c) => ({
    code: c.code,
    title: c.title,
    norms: c.norms.map((n) => ({
      code: n.code,
      title: `${n.title} (illustratief)`,
      description: `Illustratief: ${n.description}`,
      guidance: ['Illustratieve voorbeeldvragen:', ...n.exampleQuestions.map((q) => `- ${q}`)].join('\n'),
      exampleEvidence: `Illustratief: ${n.exampleEvidence}`,
      competencies: n.competencies,
    })),
  })),
};
