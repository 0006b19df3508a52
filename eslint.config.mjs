// Lint: typescript-eslint everywhere, plus ServiceNow's sdk-app-plugin on src/server, which
// rejects Node and browser APIs that the instance's JavaScript engine does not have.
import { fixupPluginRules } from '@eslint/compat'
import snPlugin from '@servicenow/eslint-plugin-sdk-app-plugin'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const snRecommended = snPlugin.configs.recommended

export default tseslint.config(
    { ignores: ['dist/**', 'target/**', 'node_modules/**', 'coverage/**', '@types/**', 'src/fluent/generated/**'] },
    ...tseslint.configs.recommended,
    {
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
        },
    },
    {
        files: ['src/server/**/*.ts'],
        // The plugin is written for ESLint 8 (context.getScope); fixupPluginRules adapts it to ESLint 9.
        plugins: { '@servicenow/sdk-app-plugin': fixupPluginRules(snPlugin) },
        languageOptions: {
            // Declaring Node's globals lets no-restricted-globals see (and reject) process, Buffer, ...
            globals: { ...globals.nodeBuiltin },
        },
        rules: {
            ...snRecommended.rules,
            // Relative imports between server modules name the file exactly ('./x.ts'): the module
            // records on the instance are stored under their .ts path, so an exact path needs no
            // resolver guesswork. (The SDK's guides omit the extension; the plugin asks for it.)
            '@servicenow/sdk-app-plugin/file-extension-in-import': ['error', 'always'],
            // The plugin rule above cannot resolve TypeScript files, so it misses './x'; this catches it.
            'no-restricted-imports': [
                'error',
                {
                    patterns: [
                        {
                            regex: '^\\.{1,2}/(?!.*\\.ts$)',
                            message: "Import server modules by their exact file name, ending in '.ts'.",
                        },
                    ],
                },
            ],
            'no-console': 'error',
        },
    },
    {
        files: ['test/**/*.ts', 'scripts/**/*.ts', '*.js', '*.mjs'],
        languageOptions: { globals: { ...globals.node, ...globals.jest } },
        rules: { '@typescript-eslint/no-require-imports': 'off' },
    },
)
