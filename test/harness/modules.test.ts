import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as glideModule from '../fakes/glide'
import { ModuleLoader, ShippedModule } from './modules'
import { platformGlobals } from './server-scripts'
import { readApp } from '../artifacts/read-app'

const ROOT = 'x_seed_svcacct/service-account-lifecycle/1.0.0/src/server'

function loaderOf(modules: Record<string, string>, glide: object = { gs: { info: () => undefined } }): ModuleLoader {
    const shipped: ShippedModule[] = Object.entries(modules).map(([path, content]) => ({ path: `${ROOT}/${path}`, content }))
    return new ModuleLoader({ modules: shipped, glide })
}

describe('module loader: require resolution', () => {
    it('when a script requires a full shipped path, then it gets that module’s exports', () => {
        const loader = loaderOf({ 'naming/rules.ts': 'export const PREFIX = "svc_"; export function twice(x) { return x * 2 }' })

        const exported = loader.requireFromScript(`${ROOT}/naming/rules.ts`, 'a business rule') as { PREFIX: string; twice(x: number): number }

        expect(exported.PREFIX).toBe('svc_')
        expect(exported.twice(21)).toBe(42)
    })

    it('when modules import each other by relative path, then the paths resolve against the importing module', () => {
        const loader = loaderOf({
            'config/properties.ts': 'export const PREFIX = "svc_";',
            'naming/rules.ts': "import { PREFIX } from '../config/properties.ts'; import { suffix } from './suffix.ts'; export const name = () => PREFIX + suffix;",
            'naming/suffix.ts': "export const suffix = 'billing';",
        })

        const { name } = loader.requireFromScript(`${ROOT}/naming/rules.ts`, 'test') as { name(): string }

        expect(name()).toBe('svc_billing')
    })

    it('when a module imports @servicenow/glide, then it gets the test double it was given', () => {
        const logged: string[] = []
        const loader = loaderOf(
            { 'log.ts': "import { gs } from '@servicenow/glide'; export function say(m) { gs.info(m) }" },
            { gs: { info: (m: string) => logged.push(m) } },
        )

        ;(loader.requireFromScript(`${ROOT}/log.ts`, 'test') as { say(m: string): void }).say('hello')

        expect(logged).toEqual(['hello'])
    })

    it('when an import omits the .ts extension, then it throws: the harness does not guess', () => {
        const loader = loaderOf({
            'a.ts': "import { b } from './b'; export const a = b;",
            'b.ts': 'export const b = 1;',
        })

        expect(() => loader.requireFromScript(`${ROOT}/a.ts`, 'test')).toThrow(/unknown require path '\.\/b' \(required from .*\/a\.ts\)/)
    })

    it.each([
        ['a path that is not shipped', `${ROOT}/missing.ts`],
        ['another version of the app', 'x_seed_svcacct/service-account-lifecycle/9.9.9/src/server/a.ts'],
        ['a Node built-in', 'fs'],
        ['a Node built-in with the node: prefix', 'node:fs'],
        ['a relative path from a script', './a.ts'],
        ['a Glide namespace', '@servicenow/glide/sn_ws_int'],
        ['the shipped package.json', 'x_seed_svcacct/service-account-lifecycle/1.0.0/package.json'],
    ])('when a script requires %s, then it throws "unknown require path"', (_what, specifier) => {
        const loader = new ModuleLoader({
            modules: [
                { path: `${ROOT}/a.ts`, content: 'export const a = 1;' },
                { path: 'x_seed_svcacct/service-account-lifecycle/1.0.0/package.json', content: '{}' },
            ],
            glide: {},
        })

        expect(() => loader.requireFromScript(specifier, 'a business rule')).toThrow(/unknown require path/)
    })

    it('when a module imports an unknown path, then requiring it throws and names both ends', () => {
        const loader = loaderOf({ 'a.ts': "import { x } from '../elsewhere/x.ts'; export const a = x;" })

        expect(() => loader.requireFromScript(`${ROOT}/a.ts`, 'test')).toThrow(`unknown require path '../elsewhere/x.ts' (required from ${ROOT}/a.ts)`)
    })

    it('when a module imports a Node built-in, then it throws', () => {
        const loader = loaderOf({ 'a.ts': "import { readFileSync } from 'fs'; export const a = readFileSync;" })

        expect(() => loader.requireFromScript(`${ROOT}/a.ts`, 'test')).toThrow(/unknown require path 'fs'/)
    })
})

