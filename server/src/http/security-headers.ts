import type { RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';
import { secureCookies, type Config } from '../config';

/**
 * Security headers on every response. The policy fits the built client: its index.html loads one module
 * script and stylesheets from this origin and has no inline script or style (React's `style` props are
 * set through the DOM, which a policy does not block), and it talks only to this origin. No page of ours
 * may be framed. HSTS and upgrade-insecure-requests only where the site is served over HTTPS (the same
 * switch as Secure cookies): on plain HTTP they would lock browsers out.
 */
export function securityHeaders(config: Config): RequestHandler {
  const https = secureCookies(config);
  const options: HelmetOptions = {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'"],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: false } : false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  };
  const everywhere = helmet(options);
  if (config.NODE_ENV === 'production') return everywhere;
  // Outside production GET /graphql serves Apollo's landing page, an inline script that loads the explorer
  // from Apollo's servers; the policy would stop it. Production has no landing page and no exception.
  const landingPage = helmet({ ...options, contentSecurityPolicy: false });
  return (req, res, next) => (req.method === 'GET' && req.path === '/graphql' ? landingPage : everywhere)(req, res, next);
}
