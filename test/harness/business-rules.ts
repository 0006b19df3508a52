/**
 * Fires the app's shipped business rules (`sys_script` records in dist/app) on the test double's writes,
 * the way the instance fires them.
 *
 * For one insert/update/delete on table T:
 * 1. every active `before` rule on T for that operation, lowest `order` first (ties by name, then sys_id:
 *    the instance's tie order is unspecified), runs if its filter condition and its script condition hold
 *    on `current`/`previous` at that moment (an earlier before rule may have changed `current`);
 *    `current.setAbortAction(true)` does not stop the remaining before rules (the instance's documented
 *    behaviour: "all subsequent business rules will execute normally"); the double then skips the write;
 * 2. the write;
 * 3. every `after` rule, in the same order, on the written `current` and the `previous` values;
 * 4. every `async` rule (`async_always` in the XML) whose condition holds at the write is QUEUED, as
 *    the instance queues it (a sys_trigger job); `drainAsync()` runs the queue, as a worker later does:
 *    `current` re-read from the database (one counted read), `previous` null (KB0687840). The harness
 *    drains the queue at the end of each of its steps (harness.ts), so an async rule sees what the same
 *    transaction wrote after it was queued (e.g. a request item's variables), as on the instance.
 *
 * Filter conditions (`filter_condition`, encoded queries such as `approvalCHANGESTOapproved^cat_item=<id>^EQ`)
 * are evaluated by the test double's own condition matcher (one parser for the whole test suite); an
 * operator it does not implement throws there. Script conditions (`condition`) are evaluated as
 * JavaScript with `current`, `previous` and the Glide globals, as the instance does. `current` is the
 * double's GlideRecord, so a condition must read fields with getValue() (element access throws).
 *
 * Refused (the harness throws when it meets them, rather than pretending): `display` rules when one
 * would fire; `query` rules, rules on a parent table (`global`, `task`, ...: table inheritance is not
 * simulated), role conditions, the no-code actions (`abort_action`, `add_message`, field templates) and
 * non-advanced rules with a script, when the rules are loaded. A rule loop (a rule updating the record
 * that fires it, over and over) is stopped by the double's own write-depth limit.
 */
import { Bindings, ServerScripts } from './server-scripts'

export type WriteOperation = 'insert' | 'update' | 'delete'
export type When = 'before' | 'after' | 'async' | 'display'

/** The slice of a GlideRecord the engine needs (the double's GlideRecord provides it). */
export interface RecordLike {
    getTableName(): string
    getUniqueValue(): string
}

export interface BusinessRule {
    sysId: string
    name: string
    table: string
    when: When
    operations: WriteOperation[]
    order: number
    active: boolean
    filterCondition: string
    condition: string
    script: string
}

/** One firing, for transcripts and tests. */
export interface RuleFiring {
    rule: string
    when: When
    operation: WriteOperation
    table: string
    sysId: string
}

/** Decides a filter condition on a record and its previous values; wired to the double's matcher. */
export type FilterMatcher = (table: string, current: RecordLike, previous: RecordLike | null, encodedQuery: string) => boolean

/** Re-reads a record as an async rule's worker would; wired to a GlideRecord get(). */
export type RecordReader = (table: string, sysId: string) => RecordLike | null

/** Parent tables whose rules would also fire on child tables; the harness does not simulate inheritance. */
const PARENT_TABLES = new Set(['global', 'task', 'sys_metadata'])

const WHEN_IN_XML: Record<string, When> = { before: 'before', after: 'after', async: 'async', async_always: 'async', display: 'display' }

function isTrue(value: string | undefined): boolean {
    return value === 'true' || value === '1'
}

/** Builds a rule from a shipped `sys_script` row, refusing what the harness cannot fire faithfully. */
export function businessRuleFromRecord(row: Record<string, string>): BusinessRule {
    const name = row.name || row.sys_id
    const refuse = (why: string): never => {
        throw new Error(`business rule '${name}' (${row.sys_id}): ${why} is not simulated by the harness`)
    }
    const when = WHEN_IN_XML[row.when]
    if (!when) refuse(`when='${row.when}'`)
    if (isTrue(row.action_query)) refuse('a query rule')
    if (PARENT_TABLES.has(row.collection)) refuse(`a rule on the parent table '${row.collection}'`)
    if (!row.collection) refuse('a rule without a table')
    if ((row.role_conditions ?? '').trim()) refuse('role_conditions')
    if (isTrue(row.abort_action)) refuse('the no-code abort action')
    if (isTrue(row.add_message)) refuse('add_message')
    if ((row.template ?? '').trim() || (row.set_field_value ?? '').trim()) refuse('a field-value template')
    if ((row.script ?? '').trim() && row.advanced !== undefined && !isTrue(row.advanced)) refuse('a script on a non-advanced rule')
    const operations: WriteOperation[] = []
    if (isTrue(row.action_insert)) operations.push('insert')
    if (isTrue(row.action_update)) operations.push('update')
    if (isTrue(row.action_delete)) operations.push('delete')
    const order = row.order === undefined || row.order === '' ? 100 : Number(row.order)
    if (!Number.isFinite(order)) refuse(`order='${row.order}'`)
    return {
        sysId: row.sys_id,
        name,
        table: row.collection,
        when,
        operations,
        order,
        active: isTrue(row.active),
        filterCondition: (row.filter_condition ?? '').trim(),
        condition: (row.condition ?? '').trim(),
        script: row.script ?? '',
    }
}