describe('module loader: instances and isolation', () => {
    it('when two modules import a third, then it is evaluated once per loader', () => {
        const loader = loaderOf({
            'counter.ts': 'export const state = { loads: 0 }; state.loads += 1;',
            'a.ts': "import { state } from './counter.ts'; export const a = state;",
            'b.ts': "import { state } from './counter.ts'; export const b = state;",
        })

        const { a } = loader.requireFromScript(`${ROOT}/a.ts`, 'test') as { a: { loads: number } }
        const { b } = loader.requireFromScript(`${ROOT}/b.ts`, 'test') as { b: { loads: number } }

        expect(a).toBe(b)
        expect(a.loads).toBe(1)
        expect(loader.evaluated.filter((p) => p.endsWith('counter.ts'))).toHaveLength(1)
    })

    it('when two loaders load the same module, then each has its own instance', () => {
        const modules = { 'counter.ts': 'export const state = { loads: 0 };' }
        const first = loaderOf(modules).requireFromScript(`${ROOT}/counter.ts`, 'test')
        const second = loaderOf(modules).requireFromScript(`${ROOT}/counter.ts`, 'test')

        expect(first).not.toBe(second)
    })

    it('when modules import each other in a cycle, then both load with live bindings, as ES modules do', () => {
        const loader = loaderOf({
            'a.ts': "import { b } from './b.ts'; export function a() { return 'a' } export function callB() { return b() }",
            'b.ts': "import { a } from './a.ts'; export function b() { return 'b' + a() }",
        })

        const { callB } = loader.requireFromScript(`${ROOT}/a.ts`, 'test') as { callB(): string }

        expect(callB()).toBe('ba')
    })

    it.each([
        ['process', 'export const x = process.env;'],
        ['require of Node', "export const x = globalThis.require('fs');"],
        ['Buffer', "export const x = Buffer.from('a');"],
        ['console', "export const x = () => console.log('a'); x();"],
        ['setTimeout', 'export const x = setTimeout(() => 1, 1);'],
        ['Reflect (disallowed on the instance)', 'export const x = Reflect.ownKeys({});'],
        ['WeakRef (disallowed on the instance)', 'export const x = new WeakRef({});'],
        ['gs as a global (modules must import it)', "export const x = gs.info('a');"],
        ['GlideRecord as a global (modules must import it)', "export const x = new GlideRecord('sys_user');"],
    ])('when a module uses %s, then it fails as it would on the instance', (_what, content) => {
        const loader = loaderOf({ 'a.ts': content })

        expect(() => loader.requireFromScript(`${ROOT}/a.ts`, 'test')).toThrow(/is not defined|is not a function/)
    })

    it('when a module calls eval or new Function, then it throws (code generation from strings is disallowed)', () => {
        const loader = loaderOf({ 'a.ts': "export const x = new Function('return 1')();" })

        expect(() => loader.requireFromScript(`${ROOT}/a.ts`, 'test')).toThrow(/Code generation from strings disallowed/)
    })

    it('when a module is not valid JavaScript, then loading it names the module', () => {
        const loader = loaderOf({ 'a.ts': 'export const x: number = 1;' })

        expect(() => loader.requireFromScript(`${ROOT}/a.ts`, 'test')).toThrow(`sys_module ${ROOT}/a.ts is not valid JavaScript`)
    })

    it('when a module throws while loading, then the next require evaluates it again rather than returning half an instance', () => {
        const loader = loaderOf({ 'a.ts': "export const x = 1; throw new Error('boom');" })

        expect(() => loader.requireFromScript(`${ROOT}/a.ts`, 'test')).toThrow('boom')
        expect(() => loader.requireFromScript(`${ROOT}/a.ts`, 'test')).toThrow('boom')
        expect(loader.evaluated).toHaveLength(2)
    })

    it('when two records claim one path, then the loader refuses the set', () => {
        expect(
            () =>
                new ModuleLoader({
                    modules: [
                        { path: `${ROOT}/a.ts`, content: '' },
                        { path: `${ROOT}/a.ts`, content: '' },
                    ],
                    glide: {},
                }),
        ).toThrow(/two sys_module records/)
    })
})

