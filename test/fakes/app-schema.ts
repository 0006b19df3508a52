/**
 * The app's own tables for the Glide test double, taken from the built dictionary (dist/app), so
 * unit tests never restate a column and cannot drift from what ships.
 *
 *   import { defineAppTables } from '../../fakes/app-schema'
 *   beforeEach(() => { glide.reset(); defineAppTables() })
 *
 * tableDefsFromDictionary(app) is pure: the built dictionary in, the double's table definitions out.
 * Only tables the app creates (a sys_db_object record ships) are defined: a platform table the app
 * augments with columns has a dictionary file too, but the double already defines that table.
 */
import type { ShippedApp } from '../artifacts/read-app'
import { readApp } from '../artifacts/read-app'

export interface FieldDef {
    /** the dictionary's internal type: string, reference, choice, glide_date_time, journal, … */
    type: string
    reference?: string
}

export interface TableDef {
    fields: Record<string, FieldDef>
    display?: string
    extends?: string
}

/** What defineAppTables needs from the double: its defineTable (see the brief's contract). */
export interface TableRegistry {
    defineTable(name: string, definition: TableDef): void
}

export function tableDefsFromDictionary(app: Pick<ShippedApp, 'records' | 'dictionary'>): Record<string, TableDef> {
    const defs: Record<string, TableDef> = {}
    for (const tableRecord of app.records('sys_db_object')) {
        const dictionary = app.dictionary(tableRecord.value('name'))
        const fields: Record<string, FieldDef> = {}
        for (const column of Object.values(dictionary.columns)) {
            fields[column.name] = column.reference ? { type: column.type, reference: column.reference } : { type: column.type }
        }
        const display = dictionary.display ?? Object.values(dictionary.columns).find((column) => column.display)?.name
        defs[dictionary.name] = {
            fields,
            ...(display ? { display } : {}),
            ...(dictionary.extends ? { extends: dictionary.extends } : {}),
        }
    }
    return defs
}

/**
 * Defines every app table in the double (or in the registry given). Call it after glide.reset().
 * The double is loaded lazily so this module also serves tests that only need the pure function.
 */
export function defineAppTables(registry?: TableRegistry, app: ShippedApp = readApp()): string[] {
    const target: TableRegistry = registry ?? (require('./glide') as { glide: TableRegistry }).glide
    const defs = tableDefsFromDictionary(app)
    // Parents first, so a table that extends another app table finds it defined.
    const names = Object.keys(defs).sort((a, b) => depth(defs, a) - depth(defs, b) || a.localeCompare(b))
    for (const name of names) target.defineTable(name, defs[name])
    return names
}

function depth(defs: Record<string, TableDef>, name: string): number {
    const parent = defs[name]?.extends
    return parent && defs[parent] ? 1 + depth(defs, parent) : 0
}

/** The name the brief's contract uses: appSchema.defineAll(). */
export const appSchema = { defineAll: defineAppTables, tableDefs: () => tableDefsFromDictionary(readApp()) }
