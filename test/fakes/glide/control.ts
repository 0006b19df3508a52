/**
 * The control surface for tests and the offline harness: `glide` (seed, inspect, inject
 * failures, set the user and the clock, business-rule hooks) and matchesCondition().
 * Nothing here is counted as a database read or write.
 */
import { PLATFORM_TABLES } from '../platform-schema.ts'
import { formatDateTime, nowText, parseDateTime } from './date-time.ts'
import { matchGroups, parseEncodedQuery } from './query.ts'
import { conditionRow, recordTable } from './record.ts'
import { appendJournal, defaultValues, emptyRow, stampInsert } from './rows.ts'
import { defineTable, describeTable, fieldSpec, removeField, resetSchema, tableDef, type TableSpec } from './schema.ts'
import {
    newGuid,
    resetState,
    state,
    tableRows,
    type AccessEntry,
    type AccessOperation,
    type EventEntry,
    type FailureSpec,
    type LogEntry,
    type MessageEntry,
    type Row,
    type SessionUser,
    type TableAccessOperation,
    type WriteHooks,
} from './store.ts'
import { refuse } from './strict.ts'
import { toStored } from './values.ts'

export interface Counters {
    reads: Record<string, number>
    writes: Record<string, number>
    totalReads: number
    totalWrites: number
}

export interface RequestItemSeed {
    /** sc_req_item columns. Without `request`, a parent sc_request is seeded too. */
    fields?: Record<string, unknown>
    /** Variable name -> value, stored as item_option_new / sc_item_option / sc_item_option_mtom rows. */
    variables?: Record<string, unknown>
}

function sum(map: Map<string, number>): number {
    let total = 0
    for (const value of map.values()) total += value
    return total
}

function seedRow(table: string, fields: Record<string, unknown>): string {
    const row = emptyRow(table)
    const journal: [string, string][] = []
    for (const [field, value] of Object.entries(fields)) {
        const spec = fieldSpec(table, field)
        if (spec.type === 'journal') {
            if (value !== null && value !== undefined && String(value) !== '') journal.push([field, String(value)])
        } else {
            row[field] = toStored(table, field, spec, value)
        }
    }
    for (const [field, value] of defaultValues(table, (f) => f in fields)) row[field] = value
    row.sys_id ||= newGuid()
    const rows = tableRows(table)
    if (rows.has(row.sys_id)) refuse(`glide.seed('${table}'): sys_id ${row.sys_id} already exists.`)
    stampInsert(table, row)
    rows.set(row.sys_id, row)
    for (const [field, text] of journal) appendJournal(table, row.sys_id, field, text)
    return row.sys_id
}

function toConditionRow(table: string, source: unknown, what: string): Row {
    const fromRecord = conditionRow(source)
    if (fromRecord) {
        const sourceTable = recordTable(source)
        if (sourceTable !== table) refuse(`matchesCondition('${table}'): the ${what} record is a ${sourceTable} record.`)
        return fromRecord
    }
    if (typeof source !== 'object' || source === null) refuse(`matchesCondition('${table}'): the ${what} row must be a row object or a GlideRecord.`)
    const row = emptyRow(table)
    for (const [field, value] of Object.entries(source)) {
        const spec = fieldSpec(table, field)
        row[field] = spec.type === 'journal' ? String(value ?? '') : toStored(table, field, spec, value)
    }
    return row
}

/**
 * Whether a record matches a business-rule condition. Besides the query operators it supports
 * VALCHANGES, CHANGESTO<value> and CHANGESFROM<value> (comparing with `previous`; on insert there
 * is no previous, and every column changes from empty) and the ^EQ terminator. `current` and
 * `previous` are row objects (as glide.row() returns them) or GlideRecords of the double; a
 * GlideRecord in a write's hooks shows its journal text, so `work_notesVALCHANGES` works.
 */
export function matchesCondition(table: string, current: unknown, encodedQuery: string, previous?: unknown): boolean {
    const parsed = parseEncodedQuery(table, encodedQuery, 'condition')
    const currentRow = toConditionRow(table, current, 'current')
    const previousRow = previous === null || previous === undefined ? null : toConditionRow(table, previous, 'previous')
    return matchGroups(currentRow, parsed.groups, previousRow)
}

