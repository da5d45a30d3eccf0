import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { Locale } from '../modules/cycle/process-texts';
import type { User } from '../modules/user/user.entity';
import type { Services } from '../services';
import type { Loaders } from './loaders';

/** What every resolver gets: its own unit of work, the signed-in user (or null) and the services. */
export interface Context {
  em: EntityManager;
  user: User | null;
  /** The raw session token from the cookie, so logout can end exactly this session. */
  sessionToken: string | null;
  address: string;
  /** The reader's language for texts the server words (audit trail, notifications). */
  locale: Locale;
  req: Request;
  res: Response;
  services: Services;
  loaders: Loaders;
}
