/**
 * The Glide shell of lock-down, shared by the confirmation paths (UI action, portal request) and the
 * daily window sweep. The decisions are in lockdown-rules.ts; this module reads, writes and tells.
 *
 * Before any user is written, it must be the row's service account: a member of the service-account
 * group (x_seed_svcacct.group) whose user_name is the row's User ID. A row that fails is bad data
 * (lockdown_problem, journal, log) and its user is left alone.
 *
 * Cost, whatever the number of rows: one IN query for the group memberships (plus one read of the
 * group when some user is not a member), one IN query for the users, one IN query to re-read the rows
 * being written, then two writes per row that is locked (user, inventory row).
 *
 * Safe to run twice or alongside a confirmation: the re-read query asks for state=exploring at write
 * time, so a row another run or a confirmation has already locked is skipped (no second journal entry,
 * notification or stamp). The user write that may precede it is idempotent.
 */
import { GlideRecord, gs } from '@servicenow/glide'
import { INVENTORY_TABLE } from '../config/app.ts'
import { PROPERTY } from '../config/properties.ts'
import { isTrue } from '../naming/user-id-rules.ts'
import {
    EVENT,
    LOG_PREFIX,
    PROBLEM_REMEDY,
    STATE,
    planLockDown,
    problemValue,
    type AccountUser,
    type FieldChanges,
    type InventoryRow,
    type LockDownPlan,
    type LockDownRequest,
} from './lockdown-rules.ts'

/**
 * 'failed': the user write failed (the row is flagged write_failed). 'unverified': the service-account
 * group setting is unusable, so no user could be checked and nothing was written; the row stays due.
 */
export type Outcome = LockDownPlan['kind'] | 'failed' | 'unverified'

