/** `npm run test:stress`: the reliability scenarios at full size, outside `npm test` (see README, "Reliability"). */
const tsJest = ['ts-jest', { diagnostics: false }];

module.exports = {
  rootDir: '../..',
  displayName: 'stress',
  testMatch: ['<rootDir>/tests/stress/**/*.test.ts'],
  transform: { '^.+\\.ts$': tsJest },
  testEnvironment: 'node',
  globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/tests/helpers/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 4 * 60 * 60 * 1000,
};
