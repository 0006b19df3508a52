/**
 * Reads the built app (`dist/app`, written by `now-sdk build`) into records by table, so tests can
 * assert what actually ships rather than what the Fluent sources meant.
 *
 *   const app = readApp()                       // dist/app of this repo (cached); readApp(dir) for another
 *   app.records('sys_user_role')                // every INSERT_OR_UPDATE record of a table
 *   app.one('sys_user_role', { name: 'x_seed_svcacct.admin' })   // exactly one match, else a clear error
 *   app.one('sys_security_acl', (acl) => acl.value('operation') === 'read')
 *   app.bySysId(id)                             // any shipped record by sys_id (undefined if none)
 *   app.deletions('sys_hub_action_instance_v2') // delete_multiple statements (the query attribute)
 *   app.scope()                                 // the sys_app record from dist/app/scope
 *   app.dictionary('x_seed_svcacct_service_account')  // typed table + columns from dist/app/dictionary
 *   app.dictionaryTables()                      // names of every table with a dictionary file
 *   decodeFlowValue(record.value('values'))     // gzip+base64 flow value -> parsed JSON
 *   decodeFlowValues(record)                    // every gzip+base64 field of a record, decoded
 *
 * A record (AppRecord) keeps each field's text and its XML attributes:
 *   <role name="x_seed_svcacct.admin">b797…</role>  ->  rec.value('role') === 'b797…',
 *                                                       rec.display('role') === 'x_seed_svcacct.admin'
 * rec.value(field) throws for a field the record does not carry, so a misspelt field fails the test.
 *
 * Shapes handled (SDK 4.9 output, platform-facts "Output reading"):
 * - `<record_update [table=…]><tbl action="INSERT_OR_UPDATE">fields…</tbl></record_update>`, with
 *   several sibling records in one file (a sys_hub_flow file carries its trigger, action and logic
 *   instances, and delete_multiple statements that prune old children);
 * - wrapper elements whose children are records (`<sys_choice_v2>` holding `<sys_choice_set>` and
 *   `<sys_choice>` records, in dist/app/author_elective_update);
 * - `<database><element name=table …><element name=column …><choice><element value=…/></choice>`
 *   in dist/app/dictionary;
 * - the sys_app record in dist/app/scope.
 * Any other root element is an error: a new file shape must be taught here, not skipped.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { XMLParser } from 'fast-xml-parser'

export interface FieldValue {
    /** The element's text ('' for an empty element such as `<condition/>`). */
    value: string
    /** The element's attributes, e.g. { name: 'x_seed_svcacct.admin' } or { display_value: 'delete' }. */
    attributes: Readonly<Record<string, string>>
}

export interface AppRecord {
    /** The record element's name: sys_user_role, sys_hub_action_instance_v2, sys_choice, … */
    table: string
    /** INSERT_OR_UPDATE, delete_multiple, … ('' when the element carries no action attribute). */
    action: string
    /** '' for statements without a sys_id (delete_multiple). */
    sysId: string
    /** The file it came from, relative to dist/app (update/sys_user_role_….xml). */
    file: string
    /** Attributes of the record element itself (action, and e.g. element/table on sys_dictionary). */
    attributes: Readonly<Record<string, string>>
    fields: Readonly<Record<string, FieldValue>>
    has(field: string): boolean
    /** The field's text; throws if the record has no such field. */
    value(field: string): string
    /** The field's display_value attribute, else its name attribute (references to roles carry name=). */
    display(field: string): string | undefined
}

export interface DictionaryChoice {
    value: string
    label: string
    sequence?: number
    inactive: boolean
}

export interface DictionaryColumn {
    name: string
    /** internal type: string, reference, choice, glide_date_time, journal, multi_two_lines, boolean, … */
    type: string
    label?: string
    maxLength?: number
    mandatory: boolean
    readOnly: boolean
    /** true for the table's display column */
    display: boolean
    reference?: string
    defaultValue?: string
    choices: DictionaryChoice[]
    /** every attribute as written, for anything not typed above */
    attributes: Readonly<Record<string, string>>
}

