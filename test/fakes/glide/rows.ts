/**
 * Building stored rows: defaults, sys_ columns, task numbers and journal entries. Shared by
 * GlideRecord writes and by the test-setup seeds (which skip counting and hooks).
 */
import { nowText } from './date-time.ts'
import { allFields, numberPrefix, type FieldSpec } from './schema.ts'
import { newGuid, nextNumber, state, tableRows, type Row } from './store.ts'
import { toStored } from './values.ts'

/** Values for the columns the caller did not set: dictionary defaults and the task number. */
export function defaultValues(table: string, isSet: (field: string) => boolean): Map<string, string> {
    const result = new Map<string, string>()
    const context = { userId: state.user.sysId, userName: state.user.userName, now: nowText() }
    for (const [field, spec] of allFields(table)) {
        if (isSet(field) || spec.type === 'journal') continue
        const value = defaultOf(table, field, spec, context)
        if (value !== '') result.set(field, value)
    }
    return result
}

function defaultOf(table: string, field: string, spec: FieldSpec, context: { userId: string; userName: string; now: string }): string {
    if (field === 'number') {
        const prefix = numberPrefix(table)
        if (prefix) return nextNumber(prefix)
    }
    if (spec.default === undefined) return ''
    const value = typeof spec.default === 'function' ? spec.default(context) : spec.default
    return toStored(table, field, spec, value)
}

/** An empty row: every stored column of the table present, '' (NULL) where unset. */
export function emptyRow(table: string): Row {
    const row: Row = {}
    for (const [field, spec] of allFields(table)) if (spec.type !== 'journal') row[field] = ''
    return row
}

/** Sets the columns the platform maintains on insert. */
export function stampInsert(table: string, row: Row): void {
    const now = nowText()
    row.sys_created_on ||= now
    row.sys_created_by ||= state.user.userName
    row.sys_updated_on ||= now
    row.sys_updated_by ||= state.user.userName
    row.sys_mod_count ||= '0'
    if ('sys_class_name' in row) row.sys_class_name ||= table
}

export function stampUpdate(row: Row): void {
    row.sys_updated_on = nowText()
    row.sys_updated_by = state.user.userName
    row.sys_mod_count = String(Number(row.sys_mod_count || '0') + 1)
}

/** One journal entry: a sys_journal_field row (name = the record's table, element = the column). */
export function appendJournal(table: string, sysId: string, field: string, text: string): void {
    const row = emptyRow('sys_journal_field')
    row.name = table
    row.element = field
    row.element_id = sysId
    row.value = text
    row.sys_id = newGuid()
    stampInsert('sys_journal_field', row)
    tableRows('sys_journal_field').set(row.sys_id, row)
}

