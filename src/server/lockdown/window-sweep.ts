/**
 * The daily job (src/fluent/jobs/lock-down-expired-windows.now.ts): locks down every exploring
 * account whose GUI window has ended, reminds owners N days ahead, and restores drifted flags.
 *
 * Cost: a fixed number of queries whatever the size of the inventory, and writes only for the rows
 * that are due:
 *   lock-down  1 query for the due set (bounded by x_seed_svcacct.lockdown.batch_size)
 *              + 1 IN query for their service-account group memberships (+ 1 read of the group
 *              when some user is not a member) + 1 IN query for their users
 *              + 1 IN query re-reading the rows at write time
 *   reminders  1 query for the reminder set, written in place
 *   drift      1 query (api_only rows whose user is not web-service-only, dot-walked)
 *              + the same membership, user and re-read queries
 * The IN queries are skipped when their set is empty. Rows left over by the batch limit wait for the
 * next run; rows with bad data or a failed user write are flagged (lockdown_problem) and leave the
 * due set, so they cannot fill every batch.
 */
import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { readSettings } from '../config/properties.ts'
import { restoreDrift } from './drift-guard.ts'
import { lockDownRows, readInventoryRow, writeInventory, type RowOutcome } from './lock-down.ts'
import { INVENTORY_TABLE } from '../config/app.ts'
import { EVENT, LOG_PREFIX, STATE, addDays, planReminder, type InventoryRow } from './lockdown-rules.ts'

export interface SweepSummary {
    now: string
    batchSize: number
    due: number
    lockedDown: number
    alreadyLocked: number
    problems: number
    failed: number
    skipped: number
    reminders: number
    driftRestored: number
}

/** Exploring rows whose window has ended (or that have no end date), oldest first, at most `limit`. */
export function selectDueRows(now: string, limit: number): InventoryRow[] {
    const due = new GlideRecord(INVENTORY_TABLE)
    due.addQuery('state', STATE.exploring)
    due.addNullQuery('lockdown_problem')
    // An exploring row without an end date would keep GUI access for ever: select it so it is flagged.
    due.addEncodedQuery(`gui_access_until<=${now}^ORgui_access_untilISEMPTY`)
    due.orderBy('gui_access_until')
    due.setLimit(limit)
    due.query()
    const rows: InventoryRow[] = []
    while (due.next()) rows.push(readInventoryRow(due))
    return rows
}

/**
 * Sends each reminder once: rows whose window ends within `days`, not yet reminded. Each row is
 * stamped in place as the query reaches it (no other write comes between its read and its stamp, so
 * unlike lock-down it needs no re-read); a second run finds the stamp and skips the row.
 */
export function sendReminders(now: string, days: number, limit: number): number {
    if (days <= 0) return 0
    const row = new GlideRecord(INVENTORY_TABLE)
    row.addQuery('state', STATE.exploring)
    row.addNullQuery('reminder_sent_on')
    row.addQuery('gui_access_until', '>', now)
    row.addQuery('gui_access_until', '<=', addDays(now, days))
    row.orderBy('gui_access_until')
    row.setLimit(limit)
    row.query()
    let sent = 0
    while (row.next()) {
        const snapshot = readInventoryRow(row)
        const plan = planReminder(snapshot, now)
        if (plan.kind === 'skip') continue
        if (plan.notify) gs.info(plan.log)
        else gs.warn(plan.log)
        if (!writeInventory(row, plan.inventory, plan.journal)) {
            gs.error(`${LOG_PREFIX}${snapshot.userName}: the reminder stamp could not be written; no reminder sent.`)
            continue
        }
        // Sent after the stamp is written, so a failed write cannot lead to a second reminder tomorrow.
        if (plan.notify) {
            gs.eventQueue(EVENT.reminder, row, snapshot.ownerId ?? '', snapshot.guiAccessUntil ?? '')
            sent++
        }
    }
    return sent
}

function count(outcomes: RowOutcome[], outcome: RowOutcome['outcome']): number {
    return outcomes.filter((o) => o.outcome === outcome).length
}

/** The daily job. Returns a summary (also logged) that tests and the benchmark read. */
export function runWindowSweep(): SweepSummary {
    const { settings } = readSettings()
    const now = new GlideDateTime().getValue()

    const due = selectDueRows(now, settings.batchSize)
    const outcomes = lockDownRows(due, { method: 'window_expired', actorId: '', actorName: '', now }, settings.serviceAccountGroupId)
    const reminders = sendReminders(now, settings.reminderDays, settings.batchSize)
    const driftRestored = restoreDrift(settings.batchSize, 'daily job', settings.serviceAccountGroupId)

    const summary: SweepSummary = {
        now,
        batchSize: settings.batchSize,
        due: due.length,
        lockedDown: count(outcomes, 'lock'),
        alreadyLocked: count(outcomes, 'already_locked'),
        problems: count(outcomes, 'problem'),
        // Unverified rows (the group setting is unusable) are not locked and stay due: counted as failed.
        failed: count(outcomes, 'failed') + count(outcomes, 'unverified'),
        skipped: count(outcomes, 'not_exploring'),
        reminders,
        driftRestored,
    }
    const more = due.length === settings.batchSize ? ' The batch was full; the rest wait for the next run.' : ''
    gs.info(
        `${LOG_PREFIX}lock-down sweep at ${now} UTC: ${summary.due} due, ${summary.lockedDown} locked down, ${summary.alreadyLocked} already locked, ${summary.problems} with bad data, ${summary.failed} failed, ${summary.skipped} skipped; ${summary.reminders} reminders; ${summary.driftRestored} drifted flags restored.${more}`,
    )
    return summary
}
