/**
 * What ships for access: the app roles, the groups, the group's global role, and the ACLs of every
 * table the app creates. Generic checks (every ACL, every role link, every app table) cover
 * records added later without changes here.
 */
import type { AppRecord } from './read-app'
import { readApp } from './read-app'

const app = readApp()

const ADMIN = 'x_seed_svcacct.admin'
const AUDITOR = 'x_seed_svcacct.auditor'
/** itil has this sys_id on every instance (platform-facts: high). */
const ITIL_SYS_ID = '282bf1fac6112285017366cb5f867469'
const CRUD = ['read', 'write', 'create', 'delete']

const role = (name: string) => app.one('sys_user_role', { name })
const group = (name: string) => app.one('sys_user_group', { name })

/** The shipped record a reference field points at, checked to be of the expected table. */
function resolves(record: AppRecord, field: string, table: string): AppRecord {
    const target = app.bySysId(record.value(field))
    if (!target || target.table !== table) {
        throw new Error(`${record.table} ${record.sysId}.${field} = ${record.value(field)} is not a shipped ${table} record`)
    }
    return target
}

describe('roles', () => {
    it('ships x_seed_svcacct.admin and x_seed_svcacct.auditor, and claims no role outside the scope', () => {
        expect(role(ADMIN).value('suffix')).toBe('admin')
        expect(role(AUDITOR).value('suffix')).toBe('auditor')
        const names = app.records('sys_user_role').map((r) => r.value('name'))
        expect(names.filter((name) => !name.startsWith('x_seed_svcacct.'))).toEqual([])
    })

    it('x_seed_svcacct.admin contains x_seed_svcacct.auditor, and the containment row resolves to both roles', () => {
        const rows = app.records('sys_user_role_contains')
        const adminContainsAuditor = rows.filter(
            (row) => resolves(row, 'role', 'sys_user_role') === role(ADMIN) && resolves(row, 'contains', 'sys_user_role') === role(AUDITOR),
        )
        expect(adminContainsAuditor).toHaveLength(1)
        expect(adminContainsAuditor[0].display('role')).toBe(ADMIN)
        expect(adminContainsAuditor[0].display('contains')).toBe(AUDITOR)
    })

    it('contain no cycle: the auditor role contains nothing', () => {
        const containedByAuditor = app.records('sys_user_role_contains').filter((row) => row.value('role') === role(AUDITOR).sysId)
        expect(containedByAuditor).toEqual([])
    })
})

describe('groups', () => {
    it.each(['ServiceNow Service Accounts', 'Service Account Approvers', 'Service Account Administrators'])(
        'ships the active group "%s" with a description',
        (name) => {
            expect(group(name).value('active')).toBe('true')
            expect(group(name).value('description')).not.toBe('')
        },
    )

    it('the service-account group is granted itil (by its platform sys_id), inherited by members', () => {
        const grants = app
            .records('sys_group_has_role')
            .filter((grant) => resolves(grant, 'group', 'sys_user_group') === group('ServiceNow Service Accounts'))
        expect(grants.map((grant) => grant.value('role'))).toEqual([ITIL_SYS_ID])
        expect(grants[0].value('inherits')).toBe('true')
    })

    it('group grants reference shipped groups and global roles only (a scoped role trips KB0791211)', () => {
        const appRoleIds = new Set(app.records('sys_user_role').map((r) => r.sysId))
        for (const grant of app.records('sys_group_has_role')) {
            resolves(grant, 'group', 'sys_user_group')
            expect(appRoleIds.has(grant.value('role'))).toBe(false)
        }
    })
})

describe('ACLs (every one shipped)', () => {
    const acls = app.records('sys_security_acl')
    const roleLinks = app.records('sys_security_acl_role')
    const rolesOf = (acl: AppRecord) =>
        roleLinks.filter((link) => link.value('sys_security_acl') === acl.sysId).map((link) => resolves(link, 'sys_user_role', 'sys_user_role'))

    it('every role link resolves to a shipped ACL and a shipped role of the same name', () => {
        expect(roleLinks.length).toBeGreaterThan(0)
        for (const link of roleLinks) {
            resolves(link, 'sys_security_acl', 'sys_security_acl')
            expect(resolves(link, 'sys_user_role', 'sys_user_role').value('name')).toBe(link.display('sys_user_role'))
        }
    })

    const describeAcl = (acl: AppRecord) => `${acl.value('name')} ${acl.value('operation')}: ${acl.value('description')}`

    it('every ACL requires a role, a condition, a script or a security attribute (an ACL with none admits everyone)', () => {
        const open = acls.filter(
            (acl) =>
                rolesOf(acl).length === 0 &&
                acl.value('condition') === '' &&
                acl.value('script') === '' &&
                acl.value('security_attribute') === '',
        )
        expect(open.map(describeAcl)).toEqual([])
    })

    it('every ACL is active', () => {
        expect(acls.filter((acl) => acl.value('active') !== 'true').map(describeAcl)).toEqual([])
    })

    // The app's own tables: those with a sys_db_object record (augmented platform tables have none).
    const appTables = app.records('sys_db_object').map((table) => table.value('name'))

    it('the app creates at least one table', () => {
        expect(appTables).toContain('x_seed_svcacct_service_account')
    })

    describe.each(appTables)('table %s', (table) => {
        it.each(CRUD)('has a record ACL for %s', (operation) => {
            const matching = acls.filter(
                (acl) => acl.value('type') === 'record' && acl.value('name') === table && acl.value('operation') === operation,
            )
            expect(matching.length).toBeGreaterThanOrEqual(1)
        })
    })
})
