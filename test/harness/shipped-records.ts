/**
 * The records dist/app ships, by table, with every field as the string the instance would store.
 * (Provisional: replaced by the shared artifact reader test/artifacts/read-app.ts once it is on main.)
 */
import { XMLParser } from 'fast-xml-parser'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export type ShippedRow = Record<string, string>

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, trimValues: false })

function text(value: unknown): string {
    if (value === undefined || value === null) return ''
    if (typeof value === 'object') return text((value as Record<string, unknown>)['#text'])
    return String(value)
}

/** Every `record_update` in dist/app/update, grouped by table. */
export function readShippedRecords(distApp: string): Map<string, ShippedRow[]> {
    const byTable = new Map<string, ShippedRow[]>()
    const dir = join(distApp, 'update')
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.xml')).sort()) {
        const doc = parser.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, Record<string, unknown>>
        const update = doc.record_update
        if (!update) continue
        const table = String(update['@_table'])
        const element = update[table] as Record<string, unknown> | undefined
        if (!element || typeof element !== 'object') continue
        const row: ShippedRow = {}
        for (const [name, value] of Object.entries(element)) {
            if (name.startsWith('@_')) continue
            row[name] = text(value)
        }
        if (!byTable.has(table)) byTable.set(table, [])
        byTable.get(table)!.push(row)
    }
    return byTable
}
