/**
 * The two Script Include bridges (src/fluent/script-includes/*.server.js), run from their shipped text
 * (the routing action's step script that calls the second one is checked on the built flow action). The platform pieces they rely on (Class.create,
 * Object.extendsObject, AbstractAjaxProcessor, require of a sys_module path) are stood in for here;
 * require maps the sys_module path <scope>/<package>/<version>/<file> back to the source file, so a
 * wrong path, version or function name fails.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { glide } from '../../fakes/glide'

const ROOT = join(__dirname, '../../..')
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string }
const MODULE_ROOT = `x_seed_svcacct/${pkg.name}/${pkg.version}/`

function platformRequire(path: string): unknown {
    if (!path.startsWith(MODULE_ROOT)) throw new Error(`require('${path}') does not name a module of ${MODULE_ROOT}`)
    return require(join(ROOT, path.slice(MODULE_ROOT.length)))
}

const Class = { create: () => function Created(this: { initialize?: () => void }) { this.initialize?.() } }
function extendsObject(base: object, extension: object): object {
    return Object.assign(Object.create(base), extension)
}

function loadScriptInclude(file: string, name: string, params: Record<string, string> = {}): new () => Record<string, (...args: unknown[]) => unknown> {
    const AbstractAjaxProcessor = {
        getParameter(this: unknown, key: string) {
            return params[key] ?? null
        },
    }
    const source = readFileSync(join(ROOT, 'src/fluent/script-includes', file), 'utf8')
    const ObjectWithExtends = Object.assign(Object.create(Object), { extendsObject })
    const factory = new Function('Class', 'Object', 'global', 'require', `${source}\nreturn ${name};`)
    return factory(Class, ObjectWithExtends, { AbstractAjaxProcessor }, platformRequire)
}

beforeEach(() => glide.reset())

describe('ServiceAccountRequestAjax (client-callable)', () => {
    it('checkUserId answers the form check for sysparm_user_id', () => {
        glide.seed('sys_user', { user_name: 'svc_taken', active: false })
        const Ajax = loadScriptInclude('service-account-request-ajax.server.js', 'ServiceAccountRequestAjax', { sysparm_user_id: 'svc_taken' })
        const answer = JSON.parse(String(new Ajax().checkUserId()))
        expect(answer).toEqual({ ok: false, userId: 'svc_taken', messages: ['"svc_taken" is already taken. User IDs are never reused; choose another.'] })
    })

    it('describeRoles answers the roles text', () => {
        const Ajax = loadScriptInclude('service-account-request-ajax.server.js', 'ServiceAccountRequestAjax')
        expect(JSON.parse(String(new Ajax().describeRoles())).text).toMatch(/^itil: .*\nrest_api_explorer: /)
    })

    it('exposes no other method to clients', () => {
        const Ajax = loadScriptInclude('service-account-request-ajax.server.js', 'ServiceAccountRequestAjax')
        const own = Object.keys(Object.getPrototypeOf(new Ajax()))
        expect(own.sort()).toEqual(['checkUserId', 'describeRoles', 'type'])
    })
})

describe('ServiceAccountApprovalRouting (server only)', () => {
    it('routeStep sets the action outputs from the routing module', () => {
        const Routing = loadScriptInclude('service-account-approval-routing.server.js', 'ServiceAccountApprovalRouting')
        const outputs: Record<string, unknown> = {}
        new Routing().routeStep({ request_item_id: 'd'.repeat(32) }, outputs)
        expect(outputs).toMatchObject({ route: 'not_routed', reason: 'missing_request' })
    })
})
