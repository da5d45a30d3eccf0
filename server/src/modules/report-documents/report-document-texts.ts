import type { Score } from '../cycle/cycle-enums';
import type { Locale } from '../cycle/process-texts';
import { CERTIFICATE_TEXTS } from '../register/certificate-pdf-texts';

/** What the audit report and the self-evaluation share with the certificate: the label and the cycle's facts. */
const sharedWith = (l: Locale) => {
  const { label, scope, wholeOrganisation, variant, framework, institution, noInstitution, variants } = CERTIFICATE_TEXTS[l];
  return { label, scope, wholeOrganisation, variant, framework, institution, noInstitution, variants };
};

/**
 * The words of the audit report and self-evaluation documents, Dutch and English, as the screens word the
 * same things. Norms are named by their code and title from the framework; nothing here speaks for a norm.
 */
export const REPORT_TEXTS = {
  nl: {
    ...sharedWith('nl'),
    page: 'Pagina {page} van {pages}',
    made: 'Gemaakt op {date}.',
    scores: { MEETS: 'Voldoet', PARTLY_MEETS: 'Voldoet deels', DOES_NOT_MEET: 'Voldoet niet', NOT_APPLICABLE: 'Niet van toepassing' } satisfies Record<Score, string>,
    report: {
      title: 'Auditrapport',
      kinds: { DRAFT: 'Concept', FINAL: 'Definitief' },
      draftBanner: 'Concept: de organisatie kan nog reageren',
      state: 'Status',
      leadAuditor: 'Leadauditor',
      coAuditor: 'Co-auditor',
      auditDate: 'Auditdatum',
      issuedAt: 'Uitgebracht op',
      summary: 'Samenvatting',
      strengths: 'Wat goed gaat',
      improvementPoints: 'Verbeterpunten',
      findings: 'Bevindingen per norm',
      score: 'Score',
      noFinding: 'Geen bevinding vastgelegd.',
      reply: 'Reactie van de organisatie op het conceptrapport',
      noReplyYet: 'De organisatie heeft nog niet gereageerd.',
      noReply: 'Er is niet op het conceptrapport gereageerd.',
      advice: 'Advies',
      adviceLater: 'Het advies volgt in het eindrapport.',
    },
    selfEvaluation: {
      title: 'Zelfevaluatie',
      submittedAt: 'Ingediend op {date}',
      notSubmitted: 'Nog niet ingediend: de antwoorden kunnen nog veranderen',
      state: 'Status',
      norms: 'Normen gescoord',
      normsScored: '{done} van {total}',
      category: 'Categorie',
      norm: 'Norm',
      normTitle: 'Titel',
      score: 'Score',
      goesWell: 'Wat gaat goed',
      toImprove: 'Wat kan beter',
      explanation: 'Toelichting',
      changedBy: 'Laatst opgeslagen door',
      changedAt: 'Laatst opgeslagen op',
      lastSaved: 'Laatst opgeslagen door {name} op {date}',
      noScore: 'Nog geen score',
      notAnswered: 'Nog niet beantwoord.',
    },
  },
  en: {
    ...sharedWith('en'),
    page: 'Page {page} of {pages}',
    made: 'Made on {date}.',
    scores: { MEETS: 'Meets', PARTLY_MEETS: 'Partly meets', DOES_NOT_MEET: 'Does not meet', NOT_APPLICABLE: 'Not applicable' } satisfies Record<Score, string>,
    report: {
      title: 'Audit report',
      kinds: { DRAFT: 'Draft', FINAL: 'Final' },
      draftBanner: 'Draft: the organisation may still reply',
      state: 'Status',
      leadAuditor: 'Lead auditor',
      coAuditor: 'Co-auditor',
      auditDate: 'Audit date',
      issuedAt: 'Issued on',
      summary: 'Summary',
      strengths: 'What goes well',
      improvementPoints: 'Improvement points',
      findings: 'Findings per norm',
      score: 'Score',
      noFinding: 'No finding recorded.',
      reply: "The organisation's reply to the draft report",
      noReplyYet: 'The organisation has not replied yet.',
      noReply: 'There was no reply to the draft report.',
      advice: 'Advice',
      adviceLater: 'The advice follows in the final report.',
    },
    selfEvaluation: {
      title: 'Self-evaluation',
      submittedAt: 'Submitted on {date}',
      notSubmitted: 'Not submitted yet: the answers may still change',
      state: 'Status',
      norms: 'Norms scored',
      normsScored: '{done} of {total}',
      category: 'Category',
      norm: 'Norm',
      normTitle: 'Title',
      score: 'Score',
      goesWell: 'What goes well',
      toImprove: 'What could be better',
      explanation: 'Explanation',
      changedBy: 'Last saved by',
      changedAt: 'Last saved on',
      lastSaved: 'Last saved by {name} on {date}',
      noScore: 'No score yet',
      notAnswered: 'Not answered yet.',
    },
  },
} satisfies Record<Locale, unknown>;

export type ReportTexts = (typeof REPORT_TEXTS)[Locale];

/** Fills `{name}` placeholders. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
