import { Role } from '../../modules/user/role';

/** Demo logins, printed by `npm start` and listed in the README. Never seeded with DEMO_SEED=false. */
export const DEMO_PASSWORD = 'demo-wachtwoord';

export const DEMO_ORGANISATIONS = [
  { key: 'voorbeeldstad', name: 'Welzijn Voorbeeldstad (demo)', place: 'Voorbeeldstad', fte: 84 },
  { key: 'rivierenland', name: 'Sociaal Werk Rivierenland (demo)', place: 'Tiel', fte: 42.5 },
  { key: 'kustwijk', name: 'Stichting Kustwijk (demo)', place: 'Den Helder', fte: 19 },
  { key: 'heuvelrug', name: 'Buurtkracht Heuvelrug (demo)', place: 'Zeist', fte: 131 },
] as const;

export type DemoOrganisationKey = (typeof DEMO_ORGANISATIONS)[number]['key'];

export const DEMO_CI = { name: 'Certificatie-instelling Demo' };
export const DEMO_SECTOR_BODY = { name: 'Sociaal Werk Nederland (demo)' };

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  organisation?: DemoOrganisationKey;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'kwaliteit@voorbeeldstad.demo', name: 'Kim de Kwaliteit', role: Role.ORG_QUALITY_OFFICER, organisation: 'voorbeeldstad' },
  { email: 'intern@voorbeeldstad.demo', name: 'Ilse Intern', role: Role.ORG_INTERNAL_AUDITOR, organisation: 'voorbeeldstad' },
  { email: 'bestuur@voorbeeldstad.demo', name: 'Bram Bestuur', role: Role.ORG_VIEWER, organisation: 'voorbeeldstad' },
  // Room for learning: a professional and a team lead of one team, and the learning coordinator.
  { email: 'professional@voorbeeldstad.demo', name: 'Pim Professional', role: Role.ORG_PROFESSIONAL, organisation: 'voorbeeldstad' },
  { email: 'teamleider@voorbeeldstad.demo', name: 'Tess Teamleider', role: Role.ORG_TEAM_LEAD, organisation: 'voorbeeldstad' },
  { email: 'opleidingen@voorbeeldstad.demo', name: 'Olga Opleidingen', role: Role.ORG_LEARNING_COORDINATOR, organisation: 'voorbeeldstad' },
  { email: 'kwaliteit@rivierenland.demo', name: 'Rosa Rivier', role: Role.ORG_QUALITY_OFFICER, organisation: 'rivierenland' },
  // Colleagues the quality officer can ask for their own view on the norms (respondents), one per layer.
  { email: 'sociaalwerker@rivierenland.demo', name: 'Sem Sociaal Werker', role: Role.ORG_VIEWER, organisation: 'rivierenland' },
  { email: 'teamleider@rivierenland.demo', name: 'Tara Teamleider', role: Role.ORG_VIEWER, organisation: 'rivierenland' },
  { email: 'vrijwilliger@rivierenland.demo', name: 'Vera Vrijwilliger', role: Role.ORG_VIEWER, organisation: 'rivierenland' },
  { email: 'kwaliteit@kustwijk.demo', name: 'Koen Kust', role: Role.ORG_QUALITY_OFFICER, organisation: 'kustwijk' },
  { email: 'kwaliteit@heuvelrug.demo', name: 'Hanna Heuvel', role: Role.ORG_QUALITY_OFFICER, organisation: 'heuvelrug' },
  { email: 'manager@ci.demo', name: 'Maarten Manager', role: Role.CI_MANAGER },
  { email: 'auditor@ci.demo', name: 'Anouk Auditor', role: Role.AUDITOR },
  // An engagement needs a lead and a co-auditor, so the demo institution has two.
  { email: 'co-auditor@ci.demo', name: 'Daan de Co-auditor', role: Role.AUDITOR },
  { email: 'secretariaat@swn.demo', name: 'Sanne Secretariaat', role: Role.SECTOR_ADMIN },
  { email: 'commissie@swn.demo', name: 'Cor Commissie', role: Role.SECTOR_DECIDER },
];

/** Where each demo organisation's cycle is brought by the seed, so the dashboard shows several states. */
export const DEMO_CYCLE_STATES: Partial<Record<DemoOrganisationKey, 'PREPARATION' | 'SELF_EVALUATION' | 'INTERNAL_AUDIT'>> = {
  rivierenland: 'SELF_EVALUATION',
  kustwijk: 'INTERNAL_AUDIT',
  heuvelrug: 'PREPARATION',
};
