/** @type {import('jest').Config} */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true, tsx: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', swc] },
  // file-type and the packages it reads with ship only ES modules. Node (20.19 and later) require()s them;
  // jest on Node 20 cannot, so swc compiles them to CommonJS, and the mapper picks file-type's Node entry,
  // which its exports offer only to `import` and Node's own require(esm).
  transformIgnorePatterns: ['/node_modules/(?!(?:file-type|strtok3|token-types|uint8array-extras|@tokenizer|@borewit)/)'],
  moduleNameMapper: { '^file-type$': '<rootDir>/node_modules/file-type/index.js' },
  // Real PostgreSQL and a real Temporal dev server for the whole run; see test/support/global-setup.ts.
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 90_000,
  // The suites run one after another (they share one database and one Temporal server) in a single worker
  // process, not in jest's own: a worker that holds more than this after a file is replaced by a fresh one, so
  // what each file's modules, bundles and pools leave behind cannot add up to the heap limit over the run.
  workerIdleMemoryLimit: '1536MB',
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
