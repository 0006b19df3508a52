/**
 * What ships for provisioning: the two business rules, the retry action and its script action, checked on dist/app.
 * The conditions must embed the sys_id of the shipped "Request a Service Account" item, and each
 * script must call its exported module function from a shipped sys_module.
 */
import { readApp, type AppRecord } from './read-app'
import { MODULE_ROOT } from './shipped-app'
import { REQUEST_SERVICE_ACCOUNT_ITEM_ID } from '../../src/server/provisioning/catalog-item'
import { RETRY_EVENT } from '../../src/server/provisioning/retry-provisioning'
import { glide, matchesCondition } from '../fakes/glide'

const app = readApp()
const item = () => app.one('sc_cat_item', { name: 'Request a Service Account' })

/** The script requires this module path and calls this function with these arguments. */
function expectModuleCall(record: AppRecord, modulePath: string, fn: string, args: string) {
    const script = record.value('script')
    const path = `${MODULE_ROOT}${modulePath}`
    expect(script).toContain(`const { ${fn} } = require('${path}');`)
    expect(script).toContain(`${fn}(${args});`)
    const module = app.one('sys_module', (m) => m.has('path') && m.value('path') === path)
    expect(module.value('content')).toMatch(new RegExp(`export (function|const) ${fn}\\b|export \\{[^}]*\\b${fn}\\b`))
}

describe('the provisioning module knows the catalog item', () => {
    it('REQUEST_SERVICE_ACCOUNT_ITEM_ID is the sys_id of the shipped "Request a Service Account" item', () => {
        expect(item().sysId).toBe(REQUEST_SERVICE_ACCOUNT_ITEM_ID)
    })
})

describe('business rule: Provision service account on approval', () => {
    const rule = () => app.one('sys_script', { name: 'Provision service account on approval' })

    it('runs async on update of sc_req_item (a global table), active, at order 200, on nothing else', () => {
        const r = rule()
        expect(r.value('collection')).toBe('sc_req_item')
        expect(r.value('when')).toBe('async_always')
        expect(r.value('order')).toBe('200')
        expect(r.value('active')).toBe('true')
        expect([r.value('action_insert'), r.value('action_update'), r.value('action_delete'), r.value('action_query')]).toEqual([
            'false',
            'true',
            'false',
            'false',
        ])
        expect(r.value('abort_action')).toBe('false')
    })

    it('fires when approval changes to approved on an active item of the shipped catalog item', () => {
        expect(rule().value('filter_condition')).toBe(`approvalCHANGESTOapproved^cat_item=${item().sysId}^active=true^EQ`)
        expect(rule().value('condition')).toBe('')
    })

    it('does not fire for a closed item whose approval is moved to approved (the condition, evaluated by the double)', () => {
        glide.reset()
        const condition = rule().value('filter_condition')
        const previous = { cat_item: item().sysId, approval: 'rejected', active: false, state: '4' }
        expect(matchesCondition('sc_req_item', { ...previous, approval: 'approved' }, condition, previous)).toBe(false)
        const open = { ...previous, active: true, state: '1', approval: 'requested' }
        expect(matchesCondition('sc_req_item', { ...open, approval: 'approved' }, condition, open)).toBe(true)
    })

    it('calls provisionOnApproval(current, previous) from the provisioning module', () => {
        expectModuleCall(rule(), 'src/server/provisioning/provision-service-account.ts', 'provisionOnApproval', 'current, previous')
    })
})

describe('business rule: Complete service account request when credential task closes', () => {
    const rule = () => app.one('sys_script', { name: 'Complete service account request when credential task closes' })

    it('runs async on update of sc_task when the state changes to Closed Complete on a task of the shipped item', () => {
        const r = rule()
        expect(r.value('collection')).toBe('sc_task')
        expect(r.value('when')).toBe('async_always')
        expect(r.value('action_update')).toBe('true')
        expect(r.value('action_insert')).toBe('false')
        expect(r.value('active')).toBe('true')
        expect(r.value('filter_condition')).toBe(`stateCHANGESTO3^request_item.cat_item=${item().sysId}^EQ`)
    })

    it('calls completeItemOnCredentialTask(current, previous)', () => {
        expectModuleCall(rule(), 'src/server/provisioning/credential-task.ts', 'completeItemOnCredentialTask', 'current, previous')
    })
})

describe('UI action: Retry provisioning', () => {
    const action = () => app.one('sys_ui_action', { name: 'Retry provisioning' })

    it('is a form button on sc_req_item for app admins only', () => {
        const a = action()
        expect(a.value('table')).toBe('sc_req_item')
        expect(a.value('form_button')).toBe('true')
        expect(a.value('show_update')).toBe('true')
        expect(a.value('show_insert')).toBe('false')
        expect(a.value('list_button')).toBe('false')
        const roles = app.records('sys_ui_action_role').filter((r) => r.value('sys_ui_action') === a.sysId)
        expect(roles.map((r) => r.display('sys_user_role'))).toEqual(['x_seed_svcacct.admin'])
        const adminRole = app.one('sys_user_role', { name: 'x_seed_svcacct.admin' })
        expect(roles[0].value('sys_user_role')).toBe(adminRole.sysId)
    })

    it('shows only on active, approved items of the shipped catalog item', () => {
        const condition = action().value('condition')
        expect(condition).toContain("current.getValue('approval') == 'approved'")
        expect(condition).toContain(`current.getValue('cat_item') == '${item().sysId}'`)
        // getValue() gives '1'/'0' for booleans on scoped records, 'true'/'false' on some paths: refuse both falsy forms.
        expect(condition).toContain("String(current.getValue('active')) != '0' && String(current.getValue('active')) != 'false'")
    })

    it('calls retryProvisioning(current), which only queues the retry event', () => {
        expectModuleCall(action(), 'src/server/provisioning/retry-provisioning.ts', 'retryProvisioning', 'current')
    })
})

describe('script action: Retry service account provisioning', () => {
    const action = () => app.one('sysevent_script_action', { name: 'Retry service account provisioning' })

    it('is active and runs on the registered retry event, the one the button queues', () => {
        expect(action().value('active')).toBe('true')
        expect(action().value('event_name')).toBe(RETRY_EVENT)
        const registered = app.one('sysevent_register', { event_name: RETRY_EVENT })
        expect(registered.value('table')).toBe('sc_req_item')
        expect(action().value('condition_script')).toBe('')
    })

    it('calls retryProvisioningFromEvent(current)', () => {
        expectModuleCall(action(), 'src/server/provisioning/retry-provisioning.ts', 'retryProvisioningFromEvent', 'current')
    })
})
