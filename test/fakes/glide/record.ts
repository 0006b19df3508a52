/**
 * The scoped GlideRecord, in memory. Fields are read and written with getValue()/setValue() only:
 * element access (gr.field), unknown columns, operators and methods throw and name what is
 * missing. The one element the double answers is `variables` on sc_req_item (variables.ts).
 *
 * Docs: GlideRecord - Scoped (ServiceNowDocs markdown/api-reference/server-api-reference/c_GlideRecordScopedAPI.md)
 */
import type { GlideRecord as GlideRecordApi } from '@servicenow/glide'
import { ADD_QUERY_OPERATORS, encodeQuery, makeTerm, matchGroups, parseEncodedQuery, readPath, resolvePath, sortRows, type Clause, type Group, type Operator, type Order, type Term } from './query.ts'
import { appendJournal, defaultValues, emptyRow, stampInsert, stampUpdate } from './rows.ts'
import { APP_SCOPE, displayField, fieldSpec, fieldSpecOrUndefined, inAppScope, PLATFORM_MAINTAINED, tableDef } from './schema.ts'
import {
    countRead,
    countWrite,
    enterWrite,
    familyRows,
    findRow,
    leaveWrite,
    log,
    newGuid,
    state,
    tableRows,
    takeFailure,
    touch,
    type AccessOperation,
    type FailureSpec,
    type Row,
    type TableAccessOperation,
    type WriteOperation,
} from './store.ts'
import { refuse, strict } from './strict.ts'
import { displayValue, recordDisplayValue, toStored } from './values.ts'
import { requestItemVariables } from './variables.ts'

const RECORD = Symbol('glide-record')

/** Where the record stands: a new record, a record read from the database, or neither. */
type Mode = 'new' | 'loaded' | 'none'

interface RecordState {
    table: string
    mode: Mode
    /** The concrete table of the loaded row (a query on task returns sc_req_item rows). */
    rowTable: string
    /** Values as loaded (or, for a new record, empty). */
    base: Row
    /** setValue() since the load. */
    changes: Map<string, string>
    /** Journal text set since the load: written as entries by the next insert/update. */
    journal: Map<string, string>
    /** Journal text of the write in progress, for conditions evaluated by the after hooks. */
    writeJournal: Map<string, string> | null
    newSysId: string
    groups: Group[]
    orders: Order[]
    limit: number | undefined
    queried: boolean
    result: { table: string; sysId: string }[]
    index: number
    workflow: boolean
    abort: boolean
    operation: WriteOperation | null
    readOnly: boolean
    lastError: string | null
    variables: { sysId: string; value: object } | null
}

/** GlideRecord methods the real API has and the double does not implement: they throw by name. */
const NOT_IMPLEMENTED = new Set([
    '_query',
    '_get',
    'getElement',
    'getElements',
    'getRequestedElements',
    'getED',
    'addSystemQuery',
    'addUserQuery',
    'addJoinQuery',
    'addSystemEncodedQuery',
    'addUserEncodedQuery',
    'addInactiveQuery',
    'addUserOrderBy',
    'addUserOrderByDesc',
    'addSystemOrderBy',
    'addSystemOrderByDesc',
    'getEscapedDisplayValue',
    'getLabel',
    'getPlural',
    'queryNoDomain',
    'setCategory',
    'updateNoDomain',
    'enableSecurityFeature',
    'disableSecurityFeature',
    'insertWithReferences',
    'updateWithReferences',
    'updateMultiple',
    'updateMultipleAllowNull',
    'deleteMultiple',
    'addValue',
    'setViewDefinition',
    'getViewDefinition',
    'largeResultExpected',
    'targetExtension',
    'disableSysIdInOptimization',
    'getTableScope',
    'applyEncodedQuery',
    'getDisplayName',
    'getClassDisplayValue',
    'chooseWindow',
    'setNewGuid',
    'setNewGuidValue',
    'getLink',
    'isEncodedQueryValid',
    'isValidEncodedQuery',
    'getAttribute',
    'getBooleanAttribute',
    'getCategory',
    'autoSysFields',
    'isWorkflow',
    'addFunction',
    'enableSessionLanguageJoin',
    'setNoCount',
    'getGeoPoint',
    'addQueryHint',
    'isDataFabricOperation',
    'isView',
])

