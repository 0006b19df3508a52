/**
 * Lock-down rules: which inventory rows are due, what lock-down changes, who may confirm or reopen,
 * what the drift guard restores. Pure: no Glide import. Every Glide read and write is in the shells
 * (lock-down.ts, window-sweep.ts, drift-guard.ts, reopen-gui-window.ts, confirm-lockdown.ts), which
 * turn a plan from here into field writes, one journal entry, one log line and at most one event.
 *
 * Dates are Glide internal values: 'yyyy-MM-dd HH:mm:ss' in UTC, which sort as strings.
 */

import { APP_ADMIN_ROLE, INVENTORY_TABLE, LOG_SOURCE } from '../config/app.ts'

export const LOG_PREFIX = `${LOG_SOURCE}: `

/** Events the notifications listen to (registered in src/fluent/events/lockdown-events.now.ts). */
export const EVENT = {
    lockedDown: 'x_seed_svcacct.lockdown.completed',
    reminder: 'x_seed_svcacct.lockdown.reminder',
} as const

export const STATE = { exploring: 'exploring', apiOnly: 'api_only', retired: 'retired' } as const

export type LockdownMethod = 'owner_confirmed' | 'admin' | 'window_expired'

/** A reopened window may not end more than this many days ahead (the gui_window.days property's maximum). */
export const MAX_REOPEN_DAYS = 90
export const MAX_REASON_LENGTH = 1000

/** One inventory row, as the shells read it. Empty fields are null (getValue returns null). */
export interface InventoryRow {
    sysId: string
    userName: string
    accountId: string | null
    ownerId: string | null
    state: string | null
    guiAccessUntil: string | null
    createdOn: string | null
    reminderSentOn: string | null
    lockdownProblem: string | null
}

/** The sys_user behind an inventory row. identityType is null where the column does not exist. */
export interface AccountUser {
    sysId: string
    userName: string
    webServiceAccessOnly: boolean
    identityType: string | null
    hasIdentityType: boolean
    /** A member of the service-account group (x_seed_svcacct.group), read in the same batch. */
    inServiceAccountGroup: boolean
}

/** Field values to write. Values are strings, as setValue takes them on the platform. */
export type FieldChanges = Record<string, string>

export type ProblemCode =
    | 'no_user'
    | 'user_deleted'
    | 'window_past_at_creation'
    | 'no_window_end'
    /** The user is not in the service-account group: the app never changes login access of anyone else. */
    | 'not_service_account'
    /** The user's user_name is not the row's User ID: the row may point at the wrong user. */
    | 'user_name_mismatch'
    /** The user could not be written (refused by an ACL, a rule or the platform). */
    | 'write_failed'

/** What an app admin does about each problem; the row's journal and the docs say the same. */
export const PROBLEM_REMEDY: Record<ProblemCode, string> = {
    no_user: 'Retire the row: the app never links a row to another user.',
    user_deleted: 'Retire the row: the app never links a row to another user.',
    no_window_end: 'Set "GUI access until", then clear "Lock-down problem".',
    window_past_at_creation: 'Set a proper "GUI access until" (or have the owner confirm), then clear "Lock-down problem".',
    not_service_account:
        'If it is a genuine service account, add it back to the service-account group (x_seed_svcacct.group), then clear "Lock-down problem"; if not, retire the row. The app changes login access only for members of that group.',
    user_name_mismatch:
        'Find out why the names differ (a renamed user, or a row pointing at the wrong user). Rename the user back if it was renamed, then clear "Lock-down problem"; otherwise retire the row.',
    write_failed:
        'Fix the cause named above (the application access of sys_user, the app\'s cross-scope privileges, a rule that refused the update), then clear "Lock-down problem"; the next daily run tries again.',
}

/** The lockdown_problem value: the code first (the list filters on it), then the detail; 255 characters at most. */
export function problemValue(code: ProblemCode, detail: string): string {
    return `${code}: ${detail}`.slice(0, 255)
}

export type LockDownPlan =
    /** The row is no longer exploring (a confirmation or an earlier run got there first): nothing to do. */
    | { kind: 'not_exploring'; log: string }
    /** Bad data: nothing is changed but the row's lockdown_problem and journal; an admin must act. */
    | { kind: 'problem'; code: ProblemCode; detail: string; inventory: FieldChanges; journal: string; log: string }
    /** The user is already web-service-only: the user is left alone; the row is recorded as api_only. */
    | { kind: 'already_locked'; inventory: FieldChanges; journal: string; log: string }
    | { kind: 'lock'; user: FieldChanges; inventory: FieldChanges; journal: string; log: string }

