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
 */
import { GlideRecord, gs } from '@servicenow/glide'
import { applyChanges, forEachRowStillIn, forEachUser, readInventoryRow, writeInventory } from './lock-down.ts'
import { INVENTORY_TABLE, LOG_PREFIX, STATE, planDriftRestore, type InventoryRow } from './lockdown-rules.ts'

type DetectedBy = 'business rule' | 'daily job'

/**
 * Restores the users of these api_only rows. One IN query for the users (written in place), one IN
 * query re-reading the rows for the journal. Returns how many users were restored.
 */
export function restoreRows(rows: InventoryRow[], detectedBy: DetectedBy): number {
    const seen = new Set<string>()
    const restoredUsers = new Map<string, string>()
    const failures = new Map<string, string>()
    const rowsByAccount = new Map<string, InventoryRow[]>()
    for (const row of rows) {
        if (row.accountId) rowsByAccount.set(row.accountId, [...(rowsByAccount.get(row.accountId) ?? []), row])
    }

    forEachUser([...rowsByAccount.keys()], (user, snapshot) => {
        seen.add(snapshot.sysId)
        const plan = planDriftRestore((rowsByAccount.get(snapshot.sysId) ?? [])[0], snapshot, snapshot.updatedBy, detectedBy)
        if (plan.kind !== 'restore') return
        applyChanges(user, plan.user)
        let written = false
        try {
            written = Boolean(user.update())
        } catch (e) {
            failures.set(snapshot.sysId, e instanceof Error ? e.message : String(e))
        }
        if (written) restoredUsers.set(snapshot.sysId, plan.journal)
        else if (!failures.has(snapshot.sysId)) failures.set(snapshot.sysId, 'the update was refused')
    })

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
            if (!seen.has(accountId)) {
                const plan = planDriftRestore(fresh, undefined, '', detectedBy)
                if (plan.kind !== 'problem') return
                gs.warn(plan.log)
                writeInventory(record, plan.inventory, plan.journal)
            }
        },
    )
    return restored
}

/** The daily backstop: every api_only row whose user is not web-service-only, in one query. */
export function restoreDrift(limit: number, detectedBy: DetectedBy): number {
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
    return rows.length === 0 ? 0 : restoreRows(rows, detectedBy)
}

/**
 * The sys_user business rule (async, on update, when web_service_access_only changes from true).
 * Does nothing unless the user is an api_only service account in the inventory.
 */
export function keepWebServiceOnly(current: GlideRecord): void {
    const rows: InventoryRow[] = []
    const row = new GlideRecord(INVENTORY_TABLE)
    row.addQuery('account', current.getUniqueValue())
    row.addQuery('state', STATE.apiOnly)
    row.query()
    while (row.next()) rows.push(readInventoryRow(row))
    if (rows.length > 0) restoreRows(rows, 'business rule')
}
