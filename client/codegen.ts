import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the client, generated from the committed schema (never from a running server, so
 * `npm run codegen` works offline and in CI). Paths are relative to the package root, where npm runs scripts.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['client/src/**/*.{ts,tsx}', '!client/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'client/src/gql/': {
      preset: 'client',
      // Apollo Client does its own data masking; keeping codegen's off means fragment fields are plain types.
      presetConfig: { fragmentMasking: false },
      config: {
        // String unions instead of TS enums: no runtime code, and they work as Record keys in the dictionary.
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTimeISO: 'string' },
      },
    },
  },
};

export default config;
