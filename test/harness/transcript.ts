/**
 * A readable account of what the built app did: each step says who did what, then lists the business
 * rules that ran, the records created or changed, with their key fields (references shown by their
 * display value), the journal entries written, the events queued and the warnings or errors logged.
 * Used by `npm run demo`.
 *
 * It compares snapshots of the double's tables before and after each step, so it sees every write,
 * including those made with setWorkflow(false).
 */
import { glide } from '../fakes/glide'
import type { RuleFiring } from './business-rules'

type Row = Record<string, string>

/** Tables the transcript watches, each with the fields worth showing. */
export const WATCHED: Record<string, string[]> = {
    sc_request: ['number', 'requested_for', 'request_state'],
    sc_req_item: ['number', 'cat_item', 'requested_for', 'approval', 'state', 'active'],
    sysapproval_approver: ['approver', 'sysapproval', 'state'],
    sys_user: ['user_name', 'name', 'manager', 'active', 'web_service_access_only', 'identity_type', 'locked_out'],
    sys_user_grmember: ['user', 'group'],
    sys_group_has_role: ['group', 'role', 'inherits'],
    sys_user_has_role: ['user', 'role', 'inherited', 'granted_by'],
    x_seed_svcacct_service_account: ['user_name', 'account', 'owner', 'state', 'gui_access_until', 'lockdown_method', 'locked_down_on'],
    sc_task: ['number', 'request_item', 'assignment_group', 'short_description', 'state'],
}

const PLATFORM_SIMULATED = new Set(['sys_user_has_role'])

export class Transcript {
    readonly lines: string[] = []
    private before = new Map<string, Map<string, Row>>()
    private logCount = 0
    private eventCount = 0
    private journalCount = 0
    private firingCount = 0

    /** `firings`: the business-rule engine's record of rules run, so each step says which rules ran. */
    constructor(private readonly firings: () => RuleFiring[] = () => []) {
        this.mark()
    }

    /** Prints a heading line for a step and who does it. */
    step(actor: string, action: string): void {
        this.flush()
        this.lines.push('', `▶ ${actor} ${action}`)
    }

    /** A free line under the current step, before what it changed. */
    note(text: string): void {
        this.lines.push(`  ${text}`)
    }

    /** A line after what the current step changed. */
    outcome(text: string): void {
        this.flush()
        this.lines.push(`  → ${text}`)
    }

    /** A closing section after the last step's changes. */
    section(title: string): void {
        this.flush()
        this.lines.push('', title)
    }

    /** Writes out what changed since the last step, then starts a new comparison. */
    flush(): void {
        for (const firing of this.firings().slice(this.firingCount)) {
            const record = glide.row(firing.table, firing.sysId)
            this.lines.push(`  ⚙ business rule "${firing.rule}" (${firing.when} ${firing.operation} of ${firing.table} ${record ? this.label(firing.table, record) : firing.sysId})`)
        }
        for (const table of Object.keys(WATCHED)) {
            if (!tableExists(table)) continue
            const earlier = this.before.get(table) ?? new Map<string, Row>()
            for (const row of glide.rows(table) as Row[]) {
                const old = earlier.get(row.sys_id)
                const suffix = PLATFORM_SIMULATED.has(table) && row.inherited === '1' ? '   (inherited: the platform’s part, played by the harness)' : ''
                if (!old) {
                    this.lines.push(`  + ${table} ${this.describe(table, row)}${suffix}`)
                    continue
                }
                const changed = WATCHED[table].filter((field) => (old[field] ?? '') !== (row[field] ?? ''))
                if (changed.length) {
                    const what = changed.map((f) => `${f}: ${this.show(table, f, old[f])} → ${this.show(table, f, row[f])}`).join(', ')
                    this.lines.push(`  ~ ${table} ${this.label(table, row)}: ${what}`)
                }
            }
            for (const [id, old] of earlier) {
                if (!glide.row(table, id)) this.lines.push(`  - ${table} ${this.label(table, old)}`)
            }
        }
        this.flushJournal()
        const events = glide.events()
        for (const event of events.slice(this.eventCount)) this.lines.push(`  ✉ event ${event.name} (${event.table} ${this.label(event.table, glide.row(event.table, event.sysId) ?? { sys_id: event.sysId })})`)
        const logs = glide.logs()
        for (const log of logs.slice(this.logCount)) if (log.level === 'warn' || log.level === 'error') this.lines.push(`  ! ${log.level}: ${log.message}`)
        this.mark()
    }

    text(): string {
        this.flush()
        return this.lines.join('\n')
    }

    private flushJournal(): void {
        if (!tableExists('sys_journal_field')) return
        const entries = glide.rows('sys_journal_field') as Row[]
        for (const entry of entries.slice(this.journalCount)) {
            const on = glide.row(entry.name, entry.element_id)
            const where = on ? `${entry.name} ${this.label(entry.name, on)}` : entry.name
            this.lines.push(`  ✎ ${entry.element} on ${where}:`)
            for (const line of String(entry.value).split('\n')) this.lines.push(`      ${line}`)
        }
        this.journalCount = entries.length
    }

    private mark(): void {
        this.before = new Map()
        for (const table of Object.keys(WATCHED)) {
            if (!tableExists(table)) continue
            this.before.set(table, new Map((glide.rows(table) as Row[]).map((row) => [row.sys_id, { ...row }])))
        }
        this.firingCount = this.firings().length
        this.logCount = glide.logs().length
        this.eventCount = glide.events().length
        this.journalCount = tableExists('sys_journal_field') ? glide.rows('sys_journal_field').length : 0
    }

    private describe(table: string, row: Row): string {
        const fields = WATCHED[table].filter((f) => (row[f] ?? '') !== '').map((f) => `${f}=${this.show(table, f, row[f])}`)
        return fields.join(' ')
    }

    private label(table: string, row: Row): string {
        for (const field of ['number', 'user_name', 'name']) if (row[field]) return row[field]
        if (table === 'sys_user_grmember') return `${this.show(table, 'user', row.user)} in ${this.show(table, 'group', row.group)}`
        if (table === 'sysapproval_approver') return `of ${this.show(table, 'approver', row.approver)} for ${this.show(table, 'sysapproval', row.sysapproval)}`
        return row.sys_id
    }

    /** A field's value for people: references by their record's name, booleans as true/false. */
    private show(table: string, field: string, value: string | undefined): string {
        if (value === undefined || value === '') return '(empty)'
        const column = columnOf(table, field)
        if (column?.type === 'boolean') return value === '1' ? 'true' : 'false'
        if (column?.type !== 'reference' || !column.reference) return value.length > 60 ? `${value.slice(0, 57)}...` : value
        // Stored rows belong to their own table: a reference to task finds an item or a catalog task.
        const tables = column.reference === 'task' ? ['sc_req_item', 'sc_task', 'sc_request'] : [column.reference]
        const target = tables.map((t) => glide.row(t, value)).find(Boolean)
        if (!target) return value
        for (const f of ['user_name', 'number', 'name']) if (target[f]) return target[f]
        return value
    }
}

/** The column's definition in the double (references and booleans are shown for people). */
function columnOf(table: string, field: string): { type: string; reference?: string } | undefined {
    return glide.schema(table).fields[field] as { type: string; reference?: string } | undefined
}

function tableExists(table: string): boolean {
    try {
        glide.rows(table)
        return true
    } catch {
        return false
    }
}
