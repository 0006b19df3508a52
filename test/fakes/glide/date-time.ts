/**
 * GlideDateTime and GlideDate on the fake clock (store.ts). The session time zone of the double
 * is UTC and its display format is the internal one, so getDisplayValue() equals getValue().
 * Methods whose result depends on a session time zone (the *LocalTime family) are refused.
 *
 * Docs: GlideDateTime - Scoped (ServiceNowDocs markdown/api-reference/server-api-reference/c_GlideDateTimeScoped.md)
 */
import { state } from './store.ts'
import { refuse, strict } from './strict.ts'

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_MS = 86_400_000

function pad(value: number, width = 2): string {
    return String(value).padStart(width, '0')
}

/**
 * Milliseconds for 'yyyy-MM-dd HH:mm:ss' or 'yyyy-MM-dd' (UTC), or undefined. The platform also
 * tries day/month-first formats; they are ambiguous, so the double accepts only these two.
 */
export function parseDateTime(text: string): number | undefined {
    const match = DATE_TIME.exec(text) ?? DATE_ONLY.exec(text)
    if (!match) return undefined
    const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1).map(Number)
    const ms = Date.UTC(year, month - 1, day, hour, minute, second)
    const back = new Date(ms)
    // Reject impossible dates (2026-02-30) instead of rolling them over.
    if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined
    if (hour > 23 || minute > 59 || second > 59) return undefined
    return ms
}