function describeMissing(table: string, prop: string): string {
    if (fieldSpecOrUndefined(table, prop)) {
        return `element access ${table}.${prop} (gr.${prop}) is not supported; use getValue('${prop}') / setValue('${prop}', value) / getDisplayValue('${prop}').`
    }
    if (NOT_IMPLEMENTED.has(prop)) return `GlideRecord.${prop}() is not implemented by the double. Add it (with a test) in test/fakes/glide/record.ts.`
    return `GlideRecord has no method "${prop}", and "${table}" has no column "${prop}".`
}

/** A condition returned by addQuery(): addOrCondition() ORs a term into the same clause. */
class GlideQueryConditionImpl {
    private readonly table: string
    private readonly clause: Clause

    constructor(table: string, clause: Clause) {
        this.table = table
        this.clause = clause
        return strict(this, {
            missing: (prop) => `GlideQueryCondition.${prop}() is not implemented by the double (it models addOrCondition() only).`,
            assign: (prop) => `cannot assign GlideQueryCondition.${prop}.`,
        })
    }

    addOrCondition(field: string, operatorOrValue?: unknown, value?: unknown): GlideQueryConditionImpl {
        if (typeof field !== 'string') refuse('addOrCondition(GlideQueryCondition) is not implemented by the double; pass (field, [operator,] value).')
        this.clause.terms.push(termFromArguments(this.table, 'addOrCondition', field, operatorOrValue, value, arguments.length))
        return new GlideQueryConditionImpl(this.table, this.clause)
    }
}

function termFromArguments(table: string, method: string, field: string, operatorOrValue: unknown, value: unknown, count: number): Term {
    if (count === 2) return makeTerm(table, field, '=', operatorOrValue, 'query')
    if (count !== 3) refuse(`${method}() with ${count} argument(s) is not implemented by the double; pass (field, value) or (field, operator, value).`)
    if (typeof operatorOrValue !== 'string' || !ADD_QUERY_OPERATORS.has(operatorOrValue)) {
        refuse(
            `${method}(): unknown operator ${JSON.stringify(operatorOrValue)}. The double implements ${[...ADD_QUERY_OPERATORS].join(' ')} (upper case, as documented).`,
        )
    }
    return makeTerm(table, field, operatorOrValue as Operator, value, 'query')
}

class GlideRecordImpl {
    [RECORD]: RecordState

    constructor(table: string) {
        if (typeof table !== 'string') refuse('new GlideRecord() needs a table name.')
        tableDef(table)
        this[RECORD] = {
            table,
            mode: 'new',
            rowTable: table,
            base: emptyRow(table),
            changes: new Map(),
            journal: new Map(),
            writeJournal: null,
            newSysId: '',
            groups: [],
            orders: [],
            limit: undefined,
            queried: false,
            result: [],
            index: -1,
            workflow: true,
            abort: false,
            operation: null,
            readOnly: false,
            lastError: null,
            variables: null,
        }
        return strict(this, {
            extra: (prop) => (prop === 'variables' && table === 'sc_req_item' ? { value: variablesOf(this, table) } : undefined),
            missing: (prop) => describeMissing(table, prop),
            assign: (prop) => `cannot assign ${table}.${prop} (gr.${prop} = ...); use setValue('${prop}', value).`,
        })
    }

    // ----- query ---------------------------------------------------------------------------

    addQuery(field: string, operatorOrValue?: unknown, value?: unknown): GlideQueryConditionImpl {
        if (arguments.length === 1) refuse('addQuery(encodedQuery) with one argument is not implemented by the double; use addEncodedQuery().')
        const s = writable(this)
        return addClause(s, termFromArguments(s.table, 'addQuery', field, operatorOrValue, value, arguments.length))
    }

    addEncodedQuery(query: string): void {
        const s = writable(this)
        if (typeof query !== 'string') refuse('addEncodedQuery() takes a string.')
        const parsed = parseEncodedQuery(s.table, query, 'query')
        if (parsed.groups.length > 1 && hasConditions(s)) {
            refuse(`addEncodedQuery("${query}") has ^NQ and other conditions were added before it; the double does not model how the platform combines them.`)
        }
        if (parsed.groups.length === 1) for (const clause of parsed.groups[0]) appendClause(s, clause)
        else if (parsed.groups.length > 1) s.groups = parsed.groups
        s.orders.push(...parsed.orders)
    }