export interface RowOutcome {
    sysId: string
    userName: string
    outcome: Outcome
    /** Why, for a problem, a failure or an unverified row. */
    detail?: string
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

export function readUser(user: GlideRecord, serviceAccountMembers: Set<string>): UserSnapshot {
    // identity_type exists on recent releases only (platform facts: set it only where isValidField says so).
    const hasIdentityType = user.isValidField('identity_type')
    const sysId = user.getUniqueValue()
    return {
        sysId,
        userName: user.getValue('user_name') ?? '',
        webServiceAccessOnly: isTrue(user.getValue('web_service_access_only')),
        identityType: hasIdentityType ? user.getValue('identity_type') : null,
        hasIdentityType,
        inServiceAccountGroup: serviceAccountMembers.has(sysId),
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

export type Membership = { usable: true; members: Set<string> } | { usable: false; problem: string }

/**
 * Which of these users are members of the service-account group: one IN query on sys_user_grmember.
 * When some user is not a member, the group itself is read once: a missing group is a setting
 * problem (every row would look bad), reported as such rather than flagged on each row.
 */
export function readServiceAccountMembership(groupId: string, userIds: string[]): Membership {
    if (!groupId) {
        return {
            usable: false,
            problem: `${PROPERTY.serviceAccountGroup} is empty or not a group sys_id, so no user can be confirmed as a service account`,
        }
    }
    const members = new Set<string>()
    if (userIds.length === 0) return { usable: true, members }
    const member = new GlideRecord('sys_user_grmember')
    member.addQuery('group', groupId)
    member.addQuery('user', 'IN', userIds.join(','))
    member.query()
    while (member.next()) members.add(member.getValue('user') ?? '')
    if (members.size < userIds.length) {
        const group = new GlideRecord('sys_user_group')
        if (!group.get(groupId)) {
            return {
                usable: false,
                problem: `${PROPERTY.serviceAccountGroup} names group ${groupId}, which does not exist, so no user can be confirmed as a service account`,
            }
        }
    }
    return { usable: true, members }
}

/**
 * Visits the users with these sys_ids, each marked whether it is in the service-account group; the
 * visitor may write the user in place. One IN query for the memberships (see above), one for the
 * users; no query at all when there are no ids. Returns the setting problem when the group cannot
 * be used; then no user is visited.
 */
export function forEachUser(
    userIds: (string | null)[],
    serviceAccountGroupId: string,
    visit: (user: GlideRecord, snapshot: UserSnapshot) => void,
): string | null {
    const ids = unique(userIds)
    if (ids.length === 0) return null
    const membership = readServiceAccountMembership(serviceAccountGroupId, ids)
    if (!membership.usable) return membership.problem
    const user = new GlideRecord('sys_user')
    user.addQuery('sys_id', 'IN', ids.join(','))
    user.query()
    while (user.next()) visit(user, readUser(user, membership.members))
    return null
}

/** The one log line and user message when the service-account group setting is unusable. */
export function settingProblemText(problem: string): string {
    return `Nothing was changed: ${problem}. Run the readiness check (Service Accounts > Readiness check) and fix ${PROPERTY.serviceAccountGroup}.`
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

/**
 * Writes a user; returns '' when written, else why not: what was thrown, the record's last error
 * message (GlideRecord - Scoped getLastErrorMessage, set when the platform refuses a write), or that
 * the update was refused (a rule aborted it).
 */
export function updateUser(user: GlideRecord): string {
    try {
        if (user.update()) return ''
    } catch (e) {
        return e instanceof Error ? e.message : String(e)
    }
    return user.getLastErrorMessage() || 'the update was refused'
}

/**
 * Locks down the given rows (selected as exploring). Returns one outcome per row. A row that another
 * run or a confirmation moved on in the meantime is reported as not_exploring and left alone.
 *
 * A row whose user write fails is flagged write_failed: it leaves the daily job's queue (which takes
 * the oldest windows first) until an app admin clears the flag, so one user the platform keeps
 * refusing cannot hold up every other account.
 */
export function lockDownRows(rows: InventoryRow[], request: LockDownRequest, serviceAccountGroupId: string): RowOutcome[] {
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
    const settingProblem = forEachUser([...rowsByAccount.keys()], serviceAccountGroupId, (user, snapshot) => {
        before.set(snapshot.sysId, snapshot)
        const lock = (rowsByAccount.get(snapshot.sysId) ?? [])
            .map((row) => planLockDown(row, snapshot, request))
            .find((plan) => plan.kind === 'lock')
        if (!lock || lock.kind !== 'lock') return
        applyChanges(user, lock.user)
        const failure = updateUser(user)
        if (!failure) lockedNow.add(snapshot.sysId)
        else failures.set(snapshot.sysId, `${snapshot.userName} could not be made web-service-only (${failure})`)
    })
    if (settingProblem) {
        // A setting problem, not bad data: no row is flagged, every row stays due, one error says why.
        const text = settingProblemText(settingProblem)
        gs.error(`${LOG_PREFIX}lock-down of ${rows.length} account(s): ${text}`)
        return rows.map((row) => ({ sysId: row.sysId, userName: row.userName, outcome: 'unverified', detail: settingProblem }))
    }

    const outcomes: RowOutcome[] = []
    const pending = new Set(rows.map((row) => row.sysId))
    forEachRowStillIn(STATE.exploring, [...pending], (record, fresh) => {
        pending.delete(fresh.sysId)
        const accountId = fresh.accountId ?? ''
        const failure = failures.get(accountId)
        if (failure) {
            const text = `Lock-down failed: ${failure}. Nothing else was changed. ${PROBLEM_REMEDY.write_failed}`
            gs.error(`${LOG_PREFIX}${fresh.userName} (${INVENTORY_TABLE} ${fresh.sysId}): ${text}`)
            writeInventory(record, { lockdown_problem: problemValue('write_failed', failure) }, text)
            outcomes.push({ sysId: fresh.sysId, userName: fresh.userName, outcome: 'failed', detail: failure })
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
        const outcome = apply(record, fresh, plan, request)
        outcomes.push({ sysId: fresh.sysId, userName: fresh.userName, outcome, ...(plan.kind === 'problem' ? { detail: plan.detail } : {}) })
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
