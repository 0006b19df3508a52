/**
 * Runs a server script's text (a business rule's script or condition, a scheduled job's script, a UI
 * action's script) the way the instance runs it: as plain script, not a module, in the same realm as the
 * modules, with the platform's globals in scope.
 *
 * What a script sees:
 * - the Glide globals: `gs` and every `Glide*` export of the test double (on the instance these are
 *   globals in scripts, while modules must import them: module-guide, "Import Glide APIs explicitly");
 * - `require`, resolving full sys_module paths only (see modules.ts);
 * - the bindings of its kind: `current`/`previous` for a business rule, `current`/`action` for a UI action.
 * Nothing else: the test double's control surface (`glide`) is not a platform object and is not bound.
 *
 * The text is wrapped in a function whose parameters are those names, so a script's top-level `const`
 * stays local to one run, as it does on the instance, where each execution has its own scope.
 */
import vm from 'node:vm'
import { ModuleLoader } from './modules'

export type Bindings = Record<string, unknown>

type CompiledScript = (...values: unknown[]) => unknown

/**
 * The double's exports that stand for platform objects: `gs` and the Glide classes. Its control surface
 * (`glide`, `matchesCondition`) and its own error class are test machinery, not platform objects.
 */
export function platformGlobals(glide: object): Bindings {
    const globals: Bindings = {}
    for (const [name, value] of Object.entries(glide)) {
        if (name === 'gs' || (name.startsWith('Glide') && !name.endsWith('Error'))) globals[name] = value
    }
    return globals
}

export class ServerScripts {
    private readonly compiled = new Map<string, CompiledScript>()

    constructor(
        private readonly loader: ModuleLoader,
        private readonly globals: Bindings,
    ) {}

    /** Runs `source` as the script of `scriptName` (used in stack traces and require errors). */
    run(scriptName: string, source: string, bindings: Bindings): unknown {
        return this.invoke(scriptName, source, bindings, false)
    }

    /** Evaluates a condition expression (a business rule's or a UI action's `condition` field). */
    condition(scriptName: string, expression: string, bindings: Bindings): boolean {
        return Boolean(this.invoke(scriptName, expression, bindings, true))
    }

    private invoke(scriptName: string, source: string, bindings: Bindings, isExpression: boolean): unknown {
        const scope: Bindings = { ...this.globals, ...bindings, require: this.loader.scriptRequire(scriptName) }
        const names = Object.keys(scope)
        for (const name of names) {
            if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`'${name}' cannot be bound as a script global`)
        }
        const body = isExpression ? `return (${source}\n);` : source
        const key = `${isExpression ? 'expr' : 'script'}|${names.join(',')}|${scriptName}|${body}`
        let fn = this.compiled.get(key)
        if (!fn) {
            const wrapper = `(function (${names.join(', ')}) {\n${body}\n})`
            fn = new vm.Script(wrapper, { filename: scriptName, lineOffset: -1 }).runInContext(this.loader.realm) as CompiledScript
            this.compiled.set(key, fn)
        }
        return fn(...names.map((name) => scope[name]))
    }
}
