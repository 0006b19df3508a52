/**
 * Table definitions the double knows: the platform tables (../platform-schema.ts) plus the app's
 * tables, added by glide.defineTable(). A GlideRecord on an unknown table, or any use of an
 * unknown column, throws.
 */
import { refuse } from './strict.ts'

/**
 * Column types the double models. Values are stored as strings, '' meaning empty (NULL):
 * - boolean: '1' / '0' (what scoped getValue() returns, per the GlideRecord - Scoped docs);
 * - integer: decimal digits; datetime: 'yyyy-MM-dd HH:mm:ss' UTC; date: 'yyyy-MM-dd';
 * - reference / document_id / sys_id: a sys_id; choice: the choice value;
 * - journal: never stored on the row; each entry is a sys_journal_field row.
 */
export type FieldType =
    | 'string'
    | 'boolean'
    | 'integer'
    | 'reference'
    | 'document_id'
    | 'sys_id'
    | 'datetime'
    | 'date'
    | 'choice'
    | 'journal'

export interface DefaultContext {
    userId: string
    userName: string
    /** The fake clock, 'yyyy-MM-dd HH:mm:ss' UTC. */
    now: string
}

export interface FieldSpec {
    type: FieldType
    /** The referenced table, for type 'reference'. */
    reference?: string
    /** Choice values, with their labels when known (getDisplayValue answers the label). */
    choices?: Readonly<Record<string, string>> | readonly string[]
    /** Applied on insert to a column the script did not set. Strings are stored values. */
    default?: string | boolean | number | ((context: DefaultContext) => string)
    label?: string
    /** Informational only: the platform does not enforce it for scripts (mandatory is a form rule). */
    mandatory?: boolean
    /** Informational only: the double does not truncate. */
    maxLength?: number
}

export interface TableSpec {
    fields: Readonly<Record<string, FieldSpec>>
    /** The display column (getDisplayValue(), reference display values). Inherited. */
    display?: string
    /** The parent table: its columns are inherited and a query on it returns this table's rows. */
    extends?: string
    /** Prefix of auto-numbered `number` values (RITM, SCTASK...). Inherited. */
    numberPrefix?: string
}

export interface TableDef {
    name: string
    fields: Map<string, FieldSpec>
    display?: string
    extends?: string
    numberPrefix?: string
    /** True for tables added with glide.defineTable(). */
    app: boolean
}

/** The app's scope: its tables are named x_seed_svcacct_*; every other table is another scope's. */
export const APP_SCOPE = 'x_seed_svcacct'

export function inAppScope(table: string): boolean {
    return table.startsWith(`${APP_SCOPE}_`)
}

/** Columns every table has. */
export const SYS_FIELDS: Readonly<Record<string, FieldSpec>> = {
    sys_id: { type: 'sys_id', label: 'Sys ID' },
    sys_created_on: { type: 'datetime', label: 'Created' },
    sys_created_by: { type: 'string', label: 'Created by' },
    sys_updated_on: { type: 'datetime', label: 'Updated' },
    sys_updated_by: { type: 'string', label: 'Updated by' },
    sys_mod_count: { type: 'integer', label: 'Updates' },
}

/** Columns the platform maintains; scripts cannot set them through setValue() in the double. */
export const PLATFORM_MAINTAINED = new Set([
    'sys_created_on',
    'sys_created_by',
    'sys_updated_on',
    'sys_updated_by',
    'sys_mod_count',
    'sys_class_name',
])

const FIELD_TYPES: ReadonlySet<string> = new Set<FieldType>([
    'string',
    'boolean',
    'integer',
    'reference',
    'document_id',
    'sys_id',
    'datetime',
    'date',
    'choice',
    'journal',
])

const NAME = /^[a-z][a-z0-9_]*$/

let tables = new Map<string, TableDef>()
let platformSpecs: Readonly<Record<string, TableSpec>> = {}

function toDef(name: string, spec: TableSpec, app: boolean): TableDef {
    if (!NAME.test(name)) refuse(`"${name}" is not a valid table name (lower-case letters, digits, underscore).`)
    const fields = new Map<string, FieldSpec>()
    for (const [field, fieldSpec] of Object.entries(spec.fields)) {
        if (!NAME.test(field)) refuse(`"${name}.${field}" is not a valid column name.`)
        if (!FIELD_TYPES.has(fieldSpec.type)) {
            refuse(`"${name}.${field}" has type "${String(fieldSpec.type)}", which the double does not model.`)
        }
        if (fieldSpec.type === 'reference' && !fieldSpec.reference) {
            refuse(`"${name}.${field}" is a reference column without a reference table.`)
        }
        fields.set(field, { ...fieldSpec })
    }
    return { name, fields, display: spec.display, extends: spec.extends, numberPrefix: spec.numberPrefix, app }
}