    addNullQuery(field: string): GlideQueryConditionImpl {
        const s = writable(this)
        return addClause(s, makeTerm(s.table, field, 'ISEMPTY', '', 'query'))
    }

    addNotNullQuery(field: string): GlideQueryConditionImpl {
        const s = writable(this)
        return addClause(s, makeTerm(s.table, field, 'ISNOTEMPTY', '', 'query'))
    }

    addActiveQuery(): GlideQueryConditionImpl {
        const s = writable(this)
        return addClause(s, makeTerm(s.table, 'active', '=', 'true', 'query'))
    }

    orderBy(field: string): void {
        const s = writable(this)
        s.orders.push({ path: resolvePath(s.table, field), desc: false })
    }

    orderByDesc(field: string): void {
        const s = writable(this)
        s.orders.push({ path: resolvePath(s.table, field), desc: true })
    }

    setLimit(limit: number): void {
        if (!Number.isInteger(limit) || limit < 0) refuse(`setLimit(${String(limit)}): expected a whole number.`)
        writable(this).limit = limit
    }

    getEncodedQuery(): string {
        const s = this[RECORD]
        return encodeQuery(s.groups, s.orders)
    }

    /** One database read. With (field, value), adds that condition first. */
    query(field?: string, value?: unknown): void {
        const s = writable(this)
        if (arguments.length === 2 && field !== undefined) addClause(s, makeTerm(s.table, field, '=', value, 'query'))
        else if (arguments.length !== 0) refuse('query() takes no argument or (field, value).')
        countRead(s.table)
        touchDotWalks(s.groups.flatMap((group) => group.flatMap((clause) => clause.terms.map((term) => term.path))))
        const matching = visibleRows(s.table).filter((entry) => matchGroups(entry.row, s.groups, null))
        const sorted = sortRows(matching, s.orders)
        const limited = s.limit === undefined ? sorted : sorted.slice(0, s.limit)
        setResult(s, limited.map((entry) => ({ table: entry.table, sysId: entry.row.sys_id })))
    }

    next(): boolean {
        const s = this[RECORD]
        if (!s.queried) refuse(`next() on ${s.table} before query() or get().`)
        while (s.index + 1 < s.result.length) {
            s.index += 1
            const ref = s.result[s.index]
            const row = tableRows(ref.table).get(ref.sysId)
            // A row deleted since query() is skipped.
            if (row) {
                load(s, ref.table, row)
                return true
            }
        }
        s.index = s.result.length
        s.mode = 'none'
        return false
    }

    _next(): boolean {
        return this.next()
    }

    hasNext(): boolean {
        const s = this[RECORD]
        if (!s.queried) refuse(`hasNext() on ${s.table} before query().`)
        return s.index + 1 < s.result.length
    }

    /**
     * One database read. get(sysId) finds the record by sys_id and, failing that, by display
     * value (as documented); get(field, value) finds the first record with field = value.
     */
    get(nameOrId: unknown, value?: unknown): boolean {
        const s = writable(this)
        if (hasConditions(s)) refuse('get() after addQuery()/addEncodedQuery(): the double does not model whether those conditions apply; use query().')
        if (arguments.length === 1) {
            if (nameOrId === null || nameOrId === undefined || nameOrId === '') {
                setResult(s, [])
                return false
            }
            if (typeof nameOrId !== 'string') refuse(`get(${typeof nameOrId}): pass a sys_id string.`)
            countRead(s.table)
            const found = findRow(s.table, nameOrId)
            const byId = found && isVisible(s.table, found.row) ? found : undefined
            if (found && !byId) {
                setResult(s, [])
                return false
            }
            if (byId) {
                setResult(s, [{ table: byId.table, sysId: nameOrId }])
                return this.next()
            }
            const display = displayField(s.table)
            const matches = display ? visibleRows(s.table).filter((entry) => matchGroups(entry.row, [[{ terms: [makeTerm(s.table, display, '=', nameOrId, 'query')] }]], null)) : []
            setResult(s, matches.slice(0, 1).map((entry) => ({ table: entry.table, sysId: entry.row.sys_id })))
            return this.next()
        }
        if (typeof nameOrId !== 'string') refuse('get(field, value): the field must be a string.')
        const term = makeTerm(s.table, nameOrId, '=', value, 'query')
        countRead(s.table)
        touchDotWalks([term.path])
        const matches = visibleRows(s.table).filter((entry) => matchGroups(entry.row, [[{ terms: [term] }]], null))
        setResult(s, matches.map((entry) => ({ table: entry.table, sysId: entry.row.sys_id })))
        return this.next()
    }

