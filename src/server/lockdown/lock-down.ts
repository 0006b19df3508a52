/**
 * The Glide shell of lock-down, shared by the confirmation paths (UI action, portal request) and the
 * daily window sweep. The decisions are in lockdown-rules.ts; this module reads, writes and tells.
 *
 * Cost, whatever the number of rows: one IN query for the users, one IN query to re-read the rows
 * being written, then two writes per row that is locked (user, inventory row).
 *
 * Safe to run twice or alongside a confirmation: the re-read query asks for state=exploring at write
 * time, so a row another run or a confirmation has already locked is skipped (no second journal entry,
 * notification or stamp). The user write that may precede it is idempotent.
 */
import { GlideRecord, gs } from '@servicenow/glide'
import { isTrue } from '../naming/user-id-rules.ts'
import {
    EVENT,
    INVENTORY_TABLE,
    LOG_PREFIX,
    STATE,
    planLockDown,
    type AccountUser,
    type FieldChanges,
    type InventoryRow,
    type LockDownPlan,
    type LockDownRequest,
} from './lockdown-rules.ts'

export type Outcome = LockDownPlan['kind'] | 'failed'

export interface RowOutcome {
    sysId: string
    userName: string
    outcome: Outcome
}

export function readInventoryRow(row: GlideRecord): InventoryRow {
    return {
        sysId: row.getUniqueValue(),
        userName: row.getValue('user_name') ?? '',
        accountId: row.getValue('account'),
        ownerId: row.getValue('owner'),
        state: row.getValue('state'),
        guiAccessUntil: row.getValue('gui_access_until'),
        createdOn: row.getValue('sys_created_on'),
        reminderSentOn: row.getValue('reminder_sent_on'),
        lockdownProblem: row.getValue('lockdown_problem'),
    }
}

export interface UserSnapshot extends AccountUser {
    updatedBy: string
}

export function readUser(user: GlideRecord): UserSnapshot {
    // identity_type exists on recent releases only (platform facts: set it only where isValidField says so).
    const hasIdentityType = user.isValidField('identity_type')
    return {
        sysId: user.getUniqueValue(),
        userName: user.getValue('user_name') ?? '',
        webServiceAccessOnly: isTrue(user.getValue('web_service_access_only')),
        identityType: hasIdentityType ? user.getValue('identity_type') : null,
        hasIdentityType,
        updatedBy: user.getValue('sys_updated_by') ?? '',
    }
}

/** One inventory row by sys_id, or null. One read. */
export function findInventoryRow(sysId: string): InventoryRow | null {
    if (!sysId) return null
    const row = new GlideRecord(INVENTORY_TABLE)
    if (!row.get(sysId)) return null
    return readInventoryRow(row)
}

export function applyChanges(record: GlideRecord, changes: FieldChanges): void {
    for (const field of Object.keys(changes)) record.setValue(field, changes[field])
}

/** Writes the changes and one journal entry on the inventory row. Returns false when the write failed. */
export function writeInventory(row: GlideRecord, changes: FieldChanges, journal: string): boolean {
    applyChanges(row, changes)
    row.setValue('audit_trail', journal)
    return Boolean(row.update())
}

function unique(values: (string | null)[]): string[] {
    return [...new Set(values.filter((v): v is string => Boolean(v)))]
}

/**
 * Visits the users with these sys_ids with one IN query; the visitor may write the user in place.
 * No query at all when there are no ids.
 */
export function forEachUser(userIds: (string | null)[], visit: (user: GlideRecord, snapshot: UserSnapshot) => void): void {
    const ids = unique(userIds)
    if (ids.length === 0) return
    const user = new GlideRecord('sys_user')
    user.addQuery('sys_id', 'IN', ids.join(','))
    user.query()
    while (user.next()) visit(user, readUser(user))
}

/**
 * Visits the inventory rows with these sys_ids that are still in `state`, with one IN query, so the
 * visitor writes only rows that nothing else has moved on since they were selected.
 */
export function forEachRowStillIn(state: string, rowIds: string[], visit: (row: GlideRecord, snapshot: InventoryRow) => void): void {
    if (rowIds.length === 0) return
    const row = new GlideRecord(INVENTORY_TABLE)
    row.addQuery('sys_id', 'IN', rowIds.join(','))
    row.addQuery('state', state)
    row.query()
    while (row.next()) visit(row, readInventoryRow(row))
}

