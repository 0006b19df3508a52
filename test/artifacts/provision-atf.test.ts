/**
 * The provisioning ATF tests as built. ATF runs only on an instance, so this checks they are put
 * together right: every step's inputs, the sys_ids written out in them (the SDK's Test plugin takes
 * no other identifiers in templates), and the order of the steps.
 */
import { readApp, type AppRecord } from './read-app'

const app = readApp()
const ITIL_SYS_ID = '282bf1fac6112285017366cb5f867469'

const test = (name: string) => app.one('sys_atf_test', { name })
const GENUINE = 'Service Account Lifecycle: an approval by the manager provisions the account'
const FORGED = 'Service Account Lifecycle: editing the approval field directly provisions nothing'

function stepsOf(testRecord: AppRecord): AppRecord[] {
    return app
        .records('sys_atf_step')
        .filter((s) => s.value('test') === testRecord.sysId)
        .sort((a, b) => Number(a.value('order')) - Number(b.value('order')))
}

/** The encoded inputs of a step (its sys_variable_value values). */
function inputsOf(step: AppRecord): string[] {
    return app
        .records('sys_variable_value')
        .filter((v) => v.value('document_key') === step.sysId)
        .map((v) => v.value('value'))
}

const allInputs = (testRecord: AppRecord) => stepsOf(testRecord).flatMap(inputsOf).join('\n')

describe('provisioning ATF tests', () => {
    it.each([GENUINE, FORGED])('"%s" ships active with steps in order 1..n', (name) => {
        const t = test(name)
        expect(t.value('active')).toBe('true')
        const orders = stepsOf(t).map((s) => Number(s.value('order')))
        expect(orders).toEqual(orders.map((_, i) => i + 1))
    })

    it('write out the sys_ids of the shipped catalog item and service-account group, and itil', () => {
        const item = app.one('sc_cat_item', { name: 'Request a Service Account' }).sysId
        const group = app.one('sys_user_group', { name: 'ServiceNow Service Accounts' }).sysId
        const genuine = allInputs(test(GENUINE))
        expect(genuine).toContain(`cat_item=${item}^name=user_id^EQ`)
        expect(genuine).toContain(`cat_item=${item}^requested_for=`)
        expect(genuine).toContain(`^group=${group}^EQ`)
        expect(genuine).toContain(`^role=${ITIL_SYS_ID}^inherited=true^EQ`)
        expect(allInputs(test(FORGED))).toContain(`cat_item=${item}^requested_for=`)
    })

    it('never serialise an object into a step input', () => {
        for (const name of [GENUINE, FORGED]) expect(allInputs(test(name))).not.toContain('[object Object]')
    })

    it('genuine: approves through an approval record before the item, then checks user, manager, group, both roles', () => {
        const steps = stepsOf(test(GENUINE)).map((s) => [s.value('table'), inputsOf(s).join(' ')].join(' '))
        const at = (pattern: RegExp) => steps.findIndex((s) => pattern.test(s))
        expect(at(/sysapproval_approver .*state=approved/)).toBeGreaterThan(at(/sysapproval_approver .*state=requested/))
        expect(at(/sc_req_item .*approval=approved/)).toBeGreaterThan(at(/sysapproval_approver .*state=approved/))
        const checks = steps.slice(at(/sc_req_item .*approval=approved/) + 1).join('\n')
        expect(checks).toMatch(/user_name=svc_atf_provision_check\^manager=\{\{step\['[0-9a-f]{32}'\]\.user\}\}\^active=true/)
        expect(checks).toContain('role.name=rest_api_explorer^inherited=true')
        expect(checks).toContain('inherited=false^EQ')
    })

    it('forged: edits the approval field with no approval record, then expects no account and a refusal note', () => {
        const steps = stepsOf(test(FORGED))
        const tables = steps.map((s) => s.value('table'))
        expect(tables).not.toContain('sysapproval_approver')
        const text = steps.flatMap(inputsOf).join('\n')
        expect(text).toContain('user_name=svc_atf_forged_check^EQ')
        expect(text).toContain('no_records_match_query')
        expect(text).toContain('valueLIKENOT provisioned')
    })
})

describe('provisioning ATF tests wait for the async rule', () => {
    it.each([GENUINE, FORGED])('"%s" polls for the rule to finish before asserting its results', (name) => {
        const steps = stepsOf(test(name)).map((s) => inputsOf(s).join(' '))
        const wait = steps.findIndex((s) => s.includes('async provisioning rule did not run'))
        const approved = steps.findIndex((s) => s.includes('approval=approved') || s.includes('"approval":"approved"'))
        expect(approved).toBeGreaterThan(-1)
        expect(wait).toBeGreaterThan(approved)
        expect(steps.slice(wait + 1).join('\n')).toMatch(/records_match_query/)
    })
})
