import type { Request } from 'express';
import { LOCALES, localeOf, type Locale } from '../modules/cycle/process-texts';

/** A document's language: `?lang=nl|en` when given (a link chooses it), else the request's Accept-Language. */
export function requestedLocale(req: Request): Locale {
  const asked = typeof req.query.lang === 'string' ? req.query.lang : null;
  return asked && (LOCALES as readonly string[]).includes(asked) ? (asked as Locale) : localeOf(req);
}
