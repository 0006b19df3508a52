/**
 * What the platform does around a scoped app's GlideRecord calls, beyond the query and write
 * mechanics: other scopes' tables refusing writes (Application Access), the base "user query"
 * before-query rule hiding inactive users from interactive non-admin sessions, and the record of
 * which tables and operations scripts touched (for the cross-scope privilege tests).
 */
import { GlideRecord, glide } from './glide'

const APP_TABLE = 'x_seed_svcacct_service_account'

beforeEach(() => {
    glide.reset()
    glide.defineTable(APP_TABLE, { display: 'user_name', fields: { user_name: { type: 'string' } } })
})

function insertUser(userName: string): { record: GlideRecord; id: string | null } {
    const record = new GlideRecord('sys_user')
    record.initialize()
    record.setValue('user_name', userName)
    return { record, id: record.insert() }
}

// Docs: "Delete operation against 'sp_favorite' from scope 'sn_ex_sp' has been refused due to the
// table's cross-scope access policy" (ServiceNowDocs, employee-experience-foundation/remove-favorites.md);
// Application Access: Can read / Can create / Can update / Can delete (application-development/
// r_TableApplicationAccessFields.md).
describe('setTableAccess: another scope’s table refuses a write', () => {
    test('when sys_user refuses deletes, then deleteRecord() returns false, the user stays and the refusal is logged', () => {
        const { record, id } = insertUser('svc_x')
        glide.setTableAccess('sys_user', 'delete', false)

        expect(record.deleteRecord()).toBe(false)

        expect(glide.row('sys_user', id!)).toBeDefined()
        const message = "Delete operation against 'sys_user' from scope 'x_seed_svcacct' has been refused due to the table's cross-scope access policy"
        expect(record.getLastErrorMessage()).toBe(message)
        expect(glide.logs()).toEqual([{ level: 'error', message }])
    })

    test('the refusal lasts: every later delete is refused too, and it counts as a write attempt', () => {
        const a = insertUser('svc_a').record
        const b = insertUser('svc_b').record
        glide.setTableAccess('sys_user', 'delete', false)
        glide.resetCounters()

        expect(a.deleteRecord()).toBe(false)
        expect(b.deleteRecord()).toBe(false)
        expect(glide.counters().writes).toEqual({ sys_user: 2 })
    })

    test('when creates or updates are refused, then insert() and update() return null and nothing is stored', () => {
        const { record, id } = insertUser('svc_x')
        glide.setTableAccess('sys_user', 'write', false)
        record.setValue('active', false)
        expect(record.update()).toBeNull()
        expect(glide.row('sys_user', id!)?.active).toBe('1')
        expect(record.getLastErrorMessage()).toContain("Write operation against 'sys_user'")

        glide.setTableAccess('sys_user', 'create', false)
        expect(insertUser('svc_y').id).toBeNull()
        expect(glide.rows('sys_user')).toHaveLength(1)
    })

    test('no business rule runs for a refused write', () => {
        const { record } = insertUser('svc_x')
        const hooks: string[] = []
        glide.setWriteHooks({ before: (op) => hooks.push(op), after: (op) => hooks.push(op) })
        glide.setTableAccess('sys_user', 'delete', false)
        record.deleteRecord()
        expect(hooks).toEqual([])
    })

    test('allowing again restores writes; other operations and tables are unaffected', () => {
        const { record } = insertUser('svc_x')
        glide.setTableAccess('sys_user', 'delete', false)
        record.setValue('title', 'still writable')
        expect(record.update()).not.toBeNull()
        glide.setTableAccess('sys_user', 'delete', true)
        expect(record.deleteRecord()).toBe(true)
    })

    test('the app’s own tables are never refused (the policy governs other scopes’ access)', () => {
        glide.setTableAccess(APP_TABLE, 'create', false)
        const row = new GlideRecord(APP_TABLE)
        row.initialize()
        row.setValue('user_name', 'svc_x')
        expect(row.insert()).not.toBeNull()
    })

    test('refuses operations it does not model, and unknown tables', () => {
        expect(() => glide.setTableAccess('sys_user', 'read' as never, false)).toThrow(/create, write or delete/)
        expect(() => glide.setTableAccess('no_such_table', 'delete', false)).toThrow()
    })
})

describe('the platform’s "user query" rule: inactive users are hidden from interactive non-admin sessions', () => {
    let inactiveId: string
    beforeEach(() => {
        glide.seed('sys_user', { user_name: 'active.person', active: true })
        inactiveId = glide.seed('sys_user', { user_name: 'gone.person', active: false })
    })

    const names = () => {
        const user = new GlideRecord('sys_user')
        user.query()
        const found: string[] = []
        while (user.next()) found.push(user.getValue('user_name') ?? '')
        return found
    }

    test('when a person without admin queries sys_user in the UI, then inactive users are not returned by query() or get()', () => {
        glide.setUser({ sysId: 'u'.repeat(32), userName: 'app.admin', roles: ['x_seed_svcacct.admin'], interactive: true })
        expect(names()).toEqual(['active.person'])
        expect(new GlideRecord('sys_user').get(inactiveId)).toBe(false)
        expect(new GlideRecord('sys_user').get('user_name', 'gone.person')).toBe(false)
    })

    test('when the session is an admin’s, or not interactive (jobs, async rules, events), then every user is returned', () => {
        glide.setUser({ sysId: 'a'.repeat(32), userName: 'admin', roles: ['admin'], interactive: true })
        expect(names()).toEqual(['active.person', 'gone.person'])
        glide.setUser({ sysId: 'u'.repeat(32), userName: 'app.admin', roles: ['x_seed_svcacct.admin'] })
        expect(names()).toEqual(['active.person', 'gone.person'])
        expect(new GlideRecord('sys_user').get(inactiveId)).toBe(true)
    })

    test('other tables are unaffected', () => {
        glide.setUser({ sysId: 'u'.repeat(32), userName: 'someone', roles: [], interactive: true })
        glide.seed('sys_user_group', { name: 'Old group', active: false })
        const group = new GlideRecord('sys_user_group')
        group.query()
        expect(group.next()).toBe(true)
    })
})

describe('touched(): the tables and operations scripts used', () => {
    test('lists reads (query, get and dot-walked tables), creates, writes and deletes, refused ones included, since the counters were reset', () => {
        const manager = glide.seed('sys_user', { user_name: 'mia', active: true })
        const group = glide.seed('sys_user_group', { name: 'G', active: true })
        glide.seed('sys_user_grmember', { user: manager, group })
        glide.resetCounters()

        const member = new GlideRecord('sys_user_grmember')
        member.addQuery('user.active', true)
        member.query()
        member.next()
        member.getValue('group.name')
        const { record } = insertUser('svc_x')
        record.setValue('title', 't')
        record.update()
        glide.setTableAccess('sys_user', 'delete', false)
        record.deleteRecord()

        expect(glide.touched()).toEqual([
            { table: 'sys_user', operation: 'create' },
            { table: 'sys_user', operation: 'delete' },
            { table: 'sys_user', operation: 'read' },
            { table: 'sys_user', operation: 'write' },
            { table: 'sys_user_grmember', operation: 'read' },
            { table: 'sys_user_group', operation: 'read' },
        ])
        glide.resetCounters()
        expect(glide.touched()).toEqual([])
    })
})
