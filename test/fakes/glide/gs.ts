/**
 * The scoped GlideSystem (gs): properties, logging, the session user, events and messages.
 * Anything else throws, including the calls a scoped app cannot make.
 *
 * Docs: GlideSystem - Scoped (ServiceNowDocs markdown/api-reference/server-api-reference/c_GlideSystemScopedAPI.md)
 */
import { isRecord, recordTable } from './record.ts'
import { log, newGuid, state, type LogLevel } from './store.ts'
import { refuse, strict } from './strict.ts'

/**
 * Java MessageFormat, as the docs say gs.info/warn/error/debug use: {n} is replaced by the n-th
 * parameter; a single quote starts a quoted (literal) section and '' is one quote. Applied only
 * when parameters are passed. Numbers are written with String() (an assumption: MessageFormat
 * would group thousands if the platform passed a Java number).
 */
export function formatMessage(pattern: string, parameters: unknown[]): string {
    let result = ''
    let quoted = false
    for (let index = 0; index < pattern.length; index += 1) {
        const char = pattern[index]
        if (char === "'") {
            if (pattern[index + 1] === "'") {
                result += "'"
                index += 1
            } else {
                quoted = !quoted
            }
            continue
        }
        if (!quoted && char === '{') {
            const close = pattern.indexOf('}', index)
            const slot = close > index ? pattern.slice(index + 1, close) : ''
            if (/^\d+$/.test(slot)) {
                const position = Number(slot)
                result += position < parameters.length ? String(parameters[position]) : `{${slot}}`
                index = close
                continue
            }
            refuse(`gs log message "${pattern}": only {0}..{4} placeholders are modelled (MessageFormat types and styles are not).`)
        }
        result += char
    }
    return result
}

function write(level: LogLevel, message: unknown, parameters: unknown[]): void {
    const text = String(message ?? '')
    log(level, parameters.length > 0 ? formatMessage(text, parameters) : text)
}

const gsImpl = {
    /**
     * The sys_properties value, or `alt` when the property does not exist or is empty. Properties
     * are served from the platform's property cache (gs.setProperty "causes a system-wide cache
     * flush"), so this is not a database read and is not counted.
     */
    getProperty(name: string, alt?: unknown): unknown {
        for (const row of state.rows.get('sys_properties')?.values() ?? []) {
            if (row.name === name) return row.value === '' ? alt : row.value
        }
        return alt
    },

    info(message: unknown, ...parameters: unknown[]): void {
        write('info', message, parameters)
    },
    warn(message: unknown, ...parameters: unknown[]): void {
        write('warn', message, parameters)
    },
    error(message: unknown, ...parameters: unknown[]): void {
        write('error', message, parameters)
    },
    /** Captured always (the platform writes it only when debugging is on for the scope). */
    debug(message: unknown, ...parameters: unknown[]): void {
        write('debug', message, parameters)
    },

    getUserID(): string {
        return state.user.sysId
    },
    getUserName(): string {
        return state.user.userName
    },
    getUserDisplayName(): string {
        return state.user.name ?? state.user.userName
    },
    /** True when the session has the role; always true for admin ("Returns true for users with the administrator role"). */
    hasRole(role: string): boolean {
        return state.user.roles.includes('admin') || state.user.roles.includes(role)
    },

    generateGUID(): string {
        return newGuid()
    },

    /** Queued events are captured; parm1/parm2 are stored as strings, as the event record holds them. */
    eventQueue(name: string, record: unknown, parm1?: unknown, parm2?: unknown, queue?: string): void {
        if (!isRecord(record)) refuse(`gs.eventQueue('${name}'): the second argument must be a GlideRecord (such as current).`)
        const sysId = record.getUniqueValue()
        if (!sysId) refuse(`gs.eventQueue('${name}'): the record has no sys_id (insert it first).`)
        state.events.push({
            name,
            table: record.getRecordClassName() || recordTable(record) || '',
            sysId,
            parm1: parm1 === null || parm1 === undefined ? '' : String(parm1),
            parm2: parm2 === null || parm2 === undefined ? '' : String(parm2),
            ...(queue === undefined ? {} : { queue }),
        })
    },

    addInfoMessage(message: unknown): void {
        state.messages.push({ type: 'info', message: String(message ?? '') })
    },
    addErrorMessage(message: unknown): void {
        state.messages.push({ type: 'error', message: String(message ?? '') })
    },

    getUser(): never {
        return refuse(
            "gs.getUser() is not available to the app: its GlideUser calls need the 'Glide API: user roles and groups' scriptable privilege. Use gs.hasRole() / gs.getUserID(), or query sys_user_grmember.",
        )
    },
    nowDateTime(): never {
        return refuse('gs.nowDateTime() is not in the scoped GlideSystem API; use new GlideDateTime().')
    },
    log(): never {
        return refuse('gs.log() is not in the scoped GlideSystem API; use gs.info().')
    },
    print(): never {
        return refuse('gs.print() is not in the scoped GlideSystem API; use gs.info().')
    },
}

export const gs = strict(gsImpl, {
    missing: (prop) => `gs.${prop}() is not implemented by the double. Add it (with a test) in test/fakes/glide/gs.ts.`,
    assign: (prop) => `cannot assign gs.${prop}.`,
})
