/**
 * What the harness needs from the built app: its records by table, each field as the text the instance
 * would store. The shared artifact reader (test/artifacts/read-app.ts, `readApp()`) provides this shape;
 * `readShippedRecords` is a small stand-in used until that reader is available in this tree.
 */
import { XMLParser } from 'fast-xml-parser'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface ShippedRecord {
    table: string
    sysId: string
    fields: Readonly<Record<string, { value: string; attributes: Readonly<Record<string, string>> }>>
}

export interface ShippedRecords {
    dir: string
    tables(): string[]
    records(table: string): ShippedRecord[]
}

/** A shipped record's fields as a plain row of strings. */
export function rowOf(record: ShippedRecord): Record<string, string> {
    return Object.fromEntries(Object.entries(record.fields).map(([name, field]) => [name, field.value]))
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, trimValues: false })

function text(value: unknown): string {
    if (value === undefined || value === null) return ''
    if (typeof value === 'object') return text((value as Record<string, unknown>)['#text'])
    return String(value)
}

function attributes(value: unknown): Record<string, string> {
    if (!value || typeof value !== 'object') return {}
    return Object.fromEntries(
        Object.entries(value as Record<string, unknown>)
            .filter(([name]) => name.startsWith('@_'))
            .map(([name, v]) => [name.slice(2), String(v)]),
    )
}

/** Every single-record `record_update` in dist/app/update. */
export function readShippedRecords(distApp: string): ShippedRecords {
    const all: ShippedRecord[] = []
    const dir = join(distApp, 'update')
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.xml')).sort()) {
        const doc = parser.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, Record<string, unknown>>
        const update = doc.record_update
        if (!update) continue
        const table = String(update['@_table'])
        const element = update[table] as Record<string, unknown> | undefined
        if (!element || typeof element !== 'object' || Array.isArray(element)) continue
        const fields: ShippedRecord['fields'] = {}
        for (const [name, value] of Object.entries(element)) {
            if (!name.startsWith('@_')) (fields as Record<string, unknown>)[name] = { value: text(value), attributes: attributes(value) }
        }
        all.push({ table, sysId: fields.sys_id?.value ?? '', fields })
    }
    return {
        dir: distApp,
        tables: () => [...new Set(all.map((r) => r.table))].sort(),
        records: (table) => all.filter((r) => r.table === table),
    }
}
