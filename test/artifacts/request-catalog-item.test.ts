/**
 * What ships for "Request a Service Account": the item, where it is offered, who sees it, its variables
 * and their client scripts, the GlideAjax bridge and its ACL, and the flow it is linked to.
 * Scripts are compared with the source files the unit tests run, so the tested text is the shipped text.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readApp, type AppRecord } from './read-app'
import { MODULE_ROOT } from './shipped-app'
import { REQUEST_VARIABLE } from '../../src/server/catalog/request-variables'
import { GlideRecord, glide } from '../fakes/glide'

const app = readApp()
const ROOT = join(__dirname, '../..')
const source = (path: string) => readFileSync(join(ROOT, path), 'utf8')

/** The standard Service Catalog: same sys_id on every instance (platform-facts). */
const SERVICE_CATALOG = 'e0d08b13c3330100c8b837659bba8fb4'
/** item_option_new.type values (platform choice list "type" on item_option_new). */
const TYPE = { multiLineText: '2', singleLineText: '6', label: '11', masked: '25', requestedFor: '31' }

const item = app.one('sc_cat_item', { name: 'Request a Service Account' })
const variables = app.records('item_option_new').filter((v) => v.value('cat_item') === item.sysId)
const variable = (name: string): AppRecord => {
    const found = variables.filter((v) => v.value('name') === name)
    if (found.length !== 1) throw new Error(`expected one variable "${name}" on the item, found ${found.length}`)
    return found[0]
}

describe('where "Request a Service Account" is offered', () => {
    it('is in the standard Service Catalog', () => {
        expect(item.value('sc_catalogs').split(',')).toEqual([SERVICE_CATALOG])
    })

    it('is in the app\'s own "Integrations" category of the Service Catalog', () => {
        const links = app.records('sc_cat_item_category').filter((link) => link.value('sc_cat_item') === item.sysId)
        expect(links).toHaveLength(1)
        const category = app.bySysId(links[0].value('sc_category'))
        expect(category?.table).toBe('sc_category')
        expect(category?.value('title')).toBe('Integrations')
        expect(category?.value('sc_catalog')).toBe(SERVICE_CATALOG)
        expect(category?.value('active')).toBe('true')
    })

    it('is shown in the Service Portal and Employee Center too (not hidden from the portal)', () => {
        expect(item.value('hide_sp')).toBe('false')
        expect(item.value('active')).toBe('true')
    })
})

describe('who sees it: User Criteria, not roles', () => {
    const links = app.records('sc_cat_item_user_criteria_mtom').filter((link) => link.value('sc_cat_item') === item.sysId)

    it('has no roles restriction', () => {
        expect(item.value('roles')).toBe('')
    })

    it('is available for one shipped, active, scripted criterion whose script is the tested one', () => {
        expect(links).toHaveLength(1)
        const criterion = app.bySysId(links[0].value('user_criteria'))
        expect(criterion?.table).toBe('user_criteria')
        expect(criterion?.value('active')).toBe('true')
        expect(criterion?.value('advanced')).toBe('true')
        expect(criterion?.value('script')).toBe(source('src/fluent/catalog/request-user-criteria.server.js'))
    })

    it('has no "not available for" criteria', () => {
        expect(app.records('sc_cat_item_user_criteria_no_mtom')).toHaveLength(0)
    })
})

