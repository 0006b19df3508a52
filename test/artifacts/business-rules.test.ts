/**
 * Every business rule the app ships, whatever area it belongs to. A scoped app may add to another
 * scope's table only async rules (with a script) or before rules that set field values without a
 * script; the platform refuses any other kind (ServiceNow docs, "Business rules in scoped
 * applications"). A rule that breaks this would build and install here, and then never run.
 */
import { readApp } from './read-app'
import { NOW_CONFIG } from './shipped-app'

const app = readApp()
const rules = app.records('sys_script')
const appTables = new Set(app.dictionaryTables())

describe('shipped business rules', () => {
    it('exist', () => {
        expect(rules.length).toBeGreaterThan(0)
    })

    it.each(rules.map((rule) => [rule.value('name'), rule] as const))(
        '%s: on a table outside the app scope it is async, or a script-less before rule',
        (_name, rule) => {
            const table = rule.value('collection')
            if (appTables.has(table) || table.startsWith(`${NOW_CONFIG.scope}_`)) return
            const when = rule.value('when')
            const scripted = rule.value('script').trim() !== ''
            const allowed = when === 'async_always' || when === 'async' || (when === 'before' && !scripted)
            expect({ table, when, scripted, allowed }).toEqual({ table, when, scripted, allowed: true })
        },
    )
})
