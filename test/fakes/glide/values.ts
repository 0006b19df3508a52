/**
 * How values are stored, compared and displayed, per column type.
 *
 * Booleans are stored as '1' / '0': the scoped getValue() docs say "Boolean values return as "0"
 * and "1" string values instead of false and true" (GlideRecord - Scoped, getValue()). Other API
 * paths (element toString(), GlideQuery, REST) give 'true'/'false'; app code accepts both (isTrue()).
 */
import { formatDate, formatDateTime, isGlideDate, isGlideDateTime, parseDateTime } from './date-time.ts'
import { displayField, fieldSpec, type FieldSpec } from './schema.ts'
import { findRow, type Row } from './store.ts'
import { refuse } from './strict.ts'

const TRUE_VALUES = new Set(['true', '1'])
const FALSE_VALUES = new Set(['false', '0'])
const INTEGER = /^-?\d+$/

export function isStringLike(spec: FieldSpec): boolean {
    return !['boolean', 'integer', 'datetime', 'date'].includes(spec.type)
}

/** The stored form of a value given to setValue() or glide.seed(). Throws on a value the column cannot hold. */
export function toStored(table: string, field: string, spec: FieldSpec, value: unknown): string {
    const where = `${table}.${field}`
    if (value === null || value === undefined) return ''
    // "To set it back to the initial state, simply set the value to 'NULL'" (Setting a GlideRecord variable to 'NULL').
    if (value === 'NULL') return ''
    if (isGlideDateTime(value)) {
        if (spec.type === 'datetime') return value.getValue()
        if (spec.type === 'date') return value.getDate().toString()
        return refuse(`${where} is a ${spec.type} column; it cannot hold a GlideDateTime.`)
    }
    if (isGlideDate(value)) {
        if (spec.type === 'date') return value.toString()
        return refuse(`${where} is a ${spec.type} column; it cannot hold a GlideDate.`)
    }
    if (typeof value === 'object' || typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
        return refuse(`${where}: the double stores strings, numbers, booleans and GlideDateTime only (got ${typeof value}). For a reference, pass the sys_id (getUniqueValue()).`)
    }
    const text = String(value)
    if (text === '') return ''
    switch (spec.type) {
        case 'boolean': {
            const lower = text.toLowerCase()
            if (TRUE_VALUES.has(lower)) return '1'
            if (FALSE_VALUES.has(lower)) return '0'
            return refuse(`${where} is a boolean column; "${text}" is not true/false/1/0.`)
        }
        case 'integer':
            if (!INTEGER.test(text.trim())) refuse(`${where} is an integer column; "${text}" is not an integer.`)
            return String(Number(text.trim()))
        case 'datetime': {
            const ms = parseDateTime(text)
            if (ms === undefined) refuse(`${where} is a date/time column; "${text}" is not UTC 'yyyy-MM-dd HH:mm:ss'.`)
            return formatDateTime(ms)
        }
        case 'date': {
            const ms = parseDateTime(text)
            if (ms === undefined) refuse(`${where} is a date column; "${text}" is not 'yyyy-MM-dd'.`)
            return formatDate(ms)
        }
        default:
            return text
    }
}

/** The stored form of a query value (one that is not empty). */
export function toQueryValue(table: string, field: string, spec: FieldSpec, value: string): string {
    if (value.trim() === '') {
        return refuse(`query on ${table}.${field} compares with an empty value; use ISEMPTY / addNullQuery() or ISNOTEMPTY / addNotNullQuery().`)
    }
    return toStored(table, field, spec, value)
}

/** Equality as the database compares: case-insensitive for text (the default collation). */
export function sameValue(spec: FieldSpec, stored: string, wanted: string): boolean {
    return isStringLike(spec) ? stored.toLowerCase() === wanted.toLowerCase() : stored === wanted
}

/** Ordering of two non-empty stored values. */
export function compareValues(spec: FieldSpec, a: string, b: string): number {
    if (spec.type === 'integer') return Math.sign(Number(a) - Number(b))
    const left = isStringLike(spec) ? a.toLowerCase() : a
    const right = isStringLike(spec) ? b.toLowerCase() : b
    return left < right ? -1 : left > right ? 1 : 0
}

/** Ordering for ORDERBY: empty (NULL) values first when ascending, as the database sorts them. */
export function compareForOrder(spec: FieldSpec, a: string, b: string): number {
    if (a === '' || b === '') return a === b ? 0 : a === '' ? -1 : 1
    return compareValues(spec, a, b)
}

/**
 * The display value of a stored value. References show the referenced record's display column,
 * choices their label, booleans 'true'/'false'; date/times are shown in the double's session
 * (UTC, internal format), so they equal the stored value.
 */
export function displayValue(table: string, field: string, spec: FieldSpec, stored: string): string {
    switch (spec.type) {
        case 'boolean':
            return stored === '1' ? 'true' : 'false'
        case 'reference': {
            if (stored === '' || !spec.reference) return ''
            const target = findRow(spec.reference, stored)
            if (!target) return ''
            return recordDisplayValue(target.table, target.row)
        }
        case 'choice': {
            if (stored === '' || !spec.choices || Array.isArray(spec.choices)) return stored
            const labels = spec.choices as Readonly<Record<string, string>>
            return Object.prototype.hasOwnProperty.call(labels, stored) ? labels[stored] : stored
        }
        case 'journal':
            return refuse(`the display value of journal column ${table}.${field} is not modelled; read entries with glide.journal().`)
        default:
            return stored
    }
}

/** The display value of a whole record: its display column's display value. */
export function recordDisplayValue(table: string, row: Row): string {
    const field = displayField(table) ?? refuse(`table "${table}" has no display column in the double's schema.`)
    return displayValue(table, field, fieldSpec(table, field), row[field] ?? '')
}
