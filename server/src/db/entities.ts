import { Session } from '../modules/auth/session.entity';
import { LoginFailure } from '../modules/auth/login-attempt.entity';
import { CertifyingInstitution } from '../modules/certifying-institution/certifying-institution.entity';
import { Cycle } from '../modules/cycle/cycle.entity';
import { CycleTransition } from '../modules/cycle/cycle-transition.entity';
import { Competency } from '../modules/framework/competency.entity';
import { FrameworkCategory } from '../modules/framework/framework-category.entity';
import { FrameworkVersion } from '../modules/framework/framework-version.entity';
import { Norm } from '../modules/framework/norm.entity';
import { Organisation } from '../modules/organisation/organisation.entity';
import { SectorBody } from '../modules/sector-body/sector-body.entity';
import { SelfEvaluationAnswer } from '../modules/self-evaluation/self-evaluation-answer.entity';
import { User } from '../modules/user/user.entity';

/** Listed explicitly (no folder glob) so the compiled and the TypeScript runs discover the same set. */
export const ENTITIES = [
  Organisation,
  CertifyingInstitution,
  SectorBody,
  User,
  Session,
  LoginFailure,
  FrameworkVersion,
  FrameworkCategory,
  Competency,
  Norm,
  Cycle,
  CycleTransition,
  SelfEvaluationAnswer,
];