    getRowCount(): number {
        return this[RECORD].result.length
    }

    // ----- fields ----------------------------------------------------------------------------

    /** The stored string, or null when the column is empty (as documented). Booleans are '1'/'0'. */
    getValue(field: string): string | null {
        const s = positioned(this, 'getValue')
        const path = resolvePath(s.table, field)
        const last = path.steps[path.steps.length - 1]
        if (last.spec.type === 'journal') {
            refuse(`getValue('${field}'): ${last.table}.${last.field} is a journal column; read its entries with glide.journal() in tests.`)
        }
        touchDotWalks([path])
        const value = readPath(currentRow(s), path)
        return value === '' ? null : value
    }

    setValue(field: string, value: unknown): void {
        const s = writable(this)
        if (s.mode === 'none') refuse(`setValue('${field}') on ${s.table} with no current record (call next(), get() or initialize() first).`)
        if (field.includes('.')) refuse(`setValue('${field}'): setting a dot-walked column is not supported.`)
        const spec = fieldSpec(s.table, field)
        if (spec.type === 'journal') {
            const text = value === null || value === undefined ? '' : String(value)
            if (text !== '') s.journal.set(field, text)
            return
        }
        if (field === 'sys_id') {
            if (s.mode !== 'new') refuse(`setValue('sys_id') on a record read from the database: the sys_id of a stored record cannot change.`)
            s.newSysId = toStored(s.table, field, spec, value)
            return
        }
        if (PLATFORM_MAINTAINED.has(field)) refuse(`setValue('${field}'): the platform maintains ${field}; seed it with glide.seed() in tests.`)
        s.changes.set(field, toStored(s.table, field, spec, value))
    }

    /** With a column: its display value. Without: the record's display value (its display column). */
    getDisplayValue(field?: string): string {
        const s = positioned(this, 'getDisplayValue')
        if (field === undefined) return recordDisplayValue(s.rowTable, currentRow(s))
        const path = resolvePath(s.table, field)
        const last = path.steps[path.steps.length - 1]
        touchDotWalks([path])
        return displayValue(last.table, last.field, last.spec, readPath(currentRow(s), path))
    }

    /** The sys_id; null for a new record that has none yet (initialize() assigns none until insert). */
    getUniqueValue(): string {
        const s = positioned(this, 'getUniqueValue')
        const id = s.mode === 'new' ? s.newSysId : s.base.sys_id
        return (id === '' ? null : id) as string
    }

    getTableName(): string {
        return this[RECORD].table
    }

    getRecordClassName(): string {
        const s = this[RECORD]
        return s.mode === 'loaded' ? s.rowTable : s.table
    }

    isValidField(field: string): boolean {
        if (field.includes('.')) refuse(`isValidField('${field}'): dot-walked names are not modelled.`)
        return fieldSpecOrUndefined(this[RECORD].table, field) !== undefined
    }

    /** Unknown tables throw at construction, so every GlideRecord of the double is on a valid table. */
    isValid(): boolean {
        return true
    }

    isValidRecord(): boolean {
        return this[RECORD].mode === 'loaded'
    }

    isNewRecord(): boolean {
        return this[RECORD].mode === 'new'
    }

    /** An empty new record; the sys_id is assigned on insert. */
    initialize(): void {
        startNew(writable(this), '')
    }

    /** A new record with default values and a sys_id (as documented). */
    newRecord(): void {
        const s = writable(this)
        startNew(s, newGuid())
        for (const [field, value] of defaultValues(s.table, () => false)) s.changes.set(field, value)
    }