function userUpdateFailed(user: UserSnapshot, error: unknown): string {
    const detail = error instanceof Error ? error.message : String(error ?? 'the update was refused')
    return `Lock-down failed: ${user.userName} could not be made web-service-only (${detail}). Nothing else was changed; the daily job will try again. Check the application access of sys_user and the app's cross-scope privileges.`
}

/**
 * Locks down the given rows (selected as exploring). Returns one outcome per row. A row that another
 * run or a confirmation moved on in the meantime is reported as not_exploring and left alone.
 */
export function lockDownRows(rows: InventoryRow[], request: LockDownRequest): RowOutcome[] {
    /** Users as they were before this call wrote them: the plan for a row depends on it. */
    const before = new Map<string, UserSnapshot>()
    const lockedNow = new Set<string>()
    const failures = new Map<string, string>()
    const rowsByAccount = new Map<string, InventoryRow[]>()
    for (const row of rows) {
        if (!row.accountId) continue
        rowsByAccount.set(row.accountId, [...(rowsByAccount.get(row.accountId) ?? []), row])
    }

    // Users first: an inventory row says api_only only once its user really is web-service-only.
    forEachUser([...rowsByAccount.keys()], (user, snapshot) => {
        before.set(snapshot.sysId, snapshot)
        const lock = (rowsByAccount.get(snapshot.sysId) ?? [])
            .map((row) => planLockDown(row, snapshot, request))
            .find((plan) => plan.kind === 'lock')
        if (!lock || lock.kind !== 'lock') return
        applyChanges(user, lock.user)
        let error: unknown = null
        let written = false
        try {
            written = Boolean(user.update())
        } catch (e) {
            error = e
        }
        if (written) lockedNow.add(snapshot.sysId)
        else failures.set(snapshot.sysId, userUpdateFailed(snapshot, error))
    })

    const outcomes: RowOutcome[] = []
    const pending = new Set(rows.map((row) => row.sysId))
    forEachRowStillIn(STATE.exploring, [...pending], (record, fresh) => {
        pending.delete(fresh.sysId)
        const accountId = fresh.accountId ?? ''
        const failure = failures.get(accountId)
        if (failure) {
            gs.error(`${LOG_PREFIX}${fresh.userName} (${INVENTORY_TABLE} ${fresh.sysId}): ${failure}`)
            writeInventory(record, {}, failure)
            outcomes.push({ sysId: fresh.sysId, userName: fresh.userName, outcome: 'failed' })
            return
        }
        const plan = planLockDown(fresh, before.get(accountId), request)
        if (plan.kind === 'lock' && !lockedNow.has(accountId)) {
            // The row changed between selection and now (its plan was not "lock" when users were
            // written): record nothing rather than call an unlocked user API only. The next run retries.
            gs.warn(`${LOG_PREFIX}${fresh.userName}: the row changed during lock-down; left for the next run.`)
            outcomes.push({ sysId: fresh.sysId, userName: fresh.userName, outcome: 'not_exploring' })
            return
        }
        outcomes.push({ sysId: fresh.sysId, userName: fresh.userName, outcome: apply(record, fresh, plan, request) })
    })
    for (const row of rows) {
        if (!pending.has(row.sysId)) continue
        gs.info(`${LOG_PREFIX}${row.userName || row.sysId} is no longer exploring; another run or a confirmation locked it down first.`)
        outcomes.push({ sysId: row.sysId, userName: row.userName, outcome: 'not_exploring' })
    }
    return outcomes
}

function apply(record: GlideRecord, row: InventoryRow, plan: LockDownPlan, request: LockDownRequest): Outcome {
    switch (plan.kind) {
        case 'not_exploring':
            gs.info(plan.log)
            return plan.kind
        case 'problem':
            gs.warn(plan.log)
            writeInventory(record, plan.inventory, plan.journal)
            return plan.kind
        case 'already_locked':
            gs.info(plan.log)
            writeInventory(record, plan.inventory, plan.journal)
            return plan.kind
        case 'lock':
            gs.info(plan.log)
            if (!writeInventory(record, plan.inventory, plan.journal)) {
                gs.error(`${LOG_PREFIX}${row.userName}: the user was locked down but the inventory row could not be updated; the drift guard and the next run will reconcile it.`)
                return 'failed'
            }
            gs.eventQueue(EVENT.lockedDown, record, row.ownerId ?? '', request.method)
            return plan.kind
    }
}
