/** What lock-down needs from the platform: cross-scope privileges and its inventory columns. */
import { readApp } from './read-app'
import { INVENTORY } from './lockdown-shipped'

const app = readApp()

describe('cross-scope privileges for lock-down', () => {
    it.each([
        ['sys_user', 'read'],
        ['sys_user', 'write'],
        ['sc_req_item', 'read'],
        ['sc_req_item', 'write'],
        // Before any user is written: is it in the service-account group, and does the group exist.
        ['sys_user_grmember', 'read'],
        ['sys_user_group', 'read'],
    ])('%s %s is allowed on the global table', (table, operation) => {
        const privileges = app
            .records('sys_scope_privilege')
            .filter((p) => p.value('target_name') === table && p.value('operation') === operation)
        expect(privileges.length).toBeGreaterThan(0)
        for (const privilege of privileges) {
            expect(privilege.value('status')).toBe('allowed')
            expect(privilege.value('target_scope')).toBe('global')
            expect(privilege.value('target_type')).toBe('sys_db_object')
        }
    })

    it('each global table and operation has exactly one privilege (duplicates would be separate records on the instance)', () => {
        const keys = app.records('sys_scope_privilege').map((p) => `${p.value('target_scope')}:${p.value('target_name')}:${p.value('operation')}`)
        expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([])
    })
})

describe('inventory columns lock-down writes', () => {
    const columns = app.dictionary(INVENTORY).columns

    it('has the columns the code reads and writes', () => {
        for (const column of ['state', 'gui_access_until', 'reminder_sent_on', 'locked_down_on', 'locked_down_by', 'lockdown_method', 'lockdown_problem', 'reopen_reason', 'audit_trail']) {
            expect(columns[column]).toBeDefined()
        }
        expect(columns.audit_trail.type).toBe('journal')
        expect(columns.lockdown_problem).toMatchObject({ type: 'string', maxLength: 255 })
    })

    it('offers exactly the lock-down methods the code records', () => {
        expect(columns.lockdown_method.choices.map((choice) => choice.value).sort()).toEqual(['admin', 'owner_confirmed', 'window_expired'])
    })
})
