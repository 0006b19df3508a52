/**
 * Drift guard: an API-only service account must stay web-service-only. If someone clears the flag,
 * it is set again and the event is recorded on the inventory journal.
 *
 * Two entry points share restoreRows():
 * - keepWebServiceOnly(): the sys_user business rule (src/fluent/business-rules/keep-web-service-only.now.ts).
 *   It is ASYNC because a scoped app may only add async rules (or script-less "set field values" before
 *   rules) to a table in another scope (ServiceNow docs, "Business rules in scoped applications").
 *   So the flag is false for the few seconds until the async job runs.
 * - restoreDrift(): the daily job's backstop (business rules can be bypassed: setWorkflow(false),
 *   imports), one dot-walked query for every drifted account.
 *
 * The sanctioned exception, "Reopen GUI window", moves the row to exploring before it clears the flag,
 * so neither entry point sees an api_only row for that user.
 *
 * A user is written only when it is the row's service account (in the service-account group, with the
 * row's user name); otherwise the row is flagged (lockdown_problem) and both entry points skip it.
 */
import { GlideRecord, gs } from '@servicenow/glide'
import { readSettings } from '../config/properties.ts'
import {
    applyChanges,
    forEachRowStillIn,
    forEachUser,
    readInventoryRow,
    settingProblemText,
    updateUser,
    writeInventory,
    type UserSnapshot,
} from './lock-down.ts'
import { INVENTORY_TABLE } from '../config/app.ts'
import { LOG_PREFIX, STATE, planDriftRestore, type InventoryRow } from './lockdown-rules.ts'

type DetectedBy = 'business rule' | 'daily job'

/**
 * Restores the users of these api_only rows. One IN query for the memberships and one for the users
 * (written in place), one IN query re-reading the rows for the journal. Returns how many users were
 * restored.
 */
export function restoreRows(rows: InventoryRow[], detectedBy: DetectedBy, serviceAccountGroupId: string): number {
    const seen = new Map<string, UserSnapshot>()
    const restoredUsers = new Map<string, string>()
    const failures = new Map<string, string>()
    const rowsByAccount = new Map<string, InventoryRow[]>()
    for (const row of rows) {
        if (row.accountId) rowsByAccount.set(row.accountId, [...(rowsByAccount.get(row.accountId) ?? []), row])
    }

    const settingProblem = forEachUser([...rowsByAccount.keys()], serviceAccountGroupId, (user, snapshot) => {
        seen.set(snapshot.sysId, snapshot)
        const plan = planDriftRestore((rowsByAccount.get(snapshot.sysId) ?? [])[0], snapshot, snapshot.updatedBy, detectedBy)
        if (plan.kind !== 'restore') return
        applyChanges(user, plan.user)
        const failure = updateUser(user)
        if (failure) failures.set(snapshot.sysId, failure)
        else restoredUsers.set(snapshot.sysId, plan.journal)
    })
    if (settingProblem) {
        gs.error(`${LOG_PREFIX}drift guard (${detectedBy}), ${rows.length} account(s) to check: ${settingProblemText(settingProblem)}`)
        return 0
    }

    let restored = 0
    forEachRowStillIn(
        STATE.apiOnly,
        rows.map((row) => row.sysId),
        (record, fresh) => {
            const accountId = fresh.accountId ?? ''
            const journal = restoredUsers.get(accountId)
            if (journal) {
                gs.warn(`${LOG_PREFIX}${fresh.userName}: ${journal}`)
                writeInventory(record, {}, journal)
                restored++
                return
            }
            const failure = failures.get(accountId)
            if (failure) {
                const text = `Drift guard (${detectedBy}): "Web service access only" is cleared on this account and could not be set again (${failure}). Set it on the user by hand and check the app's access to sys_user.`
                gs.error(`${LOG_PREFIX}${fresh.userName} (${INVENTORY_TABLE} ${fresh.sysId}): ${text}`)
                writeInventory(record, {}, text)
                return
            }
            // A user that is gone, or that is not this row's service account: flag the row once.
            const plan = planDriftRestore(fresh, seen.get(accountId), '', detectedBy)
            if (plan.kind !== 'problem') return
            gs.warn(plan.log)
            writeInventory(record, plan.inventory, plan.journal)
        },
    )
    return restored
}

/** The daily backstop: every api_only row whose user is not web-service-only, in one query. */
export function restoreDrift(limit: number, detectedBy: DetectedBy, serviceAccountGroupId: string): number {
    const drifted = new GlideRecord(INVENTORY_TABLE)
    drifted.addQuery('state', STATE.apiOnly)
    drifted.addNotNullQuery('account')
    drifted.addNullQuery('lockdown_problem')
    // Empty counts as "not web-service-only": most users have the flag empty, and != true would miss them.
    drifted.addEncodedQuery('account.web_service_access_only=false^ORaccount.web_service_access_onlyISEMPTY')
    drifted.setLimit(limit)
    drifted.query()
    const rows: InventoryRow[] = []
    while (drifted.next()) rows.push(readInventoryRow(drifted))
    return rows.length === 0 ? 0 : restoreRows(rows, detectedBy, serviceAccountGroupId)
}

/**
 * The sys_user business rule (async, on update, when web_service_access_only changes from true).
 * Does nothing unless the user is an api_only service account in the inventory. Like the daily
 * backstop, it leaves flagged rows (lockdown_problem) to an app admin.
 */
export function keepWebServiceOnly(current: GlideRecord): void {
    const rows: InventoryRow[] = []
    const row = new GlideRecord(INVENTORY_TABLE)
    row.addQuery('account', current.getUniqueValue())
    row.addQuery('state', STATE.apiOnly)
    row.addNullQuery('lockdown_problem')
    row.query()
    while (row.next()) rows.push(readInventoryRow(row))
    if (rows.length > 0) restoreRows(rows, 'business rule', readSettings().settings.serviceAccountGroupId)
}
