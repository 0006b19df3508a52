import * as glideModule from '../fakes/glide'
import { glide, GlideRecord } from '../fakes/glide'
import { conditionView } from './condition-view'
import { ModuleLoader } from './modules'
import { platformGlobals, ServerScripts } from './server-scripts'

/** Evaluates a condition as the harness does, on one sys_user record. */
function evaluate(condition: string, values: Record<string, unknown>): boolean {
    const id = glide.seed('sys_user', values)
    const current = new GlideRecord('sys_user')
    current.get(id)
    const runtime = platformGlobals(glideModule)
    const scripts = new ServerScripts(new ModuleLoader({ modules: [], glide: runtime }), runtime)
    return scripts.condition('test condition', condition, { current: conditionView(current, glide) })
}

beforeEach(() => glide.reset())

describe('conditions read elements the way the instance compares them', () => {
    it.each([
        ["current.user_name == 'svc_a'", true],
        ["current.user_name != 'svc_a'", false],
        ["current.user_name == 'svc_b'", false],
        ["current.title == ''", true],
        ["current.getValue('user_name') == 'svc_a'", true],
        ["'x' + current.user_name == 'xsvc_a'", true],
    ])('when the condition is %s, then it is %s', (condition, expected) => {
        expect(evaluate(condition, { user_name: 'svc_a' })).toBe(expected)
    })

    it('when a reference element is compared with a sys_id, then it compares the stored sys_id', () => {
        const manager = glide.seed('sys_user', { user_name: 'maria' })

        expect(evaluate(`current.manager == '${manager}'`, { user_name: 'svc_a', manager })).toBe(true)
    })

    it.each([
        ['a boolean column', 'current.active == true', /current\.active \(a boolean column\)/],
        ['an element method', 'current.user_name.nil()', /current\.user_name\.nil/],
        ['an assignment', "current.user_name = 'x'", /assigning current\.user_name/],
        ['an unknown column', 'current.no_such_column == 1', /no_such_column/],
    ])('when a condition uses %s, then it throws', (_what, condition, message) => {
        expect(() => evaluate(condition, { user_name: 'svc_a' })).toThrow(message)
    })
})
