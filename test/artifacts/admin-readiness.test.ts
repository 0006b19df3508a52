/**
 * What ships for the readiness check: the Script Include bridge and its ACL, the admin page, and the
 * ATF test. The page's client script and the ATF step script are run here as built (they are
 * strings on the instance), so what an admin sees is tested, not only what the module returns.
 */
import { join } from 'node:path'
import vm from 'node:vm'
import type { CheckResult, ReadinessReport } from '../../src/server/readiness/readiness-checks'
import { APP_PRIVILEGES, APP_SCOPE_ID, APPROVAL_FLOW_ID } from '../../src/server/readiness/app-records'
import * as readinessModule from '../../src/server/readiness/readiness-check'
import { defineAppTables } from '../fakes/app-schema'
import { glide } from '../fakes/glide'
import type { AppRecord } from './read-app'
import { atfStepInputs, atfSteps } from './atf-steps'
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

    it('the privileges the check requires (APP_PRIVILEGES) are exactly those the app ships: same tables and operations, none more, none less', () => {
        const key = (p: { targetName: string; operation: string }) => `${p.targetName} ${p.operation}`
        const shipped = app.records('sys_scope_privilege').map((p) => key({ targetName: p.value('target_name'), operation: p.value('operation') }))
        expect(APP_PRIVILEGES.map(key).sort()).toEqual(shipped.sort())
        expect(new Set(APP_PRIVILEGES.map(key)).size).toBe(APP_PRIVILEGES.length)
        for (const privilege of app.records('sys_scope_privilege')) {
            expect([privilege.value('target_scope'), privilege.value('target_type'), privilege.value('status')]).toEqual(['global', 'sys_db_object', 'allowed'])
        }
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
    const steps = atfSteps(app, test)
    const stepScript = (step: AppRecord): string =>
        atfStepInputs(app, step).find((value) => value.includes('(outputs, steps, params, stepResult, assertEqual)')) ?? ''

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

/**
 * End to end on the Glide test double: the ATF step script, as built, calls the Script Include, as
 * built, which requires the readiness module by its sys_module path. The platform pieces a Script
 * Include relies on (Class.create, Object.extendsObject, AbstractAjaxProcessor, require of a module
 * path) are stood in for; require maps the path back to the source file, so a wrong path or
 * function name fails here.
 */
describe('the readiness ATF step, through the shipped Script Include, on the Glide test double', () => {
    const REPO = join(__dirname, '../..')

    function loadShippedScriptInclude(): new () => { runCheck(): string } {
        const platformRequire = (path: string): unknown => {
            if (!path.startsWith(MODULE_ROOT)) throw new Error(`require('${path}') names no module of ${MODULE_ROOT}`)
            app.one('sys_module', { path })
            return require(join(REPO, path.slice(MODULE_ROOT.length)))
        }
        const Class = {
            create: () =>
                function ScriptInclude(this: { initialize?: () => void }) {
                    this.initialize?.()
                },
        }
        const PlatformObject = { extendsObject: (base: object, extension: object) => Object.assign(Object.create(base), extension) }
        const global = { AbstractAjaxProcessor: { getParameter: () => null } }
        const body = `${scriptInclude.value('script')}\nreturn ReadinessCheckAjax;`
        return new Function('Class', 'Object', 'global', 'require', body)(Class, PlatformObject, global, platformRequire)
    }

    function runShippedStep(): { passed: unknown; message: string } {
        const test = app.one('sys_atf_test', { name: 'Service Account Lifecycle: readiness check passes' })
        const step = app.one('sys_atf_step', (record) => record.value('test') === test.sysId)
        const script = atfStepInputs(app, step).find((value) => value.includes('ReadinessCheckAjax'))!
        let message = ''
        const stepResult = { setOutputMessage: (text: string) => (message = text) }
        const passed = new Function('x_seed_svcacct', 'outputs', 'steps', 'params', 'stepResult', 'assertEqual', `return ${script}`)(
            { ReadinessCheckAjax: loadShippedScriptInclude() },
            {},
            () => ({}),
            {},
            stepResult,
            () => undefined,
        )
        return { passed, message }
    }

    /** The instance as installed: the shipped groups, roles and privileges, the flow activated. */
    function seedInstalledInstance(flowActive: boolean): void {
        glide.reset()
        defineAppTables()
        const itil = glide.seed('sys_user_role', { name: 'itil', sys_scope: 'global' })
        const explorer = glide.seed('sys_user_role', { name: 'rest_api_explorer', sys_scope: 'global' })
        for (const name of ['admin', 'security_admin', 'impersonator', 'oauth_admin']) glide.seed('sys_user_role', { name, sys_scope: 'global' })
        for (const group of app.records('sys_user_group')) {
            glide.seed('sys_user_group', { sys_id: group.sysId, name: group.value('name'), active: true })
            const member = glide.seed('sys_user', { user_name: `member.of.${group.sysId}`, active: true })
            glide.seed('sys_user_grmember', { group: group.sysId, user: member })
        }
        for (const property of app.records('sys_properties')) glide.setProperty(property.value('name'), property.value('value'))
        const serviceAccounts = app.one('sys_user_group', { name: 'ServiceNow Service Accounts' }).sysId
        glide.seed('sys_group_has_role', { group: serviceAccounts, role: itil, inherits: true })
        glide.seed('sys_group_has_role', { group: serviceAccounts, role: explorer, inherits: true })
        for (const privilege of app.records('sys_scope_privilege')) {
            glide.seed('sys_scope_privilege', {
                source_scope: privilege.value('source_scope'),
                target_scope: privilege.value('target_scope'),
                target_name: privilege.value('target_name'),
                target_type: privilege.value('target_type'),
                operation: privilege.value('operation'),
                status: privilege.value('status'),
            })
        }
        const flow = app.one('sys_hub_flow', (record) => record.sysId === APPROVAL_FLOW_ID)
        glide.seed('sys_hub_flow', { sys_id: flow.sysId, name: flow.value('name'), active: flowActive })
        glide.setUser({ sysId: 'a'.repeat(32), userName: 'atf.runner', roles: ['admin'] })
    }

    it('passes on an instance where the shipped records are in place and the flow is active', () => {
        seedInstalledInstance(true)
        const { passed, message } = runShippedStep()
        expect(message.split('\n').filter((line) => line.startsWith('FAIL'))).toEqual([])
        expect(passed).toBe(true)
    })

    it('fails when the flow was left inactive (an install from the repository or an update set), saying how to fix it', () => {
        seedInstalledInstance(false)
        const { passed, message } = runShippedStep()
        expect(passed).toBe(false)
        expect(message).toContain(
            'FAIL The approval flow is active: "Service Account Request Approval" is inactive, so requests are never sent for approval.',
        )
        expect(message).toContain('Fix: Open Process Automation > Flow Designer, open "Service Account Request Approval" and click Activate.')
    })
})