export function formatDateTime(ms: number): string {
    const d = new Date(ms)
    return `${formatDate(ms)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
}

export function formatDate(ms: number): string {
    const d = new Date(ms)
    return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

export function nowText(): string {
    return formatDateTime(state.nowMs)
}

const STATE = Symbol('glide-date-time')

function localTimeRefusal(name: string): string {
    return `GlideDateTime.${name}() depends on the session time zone, which the double does not model; use the UTC variant.`
}

const LOCAL_TIME_METHODS = new Set([
    'addDaysLocalTime',
    'addMonthsLocalTime',
    'addWeeksLocalTime',
    'addYearsLocalTime',
    'getDayOfMonthLocalTime',
    'getDayOfWeekLocalTime',
    'getDaysInMonthLocalTime',
    'getLocalDate',
    'getLocalTime',
    'getMonthLocalTime',
    'getYearLocalTime',
    'getWeekOfYearLocalTime',
    'setDayOfMonthLocalTime',
    'setMonthLocalTime',
    'setYearLocalTime',
])

function describeMissing(className: string, prop: string): string {
    if (LOCAL_TIME_METHODS.has(prop)) return localTimeRefusal(prop)
    if (prop === 'addDays' || prop === 'addMonths' || prop === 'addWeeks' || prop === 'addYears') {
        return `GlideDateTime.${prop}() is not in the scoped GlideDateTime API; use ${prop}UTC().`
    }
    return `${className}.${prop} is not implemented by the double. Add it (with a test) in test/fakes/glide/date-time.ts.`
}

function toMs(value: unknown, what: string): number {
    if (value instanceof GlideDateTimeImpl) return value[STATE].ms
    if (typeof value === 'string') {
        const ms = parseDateTime(value)
        if (ms === undefined) refuse(`${what}: "${value}" is not 'yyyy-MM-dd HH:mm:ss' or 'yyyy-MM-dd' (UTC).`)
        return ms
    }
    return refuse(`${what}: expected a GlideDateTime or a 'yyyy-MM-dd HH:mm:ss' string, got ${typeof value}.`)
}

class GlideDateTimeImpl {
    [STATE]: { ms: number }

    /** No argument: now on the fake clock. A string: UTC 'yyyy-MM-dd HH:mm:ss'. A GlideDateTime: a copy. */
    constructor(value?: string | GlideDateTimeImpl) {
        if (arguments.length > 1) refuse('new GlideDateTime(value, isDisplayValue) is not implemented by the double.')
        this[STATE] = { ms: value === undefined ? state.nowMs : toMs(value, 'new GlideDateTime()') }
        return strict(this, {
            missing: (prop) => describeMissing('GlideDateTime', prop),
            assign: (prop) => `cannot assign GlideDateTime.${prop}.`,
        })
    }

    /** UTC, 'yyyy-MM-dd HH:mm:ss'. */
    getValue(): string {
        return formatDateTime(this[STATE].ms)
    }

    /** Same as getValue(): the double's session is UTC with the internal display format. */
    getDisplayValue(): string {
        return this.getValue()
    }

    getDisplayValueInternal(): string {
        return this.getValue()
    }

    toString(): string {
        return this.getValue()
    }

    /** A UTC 'yyyy-MM-dd HH:mm:ss' string, another GlideDateTime, or milliseconds since the epoch. */
    setValue(value: string | number | GlideDateTimeImpl): void {
        this[STATE].ms = typeof value === 'number' ? value : toMs(value, 'GlideDateTime.setValue()')
    }

    getNumericValue(): number {
        return this[STATE].ms
    }

    add(milliseconds: number): void {
        if (typeof milliseconds !== 'number') refuse('GlideDateTime.add(GlideTime) is not implemented by the double; pass milliseconds.')
        this[STATE].ms += milliseconds
    }

    subtract(milliseconds: number): void {
        if (typeof milliseconds !== 'number') refuse('GlideDateTime.subtract(GlideTime) is not implemented by the double; pass milliseconds.')
        this[STATE].ms -= milliseconds
    }

    addSeconds(seconds: number): void {
        this[STATE].ms += seconds * 1000
    }

    addDaysUTC(days: number): void {
        this[STATE].ms += days * DAY_MS
    }

    addWeeksUTC(weeks: number): void {
        this[STATE].ms += weeks * 7 * DAY_MS
    }

    /** Calendar months; the day is clamped to the target month's last day (Jan 31 + 1 = Feb 28/29). */
    addMonthsUTC(months: number): void {
        const d = new Date(this[STATE].ms)
        const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1))
        const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
        target.setUTCDate(Math.min(d.getUTCDate(), lastDay))
        target.setUTCHours(d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds())
        this[STATE].ms = target.getTime()
    }

    addYearsUTC(years: number): void {
        this.addMonthsUTC(years * 12)
    }

    before(other: GlideDateTimeImpl): boolean {
        return this[STATE].ms < toMs(other, 'GlideDateTime.before()')
    }

    after(other: GlideDateTimeImpl): boolean {
        return this[STATE].ms > toMs(other, 'GlideDateTime.after()')
    }

    onOrBefore(other: GlideDateTimeImpl): boolean {
        return this[STATE].ms <= toMs(other, 'GlideDateTime.onOrBefore()')
    }

    onOrAfter(other: GlideDateTimeImpl): boolean {
        return this[STATE].ms >= toMs(other, 'GlideDateTime.onOrAfter()')
    }

    /** 0 equal, 1 this is later, -1 this is earlier. */
    compareTo(other: GlideDateTimeImpl): number {
        if (!(other instanceof GlideDateTimeImpl)) refuse('GlideDateTime.compareTo() takes a GlideDateTime.')
        return Math.sign(this[STATE].ms - other[STATE].ms)
    }

    /** A GlideDateTime or a UTC 'yyyy-MM-dd HH:mm:ss' string. */
    equals(other: GlideDateTimeImpl | string): boolean {
        return this[STATE].ms === toMs(other, 'GlideDateTime.equals()')
    }

    /** The UTC date (the system time zone is GMT by default). */
    getDate(): GlideDateImpl {
        return new GlideDateImpl(formatDate(this[STATE].ms))
    }

    getYearUTC(): number {
        return new Date(this[STATE].ms).getUTCFullYear()
    }

    getMonthUTC(): number {
        return new Date(this[STATE].ms).getUTCMonth() + 1
    }

    getDayOfMonthUTC(): number {
        return new Date(this[STATE].ms).getUTCDate()
    }

    /** Always true: the double refuses invalid values when they are set instead. */
    isValid(): boolean {
        return true
    }
}

const GLIDE_DATE = Symbol('glide-date')

class GlideDateImpl {
    [GLIDE_DATE]: { ms: number }

    /** No argument: today on the fake clock (UTC). A string: 'yyyy-MM-dd'. */
    constructor(value?: string) {
        if (value !== undefined && !DATE_ONLY.test(value)) refuse(`new GlideDate(): "${value}" is not 'yyyy-MM-dd'.`)
        const ms = value === undefined ? state.nowMs : toMs(value, 'new GlideDate()')
        this[GLIDE_DATE] = { ms: Date.parse(`${formatDate(ms)}T00:00:00Z`) }
        return strict(this, {
            missing: (prop) => describeMissing('GlideDate', prop),
            assign: (prop) => `cannot assign GlideDate.${prop}.`,
        })
    }

    /** Supports the patterns yyyy, MM and dd with any separators. */
    getByFormat(format: string): string {
        if (/[^yMd\-/. ]/.test(format)) refuse(`GlideDate.getByFormat("${format}"): the double formats only yyyy, MM and dd.`)
        const d = new Date(this[GLIDE_DATE].ms)
        return format
            .replace('yyyy', pad(d.getUTCFullYear(), 4))
            .replace('MM', pad(d.getUTCMonth() + 1))
            .replace('dd', pad(d.getUTCDate()))
    }

    getDisplayValue(): string {
        return formatDate(this[GLIDE_DATE].ms)
    }

    toString(): string {
        return formatDate(this[GLIDE_DATE].ms)
    }
}

function strictClass<T extends object>(cls: T, name: string): T {
    return strict(cls, {
        missing: (prop) => `${name}.${prop} (static) is not implemented by the double.`,
        assign: (prop) => `cannot assign ${name}.${prop}.`,
    })
}

export const GlideDateTime = strictClass(GlideDateTimeImpl, 'GlideDateTime')
export type GlideDateTime = GlideDateTimeImpl
export const GlideDate = strictClass(GlideDateImpl, 'GlideDate')
export type GlideDate = GlideDateImpl

export function isGlideDateTime(value: unknown): value is GlideDateTimeImpl {
    return value instanceof GlideDateTimeImpl
}

export function isGlideDate(value: unknown): value is GlideDateImpl {
    return value instanceof GlideDateImpl
}
