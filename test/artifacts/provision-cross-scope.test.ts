/**
 * Cross-scope privileges on dist/app: one sys_scope_privilege per global table and operation that
 * provisioning touches, allowed, on global tables. The list below is what the provisioning code
 * does (src/server/provisioning, approval/verify-approval.ts, access/group-roles.ts, naming's
 * findExistingUser); a new table or operation there needs a line in src/fluent/access/cross-scope.now.ts.
 */
import { readApp } from './read-app'

const app = readApp()

/** table -> operations, from the provisioning code. */
const PROVISIONING_NEEDS: Record<string, string[]> = {
    sys_user: ['read', 'create', 'delete'],
    sys_user_grmember: ['read', 'create', 'delete'],
    sys_user_group: ['read'],
    sys_user_role: ['read'],
    sys_user_role_contains: ['read'],
    sys_group_has_role: ['read', 'create'],
    sysapproval_approver: ['read'],
    sc_req_item: ['read', 'write'],
    sc_task: ['read', 'create', 'delete'],
}

const privileges = () => app.records('sys_scope_privilege')
const key = (table: string, operation: string) => `${table}:${operation}`

describe('cross-scope privileges', () => {
    it.each(Object.entries(PROVISIONING_NEEDS).flatMap(([table, ops]) => ops.map((op) => [table, op])))(
        'provisioning may %s: %s, allowed, on the global table',
        (table, operation) => {
            const found = privileges().filter((p) => p.value('target_name') === table && p.value('operation') === operation)
            expect(found).toHaveLength(1)
            expect(found[0].value('status')).toBe('allowed')
            expect(found[0].value('target_scope')).toBe('global')
            expect(found[0].value('target_type')).toBe('sys_db_object')
        },
    )

    it('come from the app scope and each table/operation appears once', () => {
        const scopeId = app.scope().sysId
        const keys = privileges().map((p) => key(p.value('target_name'), p.value('operation')))
        expect(new Set(keys).size).toBe(keys.length)
        for (const p of privileges()) expect(p.value('source_scope')).toBe(scopeId)
    })

    it('grant nothing provisioning does not use on these tables (no write on sys_user_group, no delete of grants or approvals)', () => {
        const granted = new Set(privileges().map((p) => key(p.value('target_name'), p.value('operation'))))
        for (const denied of ['sys_user_group:write', 'sys_user_group:create', 'sys_group_has_role:delete', 'sys_user_role:create', 'sysapproval_approver:write', 'sys_user_has_role:create']) {
            expect(granted.has(denied)).toBe(false)
        }
    })
})
