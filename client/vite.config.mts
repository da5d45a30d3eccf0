import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig } from 'vite';
import { bundleReport } from './bundle-report.mjs';

// npm runs every script from the package root, so paths are resolved from there. (The repository's
// tsconfig compiles with module "commonjs", where `import.meta` is not allowed even in an .mts file.)
const root = path.resolve(process.cwd(), 'client');
const api = 'http://127.0.0.1:4000';

// What the api answers beside the client: GraphQL, health, evidence files, the register's open data,
// certificate documents, calendar feeds and a cycle's documents (a pattern: the institution's screens
// live under /cycles/ too).
const apiRoutes = Object.fromEntries(
  ['/graphql', '/healthz', '/evidence', '/register.csv', '/register.json', '/certificates', '/calendar', '^/cycles/[^/]+/(audit-report|self-evaluation)\\.(pdf|csv)'].map(
    (route) => [route, { target: api, changeOrigin: false }],
  ),
);

export default defineConfig({
  root,
  plugins: [react(), bundleReport()],
  build: {
    outDir: path.join(root, 'dist'),
    emptyOutDir: true,
    // Tablets and laptops with current browsers; no legacy bundle.
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code, so they get their own long-cached file; the
        // generated GraphQL documents are one shared module and get a name that says what they are.
        codeSplitting: {
          groups: [
            // Form libraries serve the party screens only: their own file keeps them off the login page.
            // Their dependencies (React) stay in vendor, which therefore goes first.
            { name: 'vendor', test: /[\\/]node_modules[\\/](?!(react-hook-form|@hookform|@standard-schema|zod)[\\/])/, priority: 2 },
            { name: 'forms', test: /[\\/]node_modules[\\/]/, priority: 1 },
            { name: 'documents', test: /[\\/]client[\\/]src[\\/]gql[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    host: '127.0.0.1',
    // Same origin in development too, so the httpOnly session cookie and CSRF rules behave as in production.
    proxy: apiRoutes,
  },
  preview: {
    proxy: apiRoutes,
  },
});
