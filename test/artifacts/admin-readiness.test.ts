/**
 * What ships for the readiness check: the Script Include bridge and its ACL, the admin page, and the
 * ATF test. The page's client script and the ATF step script are run here as built (they are
 * strings on the instance), so what an admin sees is tested, not only what the module returns.
 */
import vm from 'node:vm'
import type { CheckResult, ReadinessReport } from '../../src/server/readiness/readiness-checks'
import { APP_SCOPE_ID, APPROVAL_FLOW_ID } from '../../src/server/readiness/app-records'
import * as readinessModule from '../../src/server/readiness/readiness-check'
import { defineAppTables } from '../fakes/app-schema'
import { glide } from '../fakes/glide'
import type { AppRecord } from './read-app'
import { readApp } from './read-app'
import { MODULE_ROOT, NOW_CONFIG } from './shipped-app'

const app = readApp()
const scriptInclude = app.one('sys_script_include', { name: 'ReadinessCheckAjax' })
const page = app.one('sys_ui_page', { endpoint: 'x_seed_svcacct_readiness_check.do' })
const MODULE_PATH = `${MODULE_ROOT}src/server/readiness/readiness-check.ts`

describe('the app records the readiness check looks up by sys_id', () => {
    it('the scope is the app’s own (now.config.json and the built sys_app record)', () => {
        expect(APP_SCOPE_ID).toBe(NOW_CONFIG.scopeId)
        expect(app.scope().sysId).toBe(APP_SCOPE_ID)
    })

    it('the approval flow is the flow the app ships, the one the catalog item runs', () => {
        const flow = app.one('sys_hub_flow', (record) => record.sysId === APPROVAL_FLOW_ID)
        expect(flow.value('name')).toBe('Service Account Request Approval')
        expect(flow.value('type')).toBe('flow')
        expect(app.records('sys_hub_flow').filter((record) => record.value('type') === 'flow')).toHaveLength(1)
        expect(app.one('sc_cat_item', { name: 'Request a Service Account' }).value('flow_designer_flow')).toBe(APPROVAL_FLOW_ID)
    })

    it('the flow ships inactive, which is why the readiness check looks for an active one', () => {
        expect(app.one('sys_hub_flow', (record) => record.sysId === APPROVAL_FLOW_ID).value('active')).toBe('false')
    })
})

describe('the readiness check’s cross-scope privileges', () => {
    it('every global table it reads is covered by a read privilege the app ships, allowed', () => {
        glide.reset()
        defineAppTables()
        const approvers = glide.seed('sys_user_group', { name: 'Approvers', active: true })
        glide.setProperty('x_seed_svcacct.approval.fallback_group', approvers)
        readinessModule.runReadinessCheck()
        // Read by query or get (counted), plus sys_user: dot-walked (member.user.active) and isValidField.
        const tables = [...Object.keys(glide.counters().reads), 'sys_user']
        expect(tables).toEqual(expect.arrayContaining(['sys_scope_privilege', 'sys_hub_flow', 'sys_user_group', 'sys_user_grmember']))
        const uncovered = tables.filter(
            (table) =>
                !app
                    .records('sys_scope_privilege')
                    .some((p) => p.value('target_name') === table && p.value('operation') === 'read' && p.value('status') === 'allowed'),
        )
        expect(uncovered).toEqual([])
    })

    it('every privilege the app ships names this app as its source scope (what the check queries by)', () => {
        expect(app.records('sys_scope_privilege').filter((p) => p.value('source_scope') !== APP_SCOPE_ID)).toEqual([])
    })
})

