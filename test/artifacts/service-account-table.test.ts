/**
 * What ships for the inventory table x_seed_svcacct_service_account: its table record, its
 * columns (dictionary and sys_dictionary agree), its choice lists and its ACLs.
 */
import type { AppRecord } from './read-app'
import { readApp } from './read-app'

const app = readApp()
const TABLE = 'x_seed_svcacct_service_account'
/** sys_filter_option_dynamic "Me" (the current user), as the owner ACL's condition uses it. */
const DYNAMIC_ME = '90d1921e5f510100a9ad2572f2b477fe'

describe('the inventory table', () => {
    const dictionary = app.dictionary(TABLE)

    it('is created by the app, labelled "Service Account", audited, displayed by user ID, closed to web services', () => {
        const table = app.one('sys_db_object', { name: TABLE })
        expect(table.value('label')).toBe('Service Account')
        expect(table.value('super_class')).toBe('')
        expect(table.value('ws_access')).toBe('false')
        expect(dictionary).toMatchObject({ label: 'Service Account', display: 'user_name', extends: undefined })
        expect(dictionary.attributes.audit).toBe('true')
    })

    it('has exactly these columns, with these types and reference targets', () => {
        const shape = Object.fromEntries(
            Object.values(dictionary.columns).map((column) => [column.name, column.reference ? `${column.type} -> ${column.reference}` : column.type]),
        )
        expect(shape).toEqual({
            account: 'reference -> sys_user',
            user_name: 'string',
            owner: 'reference -> sys_user',
            purpose: 'multi_two_lines',
            consuming_system: 'string',
            request_item: 'reference -> sc_req_item',
            state: 'choice',
            gui_access_until: 'glide_date_time',
            reminder_sent_on: 'glide_date_time',
            locked_down_on: 'glide_date_time',
            locked_down_by: 'reference -> sys_user',
            lockdown_method: 'choice',
            lockdown_problem: 'string',
            reopen_reason: 'string',
            audit_trail: 'journal',
        })
    })

    it('requires a user ID (at most 40 characters, like sys_user.user_name) and an owner', () => {
        expect(dictionary.columns.user_name).toMatchObject({ mandatory: true, maxLength: 40, display: true })
        expect(dictionary.columns.owner.mandatory).toBe(true)
        expect(dictionary.columns.account.attributes.reference_cascade_rule).toBe('clear')
    })

    it('keeps its audit trail in a journal column', () => {
        expect(dictionary.columns.audit_trail.type).toBe('journal')
        expect(app.one('sys_dictionary', { name: TABLE, element: 'audit_trail' }).value('internal_type')).toBe('journal')
    })

    it('moves state exploring -> api_only -> retired, starting at exploring', () => {
        const state = dictionary.columns.state
        expect(state.defaultValue).toBe('exploring')
        expect(state.choices.map((choice) => [choice.value, choice.sequence, choice.inactive])).toEqual([
            ['exploring', 100, false],
            ['api_only', 200, false],
            ['retired', 300, false],
        ])
        const shipped = app.records('sys_choice').filter((choice) => choice.value('name') === TABLE && choice.value('element') === 'state')
        expect(shipped.map((choice) => choice.value('value'))).toEqual(['exploring', 'api_only', 'retired'])
    })

    it('records how an account was locked down', () => {
        expect(dictionary.columns.lockdown_method.choices.map((choice) => choice.value)).toEqual(['owner_confirmed', 'admin', 'window_expired'])
    })
})

describe('every app table: dictionary/ and the sys_dictionary records agree', () => {
    const appTables = app.records('sys_db_object').map((table) => table.value('name'))

    it.each(appTables)('%s', (table) => {
        const columns = Object.values(app.dictionary(table).columns)
        const rows = app.records('sys_dictionary').filter((row) => row.value('name') === table && row.value('element') !== '')
        expect(rows.map((row) => row.value('element')).sort()).toEqual(columns.map((column) => column.name).sort())
        for (const column of columns) {
            const row = app.one('sys_dictionary', { name: table, element: column.name })
            expect([column.name, row.value('internal_type'), row.value('reference')]).toEqual([column.name, column.type, column.reference ?? ''])
        }
    })
})

describe('inventory ACLs', () => {
    const aclsFor = (operation: string) =>
        app.records('sys_security_acl').filter((acl) => acl.value('name') === TABLE && acl.value('operation') === operation && acl.value('type') === 'record')
    const roleNames = (acl: AppRecord) =>
        app
            .records('sys_security_acl_role')
            .filter((link) => link.value('sys_security_acl') === acl.sysId)
            .map((link) => app.bySysId(link.value('sys_user_role'))?.value('name'))
    const grants = (operation: string) =>
        aclsFor(operation).map((acl) => ({ roles: roleNames(acl), condition: acl.value('condition'), script: acl.value('script') }))

    it('owners read their own rows (owner is Me), with no role needed', () => {
        expect(grants('read')).toContainEqual({ roles: [], condition: `ownerDYNAMIC${DYNAMIC_ME}`, script: '' })
    })

    it('auditors read every row (app admins too: the admin role contains the auditor role)', () => {
        expect(grants('read')).toContainEqual({ roles: ['x_seed_svcacct.auditor'], condition: '', script: '' })
        expect(grants('read')).toHaveLength(2)
    })

    it.each(['write', 'delete'])('only app admins %s rows', (operation) => {
        expect(grants(operation)).toEqual([{ roles: ['x_seed_svcacct.admin'], condition: '', script: '' }])
    })

    it('nobody creates a row by hand, admins included: provisioning makes every row', () => {
        expect(grants('create')).toEqual([{ roles: [], condition: '', script: 'answer = false;' }])
        expect(aclsFor('create').map((acl) => [acl.value('admin_overrides'), acl.value('advanced')])).toEqual([['false', 'true']])
    })

    // Lock-down, the drift guard and reopen change the login access of the row's user: which user a
    // row describes must not be editable through forms, lists or the APIs, by anyone.
    it.each(['account', 'user_name', 'request_item'])('nobody, admins included, writes %s', (field) => {
        const fieldAcls = app
            .records('sys_security_acl')
            .filter((acl) => acl.value('name') === `${TABLE}.${field}` && acl.value('type') === 'record')
        expect(fieldAcls.map((acl) => acl.value('operation'))).toEqual(['write'])
        const [acl] = fieldAcls
        expect({ roles: roleNames(acl), condition: acl.value('condition'), script: acl.value('script') }).toEqual({ roles: [], condition: '', script: 'answer = false;' })
        expect([acl.value('decision_type'), acl.value('admin_overrides'), acl.value('advanced'), acl.value('active')]).toEqual(['allow', 'false', 'true', 'true'])
    })

    it('no other column has a field ACL: the rest stays editable by app admins, as the table ACL says', () => {
        const fieldAclNames = app
            .records('sys_security_acl')
            .map((acl) => acl.value('name'))
            .filter((name) => name.startsWith(`${TABLE}.`))
        expect(fieldAclNames.sort()).toEqual([`${TABLE}.account`, `${TABLE}.request_item`, `${TABLE}.user_name`])
    })

    it('the deny-everyone scripts really answer false, and never mention "true" (the ACL engine treats such a script as invalid)', () => {
        const scripted = app.records('sys_security_acl').filter((a) => a.value('name').startsWith(TABLE) && a.value('script') !== '')
        expect(scripted).toHaveLength(4)
        for (const acl of scripted) {
            expect(acl.value('script')).not.toMatch(/true/)
            const answer = new Function(`var answer; ${acl.value('script')}; return answer;`)()
            expect(answer).toBe(false)
        }
    })
})