    // ----- access and business rules -----------------------------------------------------------

    canCreate(): boolean {
        return access(this, 'create')
    }

    canRead(): boolean {
        return access(this, 'read')
    }

    canWrite(): boolean {
        return access(this, 'write')
    }

    canDelete(): boolean {
        return access(this, 'delete')
    }

    /**
     * setWorkflow(false) skips the business-rule hooks for this record's writes. The docs say it
     * "can't be set for cross-scoped applications" (KB0820691), so the double refuses it on a
     * table outside the app's scope instead of pretending the rules were skipped.
     */
    setWorkflow(enabled: boolean): void {
        const s = writable(this)
        if (!enabled && !inAppScope(s.table)) {
            refuse(`setWorkflow(false) on ${s.table}: the platform does not honour it from scope ${APP_SCOPE} on another scope's table (KB0820691), so business rules would still run.`)
        }
        s.workflow = Boolean(enabled)
    }

    setAbortAction(abort: boolean): void {
        this[RECORD].abort = Boolean(abort)
    }

    isActionAborted(): boolean {
        return this[RECORD].abort
    }

    /** 'insert' | 'update' | 'delete' while a write (and its hooks) runs. */
    operation(): string {
        return this[RECORD].operation ?? refuse('operation() outside a write: it is answered only while a business-rule hook runs.')
    }

    /** The message of the last failed write, or null. */
    getLastErrorMessage(): string | null {
        return this[RECORD].lastError
    }

    // ----- writes ----------------------------------------------------------------------------

    /** One database write. Returns the new sys_id, or null when the insert fails or is aborted. */
    insert(): string | null {
        const s = writable(this)
        if (s.mode !== 'new') refuse(`insert() on ${s.table} without a new record: call initialize() or newRecord() first.`)
        enterWrite()
        try {
            countWrite(s.table, 'insert')
            const sysId = s.newSysId || newGuid()
            s.newSysId = sysId
            for (const [field, value] of defaultValues(s.table, (f) => s.changes.has(f) || s.base[f] !== '')) s.changes.set(field, value)
            const failure = takeFailure(s.table, 'insert') ?? refusedByTableAccess(s.table, s.table, 'insert')
            if (failure) return fail(s, failure, null)
            s.operation = 'insert'
            if (s.workflow) state.hooks?.before?.('insert', asApi(this), null)
            if (s.abort) return null

            const row = { ...emptyRow(s.table), ...s.base, ...Object.fromEntries(s.changes), sys_id: s.newSysId }
            stampInsert(s.table, row)
            tableRows(s.table).set(row.sys_id, row)
            for (const [field, text] of s.journal) appendJournal(s.table, row.sys_id, field, text)
            s.writeJournal = s.journal
            load(s, s.table, row)
            s.newSysId = ''
            if (s.workflow) state.hooks?.after?.('insert', asApi(this), null)
            return row.sys_id
        } finally {
            endWrite(s)
        }
    }

    /**
     * One database write. Returns the sys_id, or null when the update fails or is aborted. On a new
     * record it inserts, as documented ("If the record does not already exist, it is inserted").
     */
    update(_reason?: string): string | null {
        const s = writable(this)
        if (s.mode === 'new') return this.insert()
        if (s.mode === 'none') refuse(`update() on ${s.table} with no current record.`)
        const stored = tableRows(s.rowTable).get(s.base.sys_id) ?? refuse(`update() of ${s.rowTable} ${s.base.sys_id}, which no longer exists.`)
        enterWrite()
        try {
            countWrite(s.table, 'update')
            const failure =
                takeFailure(s.table, 'update') ?? (s.rowTable !== s.table ? takeFailure(s.rowTable, 'update') : undefined) ?? refusedByTableAccess(s.table, s.rowTable, 'update')
            if (failure) return fail(s, failure, null)
            const previous = snapshot(s.table, s.rowTable, stored)
            s.operation = 'update'
            if (s.workflow) state.hooks?.before?.('update', asApi(this), asApi(previous))
            if (s.abort) return null

            const row = { ...stored, ...Object.fromEntries(s.changes) }
            stampUpdate(row)
            tableRows(s.rowTable).set(row.sys_id, row)
            for (const [field, text] of s.journal) appendJournal(s.rowTable, row.sys_id, field, text)
            s.writeJournal = s.journal
            load(s, s.rowTable, row)
            if (s.workflow) state.hooks?.after?.('update', asApi(this), asApi(previous))
            return row.sys_id
        } finally {
            endWrite(s)
        }
    }

