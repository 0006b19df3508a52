/**
 * The app's own tables for the Glide test double, taken from the built dictionary (dist/app), so
 * unit tests never restate a column and cannot drift from what ships.
 *
 *   import { glide } from '../../fakes/glide'
 *   import { defineAppTables } from '../../fakes/app-schema'
 *   beforeEach(() => { glide.reset(); defineAppTables() })
 *
 * tableDefsFromDictionary(app) is pure: the built dictionary in, the double's table specs out
 * (type, reference, choices, default, label, mandatory, max length; display column; parent table).
 * Only tables the app creates (a sys_db_object record ships) are defined: a platform table the app
 * augments with columns has a dictionary file too, but the double already defines that table.
 */
import type { DictionaryColumn, ShippedApp } from '../artifacts/read-app'
import { readApp } from '../artifacts/read-app'
import type { FieldSpec, FieldType, TableSpec } from './glide'
import { glide } from './glide'

/**
 * Dictionary internal types -> the types the double models. A type missing here fails loudly:
 * decide how the double should store it, then add it.
 */
const DOUBLE_TYPE: Readonly<Record<string, FieldType>> = {
    string: 'string',
    multi_two_lines: 'string',
    translated_text: 'string',
    html: 'string',
    url: 'string',
    email: 'string',
    glide_list: 'string',
    conditions: 'string',
    table_name: 'string',
    field_name: 'string',
    boolean: 'boolean',
    integer: 'integer',
    reference: 'reference',
    document_id: 'document_id',
    GUID: 'sys_id',
    glide_date_time: 'datetime',
    due_date: 'datetime',
    glide_date: 'date',
    choice: 'choice',
    journal: 'journal',
    journal_input: 'journal',
}

/** Script defaults the double can evaluate; any other `javascript:` default fails loudly. */
const SCRIPT_DEFAULTS: Readonly<Record<string, FieldSpec['default']>> = {
    'javascript:gs.getUserID()': (context) => context.userId,
    'javascript:gs.nowDateTime()': (context) => context.now,
    'javascript:new GlideDateTime().getValue()': (context) => context.now,
}

function fieldSpecOf(table: string, column: DictionaryColumn): FieldSpec {
    const type = DOUBLE_TYPE[column.type]
    if (!type) {
        throw new Error(`${table}.${column.name} has dictionary type "${column.type}", which test/fakes/app-schema.ts does not map to a type of the Glide double.`)
    }
    const spec: FieldSpec = { type }
    if (column.reference) spec.reference = column.reference
    if (column.label) spec.label = column.label
    if (column.mandatory) spec.mandatory = true
    if (column.maxLength !== undefined) spec.maxLength = column.maxLength
    if (column.choices.length > 0) spec.choices = Object.fromEntries(column.choices.map((choice) => [choice.value, choice.label]))
    const fallback = column.defaultValue
    if (fallback !== undefined && fallback !== '') {
        if (fallback.startsWith('javascript:')) {
            spec.default = SCRIPT_DEFAULTS[fallback.replace(/;\s*$/, '')]
            if (!spec.default) throw new Error(`${table}.${column.name} has the script default "${fallback}", which the double cannot evaluate.`)
        } else {
            spec.default = fallback
        }
    }
    return spec
}

export function tableDefsFromDictionary(app: Pick<ShippedApp, 'records' | 'dictionary'>): Record<string, TableSpec> {
    const defs: Record<string, TableSpec> = {}
    for (const tableRecord of app.records('sys_db_object')) {
        const dictionary = app.dictionary(tableRecord.value('name'))
        const fields: Record<string, FieldSpec> = {}
        for (const column of Object.values(dictionary.columns)) fields[column.name] = fieldSpecOf(dictionary.name, column)
        const display = dictionary.display ?? Object.values(dictionary.columns).find((column) => column.display)?.name
        defs[dictionary.name] = {
            fields,
            ...(display ? { display } : {}),
            ...(dictionary.extends ? { extends: dictionary.extends } : {}),
        }
    }
    return defs
}

/** What defineAppTables needs from the double: its defineTable (the brief's contract). */
export interface TableRegistry {
    defineTable(name: string, spec: TableSpec): void
}

/**
 * Defines every app table in the double (or in the registry given), parents first. Call it after
 * glide.reset(), which drops app tables. Returns the table names, in the order defined.
 */
export function defineAppTables(registry: TableRegistry = glide, app: ShippedApp = readApp()): string[] {
    const defs = tableDefsFromDictionary(app)
    const depth = (name: string): number => {
        const parent = defs[name]?.extends
        return parent && defs[parent] ? 1 + depth(parent) : 0
    }
    const names = Object.keys(defs).sort((a, b) => depth(a) - depth(b) || a.localeCompare(b))
    for (const name of names) registry.defineTable(name, defs[name])
    return names
}

/** The name the brief's contract uses: appSchema.defineAll(). */
export const appSchema = { defineAll: () => defineAppTables(), tableDefs: () => tableDefsFromDictionary(readApp()) }
