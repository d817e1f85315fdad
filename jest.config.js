/** Unit tests run in parallel; integration tests share one real Neo4j, so they run in band (see tests/README.md). */
const tsJest = ['ts-jest', { diagnostics: false }];

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
      testEnvironment: 'node',
    },
    {
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
      testEnvironment: 'node',
      globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/tests/helpers/global-teardown.ts',
      maxWorkers: 1,
    },
  ],
  testTimeout: 60000,
};