describe('the ReadinessCheckAjax Script Include', () => {
    it('is client-callable and private to the app', () => {
        expect(scriptInclude.value('client_callable')).toBe('true')
        expect(scriptInclude.value('access')).toBe('package_private')
        expect(scriptInclude.value('active')).toBe('true')
        expect(scriptInclude.value('api_name')).toBe('x_seed_svcacct.ReadinessCheckAjax')
    })

    it('requires the readiness module by the path it ships under, and calls a function the module exports', () => {
        const required = [...scriptInclude.value('script').matchAll(/require\('([^']+)'\)/g)].map((match) => match[1])
        expect(required).toEqual([MODULE_PATH])
        app.one('sys_module', { path: MODULE_PATH })
        const called = [...scriptInclude.value('script').matchAll(/readiness\.(\w+)\(/g)].map((match) => match[1])
        expect(called).toEqual(['answerReadinessCheck'])
        expect(typeof readinessModule.answerReadinessCheck).toBe('function')
    })

    it('may be called from the browser by app admins only (client-callable Script Include ACL)', () => {
        const acl = app.one('sys_security_acl', { type: 'client_callable_script_include', name: 'x_seed_svcacct.ReadinessCheckAjax' })
        expect(acl.value('operation')).toBe('execute')
        expect(acl.value('decision_type')).toBe('allow')
        const roles = app.records('sys_security_acl_role').filter((row) => row.value('sys_security_acl') === acl.sysId)
        expect(roles.map((row) => row.display('sys_user_role'))).toEqual(['x_seed_svcacct.admin'])
    })
})

/** Runs the page's client script in a fresh context; the server answer is whatever `answer` returns. */
function renderPage(answer: () => string): { html: () => string; calls: string[][] } {
    const target = { innerHTML: '' }
    const calls: string[][] = []
    class BrowserGlideAjax {
        private readonly params: string[] = []
        constructor(private readonly processor: string) {}
        addParam(name: string, value: string) {
            this.params.push(`${name}=${value}`)
        }
        getXMLAnswer(callback: (text: string) => void) {
            calls.push([this.processor, ...this.params])
            callback(answer())
        }
    }
    const context = vm.createContext({
        GlideAjax: BrowserGlideAjax,
        document: { getElementById: (id: string) => (id === 'readiness_report' ? target : null) },
        addLoadEvent: (fn: () => void) => fn(),
        JSON,
    })
    vm.runInContext(page.value('client_script'), context)
    return { html: () => target.innerHTML, calls }
}

const check = (overrides: Partial<CheckResult>): CheckResult => ({
    id: 'approval-flow-active',
    title: 'The approval flow is active',
    pass: true,
    informational: false,
    detail: 'It is.',
    fix: '',
    ...overrides,
})

describe('the readiness page', () => {
    it('is a classic page (so GlideAjax is available) with a report area and a Run again button', () => {
        expect(page.value('direct')).toBe('false')
        expect(page.value('html')).toContain('<div id="readiness_report"></div>')
        expect(page.value('html')).toContain('onclick="readinessRun()"')
    })

    it('on load, asks the Script Include the app ships for the method it defines', () => {
        const { calls } = renderPage(() => JSON.stringify({ ready: true, checks: [] }))
        expect(calls).toEqual([[scriptInclude.value('api_name'), 'sysparm_name=runCheck']])
        expect(scriptInclude.value('script')).toMatch(/\brunCheck: function \(\)/)
    })

    it('shows a ready instance as ready, one row per check', () => {
        const report: ReadinessReport = {
            ready: true,
            checks: [check({}), check({ id: 'identity-type-available', title: 'Identity type', pass: false, informational: true, fix: 'Nothing.' })],
        }
        const html = renderPage(() => JSON.stringify(report)).html()
        expect(html).toContain('Ready: everything the app needs is in place.')
        expect(html.match(/<tr class="readiness-/g)).toHaveLength(2)
        expect(html).toContain('<tr class="readiness-pass" data-check="approval-flow-active"><td>Pass</td>')
        expect(html).toContain('<tr class="readiness-note" data-check="identity-type-available"><td>Note</td>')
    })

    it('shows a failure with its fix, and escapes text that came from the instance', () => {
        const report: ReadinessReport = {
            ready: false,
            checks: [check({ pass: false, detail: '"<script>alert(1)</script>" is inactive.', fix: 'Open Flow Designer & activate it.' })],
        }
        const html = renderPage(() => JSON.stringify(report)).html()
        expect(html).toContain('Not ready: fix the failures below, then run the check again.')
        expect(html).toContain('<td>Fail</td>')
        expect(html).toContain('&quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; is inactive.')
        expect(html).toContain('Open Flow Designer &amp; activate it.')
        expect(html).not.toContain('<script>')
    })

    it('shows a refusal or an unreadable answer as an error', () => {
        expect(renderPage(() => JSON.stringify({ error: 'Only users with the x_seed_svcacct.admin role can run the readiness check.' })).html()).toBe(
            '<p class="readiness-error">Only users with the x_seed_svcacct.admin role can run the readiness check.</p>',
        )
        expect(renderPage(() => '<html>login</html>').html()).toContain('The readiness check answered something unreadable')
    })
})

describe('the readiness ATF test', () => {
    const test = app.one('sys_atf_test', { name: 'Service Account Lifecycle: readiness check passes' })
    const steps = app.records('sys_atf_step').filter((step) => step.value('test') === test.sysId)
    const stepScript = (step: AppRecord): string =>
        app
            .records('sys_variable_value')
            .filter((value) => value.value('document_key') === step.sysId)
            .map((value) => value.value('value'))
            .find((value) => value.includes('(outputs, steps, params, stepResult, assertEqual)')) ?? ''

    /** Runs the shipped step script; the Script Include answers `answer`. */
    function runStep(answer: string): { passed: unknown; message: string } {
        let message = ''
        const context = vm.createContext({
            x_seed_svcacct: { ReadinessCheckAjax: class { runCheck = () => answer } },
            outputs: {},
            steps: () => ({}),
            params: {},
            stepResult: { setOutputMessage: (text: string) => (message = text) },
            assertEqual: () => undefined,
            JSON,
        })
        const passed = vm.runInContext(stepScript(steps[0]), context)
        return { passed, message }
    }

    it('is active and has one server-side script step', () => {
        expect(test.value('active')).toBe('true')
        expect(steps.map((step) => step.value('display_name'))).toEqual(['Run Server Side Script'])
        expect(stepScript(steps[0])).toContain('new x_seed_svcacct.ReadinessCheckAjax().runCheck()')
    })

    it('passes when the instance is ready, listing every check', () => {
        const { passed, message } = runStep(JSON.stringify({ ready: true, checks: [check({})] }))
        expect(passed).toBe(true)
        expect(message).toBe('Ready.\nPASS The approval flow is active: It is.')
    })

    it('fails when it is not, with each failure and its fix in the step output', () => {
        const report = { ready: false, checks: [check({ pass: false, detail: 'It is inactive.', fix: 'Activate it.' })] }
        const { passed, message } = runStep(JSON.stringify(report))
        expect(passed).toBe(false)
        expect(message).toBe('Not ready.\nFAIL The approval flow is active: It is inactive. Fix: Activate it.')
    })

    it('fails when the check refuses the test user', () => {
        const { passed, message } = runStep(JSON.stringify({ error: 'Only users with the x_seed_svcacct.admin role can run the readiness check.' }))
        expect(passed).toBe(false)
        expect(message).toContain('Only users with')
    })
})