export interface DictionaryTable {
    name: string
    label?: string
    /** the parent table (`extends="task"`), if any */
    extends?: string
    /** the display column named on the table element, if any */
    display?: string
    attributes: Readonly<Record<string, string>>
    columns: Readonly<Record<string, DictionaryColumn>>
    file: string
}

export type RecordMatch = ((record: AppRecord) => boolean) | Readonly<Record<string, string>>

export interface ShippedApp {
    /** The dist/app directory that was read. */
    dir: string
    /** Every inserted/updated record, in file order. */
    all(): AppRecord[]
    /** Tables with at least one inserted/updated record. */
    tables(): string[]
    records(table: string): AppRecord[]
    /** Exactly one record of the table matching; throws (naming what was found) otherwise. */
    one(table: string, match: RecordMatch): AppRecord
    bySysId(sysId: string): AppRecord | undefined
    /** delete statements (action delete_multiple / DELETE), optionally of one table. */
    deletions(table?: string): AppRecord[]
    /** The sys_app record in dist/app/scope. */
    scope(): AppRecord
    dictionaryTables(): string[]
    /** The table's dictionary; throws if the app ships no dictionary for it. */
    dictionary(table: string): DictionaryTable
    decodeFlowValue(encoded: string): unknown
}

/** This repository's build output. */
export const DEFAULT_APP_DIR = resolve(__dirname, '../../dist/app')
const REPO_ROOT = resolve(__dirname, '../..')

const DELETE_ACTIONS = new Set(['delete_multiple', 'delete', 'DELETE'])

// Ordered nodes keep sibling records apart and in file order; values stay strings (no number guessing).
const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    cdataPropName: '#cdata',
    ignoreDeclaration: true,
    ignorePiTags: true,
    commentPropName: '#comment',
})

/** One node of fast-xml-parser's preserveOrder output: { tag: children, ':@'?: attributes }. */
type XmlNode = Record<string, unknown>

function tagOf(node: XmlNode): string | undefined {
    return Object.keys(node).find((key) => key !== ':@')
}
function childrenOf(node: XmlNode): XmlNode[] {
    const tag = tagOf(node)
    const children = tag === undefined ? [] : node[tag]
    return Array.isArray(children) ? (children as XmlNode[]) : []
}
function attributesOf(node: XmlNode): Record<string, string> {
    return { ...((node[':@'] as Record<string, string> | undefined) ?? {}) }
}
function isElement(node: XmlNode): boolean {
    const tag = tagOf(node)
    return tag !== undefined && tag !== '#text' && tag !== '#cdata' && tag !== '#comment'
}
function elementsOf(node: XmlNode): XmlNode[] {
    return childrenOf(node).filter(isElement)
}
function textOf(node: XmlNode): string {
    let text = ''
    for (const child of childrenOf(node)) {
        if ('#text' in child) text += String(child['#text'])
        else if ('#cdata' in child) text += textOf(child)
    }
    return text
}

function makeRecord(node: XmlNode, file: string): AppRecord {
    const table = tagOf(node) as string
    const attributes = attributesOf(node)
    const fields: Record<string, FieldValue> = {}
    for (const child of elementsOf(node)) {
        // A field that repeats keeps its first occurrence; none of the SDK's record shapes repeats one.
        const name = tagOf(child) as string
        if (!(name in fields)) fields[name] = { value: textOf(child), attributes: attributesOf(child) }
    }
    const where = `${table} ${fields.sys_id?.value ?? ''} in ${file}`
    return {
        table,
        action: attributes.action ?? '',
        sysId: fields.sys_id?.value ?? '',
        file,
        attributes,
        fields,
        has: (field) => field in fields,
        value(field) {
            const found = fields[field]
            if (!found) {
                throw new Error(`${where} has no field "${field}". Fields: ${Object.keys(fields).join(', ')}`)
            }
            return found.value
        },
        display(field) {
            const found = fields[field]
            return found ? (found.attributes.display_value ?? found.attributes.name) : undefined
        },
    }
}

/** A wrapper (sys_choice_v2) is an element whose child elements are themselves records. */
function isWrapper(node: XmlNode): boolean {
    return elementsOf(node).some((child) => 'action' in attributesOf(child))
}

