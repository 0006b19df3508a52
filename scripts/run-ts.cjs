#!/usr/bin/env node
/*
 * Runs a TypeScript dev script (scripts/demo.ts, scripts/bench.ts) with the toolchain already installed:
 * @swc/core compiles each .ts file to CommonJS as Node requires it, the way jest's @swc/jest transform
 * does for the test suites. No extra runner dependency.
 *
 *   node scripts/run-ts.cjs scripts/demo.ts [args...]
 */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS entry point: require is how it loads swc and the script */
'use strict'
const { transformSync } = require('@swc/core')
const { readFileSync } = require('node:fs')
const { resolve } = require('node:path')

require.extensions['.ts'] = function compileTypeScript(module, filename) {
    const { code } = transformSync(readFileSync(filename, 'utf8'), {
        filename,
        swcrc: false,
        configFile: false,
        sourceMaps: 'inline',
        jsc: { parser: { syntax: 'typescript' }, target: 'es2021' },
        module: { type: 'commonjs' },
    })
    module._compile(code, filename)
}

const [entry, ...args] = process.argv.slice(2)
if (!entry) {
    console.error('usage: node scripts/run-ts.cjs <script.ts> [args...]')
    process.exit(2)
}
process.argv = [process.argv[0], resolve(entry), ...args]
require(resolve(entry))
