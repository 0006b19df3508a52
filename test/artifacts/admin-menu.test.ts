/**
 * What ships for navigation: the Service Accounts menu, its modules in order, what each opens and
 * which roles see it; and that every module points at something the app ships.
 */
import type { AppRecord } from './read-app'
import { atfStepVariables, atfSteps } from './atf-steps'
import { readApp } from './read-app'

const app = readApp()
const menu = app.one('sys_app_application', { title: 'Service Accounts' })
const modules = app
    .records('sys_app_module')
    .filter((module) => module.value('application') === menu.sysId)
    .sort((a, b) => Number(a.value('order')) - Number(b.value('order')))
const moduleTitled = (title: string): AppRecord => app.one('sys_app_module', { title })
const field = (record: AppRecord, name: string): string => (record.has(name) ? record.value(name) : '')

const INVENTORY = 'x_seed_svcacct_service_account'
const AUDITOR = 'x_seed_svcacct.auditor'
const ADMIN = 'x_seed_svcacct.admin'

describe('the Service Accounts menu', () => {
    it('is active and carries no role, so owners without a role can reach their module', () => {
        expect(menu.value('active')).toBe('true')
        expect(field(menu, 'roles')).toBe('')
    })

    it('holds these modules, in this order, each active, with these roles', () => {
        expect(
            modules.map((m) => ({ title: m.value('title'), link: m.value('link_type'), roles: field(m, 'roles'), active: m.value('active') })),
        ).toEqual([
            { title: 'My Service Accounts', link: 'LIST', roles: '', active: 'true' },
            { title: 'All Service Accounts', link: 'LIST', roles: AUDITOR, active: 'true' },
            { title: 'Exploring', link: 'LIST', roles: AUDITOR, active: 'true' },
            { title: 'Due for lock-down', link: 'LIST', roles: AUDITOR, active: 'true' },
            { title: 'Lock-down problems', link: 'LIST', roles: AUDITOR, active: 'true' },
            { title: 'API only', link: 'LIST', roles: AUDITOR, active: 'true' },
            { title: 'Retired', link: 'LIST', roles: AUDITOR, active: 'true' },
            { title: 'Requests', link: 'LIST', roles: AUDITOR, active: 'true' },
            { title: 'Administration', link: 'SEPARATOR', roles: ADMIN, active: 'true' },
            { title: 'Properties', link: 'DIRECT', roles: ADMIN, active: 'true' },
            { title: 'Readiness check', link: 'DIRECT', roles: ADMIN, active: 'true' },
        ])
    })

    it('names only roles the app ships, and the admin role contains the auditor role (so admins see auditor modules)', () => {
        const roles = new Set(modules.flatMap((m) => field(m, 'roles').split(',')).filter((role) => role !== ''))
        for (const role of roles) app.one('sys_user_role', { name: role })
        const admin = app.one('sys_user_role', { name: ADMIN })
        const auditor = app.one('sys_user_role', { name: AUDITOR })
        app.one('sys_user_role_contains', (row) => row.value('role') === admin.sysId && row.value('contains') === auditor.sysId)
    })
})

describe('the inventory modules', () => {
    it('My Service Accounts lists the rows the current user owns, with the dynamic "Me" filter the owner ACL uses', () => {
        const mine = moduleTitled('My Service Accounts')
        expect(mine.value('name')).toBe(INVENTORY)
        const ownerAcl = app.one('sys_security_acl', (acl) => acl.value('operation') === 'read' && acl.value('condition').startsWith('owner'))
        const ownerCondition = ownerAcl.value('condition').replace(/\^EQ$/, '')
        expect(mine.value('filter').split('^ORDERBY')[0]).toBe(ownerCondition)
    })

    it.each([
        ['All Service Accounts', ''],
        ['Exploring', 'state=exploring^ORDERBYgui_access_until'],
        ['API only', 'state=api_only^ORDERBYDESClocked_down_on'],
        ['Retired', 'state=retired'],
        ['Lock-down problems', 'lockdown_problemISNOTEMPTY^ORDERBYgui_access_until'],
    ])('%s lists the inventory filtered by "%s"', (title, filter) => {
        expect(moduleTitled(title).value('name')).toBe(INVENTORY)
        expect(field(moduleTitled(title), 'filter')).toBe(filter)
    })

    it('each state filter names a state the inventory table defines', () => {
        const states = app.dictionary(INVENTORY).columns.state.choices.map((choice) => choice.value)
        const named = modules.flatMap((m) => [...field(m, 'filter').matchAll(/state=([a-z_]+)/g)].map((match) => match[1]))
        expect(named.length).toBeGreaterThan(0)
        for (const state of named) expect(states).toContain(state)
    })

    it('Due for lock-down: exploring rows already reminded, or ending within 3 days (the reminder default)', () => {
        const due = moduleTitled('Due for lock-down')
        expect(due.value('name')).toBe(INVENTORY)
        expect(due.value('filter')).toBe(
            'state=exploring^reminder_sent_onISNOTEMPTY^NQstate=exploring^gui_access_untilRELATIVELT@dayofweek@ahead@3^ORDERBYgui_access_until',
        )
        const reminder = app.one('sys_properties', { name: 'x_seed_svcacct.reminder.days' })
        expect(due.value('filter')).toContain(`@ahead@${reminder.value('value')}^`)
        expect(due.value('hint')).toContain('3 days (the default reminder period)')
    })

    it('every field a module filters or sorts on is a column of its table', () => {
        const inventory = app.dictionary(INVENTORY).columns
        for (const m of modules.filter((m) => field(m, 'name') === INVENTORY && field(m, 'filter') !== '')) {
            const fields = field(m, 'filter')
                .split('^')
                .map((term) => term.replace(/^(ORDERBYDESC|ORDERBY|NQ|OR)/, '').match(/^[a-z_]+/)?.[0] ?? '')
            for (const name of fields) expect(inventory[name]?.name ?? `${m.value('title')}: no column ${name}`).toBe(name)
        }
    })
})

