import { z } from 'zod';

// The content security policy allows no eval. Left to itself, zod would try `new Function` once to learn
// whether it may compile its checks, and the browser reports that attempt as a violation; the interpreted
// checks are as correct and fast enough for forms.
z.config({ jitless: true });

/** zod, set up for this client: every form's schema is built from this import. */
export { z };