    /** One database write. True when deleted; false when there is no record, or the delete fails or is aborted. */
    deleteRecord(): boolean {
        const s = writable(this)
        if (s.mode !== 'loaded') return false
        const stored = tableRows(s.rowTable).get(s.base.sys_id)
        if (!stored) return false
        enterWrite()
        try {
            countWrite(s.table, 'delete')
            const failure =
                takeFailure(s.table, 'delete') ?? (s.rowTable !== s.table ? takeFailure(s.rowTable, 'delete') : undefined) ?? refusedByTableAccess(s.table, s.rowTable, 'delete')
            if (failure) return fail(s, failure, false)
            const previous = snapshot(s.table, s.rowTable, stored)
            s.operation = 'delete'
            if (s.workflow) state.hooks?.before?.('delete', asApi(this), asApi(previous))
            if (s.abort) return false
            tableRows(s.rowTable).delete(s.base.sys_id)
            if (s.workflow) state.hooks?.after?.('delete', asApi(this), asApi(previous))
            return true
        } finally {
            endWrite(s)
        }
    }
}

// ----- internals ---------------------------------------------------------------------------------

function writable(record: GlideRecordImpl): RecordState {
    const s = record[RECORD]
    if (s.readOnly) refuse(`"previous" is a read-only snapshot of ${s.table}; it cannot be queried or changed.`)
    return s
}

function positioned(record: GlideRecordImpl, method: string): RecordState {
    const s = record[RECORD]
    if (s.mode === 'none') refuse(`${method}() on ${s.table} with no current record (call next() or get() first, and check what it returned).`)
    return s
}

function hasConditions(s: RecordState): boolean {
    return s.groups.some((group) => group.length > 0)
}

function appendClause(s: RecordState, clause: Clause): void {
    if (s.groups.length > 1) refuse('a condition added after an encoded query with ^NQ: the double does not model how the platform combines them.')
    if (s.groups.length === 0) s.groups.push([])
    s.groups[0].push(clause)
}

function addClause(s: RecordState, term: Term): GlideQueryConditionImpl {
    const clause: Clause = { terms: [term] }
    appendClause(s, clause)
    return new GlideQueryConditionImpl(s.table, clause)
}

function setResult(s: RecordState, result: { table: string; sysId: string }[]): void {
    s.queried = true
    s.result = result
    s.index = -1
    s.mode = 'none'
    s.changes = new Map()
    s.journal = new Map()
    s.variables = null
}

function load(s: RecordState, table: string, row: Row): void {
    s.mode = 'loaded'
    s.rowTable = table
    s.base = { ...row }
    s.changes = new Map()
    s.journal = new Map()
    s.variables = null
}

function startNew(s: RecordState, sysId: string): void {
    s.mode = 'new'
    s.rowTable = s.table
    s.base = emptyRow(s.table)
    s.changes = new Map()
    s.journal = new Map()
    s.newSysId = sysId
    s.variables = null
}

function currentRow(s: RecordState): Row {
    const row: Row = { ...s.base, ...Object.fromEntries(s.changes) }
    if (s.mode === 'new') row.sys_id = s.newSysId
    return row
}

function access(record: GlideRecordImpl, operation: AccessOperation): boolean {
    return state.access.get(`${record[RECORD].table}:${operation}`) ?? true
}

/** Word of the refusal message per operation ("Delete operation against 'sp_favorite' from scope ..."). */
const OPERATION_WORD: Record<WriteOperation, string> = { insert: 'Create', update: 'Write', delete: 'Delete' }
const ACCESS_OF: Record<WriteOperation, TableAccessOperation> = { insert: 'create', update: 'write', delete: 'delete' }

/**
 * A write another scope's table refuses through its Application Access settings (glide.setTableAccess).
 * The platform logs "Delete operation against 'sp_favorite' from scope 'sn_ex_sp' has been refused due
 * to the table's cross-scope access policy" (ServiceNowDocs, employee-experience-foundation/
 * remove-favorites.md) and does not write; the double returns the failed write's value (null/false).
 * Only the Delete wording is documented; Create and Write follow the same pattern (unverified).
 */
