/**
 * Facts about this repository that the what-ships tests compare the build against: its package
 * version and scope come from package.json and now.config.json, never restated in a test.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(__dirname, '../..')
const json = (name: string) => JSON.parse(readFileSync(join(ROOT, name), 'utf8'))

export const PACKAGE: { name: string; version: string } = json('package.json')
export const NOW_CONFIG: { scope: string; scopeId: string; name: string } = json('now.config.json')

/** sys_module paths: <scope>/<package name>/<version>/… (platform-facts: "Server modules"). */
export const MODULE_ROOT = `${NOW_CONFIG.scope}/${PACKAGE.name}/${PACKAGE.version}/`

export const SYS_ID = /^[0-9a-f]{32}$/