function recordsOfUpdate(root: XmlNode, file: string): AppRecord[] {
    const records: AppRecord[] = []
    const visit = (node: XmlNode) => {
        if (isWrapper(node)) elementsOf(node).forEach(visit)
        else records.push(makeRecord(node, file))
    }
    elementsOf(root).forEach(visit)
    return records
}

const bool = (raw: string | undefined) => raw === 'true'
const num = (raw: string | undefined) => (raw === undefined || raw === '' ? undefined : Number(raw))

function dictionaryOf(root: XmlNode, file: string): DictionaryTable[] {
    return elementsOf(root).map((tableNode) => {
        const t = attributesOf(tableNode)
        if (tagOf(tableNode) !== 'element' || !t.name) throw new Error(`${file}: expected <element name="table">`)
        const columns: Record<string, DictionaryColumn> = {}
        for (const columnNode of elementsOf(tableNode)) {
            const c = attributesOf(columnNode)
            if (tagOf(columnNode) !== 'element' || !c.name) {
                throw new Error(`${file}: expected <element name="column"> in table ${t.name}`)
            }
            const choices: DictionaryChoice[] = elementsOf(columnNode)
                .filter((n) => tagOf(n) === 'choice')
                .flatMap(elementsOf)
                .map((choiceNode) => {
                    const a = attributesOf(choiceNode)
                    return { value: a.value ?? '', label: a.label ?? '', sequence: num(a.sequence), inactive: bool(a.inactive) }
                })
            columns[c.name] = {
                name: c.name,
                type: c.type ?? '',
                label: c.label,
                maxLength: num(c.max_length),
                mandatory: bool(c.mandatory),
                readOnly: bool(c.read_only),
                display: bool(c.display),
                reference: c.reference || undefined,
                defaultValue: c.default_value,
                choices,
                attributes: c,
            }
        }
        return {
            name: t.name,
            label: t.label,
            extends: t.extends || undefined,
            display: t.display || undefined,
            attributes: t,
            columns,
            file,
        }
    })
}

function xmlFilesUnder(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true })
        .sort((a, b) => a.name.localeCompare(b.name))
        .flatMap((entry) => {
            const path = join(dir, entry.name)
            if (entry.isDirectory()) return xmlFilesUnder(path)
            return entry.name.endsWith('.xml') ? [path] : []
        })
}

function newestModification(path: string, skip: ReadonlySet<string> = new Set()): number {
    if (skip.has(path)) return 0
    const stat = statSync(path)
    if (!stat.isDirectory()) return stat.mtimeMs
    return readdirSync(path).reduce((newest, name) => Math.max(newest, newestModification(join(path, name), skip)), 0)
}

/**
 * Refuses a dist/app older than the sources it was built from: the artifact tests would pass or
 * fail on yesterday's app. `npm test` builds first; running jest alone after an edit lands here.
 */
export function assertBuiltAfterSources(dir: string, repoRoot: string): void {
    const sources = ['src', 'package.json', 'now.config.json'].map((name) => join(repoRoot, name)).filter(existsSync)
    // The build itself rewrites the keys file after dist/app, so it is not a source here.
    const written = new Set([join(repoRoot, 'src/fluent/generated')])
    const newestSource = Math.max(0, ...sources.map((path) => newestModification(path, written)))
    if (newestModification(dir) < newestSource) {
        throw new Error(`${dir} is older than the sources under src/: run npm run build first (npm test builds before jest).`)
    }
}

export function decodeFlowValue(encoded: string): unknown {
    const bytes = Buffer.from(encoded.trim(), 'base64')
    if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
        throw new Error(`Not a gzip+base64 flow value: "${encoded.slice(0, 40)}…"`)
    }
    const text = gunzipSync(bytes).toString('utf8')
    try {
        return JSON.parse(text)
    } catch (error) {
        throw new Error(`Flow value decompressed but is not JSON (${(error as Error).message}): ${text.slice(0, 80)}`)
    }
}

/** base64 of gzip's magic bytes (1f 8b 08) */
const GZIP_BASE64_START = 'H4sI'

/** Every gzip+base64 field of a record (values, trigger_inputs, …), decoded, by field name. */
export function decodeFlowValues(record: AppRecord): Record<string, unknown> {
    const decoded: Record<string, unknown> = {}
    for (const [name, field] of Object.entries(record.fields)) {
        if (field.value.startsWith(GZIP_BASE64_START)) decoded[name] = decodeFlowValue(field.value)
    }
    return decoded
}

