/**
 * The ATF test shipped for admins: it exists (the SDK drops a test it cannot read and still reports a
 * successful build), its steps are in order and point at what ships, and its wait-for-the-drift-guard
 * script runs and can fail.
 */
import { GlideRecord, glide, gs } from '../fakes/glide'
import { readApp } from './read-app'
import { atfStepInputs, atfSteps } from './atf-steps'
import { INVENTORY } from './lockdown-shipped'

const app = readApp()
const test = app.one('sys_atf_test', { name: 'Service Account Lifecycle: lock-down makes the account web-service-only and the drift guard keeps it so' })
const steps = atfSteps(app, test)
const inputs = (step: { sysId: string }) => atfStepInputs(app, step)

describe('ATF: lock-down and drift guard', () => {
    it('is active, fails on server errors and has its 13 steps in order', () => {
        expect(test.value('active')).toBe('true')
        expect(test.value('fail_on_server_error')).toBe('true')
        expect(steps.map((step) => step.value('display_name'))).toEqual([
            'Run Server Side Script',
            'Create a User',
            'Create a User',
            'Record Insert',
            'Impersonate',
            'Open an Existing Record',
            'Record Query',
            'Click a UI Action',
            'Record Validation',
            'Record Validation',
            'Record Update',
            'Run Server Side Script',
            'Record Validation',
        ])
        expect(steps.map((step) => Number(step.value('order')))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])
    })

    describe('the service account is a member of the service-account group, as provisioning leaves it', () => {
        const shippedGroup = app.one('sys_user_group', { name: 'ServiceNow Service Accounts' })
        const precondition = inputs(steps[0]).find((value) => value.includes('(function (outputs')) ?? ''

        function runPrecondition(): { name: string; shouldbe: unknown; value: unknown }[] {
            const asserted: { name: string; shouldbe: unknown; value: unknown }[] = []
            new Function('outputs', 'steps', 'params', 'stepResult', 'assertEqual', 'gs', precondition)({}, () => ({}), {}, {}, (a: never) => asserted.push(a), gs)
            return asserted
        }

        it('creates the account in the shipped group, the one x_seed_svcacct.group names by default', () => {
            expect(inputs(steps[1])).toContain(shippedGroup.sysId)
            expect(app.one('sys_properties', { name: 'x_seed_svcacct.group' }).value('value')).toBe(shippedGroup.sysId)
        })

        it('first checks that x_seed_svcacct.group still names that group (else the lock-down would rightly refuse)', () => {
            glide.reset()
            glide.setProperty('x_seed_svcacct.group', shippedGroup.sysId)
            expect(runPrecondition()).toEqual([{ name: expect.any(String), shouldbe: shippedGroup.sysId, value: shippedGroup.sysId }])
            glide.setProperty('x_seed_svcacct.group', 'f'.repeat(32))
            expect(runPrecondition()).toEqual([{ name: expect.any(String), shouldbe: shippedGroup.sysId, value: 'f'.repeat(32) }])
        })
    })

    it('inserts an exploring row whose window is open, so only the confirmation can lock it down', () => {
        expect(inputs(steps[3]).join('\n')).toContain('state=exploring^gui_access_until=2099-01-01 00:00:00')
    })

    it('clicks the confirmation UI action that ships, found by its action name', () => {
        const action = app.one('sys_ui_action', { name: 'Confirm API calls are sorted' })
        expect(inputs(steps[6])).toContain(`table=${INVENTORY}^action_name=${action.value('action_name')}`)
    })

    it('asserts web_service_access_only=true after lock-down and again after the flag was cleared', () => {
        expect(inputs(steps[8])).toContain('web_service_access_only=true')
        expect(inputs(steps[10]).join('\n')).toContain('web_service_access_only=false')
        expect(inputs(steps[12])).toContain('web_service_access_only=true')
    })

    describe('the wait-for-the-drift-guard script, run against the Glide double', () => {
        const script = inputs(steps[11]).find((value) => value.includes('(function (outputs')) ?? ''

        /** Runs the step; when ticking, each Date.now() moves a fake clock on by 100 ms, as real time would pass. */
        function run(ticking: boolean): { passed: unknown; message: string; userQueries: number } {
            let message = ''
            let clock = 0
            const FakeDate = { now: () => (ticking ? (clock += 100) : clock) }
            const body = new Function('outputs', 'steps', 'params', 'stepResult', 'assertEqual', 'GlideRecord', 'Date', `return ${script.trim().replace(/;$/, '')}`)
            glide.resetCounters()
            const passed = body({}, () => ({}), {}, { setOutputMessage: (text: string) => (message = text) }, () => undefined, GlideRecord, FakeDate)
            return { passed, message, userQueries: glide.counters().reads.sys_user ?? 0 }
        }

        beforeEach(() => glide.reset())

        it('passes as soon as the service account is web-service-only again, after one query', () => {
            glide.seed('sys_user', { user_name: 'svc_atf_lockdown_guard', web_service_access_only: true })
            expect(run(false)).toEqual({ passed: true, message: 'The drift guard restored web_service_access_only.', userQueries: 1 })
        })

        it('fails after 60 seconds when the flag stays cleared, having queried about every 2 seconds (about 30 queries), not continuously', () => {
            glide.seed('sys_user', { user_name: 'svc_atf_lockdown_guard', web_service_access_only: false })
            const result = run(true)
            expect(result.passed).toBe(false)
            expect(result.message).toContain('still false after 60 seconds')
            expect(result.userQueries).toBeGreaterThanOrEqual(28)
            expect(result.userQueries).toBeLessThanOrEqual(31)
        })

        it('reads the clock with Date.now(), not a new GlideDateTime per turn of the loop', () => {
            expect(script).not.toContain('GlideDateTime')
        })

        it('looks for the user name the test creates', () => {
            expect(inputs(steps[1]).join('\n')).toContain('user_name=svc_atf_lockdown_guard')
            expect(script).toContain("addQuery('user_name', 'svc_atf_lockdown_guard')")
        })
    })
})