describe('module loader on the built app (dist/app)', () => {
    const shipped = (): ShippedModule[] => readApp().records('sys_module').map((record) => ({ path: record.value('path'), content: record.value('content') }))

    it('when the shipped properties module is required by its full path, then it reads settings through the Glide it was given', () => {
        const properties: Record<string, string> = { 'x_seed_svcacct.gui_window.days': '21' }
        const warnings: string[] = []
        const glide = { gs: { getProperty: (name: string, fallback: string) => properties[name] ?? fallback, warn: (m: string) => warnings.push(m) } }
        const loader = new ModuleLoader({ modules: shipped(), glide })
        const version = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version

        const { readSettings } = loader.requireFromScript(`x_seed_svcacct/service-account-lifecycle/${version}/src/server/config/properties.ts`, 'test') as {
            readSettings(): { settings: { guiWindowDays: number; userIdPrefix: string } }
        }

        expect(readSettings().settings.guiWindowDays).toBe(21)
        expect(readSettings().settings.userIdPrefix).toBe('svc_')
        expect(warnings).toEqual([])
    })

    it('when every shipped module is loaded, then each one resolves all of its imports', () => {
        const loader = new ModuleLoader({ modules: shipped(), glide: {} })

        for (const path of loader.paths()) loader.load(path)

        expect(loader.paths().length).toBeGreaterThan(0)
        expect(loader.evaluated.sort()).toEqual(loader.paths())
    })
})

describe('what a module gets for @servicenow/glide in the harness', () => {
    it('when a module imports gs and GlideRecord, then it gets the double’s', () => {
        const loader = new ModuleLoader({
            modules: [{ path: `${ROOT}/a.ts`, content: "import { gs, GlideRecord } from '@servicenow/glide'; export const seen = { gs, GlideRecord };" }],
            glide: platformGlobals(glideModule),
        })

        const { seen } = loader.requireFromScript(`${ROOT}/a.ts`, 'test') as { seen: Record<string, unknown> }

        expect(seen).toEqual({ gs: glideModule.gs, GlideRecord: glideModule.GlideRecord })
    })

    it.each(['glide', 'GlideDoubleError', 'GlideNoSuchClass'])('when a module imports %s, then it throws: not a platform object the harness provides', (name) => {
        const loader = new ModuleLoader({
            modules: [{ path: `${ROOT}/a.ts`, content: `import { ${name} } from '@servicenow/glide'; export const seen = ${name};` }],
            glide: platformGlobals(glideModule),
        })

        expect(() => loader.requireFromScript(`${ROOT}/a.ts`, 'test')).toThrow(`'${name}' is not exported by @servicenow/glide`)
    })

    it('when a module imports a name another module does not export, then using it throws', () => {
        const loader = new ModuleLoader({
            modules: [
                { path: `${ROOT}/a.ts`, content: "import { nope } from './b.ts'; export const a = () => nope();" },
                { path: `${ROOT}/b.ts`, content: 'export const yes = 1;' },
            ],
            glide: {},
        })
        const { a } = loader.requireFromScript(`${ROOT}/a.ts`, 'test') as { a(): void }

        expect(() => a()).toThrow(`'nope' is not exported by ${ROOT}/b.ts (it exports: yes)`)
    })

    it('when a script destructures a name the module does not export, then it throws', () => {
        const loader = new ModuleLoader({ modules: [{ path: `${ROOT}/b.ts`, content: 'export const yes = 1;' }], glide: {} })
        const exported = loader.requireFromScript(`${ROOT}/b.ts`, 'test') as Record<string, unknown>

        expect(() => exported.onApproval).toThrow(/'onApproval' is not exported/)
    })
})