export interface BusinessRuleEngineOptions {
    rules: BusinessRule[]
    scripts: ServerScripts
    matches: FilterMatcher
    reread: RecordReader
}

export class BusinessRuleEngine {
    readonly rules: BusinessRule[]
    readonly firings: RuleFiring[] = []
    private readonly queued: Array<{ rule: BusinessRule; operation: WriteOperation; table: string; sysId: string }> = []
    private readonly scripts: ServerScripts
    private readonly matches: FilterMatcher
    private readonly reread: RecordReader

    constructor(options: BusinessRuleEngineOptions) {
        this.rules = [...options.rules].sort(
            (a, b) => a.order - b.order || a.name.localeCompare(b.name) || a.sysId.localeCompare(b.sysId),
        )
        this.scripts = options.scripts
        this.matches = options.matches
        this.reread = options.reread
    }

    /** The write hook's before phase. */
    before(operation: WriteOperation, current: RecordLike, previous: RecordLike | null): void {
        const table = current.getTableName()
        this.refuseDisplay(table, operation)
        for (const rule of this.applicable(table, operation, 'before')) this.fire(rule, operation, current, previous)
    }

    /** The write hook's after phase: after rules run; async rules whose condition holds are queued. */
    after(operation: WriteOperation, current: RecordLike, previous: RecordLike | null): void {
        const table = current.getTableName()
        for (const rule of this.applicable(table, operation, 'after')) this.fire(rule, operation, current, previous)
        for (const rule of this.applicable(table, operation, 'async')) {
            if (!this.holds(rule, current, previous)) continue
            if (operation === 'delete') {
                throw new Error(`async business rule '${rule.name}' on delete: the record is gone; not simulated by the harness`)
            }
            this.queued.push({ rule, operation, table, sysId: current.getUniqueValue() })
        }
    }

    /** Async rules queued and not yet run. */
    pendingAsync(): number {
        return this.queued.length
    }

    /**
     * Runs the queued async rules, oldest first, as the instance's worker does; rules they queue in turn
     * run too. A record deleted in the meantime is skipped (the worker finds nothing to load).
     */
    drainAsync(): void {
        let runs = 0
        while (this.queued.length) {
            if (++runs > 1000) throw new Error('async business rules kept queueing each other (over 1000 runs): a loop')
            const next = this.queued.shift()!
            const reread = this.reread(next.table, next.sysId)
            if (reread) this.fire(next.rule, next.operation, reread, null, true)
        }
    }

    private applicable(table: string, operation: WriteOperation, when: When): BusinessRule[] {
        return this.rules.filter((rule) => rule.active && rule.table === table && rule.when === when && rule.operations.includes(operation))
    }

    private refuseDisplay(table: string, operation: WriteOperation): void {
        // Display rules run when a form loads, which a write never does; one on this table is a sign
        // the scenario expects form behaviour the harness does not have.
        const display = this.rules.find((rule) => rule.active && rule.table === table && rule.when === 'display')
        if (display) throw new Error(`display business rule '${display.name}' on ${table} (${operation}): form loads are not simulated by the harness`)
    }

    private holds(rule: BusinessRule, current: RecordLike, previous: RecordLike | null): boolean {
        if (rule.filterCondition && !this.matches(rule.table, current, previous, rule.filterCondition)) return false
        if (rule.condition) {
            const bindings = { current, previous }
            if (!this.scripts.condition(`${rule.name} (condition)`, rule.condition, bindings)) return false
        }
        return true
    }

    private fire(rule: BusinessRule, operation: WriteOperation, current: RecordLike, previous: RecordLike | null, conditionChecked = false): void {
        if (!conditionChecked && !this.holds(rule, current, previous)) return
        this.firings.push({ rule: rule.name, when: rule.when, operation, table: rule.table, sysId: current.getUniqueValue() })
        const bindings: Bindings = { current, previous }
        this.scripts.run(`business rule '${rule.name}'`, rule.script, bindings)
    }
}
