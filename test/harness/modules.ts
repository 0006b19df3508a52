/**
 * Runs the app's compiled server modules (the `sys_module` records in dist/app) the way the instance
 * does: each module once per harness, in an isolated JavaScript realm, with a `require` that resolves
 * only what the instance would resolve.
 *
 * Resolution (anything else THROWS "unknown require path"; nothing falls back to Node):
 * - a full module path `x_seed_svcacct/service-account-lifecycle/<version>/src/server/....ts`, exactly as
 *   a `sys_module` record stores it (this is what the SDK-generated business rule and job scripts call);
 * - inside a module, `./x.ts` / `../area/y.ts` relative to that module's own path, which must then be
 *   exactly a shipped path. An import without the extension ('./x') is refused: whether the instance
 *   would find './x.ts' for it is unverified, and the app's lint already requires the extension, so the
 *   harness treats it as a broken import rather than guessing;
 * - `@servicenow/glide` inside a module: the Glide test double (the instance gives modules the real one).
 *   Any `@servicenow/glide/<namespace>` is refused: the double implements none.
 *
 * The realm has the JavaScript built-ins only: no `process`, `Buffer`, `console`, timers, or Node `require`
 * (module-guide: "Node.js APIs are not supported"). The built-ins the instance disallows in ES2021 mode
 * (javascript-compatibility-guide: Reflect, WeakRef, FinalizationRegistry, SharedArrayBuffer, Atomics,
 * `new Function()`/eval) are removed or disabled, so code that uses them fails here as it would there.
 *
 * Modules are ES modules; the instance runs them natively. Node's vm cannot link ES modules
 * synchronously without a flag, so each module is transformed to CommonJS with @swc/core (the same
 * import/export semantics, live bindings included) and run inside a function wrapper in the realm.
 */
import { transformSync } from '@swc/core'
import { posix } from 'node:path'
import vm from 'node:vm'

/** One shipped module: its `sys_module.path` and its `content` (compiled JavaScript, ES module syntax). */
export interface ShippedModule {
    path: string
    content: string
}

export const GLIDE_SPECIFIER = '@servicenow/glide'

/**
 * Globals a V8 realm has but the instance does not give: the built-ins the compatibility guide lists as
 * "Disallowed" (Reflect, WeakRef, FinalizationRegistry, SharedArrayBuffer, Atomics), WebAssembly, and
 * V8's own `console` (the app's lint already forbids console in server code).
 */
const DISALLOWED_GLOBALS = ['Reflect', 'WeakRef', 'FinalizationRegistry', 'SharedArrayBuffer', 'Atomics', 'WebAssembly', 'console']

/** Thrown for every require that the instance would not resolve to a shipped module. */
export function unknownRequirePath(specifier: string, from: string): Error {
    return new Error(`unknown require path '${specifier}' (required from ${from}): it is not a shipped sys_module path`)
}

/** A realm with the JavaScript built-ins only, minus what the instance disallows. */
export function createPlatformRealm(): vm.Context {
    const context = vm.createContext({}, { name: 'instance', codeGeneration: { strings: false, wasm: false } })
    vm.runInContext(DISALLOWED_GLOBALS.map((name) => `delete globalThis.${name};`).join('\n'), context)
    return context
}

type RequireFn = (specifier: string) => unknown
type ModuleFactory = (exports: object, require: RequireFn, module: { exports: object }) => void

export interface ModuleLoaderOptions {
    modules: ShippedModule[]
    /** What `@servicenow/glide` resolves to: the test double's runtime exports. */
    glide: object
    /** The realm to run in; by default a fresh one per loader. */
    realm?: vm.Context
}

/** The registry and cache of one harness instance. */
export class ModuleLoader {
    readonly realm: vm.Context
    private readonly sources = new Map<string, string>()
    private readonly cache = new Map<string, { exports: object }>()
    private readonly glide: object
    /** Paths in the order they were first evaluated (for tests and transcripts). */
    readonly evaluated: string[] = []