describe('its variables', () => {
    it('declares every variable provisioning reads, under the agreed names', () => {
        for (const name of Object.values(REQUEST_VARIABLE)) expect(variable(name).value('active')).toBe('true')
        expect(variables.map((v) => v.value('name')).sort()).toEqual(
            [...Object.values(REQUEST_VARIABLE), 'credential_notice'].sort(),
        )
    })

    it('uses snake_case names and order in distinct steps of 100', () => {
        const orders = variables.map((v) => Number(v.value('order')))
        for (const v of variables) expect(v.value('name')).toMatch(/^[a-z]+(_[a-z]+)*$/)
        for (const order of orders) expect(order % 100).toBe(0)
        expect(new Set(orders).size).toBe(orders.length)
    })

    it('Owner is a Requested For variable, first, mandatory, defaulting to the requester, limited by a script qualifier', () => {
        const owner = variable('requested_for')
        expect(owner.value('type')).toBe(TYPE.requestedFor)
        expect(owner.value('question_text')).toBe('Owner')
        expect(owner.value('order')).toBe('100')
        expect(owner.value('mandatory')).toBe('true')
        expect(owner.value('default_value')).toBe('javascript:gs.getUserID()')
        expect(owner.value('use_reference_qualifier')).toBe('advanced')
        expect(owner.value('reference_qual_condition')).toBe('')
        expect(owner.value('reference_qual')).toMatch(/^javascript:/)
    })

    it.each([
        ['user_id', TYPE.singleLineText, 'User ID'],
        ['display_name', TYPE.singleLineText, 'Display name'],
        ['purpose', TYPE.multiLineText, 'Purpose: what the integration does'],
        ['consuming_system', TYPE.singleLineText, 'Consuming system or integration'],
    ])('%s is a mandatory variable of type %s labelled "%s"', (name, type, question) => {
        const v = variable(name)
        expect(v.value('type')).toBe(type)
        expect(v.value('question_text')).toBe(question)
        expect(v.value('mandatory')).toBe('true')
    })

    it('shows the roles read-only, and keeps the form-check helper hidden and out of summaries', () => {
        expect(variable('roles_granted').value('read_only')).toBe('true')
        expect(variable('roles_granted').value('visible_summary')).toBe('true')
        expect(variable('user_id_checked').value('hidden')).toBe('true')
        expect(variable('user_id_checked').value('visible_summary')).toBe('false')
    })

    it('has no password or secret field of any kind', () => {
        for (const v of variables) {
            expect(v.value('type')).not.toBe(TYPE.masked)
            if (v.value('type') === TYPE.label) continue // the notice telling requesters not to share secrets
            expect(`${v.value('name')} ${v.value('question_text')}`).not.toMatch(/password|secret|token|credential|api.?key/i)
        }
    })
})

describe('its client scripts (validation on the form)', () => {
    const scripts = app.records('catalog_script_client').filter((s) => s.value('cat_item') === item.sysId)
    const script = (type: string) => {
        const found = scripts.filter((s) => s.value('type') === type)
        expect(found).toHaveLength(1)
        return found[0]
    }

    it('are scoped to this item only, active, for the catalog form in every UI', () => {
        expect(scripts).toHaveLength(3)
        for (const s of scripts) {
            expect(s.value('global')).toBe('false')
            expect(s.value('active')).toBe('true')
            expect(s.value('applies_catalog')).toBe('true')
            expect(s.value('applies_req_item')).toBe('false')
            expect(s.value('ui_type')).toBe('10') // All (desktop, mobile and Service Portal)
        }
    })

    it('the user ID is checked onChange of user_id, with the tested script text', () => {
        const onChange = script('onChange')
        expect(onChange.value('cat_variable')).toBe(`IO:${variable('user_id').sysId}`)
        expect(onChange.value('script')).toBe(source('src/fluent/catalog/client/user-id-on-change.client.js'))
    })

    it('an unchecked user ID is held onSubmit, with the tested script text', () => {
        expect(script('onSubmit').value('script')).toBe(source('src/fluent/catalog/client/user-id-on-submit.client.js'))
    })

    it('the roles are shown onLoad, with the tested script text', () => {
        expect(script('onLoad').value('script')).toBe(source('src/fluent/catalog/client/roles-on-load.client.js'))
    })
})