export interface LockDownRequest {
    method: LockdownMethod
    /** sys_id of the person who confirmed; '' for the daily job. */
    actorId: string
    /** Display name for the journal ('' for the job). */
    actorName: string
    now: string
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/

/** Milliseconds since the epoch for a Glide internal date-time, or null when it is not one. */
export function parseGlideDateTime(value: string | null | undefined): number | null {
    const match = TIMESTAMP.exec(String(value ?? '').trim())
    if (!match) return null
    const [, y, mo, d, h, mi, s] = match.map(Number)
    const ms = Date.UTC(y, mo - 1, d, h, mi, s)
    const back = new Date(ms)
    // Reject 2026-02-30 and friends rather than letting Date roll them over.
    if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null
    return ms
}

export function formatGlideDateTime(ms: number): string {
    const pad = (n: number) => String(n).padStart(2, '0')
    const d = new Date(ms)
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
}

export function addDays(value: string, days: number): string {
    const ms = parseGlideDateTime(value)
    if (ms === null) throw new Error(`Not a date-time: "${value}"`)
    return formatGlideDateTime(ms + days * 86_400_000)
}

/** Only the owner or an app admin may confirm lock-down. Checked on the server, not only in UI conditions. */
export function mayConfirm(actorId: string, ownerId: string | null, actorIsAdmin: boolean): boolean {
    if (actorIsAdmin) return true
    return actorId !== '' && ownerId !== null && actorId === ownerId
}

/** The method recorded for a confirmation: an owner who is also an admin confirms as the owner. */
export function confirmationMethod(actorId: string, ownerId: string | null): LockdownMethod {
    return ownerId !== null && actorId === ownerId ? 'owner_confirmed' : 'admin'
}

const METHOD_TEXT: Record<LockdownMethod, string> = {
    owner_confirmed: 'the owner confirmed the API calls are sorted',
    admin: 'an app admin confirmed the API calls are sorted',
    window_expired: 'the GUI access window ended',
}

function who(request: LockDownRequest): string {
    return request.actorName ? `${request.actorName}` : 'the daily lock-down job'
}

/**
 * Is this user the service account the row describes? Checked before any write of a user (lock-down,
 * drift guard, reopen): the row's account is data an admin could have changed, and the app must never
 * change the login access of a person or of another integration. Both must hold: the user is in the
 * service-account group, and its user_name is the row's User ID (exactly, as provisioning wrote both).
 */
export function findIdentityProblem(row: InventoryRow, user: AccountUser): { code: ProblemCode; detail: string } | null {
    if (!user.inServiceAccountGroup) {
        return {
            code: 'not_service_account',
            detail: `its user ${user.userName || user.sysId} is not a member of the service-account group, so the app will not change its login access`,
        }
    }
    if (user.userName !== row.userName) {
        return {
            code: 'user_name_mismatch',
            detail: `its User ID is "${row.userName}" but its user's user name is "${user.userName}", so the app will not change that user's login access`,
        }
    }
    return null
}

/**
 * Bad data the daily job must not act on. A confirmation (owner or admin) checks only the user (that
 * it exists and is this row's service account): confirming early is valid whatever the window says.
 *
 * "no_user" and "user_deleted" differ only in how the reference ended up: the account column clears
 * when its user is deleted normally (cascade rule "clear"), so a deleted user usually shows as no
 * user; a reference to a missing sys_user means the user was removed without that cascade.
 */
export function findProblem(
    row: InventoryRow,
    user: AccountUser | undefined,
    method: LockdownMethod,
): { code: ProblemCode; detail: string } | null {
    if (!row.accountId) {
        return { code: 'no_user', detail: 'it has no user (Account is empty: the user was deleted, or never set)' }
    }
    if (!user) {
        return { code: 'user_deleted', detail: `its user (sys_id ${row.accountId}) no longer exists` }
    }
    const identity = findIdentityProblem(row, user)
    if (identity) return identity
    if (method !== 'window_expired') return null
    if (!row.guiAccessUntil || parseGlideDateTime(row.guiAccessUntil) === null) {
        return { code: 'no_window_end', detail: 'it has no valid "GUI access until" date' }
    }
    if (row.createdOn && row.guiAccessUntil < row.createdOn) {
        return {
            code: 'window_past_at_creation',
            detail: `its GUI window ended (${row.guiAccessUntil} UTC) before the row was created (${row.createdOn} UTC), so the owner never had GUI time`,
        }
    }
    return null
}

export function planLockDown(row: InventoryRow, user: AccountUser | undefined, request: LockDownRequest): LockDownPlan {
    const name = row.userName || row.sysId
    if (row.state !== STATE.exploring) {
        return { kind: 'not_exploring', log: `${LOG_PREFIX}${name} is already ${row.state ?? 'without a state'}; lock-down skipped.` }
    }

    const problem = findProblem(row, user, request.method)
    if (problem) {
        const text = `Lock-down skipped: ${problem.detail}. ${PROBLEM_REMEDY[problem.code]}`
        return {
            kind: 'problem',
            code: problem.code,
            detail: problem.detail,
            inventory: { lockdown_problem: problemValue(problem.code, problem.detail) },
            journal: text,
            log: `${LOG_PREFIX}${name} (${INVENTORY_TABLE} ${row.sysId}): ${text}`,
        }
    }

    const inventory: FieldChanges = {
        state: STATE.apiOnly,
        locked_down_on: request.now,
        locked_down_by: request.actorId,
        lockdown_method: request.method,
        lockdown_problem: '',
    }
    const account = user as AccountUser
    if (account.webServiceAccessOnly) {
        const text = `${account.userName} was already web-service-only; the user was not changed. Recorded as API only because ${METHOD_TEXT[request.method]} (by ${who(request)}).`
        return { kind: 'already_locked', inventory, journal: text, log: `${LOG_PREFIX}${name}: ${text}` }
    }

    const userChanges: FieldChanges = { web_service_access_only: 'true' }
    // identity_type exists on recent releases only; the Machine Identity Console counts Machine identities.
    if (account.hasIdentityType && account.identityType !== 'machine') userChanges.identity_type = 'machine'
    const text = `Locked down: ${account.userName} is now web-service-only (no UI, portal or SSO login)${
        userChanges.identity_type ? ' with identity type Machine' : ''
    }, because ${METHOD_TEXT[request.method]} (by ${who(request)}).`
    return { kind: 'lock', user: userChanges, inventory, journal: text, log: `${LOG_PREFIX}${name}: ${text}` }
}

export type ReminderPlan =
    | { kind: 'skip'; log: string }
    | { kind: 'remind'; inventory: FieldChanges; journal: string; log: string; notify: boolean }

/**
 * A reminder goes out once per window: reminder_sent_on is stamped whether or not an owner exists,
 * so a row without an owner is reported once rather than every day.
 */
export function planReminder(row: InventoryRow, now: string): ReminderPlan {
    const name = row.userName || row.sysId
    if (row.state !== STATE.exploring || row.reminderSentOn) {
        return { kind: 'skip', log: `${LOG_PREFIX}${name}: reminder already sent or not exploring; skipped.` }
    }
    if (!row.ownerId) {
        const text = `No reminder sent: the row has no owner. GUI access ends ${row.guiAccessUntil} UTC. An app admin should set the Owner.`
        return { kind: 'remind', inventory: { reminder_sent_on: now }, journal: text, log: `${LOG_PREFIX}${name}: ${text}`, notify: false }
    }
    const text = `Reminder sent to the owner: GUI access ends ${row.guiAccessUntil} UTC unless they confirm earlier.`
    return { kind: 'remind', inventory: { reminder_sent_on: now }, journal: text, log: `${LOG_PREFIX}${name}: ${text}`, notify: true }
}

export type DriftPlan =
    | { kind: 'none' }
    | { kind: 'problem'; inventory: FieldChanges; journal: string; log: string }
    | { kind: 'restore'; user: FieldChanges; journal: string; log: string }

/**
 * An api_only account whose user is no longer web-service-only is restored. Reopening a window moves
 * the row to exploring first, so a sanctioned reopen never reaches here.
 */
export function planDriftRestore(
    row: InventoryRow,
    user: AccountUser | undefined,
    changedBy: string,
    detectedBy: 'business rule' | 'daily job',
): DriftPlan {
    const name = row.userName || row.sysId
    if (row.state !== STATE.apiOnly) return { kind: 'none' }
    if (!user) {
        // Flagged once (the drift query skips flagged rows), not reported every day.
        const detail = `its user (sys_id ${row.accountId ?? 'empty'}) no longer exists`
        const text = `Drift guard (${detectedBy}): nothing to restore, ${detail}. ${PROBLEM_REMEDY.user_deleted}`
        return {
            kind: 'problem',
            inventory: { lockdown_problem: problemValue('user_deleted', detail) },
            journal: text,
            log: `${LOG_PREFIX}${name} (${INVENTORY_TABLE} ${row.sysId}): ${text}`,
        }
    }
    if (user.webServiceAccessOnly) return { kind: 'none' }
    // Only now, when the user would be written: a user that is already web-service-only needs nothing.
    const identity = findIdentityProblem(row, user)
    if (identity) {
        const text = `Drift guard (${detectedBy}): "Web service access only" is cleared on ${user.userName || user.sysId} and was NOT set again: ${identity.detail}. ${PROBLEM_REMEDY[identity.code]}`
        return {
            kind: 'problem',
            inventory: { lockdown_problem: problemValue(identity.code, identity.detail) },
            journal: text,
            log: `${LOG_PREFIX}${name} (${INVENTORY_TABLE} ${row.sysId}): ${text}`,
        }
    }
    const by = changedBy ? ` by ${changedBy}` : ''
    const text = `Drift guard (${detectedBy}): "Web service access only" was cleared on ${user.userName}${by} and has been set again. This account is API only; to give it GUI access, an app admin uses "Reopen GUI window" on this record.`
    return { kind: 'restore', user: { web_service_access_only: 'true' }, journal: text, log: `${LOG_PREFIX}${name}: ${text}` }
}

export interface ReopenRequest {
    actorName: string
    actorIsAdmin: boolean
    reason: string | null
    until: string | null
    now: string
}

export type ReopenPlan =
    | { kind: 'refused'; message: string }
    /** Bad data found while reopening: nothing is reopened; the row is flagged for an admin. */
    | { kind: 'problem'; message: string; inventory: FieldChanges; journal: string; log: string }
    | { kind: 'reopen'; user: FieldChanges; inventory: FieldChanges; journal: string; log: string }

export function planReopen(row: InventoryRow, user: AccountUser | undefined, request: ReopenRequest): ReopenPlan {
    const refuse = (message: string): ReopenPlan => ({ kind: 'refused', message })
    if (!request.actorIsAdmin) return refuse(`Only an app admin (${APP_ADMIN_ROLE}) can reopen the GUI window.`)
    if (row.state !== STATE.apiOnly) return refuse(`Only an API-only account can be reopened; this one is ${row.state ?? 'without a state'}.`)
    if (!user) return refuse('This row has no existing user to reopen. Retire the row instead.')
    const identity = findIdentityProblem(row, user)
    if (identity) {
        const text = `Reopen refused: ${identity.detail}. ${PROBLEM_REMEDY[identity.code]}`
        return {
            kind: 'problem',
            message: `Nothing was reopened: ${identity.detail}. See the row's audit trail.`,
            inventory: { lockdown_problem: problemValue(identity.code, identity.detail) },
            journal: text,
            log: `${LOG_PREFIX}${row.userName || row.sysId} (${INVENTORY_TABLE} ${row.sysId}): ${text}`,
        }
    }

    const reason = String(request.reason ?? '').trim()
    if (reason === '') {
        return refuse('Type the reason in "Reopen reason", set the new "GUI access until" date, then click "Reopen GUI window" again.')
    }
    if (reason.length > MAX_REASON_LENGTH) return refuse(`Keep the reason under ${MAX_REASON_LENGTH} characters.`)

    const until = request.until ? String(request.until).trim() : ''
    const untilMs = parseGlideDateTime(until)
    const nowMs = parseGlideDateTime(request.now) as number
    if (untilMs === null || untilMs <= nowMs) {
        return refuse('Set "GUI access until" to the new end of the GUI window, in the future, then click "Reopen GUI window" again.')
    }
    if (untilMs > nowMs + MAX_REOPEN_DAYS * 86_400_000) {
        return refuse(`A reopened GUI window may last at most ${MAX_REOPEN_DAYS} days.`)
    }

    const text = `GUI window reopened by ${request.actorName} until ${until} UTC: ${user.userName} may log in to the UI again. Reason: ${reason}`
    return {
        kind: 'reopen',
        user: { web_service_access_only: 'false' },
        inventory: {
            state: STATE.exploring,
            gui_access_until: until,
            // A new window gets its own reminder, and the row no longer describes a lock-down.
            reminder_sent_on: '',
            locked_down_on: '',
            locked_down_by: '',
            lockdown_method: '',
            lockdown_problem: '',
            reopen_reason: '',
        },
        journal: text,
        log: `${LOG_PREFIX}${row.userName || row.sysId}: ${text}`,
    }
}
