import { registerEnumType } from 'type-graphql';

/** The roles people have in LabelCycle (docs/domain.md, The parties); each belongs to exactly one kind of party. */
export enum Role {
  ORG_QUALITY_OFFICER = 'ORG_QUALITY_OFFICER',
  ORG_INTERNAL_AUDITOR = 'ORG_INTERNAL_AUDITOR',
  ORG_VIEWER = 'ORG_VIEWER',
  /** Staff who register their own learning time (docs/learning.md). */
  ORG_PROFESSIONAL = 'ORG_PROFESSIONAL',
  /** Leads one or more teams: reads their learning figures and writes the context notes. */
  ORG_TEAM_LEAD = 'ORG_TEAM_LEAD',
  /** Sets the learning norm and budgets and reads every team's figures. */
  ORG_LEARNING_COORDINATOR = 'ORG_LEARNING_COORDINATOR',
  CI_MANAGER = 'CI_MANAGER',
  AUDITOR = 'AUDITOR',
  SECTOR_ADMIN = 'SECTOR_ADMIN',
  SECTOR_DECIDER = 'SECTOR_DECIDER',
}

export enum PartyKind {
  ORGANISATION = 'ORGANISATION',
  CERTIFYING_INSTITUTION = 'CERTIFYING_INSTITUTION',
  SECTOR_BODY = 'SECTOR_BODY',
}

export const PARTY_OF_ROLE: Record<Role, PartyKind> = {
  [Role.ORG_QUALITY_OFFICER]: PartyKind.ORGANISATION,
  [Role.ORG_INTERNAL_AUDITOR]: PartyKind.ORGANISATION,
  [Role.ORG_VIEWER]: PartyKind.ORGANISATION,
  [Role.ORG_PROFESSIONAL]: PartyKind.ORGANISATION,
  [Role.ORG_TEAM_LEAD]: PartyKind.ORGANISATION,
  [Role.ORG_LEARNING_COORDINATOR]: PartyKind.ORGANISATION,
  [Role.CI_MANAGER]: PartyKind.CERTIFYING_INSTITUTION,
  [Role.AUDITOR]: PartyKind.CERTIFYING_INSTITUTION,
  [Role.SECTOR_ADMIN]: PartyKind.SECTOR_BODY,
  [Role.SECTOR_DECIDER]: PartyKind.SECTOR_BODY,
};

export const ORGANISATION_ROLES = [
  Role.ORG_QUALITY_OFFICER,
  Role.ORG_INTERNAL_AUDITOR,
  Role.ORG_VIEWER,
  Role.ORG_PROFESSIONAL,
  Role.ORG_TEAM_LEAD,
  Role.ORG_LEARNING_COORDINATOR,
];
export const SECTOR_ROLES = [Role.SECTOR_ADMIN, Role.SECTOR_DECIDER];

registerEnumType(Role, { name: 'Role' });
registerEnumType(PartyKind, { name: 'PartyKind' });
