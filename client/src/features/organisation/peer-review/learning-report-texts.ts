import { useTranslation } from 'react-i18next';
import { registerTexts, type Dictionary } from '../../../i18n/dictionary';

/** Findings of a peer visit and the learning report: texts in the `learningReport` namespace. */
const nl = {
  status: { label: 'Leerrapport', DRAFT: 'In concept', ISSUED: 'Uitgebracht', REPLIED: 'Gereageerd', FINAL: 'Definitief' },
  open: 'Bevindingen',
  openLabel: 'Bevindingen bij het bezoek aan {{name}}',
  openReport: 'Leerrapport',
  openReportLabel: 'Leerrapport van {{name}}',
  back: 'Terug naar mijn auditbezoeken',
  backToGroup: 'Terug naar de intercollegiale adviesmeting',
  visitTitle: 'Bezoek aan {{name}}',
  visitLead: 'Bezoek op {{date}}. Schrijf per norm eerst wat goed gaat en de bedoeling, daarna de leerpunten.',
  notConfirmed: 'De bezochte organisatie heeft de datum nog niet bevestigd; bevindingen schrijft u zodra het bezoek bevestigd is.',
  noNorms: 'Er is nog geen gepubliceerd normenkader.',
  selfEvaluation: {
    heading: 'Zelfevaluatie en bevindingen per norm',
    closed: 'Het leerrapport is definitief; de zelfevaluatie van de organisatie is niet meer voor u in te zien.',
    answer: 'Zelfevaluatie van de organisatie',
    noAnswer: 'Geen antwoord in de zelfevaluatie.',
    evidence: 'Bewijsstukken',
  },
  finding: {
    goesWell: 'Wat gaat goed',
    intention: 'De bedoeling',
    learningPoints: 'Leerpunten',
    save: 'Bevinding opslaan',
    saveNorm: 'Bevinding bij {{code}} opslaan',
    busy: 'Opslaan…',
    saved: 'Opgeslagen.',
    none: 'Nog geen bevinding.',
  },
  conflict: 'Iemand anders heeft deze bevinding intussen opgeslagen. Hieronder staat de opgeslagen versie; uw tekst staat nog in het formulier.',
  issue: {
    heading: 'Leerrapport uitbrengen',
    summary: 'Samenvatting',
    summaryHint: 'Eerst wat goed gaat, dan waarvan de organisatie kan leren.',
    submit: 'Leerrapport uitbrengen',
    busy: 'Uitbrengen…',
  },
  finalise: { submit: 'Leerrapport definitief maken', busy: 'Bezig…' },
  report: {
    title: 'Leerrapport van {{name}}',
    lead: 'Het leerrapport van de intercollegiale auditoren na het bezoek op {{date}}.',
    summary: 'Samenvatting',
    findings: 'Bevindingen per norm',
    reply: 'Reactie van de organisatie',
    issuedBy: 'Uitgebracht door {{name}}',
    repliedBy: 'Gereageerd door {{name}}',
    notReadable: 'Dit leerrapport is (nog) niet voor u in te zien.',
    shared: 'Gedeeld met de groep.',
  },
  reply: { label: 'Uw reactie', submit: 'Reactie versturen', busy: 'Versturen…' },
  share: { submit: 'Delen met de groep', busy: 'Delen…', hint: 'Na het delen kunnen de andere organisaties in uw groep dit leerrapport lezen.' },
};

const en: Dictionary<typeof nl> = {
  status: { label: 'Learning report', DRAFT: 'Draft', ISSUED: 'Issued', REPLIED: 'Replied', FINAL: 'Final' },
  open: 'Findings',
  openLabel: 'Findings of the visit to {{name}}',
  openReport: 'Learning report',
  openReportLabel: 'Learning report of {{name}}',
  back: 'Back to my peer visits',
  backToGroup: 'Back to the peer advisory assessment',
  visitTitle: 'Visit to {{name}}',
  visitLead: 'Visit on {{date}}. Per norm, write first what goes well and the intention, then the points to learn from.',
  notConfirmed: 'The organisation visited has not confirmed the date yet; you write findings once the visit is confirmed.',
  noNorms: 'No framework has been published yet.',
  selfEvaluation: {
    heading: 'Self-evaluation and findings per norm',
    closed: "The learning report is final; you can no longer read the organisation's self-evaluation.",
    answer: "The organisation's self-evaluation",
    noAnswer: 'No answer in the self-evaluation.',
    evidence: 'Evidence',
  },
  finding: {
    goesWell: 'What goes well',
    intention: 'The intention',
    learningPoints: 'Points to learn from',
    save: 'Save finding',
    saveNorm: 'Save the finding on {{code}}',
    busy: 'Saving…',
    saved: 'Saved.',
    none: 'No finding yet.',
  },
  conflict: 'Someone else saved this finding meanwhile. The saved version is shown below; your text is still in the form.',
  issue: {
    heading: 'Issue the learning report',
    summary: 'Summary',
    summaryHint: 'First what goes well, then what the organisation can learn from.',
    submit: 'Issue the learning report',
    busy: 'Issuing…',
  },
  finalise: { submit: 'Make the learning report final', busy: 'Working…' },
  report: {
    title: 'Learning report of {{name}}',
    lead: "The peer auditors' learning report after the visit on {{date}}.",
    summary: 'Summary',
    findings: 'Findings per norm',
    reply: "The organisation's reply",
    issuedBy: 'Issued by {{name}}',
    repliedBy: 'Replied by {{name}}',
    notReadable: 'This learning report is not (yet) yours to read.',
    shared: 'Shared with the group.',
  },
  reply: { label: 'Your reply', submit: 'Send reply', busy: 'Sending…' },
  share: { submit: 'Share with the group', busy: 'Sharing…', hint: 'Once shared, the other organisations in your group can read this learning report.' },
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    learningReport: typeof nl;
  }
}

registerTexts('learningReport', { nl, en });

export function useLearningReportTexts() {
  const { t: r } = useTranslation('learningReport');
  const { t } = useTranslation();
  return { r, locale: t('locale') };
}
