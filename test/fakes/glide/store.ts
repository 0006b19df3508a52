/**
 * The double's state: stored rows, the session (user, clock), what scripts logged or queued, the
 * read/write counters, injected failures and the business-rule hooks. control.ts resets it.
 */
import type { GlideRecord as GlideRecordApi } from '@servicenow/glide'
import { randomBytes } from 'node:crypto'
import { family, tableDef } from './schema.ts'
import { refuse } from './strict.ts'

/** A stored row: every column as its stored string, '' for empty (NULL). */
export type Row = Record<string, string>

export type LogLevel = 'info' | 'warn' | 'error' | 'debug'
export interface LogEntry {
    level: LogLevel
    message: string
}

export interface EventEntry {
    name: string
    table: string
    sysId: string
    parm1: string
    parm2: string
    queue?: string
}

export interface MessageEntry {
    type: 'info' | 'error'
    message: string
}

export interface SessionUser {
    sysId: string
    userName: string
    /** sys_user.name, answered by gs.getUserDisplayName(); defaults to the user name. */
    name?: string
    /** The session's effective roles, contained roles included: the double does not expand them. */
    roles: string[]
    /**
     * An interactive session (a person in the UI or portal; gs.isInteractive()). Default false: a
     * scheduled job, an async business rule, the event processor or a flow. It decides whether the
     * platform's "user query" before-query rule hides inactive users (see record.ts).
     */
    interactive?: boolean
}

export type WriteOperation = 'insert' | 'update' | 'delete'
export type AccessOperation = 'create' | 'read' | 'write' | 'delete'
/** The write operations a table's Application Access settings allow or refuse to other scopes. */
export type TableAccessOperation = 'create' | 'write' | 'delete'

/** One table and operation a script touched (cross-scope privilege vocabulary). */
export interface AccessEntry {
    table: string
    operation: AccessOperation
}

export interface FailureSpec {
    table?: string
    operation?: WriteOperation
    message?: string
}

/**
 * Business-rule hooks for the offline harness. `current` is the record being written (its
 * changes are visible; a before hook may change it or call setAbortAction(true)); `previous` is a
 * read-only snapshot of the stored row before the write, null on insert.
 */
export interface WriteHooks {
    before?: (operation: WriteOperation, current: GlideRecordApi, previous: GlideRecordApi | null) => void
    after?: (operation: WriteOperation, current: GlideRecordApi, previous: GlideRecordApi | null) => void
}

/** Nested writes deeper than this are a business-rule loop; the platform also stops recursion. */
export const MAX_WRITE_DEPTH = 25

/** The clock after glide.reset(): fixed, so tests do not depend on the real date. */
export const DEFAULT_NOW = '2026-01-01 00:00:00'

/**
 * The session after glide.reset(): what a scheduled job without a run-as user sees. Tests that
 * depend on the user call glide.setUser().
 */
export const DEFAULT_USER: SessionUser = { sysId: 'system', userName: 'system', name: 'System', roles: [] }

interface State {
    rows: Map<string, Map<string, Row>>
    reads: Map<string, number>
    writes: Map<string, number>
    logs: LogEntry[]
    events: EventEntry[]
    messages: MessageEntry[]
    user: SessionUser
    nowMs: number
    access: Map<string, boolean>
    /** Application Access refusals of other scopes' writes: `table:operation` -> false. */
    tableAccess: Map<string, boolean>
    /** Every `table:operation` touched since the last reset of the counters. */
    touched: Set<string>
    failures: FailureSpec[]
    hooks: WriteHooks | null
    numbers: Map<string, number>
    writeDepth: number
}

function freshState(): State {
    return {
        rows: new Map(),
        reads: new Map(),
        writes: new Map(),
        logs: [],
        events: [],
        messages: [],
        user: { ...DEFAULT_USER, roles: [...DEFAULT_USER.roles] },
        nowMs: Date.parse(`${DEFAULT_NOW.replace(' ', 'T')}Z`),
        access: new Map(),
        tableAccess: new Map(),
        touched: new Set(),
        failures: [],
        hooks: null,
        numbers: new Map(),
        writeDepth: 0,
    }
}

export let state: State = freshState()

export function resetState(): void {
    state = freshState()
}

export function tableRows(table: string): Map<string, Row> {
    tableDef(table)
    let rows = state.rows.get(table)
    if (!rows) {
        rows = new Map()
        state.rows.set(table, rows)
    }
    return rows
}

/** A row of the table or of a table that extends it. */
export function findRow(table: string, sysId: string): { table: string; row: Row } | undefined {
    for (const member of family(table)) {
        const row = state.rows.get(member)?.get(sysId)
        if (row) return { table: member, row }
    }
    return undefined
}

/** Every row of the table and of the tables that extend it, each table in insertion order. */
export function familyRows(table: string): { table: string; row: Row }[] {
    const result: { table: string; row: Row }[] = []
    for (const member of family(table)) for (const row of state.rows.get(member)?.values() ?? []) result.push({ table: member, row })
    return result
}

export function countRead(table: string): void {
    state.reads.set(table, (state.reads.get(table) ?? 0) + 1)
    touch(table, 'read')
}

export function countWrite(table: string, operation: WriteOperation): void {
    state.writes.set(table, (state.writes.get(table) ?? 0) + 1)
    touch(table, operation === 'insert' ? 'create' : operation === 'update' ? 'write' : 'delete')
}

/** Records that a script touched a table: also dot-walked reads, which are not counted as reads. */
export function touch(table: string, operation: AccessOperation): void {
    state.touched.add(`${table}:${operation}`)
}

/** A 32-character lower-case hexadecimal GUID, the form of a sys_id. */
export function newGuid(): string {
    return randomBytes(16).toString('hex')
}

export function takeFailure(table: string, operation: WriteOperation): FailureSpec | undefined {
    const index = state.failures.findIndex(
        (failure) => (!failure.table || failure.table === table) && (!failure.operation || failure.operation === operation),
    )
    if (index < 0) return undefined
    return state.failures.splice(index, 1)[0]
}

export function nextNumber(prefix: string): string {
    // Numbering on a fresh instance starts at 0010001 for the catalog tables (RITM0010001).
    const next = (state.numbers.get(prefix) ?? 10000) + 1
    state.numbers.set(prefix, next)
    return `${prefix}${String(next).padStart(7, '0')}`
}

export function log(level: LogLevel, message: string): void {
    state.logs.push({ level, message })
}

export function enterWrite(): void {
    if (state.writeDepth >= MAX_WRITE_DEPTH) {
        refuse(`more than ${MAX_WRITE_DEPTH} nested writes: a business-rule hook keeps writing the records that trigger it.`)
    }
    state.writeDepth += 1
}

export function leaveWrite(): void {
    state.writeDepth -= 1
}