function describeMatch(match: RecordMatch): string {
    return typeof match === 'function' ? 'the predicate' : JSON.stringify(match)
}

function matches(record: AppRecord, match: RecordMatch): boolean {
    if (typeof match === 'function') return match(record)
    return Object.entries(match).every(([field, expected]) => record.has(field) && record.value(field) === expected)
}

/** Parses a dist/app directory (no caching, no freshness check: for fixtures). */
export function parseAppDir(dir: string): ShippedApp {
    if (!existsSync(dir)) {
        throw new Error(`No built app at ${dir}: run npm run build first (npm test builds before jest).`)
    }
    const records: AppRecord[] = []
    const deletions: AppRecord[] = []
    const dictionaries = new Map<string, DictionaryTable>()

    for (const path of xmlFilesUnder(dir)) {
        const file = relative(dir, path)
        const roots = (parser.parse(readFileSync(path, 'utf8')) as XmlNode[]).filter(isElement)
        if (roots.length !== 1) throw new Error(`${file}: expected one root element, found ${roots.length}`)
        const root = roots[0]
        const kind = tagOf(root)
        if (kind === 'record_update') {
            for (const record of recordsOfUpdate(root, file)) {
                ;(DELETE_ACTIONS.has(record.action) ? deletions : records).push(record)
            }
        } else if (kind === 'database') {
            for (const table of dictionaryOf(root, file)) {
                const earlier = dictionaries.get(table.name)
                if (earlier) throw new Error(`Table ${table.name} has two dictionaries: ${earlier.file} and ${file}`)
                dictionaries.set(table.name, table)
            }
        } else {
            throw new Error(`${file}: unknown root element <${kind}>; teach test/artifacts/read-app.ts this shape`)
        }
    }

    const bySysId = new Map<string, AppRecord>()
    for (const record of records) if (record.sysId && !bySysId.has(record.sysId)) bySysId.set(record.sysId, record)

    const ofTable = (table: string) => records.filter((record) => record.table === table)

    return {
        dir,
        all: () => [...records],
        tables: () => [...new Set(records.map((record) => record.table))].sort(),
        records: ofTable,
        one(table, match) {
            const candidates = ofTable(table)
            const found = candidates.filter((record) => matches(record, match))
            if (found.length !== 1) {
                const names = candidates.map((r) => (r.has('name') ? r.value('name') : r.sysId)).join(', ')
                throw new Error(
                    `Expected one ${table} record matching ${describeMatch(match)}, found ${found.length}. ` +
                        `Shipped ${table} records: ${names || 'none'}`,
                )
            }
            return found[0]
        },
        bySysId: (sysId) => bySysId.get(sysId),
        deletions: (table) => deletions.filter((record) => table === undefined || record.table === table),
        scope() {
            const apps = records.filter((record) => record.table === 'sys_app' && record.file.startsWith('scope'))
            if (apps.length !== 1) throw new Error(`Expected one sys_app record in ${dir}/scope, found ${apps.length}`)
            return apps[0]
        },
        dictionaryTables: () => [...dictionaries.keys()].sort(),
        dictionary(table) {
            const found = dictionaries.get(table)
            if (!found) {
                throw new Error(`No dictionary for ${table} in ${dir}/dictionary. Tables: ${[...dictionaries.keys()].join(', ')}`)
            }
            return found
        },
        decodeFlowValue,
    }
}

const cache = new Map<string, ShippedApp>()

/**
 * The built app. Without an argument: this repository's dist/app, checked to be newer than src/.
 * Parsed once per directory per test worker.
 */
export function readApp(dir: string = DEFAULT_APP_DIR): ShippedApp {
    const key = resolve(dir)
    const cached = cache.get(key)
    if (cached) return cached
    if (!existsSync(key)) {
        throw new Error(`No built app at ${key}: run npm run build first (npm test builds before jest).`)
    }
    if (key === DEFAULT_APP_DIR) assertBuiltAfterSources(key, REPO_ROOT)
    const app = parseAppDir(key)
    cache.set(key, app)
    return app
}