describe('the other modules', () => {
    it('Requests lists the request items of the catalog item the app ships', () => {
        const requests = moduleTitled('Requests')
        const item = app.one('sc_cat_item', { name: 'Request a Service Account' })
        expect(requests.value('name')).toBe('sc_req_item')
        expect(requests.value('filter')).toBe(`cat_item=${item.sysId}^ORDERBYDESCsys_created_on`)
    })

    it('Properties opens the properties page of the category the app ships', () => {
        const category = app.one('sys_properties_category', { name: 'x_seed_svcacct' })
        expect(moduleTitled('Properties').value('query')).toBe(
            `system_properties_ui.do?sysparm_category=${category.value('name')}&sysparm_title=Service%20Account%20Lifecycle%20Properties`,
        )
    })

    it('Readiness check opens the readiness page the app ships', () => {
        const page = app.one('sys_ui_page', { endpoint: 'x_seed_svcacct_readiness_check.do' })
        expect(moduleTitled('Readiness check').value('query')).toBe(page.value('endpoint'))
    })
})

/**
 * The ATF test that checks the navigator on an instance expects, for each user it impersonates,
 * exactly the visibility the module roles above give that user's roles.
 */
describe('the menu visibility ATF test agrees with the module roles', () => {
    const test = app.one('sys_atf_test', { name: 'Service Account Lifecycle: each role sees its menu modules' })
    const steps = atfSteps(app, test)
    const inputs = (step: AppRecord) => atfStepVariables(app, step)
    const moduleIds = new Set(modules.map((m) => m.sysId))
    const isModuleList = (text: string) => text !== '' && text.split(',').every((id) => moduleIds.has(id))
    const visibilitySteps = steps.filter((step) => step.value('display_name') === 'Module Visibility')
    // The step that lists only visible modules (the app admin's) tells which input holds "visible".
    const onlyVisible = visibilitySteps.find((step) => inputs(step).filter((v) => isModuleList(v.value('value'))).length === 1)!
    const VISIBLE = inputs(onlyVisible).find((v) => isModuleList(v.value('value')))!.value('variable')

    /** The roles of the user the step before this visibility step impersonates. */
    function rolesBefore(step: AppRecord): string[] {
        const impersonate = steps[steps.indexOf(step) - 1]
        expect(impersonate.value('display_name')).toBe('Impersonate')
        const createdBy = inputs(impersonate)[0].value('value').match(/step\['([0-9a-f]{32})'\]/)![1]
        const roleIds = inputs(steps.find((s) => s.sysId === createdBy)!)
            .map((v) => v.value('value'))
            .filter((text) => text !== '' && text.split(',').every((id) => app.bySysId(id)?.table === 'sys_user_role'))
        return roleIds.flatMap((text) => text.split(',')).map((id) => app.bySysId(id)!.value('name'))
    }

    /** What the navigator shows a user with these roles (admin contains auditor). */
    function expectedVisible(roles: string[]): string[] {
        const effective = new Set(roles.includes(ADMIN) ? [...roles, AUDITOR] : roles)
        return modules
            .filter((m) => m.value('link_type') !== 'SEPARATOR')
            .filter((m) => field(m, 'roles') === '' || field(m, 'roles').split(',').some((role) => effective.has(role)))
            .map((m) => m.value('title'))
    }

    it('checks three users: no role, auditor, app admin', () => {
        expect(visibilitySteps.map(rolesBefore)).toEqual([[], [AUDITOR], [ADMIN]])
    })

    it.each([0, 1, 2])('user %i: the modules it must see are exactly those its roles give, and it must not see the rest', (index) => {
        const step = visibilitySteps[index]
        const titles = (variable: (id: string) => boolean) =>
            inputs(step)
                .filter((v) => isModuleList(v.value('value')) && variable(v.value('variable')))
                .flatMap((v) => v.value('value').split(','))
                .map((id) => app.bySysId(id)!.value('title'))
        const visible = expectedVisible(rolesBefore(step))
        expect(titles((id) => id === VISIBLE).sort()).toEqual([...visible].sort())
        const hidden = modules.filter((m) => m.value('link_type') !== 'SEPARATOR' && !visible.includes(m.value('title'))).map((m) => m.value('title'))
        expect(titles((id) => id !== VISIBLE).sort()).toEqual(hidden.sort())
    })
})