function refusedByTableAccess(table: string, rowTable: string, operation: WriteOperation): FailureSpec | undefined {
    for (const name of new Set([table, rowTable])) {
        if (inAppScope(name) || state.tableAccess.get(`${name}:${ACCESS_OF[operation]}`) !== false) continue
        return {
            table: name,
            operation,
            message: `${OPERATION_WORD[operation]} operation against '${name}' from scope '${APP_SCOPE}' has been refused due to the table's cross-scope access policy`,
        }
    }
    return undefined
}

/** Dot-walked steps read the referenced tables (for glide.touched(); not counted as reads). */
function touchDotWalks(paths: { steps: { table: string }[] }[]): void {
    for (const path of paths) for (const step of path.steps.slice(1)) touch(step.table, 'read')
}

/**
 * The platform's base "user query" before-query business rule on sys_user: in an interactive
 * session of a user without admin, queries on sys_user return active users only. GlideRecord queries
 * in server scripts are restricted by before-query rules (ServiceNowDocs, application-development/
 * secure-data.md: "Review the user query Business Rule on the User [sys_user] table"); the rule's
 * script adds an active=true condition for non-admins (servicenowguru.com, "Fixing the fatal flaw of
 * before query business rules"); the interactive-session condition is that of current releases
 * (unverified here). Non-interactive sessions (jobs, async rules, events, flows) see every user.
 */
function hidesInactiveUsers(table: string): boolean {
    return table === 'sys_user' && state.user.interactive === true && !state.user.roles.includes('admin')
}

function isVisible(table: string, row: Row): boolean {
    return !hidesInactiveUsers(table) || row.active === '1'
}

function visibleRows(table: string): { table: string; row: Row }[] {
    return familyRows(table).filter((entry) => isVisible(table, entry.row))
}

function fail<T>(s: RecordState, failure: FailureSpec, result: T): T {
    const message = failure.message ?? `Operation against table '${s.table}' from scope '${APP_SCOPE}' was refused.`
    s.lastError = message
    log('error', message)
    return result
}

function endWrite(s: RecordState): void {
    s.operation = null
    s.abort = false
    s.writeJournal = null
    leaveWrite()
}

function snapshot(table: string, rowTable: string, row: Row): GlideRecordImpl {
    const copy = new GlideRecordImpl(table)
    const s = copy[RECORD]
    load(s, rowTable, row)
    s.readOnly = true
    return copy
}

function asApi(record: GlideRecordImpl): GlideRecordApi {
    return record as unknown as GlideRecordApi
}

function variablesOf(record: GlideRecordImpl, table: string): object {
    const s = record[RECORD]
    if (s.mode !== 'loaded') refuse(`${table}.variables with no stored current record (the variables of a request item exist once it is inserted).`)
    const sysId = s.base.sys_id
    if (s.variables?.sysId !== sysId) s.variables = { sysId, value: requestItemVariables(sysId, s.base.cat_item ?? '') }
    return s.variables.value
}

/** The values of a record of the double, as a condition sees them (journal text included). */
export function conditionRow(value: unknown): Row | undefined {
    if (!(value instanceof GlideRecordImpl)) return undefined
    const s = value[RECORD]
    const row = s.mode === 'none' ? refuse(`a ${s.table} record with no current record cannot be tested against a condition.`) : currentRow(s)
    for (const [field, text] of s.writeJournal ?? s.journal) row[field] = text
    return row
}

export function recordTable(value: unknown): string | undefined {
    return value instanceof GlideRecordImpl ? value[RECORD].table : undefined
}

export function isRecord(value: unknown): value is GlideRecordImpl {
    return value instanceof GlideRecordImpl
}

export const GlideRecord = strict(GlideRecordImpl, {
    missing: (prop) => `GlideRecord.${prop} (static) is not implemented by the double.`,
    assign: (prop) => `cannot assign GlideRecord.${prop}.`,
})
export type GlideRecord = GlideRecordImpl
export type GlideQueryCondition = GlideQueryConditionImpl
