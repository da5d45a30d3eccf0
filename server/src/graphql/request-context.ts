import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import { localeOf, type Locale } from '../modules/cycle/process-texts';
import type { User } from '../modules/user/user.entity';
import type { Services } from '../services';
import type { Context } from './context';
import { createLoaders, type Loaders } from './loaders';

/**
 * A request's Context, whose batch loaders (some twenty objects) and reader's language are made on first use:
 * most operations read neither. The getters sit on the class, not on the object, because Apollo copies the
 * context's own properties into a new object for each operation, which would call getters defined on it.
 */
export class RequestContext implements Context {
  private madeLoaders: Loaders | undefined = undefined;
  private madeLocale: Locale | undefined = undefined;

  constructor(
    readonly em: EntityManager,
    public user: User | null,
    readonly sessionToken: string | null,
    readonly address: string,
    readonly req: Request,
    readonly res: Response,
    readonly services: Services,
  ) {}

  get loaders(): Loaders {
    return (this.madeLoaders ??= createLoaders(this.em));
  }

  get locale(): Locale {
    return (this.madeLocale ??= localeOf(this.req));
  }
}
