/**
 * The ATF tests shipped for what only an instance can show. ATF step inputs carry literal sys_ids
 * (a template there may only name an earlier step's output), so every sys_id they name must be a
 * record this build ships: the item, its variables, the fallback approval group.
 */
import { readApp, type AppRecord } from './read-app'
import { atfStepInputs, atfSteps } from './atf-steps'

const app = readApp()
const TESTS = [
    "Service Account Lifecycle: ordering a service account asks the owner's manager",
    'Service Account Lifecycle: a manager ordering for their report goes to the fallback group',
]

const stepsOf = (test: AppRecord) => atfSteps(app, test)
const inputsOf = (step: AppRecord) => atfStepInputs(app, step)

describe.each(TESTS)('ATF test "%s"', (name) => {
    const test = app.one('sys_atf_test', { name })
    const steps = stepsOf(test)
    const inputs = steps.flatMap(inputsOf)

    it('is active, fails on server errors, and describes what it checks', () => {
        expect(test.value('active')).toBe('true')
        expect(test.value('fail_on_server_error')).toBe('true')
        expect(test.value('description').length).toBeGreaterThan(80)
    })

    it('orders "Request a Service Account" through the catalog form', () => {
        const item = app.one('sc_cat_item', { name: 'Request a Service Account' })
        expect(steps.map((s) => s.value('display_name'))).toEqual(
            expect.arrayContaining(['Impersonate', 'Open a Catalog Item', 'Set Variable Values', 'Order Catalog Item']),
        )
        expect(inputs).toContain(item.sysId)
    })

    it('names only records this build ships (literal sys_ids outside step-output references)', () => {
        const literals = inputs.flatMap((value) => value.replace(/\{\{[^}]*\}\}/g, '').match(/[0-9a-f]{32}/g) ?? [])
        expect(literals.length).toBeGreaterThan(0)
        for (const id of literals) expect(app.bySysId(id)?.sysId).toBe(id)
    })

    it('names the item variables by their shipped sys_ids', () => {
        const ids = inputs.flatMap((value) => [...value.matchAll(/IO:([0-9a-f]{32})=/g)].map((m) => m[1]))
        expect(ids.length).toBeGreaterThanOrEqual(5)
        for (const id of ids) expect(app.bySysId(id)?.table).toBe('item_option_new')
    })

    it('waits for the background flow before asserting on what it creates', () => {
        const waits = steps.filter((s) => s.value('display_name') === 'Record Query' && s.value('timeout') === '1970-01-01 00:02:00')
        expect(waits.length).toBeGreaterThanOrEqual(1)
    })
})

it('the manager test expects a requested approval for the manager it created', () => {
    const test = app.one('sys_atf_test', { name: TESTS[0] })
    const queries = stepsOf(test).flatMap(inputsOf)
    expect(queries.some((q) => /^sysapproval=\{\{step\['[0-9a-f]{32}'\]\.first_record\}\}\^approver=\{\{step\['[0-9a-f]{32}'\]\.user\}\}\^state=requested\^EQ$/.test(q))).toBe(true)
})

it('the self-approval test expects the reason work note, an approval for the group member and none for the manager', () => {
    const test = app.one('sys_atf_test', { name: TESTS[1] })
    const inputs = stepsOf(test).flatMap(inputsOf)
    expect(inputs.some((q) => q.includes('element=work_notes^valueLIKEreason: manager_is_requester'))).toBe(true)
    expect(inputs).toContain('no_records_match_query')
    const group = app.one('sys_user_group', { name: 'Service Account Approvers' })
    expect(inputs.some((q) => q.includes(group.sysId))).toBe(true)
})
