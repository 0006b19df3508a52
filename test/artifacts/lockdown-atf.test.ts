/**
 * The ATF test shipped for admins: it exists (the SDK drops a test it cannot read and still reports a
 * successful build), its steps are in order and point at what ships, and its wait-for-the-drift-guard
 * script runs and can fail.
 */
import { GlideDateTime, GlideRecord, glide } from '../fakes/glide'
import { readApp } from './read-app'
import { INVENTORY } from './lockdown-shipped'

const app = readApp()
const test = app.one('sys_atf_test', { name: 'Service Account Lifecycle: lock-down makes the account web-service-only and the drift guard keeps it so' })
const steps = app
    .records('sys_atf_step')
    .filter((step) => step.value('test') === test.sysId)
    .sort((a, b) => Number(a.value('order')) - Number(b.value('order')))
const inputs = (step: { sysId: string }) =>
    app
        .records('sys_variable_value')
        .filter((value) => value.value('document_key') === step.sysId)
        .map((value) => value.value('value'))

describe('ATF: lock-down and drift guard', () => {
    it('is active, fails on server errors and has its 12 steps in order', () => {
        expect(test.value('active')).toBe('true')
        expect(test.value('fail_on_server_error')).toBe('true')
        expect(steps.map((step) => step.value('display_name'))).toEqual([
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
        expect(steps.map((step) => Number(step.value('order')))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    })

    it('inserts an exploring row whose window is open, so only the confirmation can lock it down', () => {
        expect(inputs(steps[2]).join('\n')).toContain('state=exploring^gui_access_until=2099-01-01 00:00:00')
    })

    it('clicks the confirmation UI action that ships, found by its action name', () => {
        const action = app.one('sys_ui_action', { name: 'Confirm API calls are sorted' })
        expect(inputs(steps[5])).toContain(`table=${INVENTORY}^action_name=${action.value('action_name')}`)
    })

    it('asserts web_service_access_only=true after lock-down and again after the flag was cleared', () => {
        expect(inputs(steps[7])).toContain('web_service_access_only=true')
        expect(inputs(steps[9]).join('\n')).toContain('web_service_access_only=false')
        expect(inputs(steps[11])).toContain('web_service_access_only=true')
    })

    describe('the wait-for-the-drift-guard script, run against the Glide double', () => {
        const script = inputs(steps[10]).find((value) => value.includes('(function (outputs')) ?? ''

        function run(ticking: boolean): { passed: unknown; message: string } {
            let message = ''
            // Each `new GlideDateTime()` moves the double's clock on when ticking, as real time would pass.
            const Clock = ticking
                ? class extends GlideDateTime {
                      constructor() {
                          glide.advance({ seconds: 1 })
                          super()
                      }
                  }
                : GlideDateTime
            const body = new Function('outputs', 'steps', 'params', 'stepResult', 'assertEqual', 'GlideRecord', 'GlideDateTime', `return ${script.trim().replace(/;$/, '')}`)
            const passed = body({}, () => ({}), {}, { setOutputMessage: (text: string) => (message = text) }, () => undefined, GlideRecord, Clock)
            return { passed, message }
        }

        beforeEach(() => glide.reset())

        it('passes as soon as the service account is web-service-only again', () => {
            glide.seed('sys_user', { user_name: 'svc_atf_lockdown_guard', web_service_access_only: true })
            expect(run(false)).toEqual({ passed: true, message: 'The drift guard restored web_service_access_only.' })
        })

        it('fails after 60 seconds when the flag stays cleared', () => {
            glide.seed('sys_user', { user_name: 'svc_atf_lockdown_guard', web_service_access_only: false })
            const result = run(true)
            expect(result.passed).toBe(false)
            expect(result.message).toContain('still false after 60 seconds')
        })

        it('looks for the user name the test creates', () => {
            expect(inputs(steps[0]).join('\n')).toContain('user_name=svc_atf_lockdown_guard')
            expect(script).toContain("addQuery('user_name', 'svc_atf_lockdown_guard')")
        })
    })
})