export const glide = {
    /** Fresh: platform tables only (app tables dropped), no rows, counters, logs, events, hooks; default user and clock. */
    reset(): void {
        resetState()
        resetSchema(PLATFORM_TABLES)
    },

    /** Adds an app table (columns, display column, parent table). */
    defineTable(name: string, spec: TableSpec): void {
        defineTable(name, spec)
    },

    /** Drops a column, e.g. sys_user.identity_type to model a release without it. */
    removeField(table: string, field: string): void {
        removeField(table, field)
    },

    /** A table's columns as the double knows them (inherited and sys_ columns included). */
    schema(table: string) {
        return describeTable(table)
    },

    /** Stores a row as it would be after an insert (defaults, sys_ columns, number); not counted, no hooks. */
    seed(table: string, fields: Record<string, unknown> = {}): string {
        return seedRow(table, fields)
    },

    /** A request item with its catalog variables stored as the platform stores them; returns its sys_id. */
    seedRequestItem(seed: RequestItemSeed = {}): string {
        const fields = { ...(seed.fields ?? {}) }
        if (!('request' in fields)) {
            const parent: Record<string, unknown> = {}
            for (const field of ['requested_for', 'opened_by']) if (field in fields) parent[field] = fields[field]
            fields.request = seedRow('sc_request', parent)
        }
        const itemId = seedRow('sc_req_item', fields)
        const catalogItem = state.rows.get('sc_req_item')?.get(itemId)?.cat_item ?? ''
        let order = 0
        for (const [name, value] of Object.entries(seed.variables ?? {})) {
            order += 100
            const existing = [...(state.rows.get('item_option_new')?.values() ?? [])].find(
                (question) => question.name === name && question.cat_item === catalogItem,
            )
            const questionId = existing?.sys_id ?? seedRow('item_option_new', { name, question_text: name, cat_item: catalogItem, order })
            const answerId = seedRow('sc_item_option', { item_option_new: questionId, value: value === null || value === undefined ? '' : String(value), order })
            seedRow('sc_item_option_mtom', { request_item: itemId, sc_item_option: answerId })
        }
        return itemId
    },

    /** Stored rows of one table (not of the tables extending it), as copies. */
    rows(table: string): Row[] {
        return [...tableRows(table).values()].map((row) => ({ ...row }))
    },

    row(table: string, sysId: string): Row | undefined {
        const row = tableRows(table).get(sysId)
        return row ? { ...row } : undefined
    },

    /** Reads (query()/get(), first .variables access) and writes (insert/update/deleteRecord attempts) per table. */
    counters(): Counters {
        return {
            reads: Object.fromEntries(state.reads),
            writes: Object.fromEntries(state.writes),
            totalReads: sum(state.reads),
            totalWrites: sum(state.writes),
        }
    },

    resetCounters(): void {
        state.reads.clear()
        state.writes.clear()
        state.touched.clear()
    },

    /**
     * Every table and operation scripts touched since the last reset of the counters, in the vocabulary
     * of cross-scope privileges: read (query/get, and the tables a dot-walk reads through), create,
     * write, delete (attempts, refused ones included). Sorted by table, then operation (code-point order).
     */
    touched(): AccessEntry[] {
        return [...state.touched]
            .map((key) => {
                const [table, operation] = key.split(':')
                return { table, operation: operation as AccessOperation }
            })
            .sort((a, b) => (a.table === b.table ? (a.operation < b.operation ? -1 : 1) : a.table < b.table ? -1 : 1))
    },

    /**
     * The next write matching table/operation fails as the platform reports a refused write:
     * insert() and update() return null, deleteRecord() returns false, the message is logged as an
     * error and answered by getLastErrorMessage(). Fires once; no hook runs for the failed write.
     */
    failNextWrite(failure: FailureSpec = {}): void {
        state.failures.push({ ...failure })
    },

    setUser(user: SessionUser): void {
        state.user = { ...user, roles: [...user.roles] }
    },

    user(): SessionUser {
        return { ...state.user, roles: [...state.user.roles] }
    },

    /** Sets the fake clock (UTC 'yyyy-MM-dd HH:mm:ss'). */
    setNow(value: string): void {
        const ms = parseDateTime(value)
        if (ms === undefined) refuse(`glide.setNow("${value}"): expected UTC 'yyyy-MM-dd HH:mm:ss'.`)
        state.nowMs = ms
    },

    advance(by: { days?: number; hours?: number; minutes?: number; seconds?: number }): void {
        state.nowMs += ((((by.days ?? 0) * 24 + (by.hours ?? 0)) * 60 + (by.minutes ?? 0)) * 60 + (by.seconds ?? 0)) * 1000
    },

    now(): string {
        return nowText()
    },

    /** Creates or changes a sys_properties row, read by gs.getProperty(). */
    setProperty(name: string, value: string): void {
        const existing = [...tableRows('sys_properties').values()].find((row) => row.name === name)
        if (existing) {
            existing.value = value
            existing.sys_updated_on = formatDateTime(state.nowMs)
        } else {
            seedRow('sys_properties', { name, value })
        }
    },

    logs(): LogEntry[] {
        return state.logs.map((entry) => ({ ...entry }))
    },

    events(): EventEntry[] {
        return state.events.map((entry) => ({ ...entry }))
    },

    /** gs.addInfoMessage / gs.addErrorMessage calls. */
    messages(): MessageEntry[] {
        return state.messages.map((entry) => ({ ...entry }))
    },

    /** Values of the journal entries of one record's column, oldest first. */
    journal(table: string, sysId: string, field: string): string[] {
        if (fieldSpec(table, field).type !== 'journal') refuse(`glide.journal(): ${table}.${field} is not a journal column.`)
        return [...tableRows('sys_journal_field').values()]
            .filter((row) => row.name === table && row.element_id === sysId && row.element === field)
            .map((row) => row.value)
    },

    /**
     * A table's Application Access settings for other scopes' scripts (default: allowed). Refused, a
     * create/write/delete from the app's scope writes nothing, returns what a failed write returns
     * (insert/update null, deleteRecord false), logs the platform's cross-scope refusal as an error and
     * answers it from getLastErrorMessage(). Persistent, unlike failNextWrite(); the app's own tables
     * are never refused. Reads are not modelled.
     */
    setTableAccess(table: string, operation: TableAccessOperation, allowed: boolean): void {
        if (!['create', 'write', 'delete'].includes(operation)) refuse(`glide.setTableAccess(): operation must be create, write or delete (got ${String(operation)}).`)
        tableDef(table)
        state.tableAccess.set(`${table}:${operation}`, allowed)
    },

    /** What canCreate()/canRead()/canWrite()/canDelete() answer for a table (default true). */
    setAccess(table: string, operation: AccessOperation, allowed: boolean): void {
        state.access.set(`${table}:${operation}`, allowed)
    },

    /** Business-rule hooks run around each insert/update/delete (unless setWorkflow(false)); null removes them. */
    setWriteHooks(hooks: WriteHooks | null): void {
        state.hooks = hooks
    },
}

glide.reset()
