/**
 * Shared checks for the lock-down artifact tests: a generated script calls an exported function of
 * a server module that ships (sys_module at the versioned path).
 */
import type { AppRecord, ShippedApp } from './read-app'
import { MODULE_ROOT } from './shipped-app'

export const INVENTORY = 'x_seed_svcacct_service_account'

/** Asserts the record's script requires `module` (src/server/...) and calls `fn`; returns the module record. */
export function expectCallsModule(app: ShippedApp, record: AppRecord, module: string, fn: string, args: string): AppRecord {
    const path = `${MODULE_ROOT}${module}`
    const script = record.value('script')
    expect(script).toContain(`const { ${fn} } = require('${path}');`)
    expect(script.trim().endsWith(`${fn}(${args});`)).toBe(true)
    const shipped = app.one('sys_module', { path })
    expect(shipped.value('content')).toMatch(new RegExp(`export function ${fn}\\(`))
    return shipped
}
