/**
 * The provisioning ATF tests as built. ATF runs only on an instance, so this checks they are put
 * together right: every step's inputs, the sys_ids written out in them (the SDK's Test plugin takes
 * no other identifiers in templates), the order of the steps, the waits, and the clean-up around them.
 */
import { readApp, type AppRecord } from './read-app'
import { atfStepInputs, atfSteps } from './atf-steps'
import { ATF_ACCOUNT_NAMES, ATF_CLEANUP_EVENT } from '../../src/server/provisioning/remove-atf-accounts'
import { REQUEST_VARIABLE } from '../../src/server/catalog/request-variables'

const app = readApp()
const ITIL_SYS_ID = '282bf1fac6112285017366cb5f867469'
const TWO_MINUTES = '1970-01-01 00:02:00'

const test = (name: string) => app.one('sys_atf_test', { name })
const GENUINE = 'Service Account Lifecycle: an approval by the manager provisions the account'
const FORGED = 'Service Account Lifecycle: editing the approval field directly provisions nothing'

const stepsOf = (testRecord: AppRecord) => atfSteps(app, testRecord)
const inputsOf = (step: AppRecord) => atfStepInputs(app, step)

const describeStep = (s: AppRecord) => [s.value('display_name'), ...inputsOf(s)].join(' ')
const allInputs = (testRecord: AppRecord) => stepsOf(testRecord).flatMap(inputsOf).join('\n')
const isWait = (s: AppRecord) => s.value('display_name') === 'Record Query' && s.value('timeout') === TWO_MINUTES

describe('provisioning ATF tests', () => {
    it.each([GENUINE, FORGED])('"%s" ships active with steps in order 1..n', (name) => {
        const t = test(name)
        expect(t.value('active')).toBe('true')
        const orders = stepsOf(t).map((s) => Number(s.value('order')))
        expect(orders).toEqual(orders.map((_, i) => i + 1))
    })

    it('write out the sys_ids of the shipped catalog item, its variables and service-account group, and itil', () => {
        const item = app.one('sc_cat_item', { name: 'Request a Service Account' }).sysId
        const group = app.one('sys_user_group', { name: 'ServiceNow Service Accounts' }).sysId
        const variable = (name: string) => app.one('item_option_new', (v) => v.value('cat_item') === item && v.value('name') === name).sysId
        const genuine = allInputs(test(GENUINE))
        expect(genuine).toContain(item)
        expect(genuine).toContain(`IO:${variable(REQUEST_VARIABLE.userId)}=svc_atf_provision_check`)
        expect(genuine).toContain(`IO:${variable(REQUEST_VARIABLE.userIdChecked)}=svc_atf_provision_check`)
        expect(genuine).toContain(`^group=${group}^EQ`)
        expect(genuine).toContain(`^role=${ITIL_SYS_ID}^inherited=true^EQ`)
        expect(allInputs(test(FORGED))).toContain(`cat_item=${item}^requested_for=`)
    })

    it('never serialise an object into a step input', () => {
        for (const name of [GENUINE, FORGED]) expect(allInputs(test(name))).not.toContain('[object Object]')
    })

    it('genuine: orders through the catalog, lets the flow ask the manager, approves as the manager, waits for the rule, then checks user, manager, group, both roles', () => {
        const steps = stepsOf(test(GENUINE)).map(describeStep)
        const at = (pattern: RegExp) => steps.findIndex((s) => pattern.test(s))
        const order = at(/^Order Catalog Item/)
        const asked = at(/sysapproval_approver .*\^state=requested\^EQ/)
        const impersonateManager = steps.findIndex((s, i) => i > asked && /^Impersonate/.test(s))
        const approve = at(/sysapproval_approver .*state.*approved/)
        const wait = at(/x_seed_svcacct_service_account request_item=.*\^state=exploring\^EQ/)
        expect(order).toBeGreaterThan(at(/^Impersonate/))
        expect(asked).toBeGreaterThan(order)
        expect(impersonateManager).toBeGreaterThan(asked)
        expect(approve).toBeGreaterThan(impersonateManager)
        expect(wait).toBeGreaterThan(approve)
        const checks = steps.slice(wait + 1).join('\n')
        expect(checks).toMatch(/user_name=svc_atf_provision_check\^manager=\{\{step\['[0-9a-f]{32}'\]\.user\}\}\^active=true/)
        expect(checks).toContain('role.name=rest_api_explorer^inherited=true')
        expect(checks).toContain('inherited=false^EQ')
    })

    it('genuine: never writes an approval record or the item’s approval itself (only the flow’s records count)', () => {
        const steps = stepsOf(test(GENUINE))
        const inserts = steps.filter((s) => s.value('display_name') === 'Record Insert').map(describeStep)
        expect(inserts).toEqual([])
        const updates = steps.filter((s) => s.value('display_name') === 'Record Update').map(describeStep)
        expect(updates).toHaveLength(1)
        expect(updates[0]).toMatch(/sysapproval_approver/)
        expect(updates[0]).not.toMatch(/sc_req_item/)
    })

    it('forged: edits the approval field with no approval record, then expects no account and a refusal note', () => {
        const steps = stepsOf(test(FORGED))
        const text = steps.flatMap(inputsOf).join('\n')
        expect(steps.map(describeStep).some((s) => /sysapproval_approver/.test(s))).toBe(false)
        expect(text).toContain('user_name=svc_atf_forged_check^EQ')
        expect(text).toContain('no_records_match_query')
        expect(text).toContain('valueLIKENOT provisioned')
    })
})

describe('provisioning ATF tests wait without spinning, and clean up outside their session', () => {
    it.each([GENUINE, FORGED])('"%s" waits for the async rule with a Record Query timeout, not a polling script', (name) => {
        const steps = stepsOf(test(name))
        for (const step of steps.filter((s) => s.value('display_name') === 'Run Server Side Script')) {
            expect(inputsOf(step).join('\n')).not.toMatch(/while\s*\(/)
        }
        const waits = steps.map((s, i) => [s, i] as const).filter(([s]) => isWait(s))
        expect(waits.length).toBeGreaterThanOrEqual(3)
        const lastWait = waits[waits.length - 2][1]
        expect(steps.slice(lastWait + 1).map(describeStep).join('\n')).toMatch(/records_match_query/)
    })

    it.each([GENUINE, FORGED])('"%s" first and last queues the clean-up event and waits until the ATF accounts are gone', (name) => {
        const steps = stepsOf(test(name))
        const queues = (s: AppRecord) => s.value('display_name') === 'Run Server Side Script' && inputsOf(s).join('').includes(`gs.eventQueue('${ATF_CLEANUP_EVENT}'`)
        const goneCheck = (s: AppRecord) => isWait(s) && inputsOf(s).join('').includes(`user_nameIN${ATF_ACCOUNT_NAMES.join(',')}^EQ`) && inputsOf(s).join('').includes('no_records_match_query')
        expect(queues(steps[0])).toBe(true)
        expect(goneCheck(steps[1])).toBe(true)
        expect(queues(steps[steps.length - 2])).toBe(true)
        expect(goneCheck(steps[steps.length - 1])).toBe(true)
    })

    it('the clean-up event is registered and a script action of the app handles it', () => {
        expect(app.one('sysevent_register', { event_name: ATF_CLEANUP_EVENT }).value('table')).toBe('sys_user')
        const action = app.one('sysevent_script_action', { event_name: ATF_CLEANUP_EVENT })
        expect(action.value('active')).toBe('true')
        expect(action.value('script')).toContain('removeAtfAccounts(current);')
    })
})