describe('the GlideAjax bridge the form calls', () => {
    const ajax = app.one('sys_script_include', { name: 'ServiceAccountRequestAjax' })

    it('is client callable, in scope, and is the tested script', () => {
        expect(ajax.value('client_callable')).toBe('true')
        expect(ajax.value('access')).toBe('package_private')
        expect(ajax.value('api_name')).toBe('x_seed_svcacct.ServiceAccountRequestAjax')
        expect(ajax.value('script')).toBe(source('src/fluent/script-includes/service-account-request-ajax.server.js'))
    })

    it('the onChange and onLoad scripts call it by its API name, with methods it has', () => {
        const callers = app
            .records('catalog_script_client')
            .filter((c) => c.value('cat_item') === item.sysId && c.value('type') !== 'onSubmit')
        expect(callers).toHaveLength(2)
        for (const s of callers) {
            expect(s.value('script')).toContain("new GlideAjax('x_seed_svcacct.ServiceAccountRequestAjax')")
            const method = /addParam\('sysparm_name', '(\w+)'\)/.exec(s.value('script'))?.[1] ?? ''
            expect(ajax.value('script')).toContain(`${method}: function`)
        }
    })

    it('has an execute ACL that admits any authenticated user (requesters hold no role) and nobody else', () => {
        const acl = app.one('sys_security_acl', { type: 'client_callable_script_include', name: 'x_seed_svcacct.ServiceAccountRequestAjax' })
        expect(acl.value('operation')).toBe('execute')
        expect(acl.value('decision_type')).toBe('allow')
        expect(acl.value('active')).toBe('true')
        expect(acl.value('security_attribute')).toMatch(/^[0-9a-f]{32}$/)
        expect(app.records('sys_security_acl_role').filter((r) => r.value('sys_security_acl') === acl.sysId)).toHaveLength(0)
    })

    it('the routing bridge is not client callable', () => {
        expect(app.one('sys_script_include', { name: 'ServiceAccountApprovalRouting' }).value('client_callable')).toBe('false')
    })

    it('every require() in the bridges names a server module the build ships', () => {
        const modules = new Set(app.records('sys_module').map((m) => m.value('path')))
        const bridges = ['ServiceAccountRequestAjax', 'ServiceAccountApprovalRouting'].map((name) => app.one('sys_script_include', { name }))
        const paths = bridges.flatMap((b) => [...b.value('script').matchAll(/require\('([^']+)'\)/g)].map((m) => m[1]))
        expect(paths.length).toBeGreaterThanOrEqual(3)
        for (const path of paths) {
            expect(path.startsWith(MODULE_ROOT)).toBe(true)
            expect(modules.has(path)).toBe(true)
        }
    })
})

describe('its flow', () => {
    it('is linked to the "Service Account Request Approval" flow', () => {
        const flow = app.bySysId(item.value('flow_designer_flow'))
        expect(flow?.table).toBe('sys_hub_flow')
        expect(flow?.value('name')).toBe('Service Account Request Approval')
        expect(item.value('workflow')).toBe('')
    })
})

/**
 * The Owner qualifier as it ships, run as the platform runs a "javascript:" qualifier (the expression,
 * with the Glide globals), and its query run on the test double's sys_user.
 */
describe('who the Owner field offers', () => {
    function offered(): string[] {
        const expression = variable('requested_for').value('reference_qual').replace(/^javascript:/, '')
        const query = new Function('GlideRecord', `return (${expression});`)(GlideRecord) as string
        const user = new GlideRecord('sys_user')
        user.addEncodedQuery(query)
        user.query()
        const names: string[] = []
        while (user.next()) names.push(user.getValue('user_name') ?? '')
        return names
    }

    function seedPeople() {
        glide.reset()
        glide.seed('sys_user', { user_name: 'person.empty_flags', active: true })
        glide.seed('sys_user', { user_name: 'person.explicit', active: true, web_service_access_only: false, identity_type: 'human' })
        glide.seed('sys_user', { user_name: 'person.gone', active: false })
        glide.seed('sys_user', { user_name: 'svc_locked_down', active: true, web_service_access_only: true })
        glide.seed('sys_user', { user_name: 'svc_exploring', active: true, web_service_access_only: false, identity_type: 'machine' })
    }

    it('active people, whether or not their flags are set; no inactive user, no web-service-only account, no machine identity', () => {
        seedPeople()
        expect(offered()).toEqual(['person.empty_flags', 'person.explicit'])
    })

    it('on a release without sys_user.identity_type, the qualifier names no identity-type term (the query stays valid)', () => {
        glide.reset()
        glide.removeField('sys_user', 'identity_type')
        glide.seed('sys_user', { user_name: 'person', active: true })
        glide.seed('sys_user', { user_name: 'svc_locked_down', active: true, web_service_access_only: true })
        expect(offered()).toEqual(['person'])
    })
})
