/**
 * Strictness helpers. The double refuses whatever it does not model, loudly and by name, so an
 * unfaithful double can never make a test pass quietly.
 */

/** Every refusal of the double is a GlideDoubleError, so a test can tell it from an app error. */
export class GlideDoubleError extends Error {
    constructor(message: string) {
        super(`Glide test double: ${message}`)
        this.name = 'GlideDoubleError'
    }
}

export function refuse(message: string): never {
    throw new GlideDoubleError(message)
}

/**
 * Property names that JavaScript and Jest probe on any object (await checks `then`, Jest's
 * matchers and printers check the others). They answer undefined instead of throwing, so a test
 * can await, compare or print an object of the double.
 */
const PROBED_NAMES = new Set([
    'then',
    'asymmetricMatch',
    '$$typeof',
    'nodeType',
    'tagName',
    'toJSON',
    'inspect',
    '_isMockFunction',
    '@@__IMMUTABLE_ITERABLE__@@',
    '@@__IMMUTABLE_RECORD__@@',
    '@@__IMMUTABLE_KEYED__@@',
    '@@__IMMUTABLE_ORDERED__@@',
])

export interface StrictOptions {
    /** Answers a property that the target does not have, or returns undefined to refuse it. */
    extra?: (prop: string) => { value: unknown } | undefined
    /** The refusal message for a property that the target does not have. */
    missing: (prop: string) => string
    /** The refusal message for an assignment. */
    assign: (prop: string) => string
}

/** Wraps an object so that reading an unknown property or assigning any property throws. */
export function strict<T extends object>(target: T, options: StrictOptions): T {
    return new Proxy(target, {
        get(obj, prop, receiver) {
            if (typeof prop === 'symbol' || prop in obj) return Reflect.get(obj, prop, receiver)
            const extra = options.extra?.(prop)
            if (extra) return extra.value
            if (PROBED_NAMES.has(prop)) return undefined
            return refuse(options.missing(prop))
        },
        set(_obj, prop) {
            return refuse(options.assign(String(prop)))
        },
        defineProperty(_obj, prop) {
            return refuse(options.assign(String(prop)))
        },
        deleteProperty(_obj, prop) {
            return refuse(options.assign(String(prop)))
        },
    })
}
