/**
 * Jest runs every suite under test/: unit tests of the server modules against the Glide test
 * double, the double's own tests, the artifact tests on dist/app, and the offline harness.
 * `npm test` builds dist/app before jest runs, so the artifact and harness suites see a fresh build.
 */
module.exports = {
    testEnvironment: 'node',
    roots: ['<rootDir>/test'],
    testMatch: ['**/*.test.ts'],
    transform: {
        '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2021' }, module: { type: 'commonjs' } }],
    },
    moduleNameMapper: {
        // The real @servicenow/glide carries types only; at test time it is the in-memory double.
        '^@servicenow/glide$': '<rootDir>/test/fakes/glide.ts',
        // Any other Glide namespace is not implemented by the double: importing one fails loudly.
        '^@servicenow/glide/(.*)$': '<rootDir>/test/fakes/unsupported-glide-namespace.ts',
    },
    clearMocks: true,
}