/** Restores the platform tables (dropping app tables and any removed column). */
export function resetSchema(platform: Readonly<Record<string, TableSpec>>): void {
    platformSpecs = platform
    tables = new Map()
    for (const [name, spec] of Object.entries(platformSpecs)) tables.set(name, toDef(name, spec, false))
    for (const def of tables.values()) checkDef(def)
}

function checkDef(def: TableDef): void {
    if (def.extends && !tables.has(def.extends)) refuse(`"${def.name}" extends unknown table "${def.extends}".`)
    for (const [field, spec] of def.fields) {
        if (spec.reference && !tables.has(spec.reference)) {
            refuse(`"${def.name}.${field}" references unknown table "${spec.reference}".`)
        }
    }
    if (def.display && !fieldSpecOrUndefined(def.name, def.display)) {
        refuse(`"${def.name}" has display column "${def.display}", which it does not define.`)
    }
}

export function defineTable(name: string, spec: TableSpec): void {
    if (tables.has(name)) refuse(`table "${name}" is already defined (glide.reset() restores the platform tables).`)
    const def = toDef(name, spec, true)
    tables.set(name, def)
    try {
        checkDef(def)
    } catch (error) {
        tables.delete(name)
        throw error
    }
}

/** Drops one column, e.g. sys_user.identity_type to model a release that predates it. */
export function removeField(table: string, field: string): void {
    const def = tableDef(table)
    if (!def.fields.delete(field)) refuse(`"${table}" does not define column "${field}" itself.`)
}

export function hasTable(name: string): boolean {
    return tables.has(name)
}

export function tableDef(name: string): TableDef {
    return tables.get(name) ?? refuse(`unknown table "${name}". Define it with glide.defineTable() or add it to test/fakes/platform-schema.ts.`)
}

/** The table and its ancestors, nearest first. */
export function lineage(name: string): TableDef[] {
    const chain: TableDef[] = []
    let def: TableDef | undefined = tableDef(name)
    while (def) {
        chain.push(def)
        def = def.extends ? tables.get(def.extends) : undefined
    }
    return chain
}

/** The table and every table that extends it, directly or not. */
export function family(name: string): string[] {
    tableDef(name)
    return [...tables.values()].filter((def) => lineage(def.name).some((d) => d.name === name)).map((def) => def.name)
}

export function fieldSpecOrUndefined(table: string, field: string): FieldSpec | undefined {
    if (field in SYS_FIELDS) return SYS_FIELDS[field]
    for (const def of lineage(table)) {
        const spec = def.fields.get(field)
        if (spec) return spec
    }
    return undefined
}

export function fieldSpec(table: string, field: string): FieldSpec {
    return (
        fieldSpecOrUndefined(table, field) ??
        refuse(`table "${table}" has no column "${field}" in the double's schema. Check the name, or add the column to the schema.`)
    )
}

/** Every column of the table (own, inherited and sys_ columns), in a stable order. */
export function allFields(table: string): Map<string, FieldSpec> {
    const result = new Map<string, FieldSpec>()
    for (const [field, spec] of Object.entries(SYS_FIELDS)) result.set(field, spec)
    for (const def of [...lineage(table)].reverse()) for (const [field, spec] of def.fields) result.set(field, spec)
    return result
}

export function displayField(table: string): string | undefined {
    for (const def of lineage(table)) if (def.display) return def.display
    return undefined
}

export function numberPrefix(table: string): string | undefined {
    for (const def of lineage(table)) if (def.numberPrefix) return def.numberPrefix
    return undefined
}

/** A snapshot of a table's columns, for helpers that build on the double (e.g. the app schema). */
export function describeTable(table: string): { name: string; extends?: string; display?: string; fields: Record<string, FieldSpec> } {
    const def = tableDef(table)
    return { name: def.name, extends: def.extends, display: displayField(table), fields: Object.fromEntries(allFields(table)) }
}
