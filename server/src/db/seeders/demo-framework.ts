/**
 * The demo framework. It follows the structure known of the KSSW scheme (three categories, ten
 * competencies), but its norm texts are written by LabelCycle to show how the product works. They are
 * NOT the official norms of Sociaal Werk Nederland and are marked illustrative in the data and on screen.
 *
 * The ten competencies are very probably Movisie's "Competenties Maatschappelijke Ondersteuning"; that
 * link is unconfirmed, which the competency titles say.
 */
export const DEMO_FRAMEWORK = {
  name: 'Demo-normenkader (illustratief, geen officiële normen)',
  version: 'demo-1',
  effectiveDate: '2026-01-01',
  categories: [
    {
      code: 'VAK',
      title: 'Vakmanschap',
      norms: [
        ['VAK-1', 'Reflectie op eigen handelen', 'Illustratief: professionals bespreken hun werk regelmatig met collega’s en leren ervan.', [1, 10]],
        ['VAK-2', 'Eigen leerdoelen', 'Illustratief: medewerkers kiezen zelf hun leerdoelen en krijgen daar tijd voor.', [10]],
        ['VAK-3', 'Outreachend werken', 'Illustratief: professionals zijn zichtbaar in de wijk en gaan op mensen af.', [3, 4]],
        ['VAK-4', 'Samenwerken in netwerken', 'Illustratief: professionals werken samen met netwerkpartners rond de inwoner.', [7, 8]],
      ],
    },
    {
      code: 'DIE',
      title: 'Dienstverlening en effect',
      norms: [
        ['DIE-1', 'Vraag verhelderen', 'Illustratief: de vraag en behoefte van de inwoner worden samen verhelderd.', [4]],
        ['DIE-2', 'Eigen kracht', 'Illustratief: de dienstverlening versterkt eigen kracht en regie van de inwoner.', [1, 2]],
        ['DIE-3', 'Effect zichtbaar maken', 'Illustratief: de organisatie maakt het effect van haar werk zichtbaar.', [9]],
        ['DIE-4', 'Inbreng van cliënten', 'Illustratief: cliënten en de cliëntenraad denken mee over de dienstverlening.', [6]],
      ],
    },
    {
      code: 'ORG',
      title: 'Organisatie en bestuur',
      norms: [
        ['ORG-1', 'Lerende organisatie', 'Illustratief: de organisatie faciliteert leren en verbeteren, met ruimte voor fouten.', [10]],
        ['ORG-2', 'Tijd voor leren', 'Illustratief: de organisatie stelt een eigen norm voor leertijd en maakt het gebruik zichtbaar.', [10]],
        ['ORG-3', 'Vrijwilligers', 'Illustratief: vrijwilligers worden begeleid en hun inzet wordt gewaardeerd.', [7]],
        ['ORG-4', 'Gezonde bedrijfsvoering', 'Illustratief: bestuur en bedrijfsvoering zijn op orde en transparant.', [9]],
      ],
    },
  ] as { code: string; title: string; norms: [string, string, string, number[]][] }[],
  competencies: [
    'Versterkt eigen kracht en zelfregie',
    'Stimuleert verantwoordelijk gedrag',
    'Is zichtbaar en gaat op mensen af',
    'Verheldert vragen en behoeften',
    'Verbindt gezamenlijke en individuele aanpak',
    'Stuurt aan op betrokkenheid en participatie',
    'Werkt samen en versterkt netwerken',
    'Beweegt zich in uiteenlopende systemen',
    'Doorziet verhoudingen en anticipeert op veranderingen',
    'Benut professionele ruimte en is ondernemend',
  ],
};

/** A framework version as the demo seeds it: categories with their norms, and the ten competencies. */
export interface FrameworkSpec {
  name: string;
  version: string;
  effectiveDate: string;
  categories: {
    code: string;
    title: string;
    norms: { code: string; title: string; description: string; guidance: string; exampleEvidence: string; competencies: number[] }[];
  }[];
  competencies: string[];
}

/** The compact demo framework (twelve norms), what the test stack seeds: tests that score every norm stay quick. */
export const COMPACT_DEMO_FRAMEWORK: FrameworkSpec = {
  ...DEMO_FRAMEWORK,
  categories: DEMO_FRAMEWORK.categories.map((c) => ({
    code: c.code,
    title: c.title,
    norms: c.norms.map(([code, title, description, competencies]) => ({
      code,
      title: `${title} (illustratief)`,
      description,
      guidance: 'Illustratieve toelichting; de officiële tekst laadt het secretariaat in als nieuwe versie.',
      exampleEvidence: 'Illustratief: verslag van een teamoverleg, een leerplan, een cliëntenraadverslag.',
      competencies,
    })),
  })),
};
