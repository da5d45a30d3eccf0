/** What global setup hands to the test files, through environment variables (jest's only shared channel). */
export interface TestEnv {
  databaseUrl: string;
  temporalAddress: string;
  workflowBundlePath: string;
  temporalCliPath: string;
}

export function testEnv(): TestEnv {
  const { LC_TEST_DATABASE_URL, LC_TEST_TEMPORAL_ADDRESS, LC_TEST_WORKFLOW_BUNDLE, LC_TEST_TEMPORAL_CLI } = process.env;
  if (!LC_TEST_DATABASE_URL || !LC_TEST_TEMPORAL_ADDRESS || !LC_TEST_WORKFLOW_BUNDLE || !LC_TEST_TEMPORAL_CLI) {
    throw new Error('Test environment missing: run the tests through jest (global setup starts PostgreSQL and Temporal).');
  }
  return {
    databaseUrl: LC_TEST_DATABASE_URL,
    temporalAddress: LC_TEST_TEMPORAL_ADDRESS,
    workflowBundlePath: LC_TEST_WORKFLOW_BUNDLE,
    temporalCliPath: LC_TEST_TEMPORAL_CLI,
  };
}