    constructor(options: ModuleLoaderOptions) {
        this.realm = options.realm ?? createPlatformRealm()
        this.glide = options.glide
        for (const module of options.modules) {
            if (this.sources.has(module.path)) throw new Error(`two sys_module records have the path ${module.path}`)
            this.sources.set(module.path, module.content)
        }
    }

    /** Every shipped code module path (package.json and other non-code records are not loadable). */
    paths(): string[] {
        return [...this.sources.keys()].filter(isCodePath).sort()
    }

    has(path: string): boolean {
        return this.sources.has(path) && isCodePath(path)
    }

    /**
     * `require` as a server script (business rule, scheduled job, UI action) sees it: full module paths only.
     * The SDK generates exactly this call; a script has no module path of its own to be relative to.
     */
    requireFromScript(specifier: string, scriptName: string): unknown {
        if (!this.has(specifier)) throw unknownRequirePath(specifier, scriptName)
        return strictExports(this.load(specifier), specifier)
    }

    /** A `require` function for a script, bound to a name used in error messages. */
    scriptRequire(scriptName: string): RequireFn {
        return (specifier: string) => this.requireFromScript(String(specifier), scriptName)
    }

    /** Resolves an import written inside the module at `from`. */
    resolve(specifier: string, from: string): string | typeof GLIDE_SPECIFIER {
        if (specifier === GLIDE_SPECIFIER) return GLIDE_SPECIFIER
        if (specifier.startsWith('./') || specifier.startsWith('../')) {
            const target = posix.normalize(posix.join(posix.dirname(from), specifier))
            if (this.has(target)) return target
            throw unknownRequirePath(specifier, from)
        }
        if (this.has(specifier)) return specifier
        throw unknownRequirePath(specifier, from)
    }

    /** Evaluates a module once (cached), returning its exports. */
    load(path: string): object {
        const cached = this.cache.get(path)
        if (cached) return cached.exports
        const source = this.sources.get(path)
        if (source === undefined || !isCodePath(path)) throw unknownRequirePath(path, 'the harness')

        const factory = this.compile(path, source)
        const module = { exports: {} as object }
        // Cached before it runs, as ES module records are, so an import cycle sees the partial exports.
        this.cache.set(path, module)
        this.evaluated.push(path)
        const require: RequireFn = (specifier) => {
            const target = this.resolve(String(specifier), path)
            return target === GLIDE_SPECIFIER ? strictExports(this.glide, GLIDE_SPECIFIER) : strictExports(this.load(target), target)
        }
        try {
            factory(module.exports, require, module)
        } catch (error) {
            this.cache.delete(path)
            throw error
        }
        return module.exports
    }

    private compile(path: string, source: string): ModuleFactory {
        let commonJs: string
        try {
            commonJs = transformSync(source, {
                filename: path,
                swcrc: false,
                configFile: false,
                sourceMaps: false,
                // The content is already JavaScript: parsing it as such refuses any TypeScript left in it.
                jsc: { parser: { syntax: 'ecmascript' }, target: 'es2021' },
                module: { type: 'commonjs' },
            }).code
        } catch (error) {
            throw new Error(`sys_module ${path} is not valid JavaScript: ${(error as Error).message}`)
        }
        const wrapper = `(function (exports, require, module) {\n${commonJs}\n})`
        return new vm.Script(wrapper, { filename: path, lineOffset: -1 }).runInContext(this.realm) as ModuleFactory
    }
}

/**
 * A module's exports as an importer sees them: reading a name the module does not export throws. An ES
 * module importing a missing name fails on the instance; the CommonJS form would quietly give undefined.
 * (The error comes when the name is first used, not when the module loads.) `__esModule` and symbols
 * pass through for the module-interop helpers.
 */
function strictExports(exports: object, path: string): object {
    return new Proxy(exports, {
        get(target, property, receiver) {
            if (typeof property === 'symbol' || property === '__esModule' || property in target) return Reflect.get(target, property, receiver)
            const known = Object.keys(target).join(', ') || 'nothing'
            throw new Error(`'${property}' is not exported by ${path} (it exports: ${known})`)
        },
    })
}

/** sys_module also stores the app's package.json; only script files are modules a script can require. */
function isCodePath(path: string): boolean {
    return /\.(ts|js)$/.test(path)
}
