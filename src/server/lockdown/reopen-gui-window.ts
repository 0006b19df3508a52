/**
 * "Reopen GUI window" (src/fluent/ui-actions/reopen-gui-window.now.ts): the one sanctioned way to give
 * an API-only service account GUI access again. App admins only.
 *
 * A server-side UI action cannot prompt, so the admin fills two fields on the form first and clicks
 * the button; the form's values arrive in `current`:
 *   - "GUI access until": the new end of the window (in the future, at most 90 days ahead);
 *   - "Reopen reason": why (a column of its own: the pending text of a journal field is not something
 *     a script can rely on reading).
 * Nothing is saved when either is missing or invalid. The reason goes to the audit trail in one entry
 * with who reopened it and until when, and "Reopen reason" is emptied.
 *
 * Order matters for the drift guard: the row goes back to exploring first, then the user's flag is
 * cleared, so the guard (async on sys_user, and the daily backstop) finds no api_only row to protect.
 */
import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { applyChanges, findInventoryRow, forEachUser, writeInventory, type UserSnapshot } from './lock-down.ts'
import { APP_ADMIN_ROLE, LOG_PREFIX, planReopen } from './lockdown-rules.ts'

export function reopenGuiWindow(current: GlideRecord): void {
    // State, account and user come from the database; only the two inputs come from the form.
    const row = findInventoryRow(current.getUniqueValue())
    if (!row) {
        gs.addErrorMessage('This service account was not found in the inventory.')
        return
    }
    let user: UserSnapshot | undefined
    forEachUser([row.accountId], (_record, snapshot) => {
        user = snapshot
    })
    const plan = planReopen(row, user, {
        actorName: gs.getUserDisplayName(),
        actorIsAdmin: gs.hasRole(APP_ADMIN_ROLE),
        reason: current.getValue('reopen_reason'),
        until: current.getValue('gui_access_until'),
        now: new GlideDateTime().getValue(),
    })
    if (plan.kind === 'refused') {
        gs.addErrorMessage(plan.message)
        return
    }

    if (!writeInventory(current, plan.inventory, plan.journal)) {
        gs.addErrorMessage('The inventory row could not be saved; nothing was changed.')
        return
    }
    let cleared = false
    forEachUser([row.accountId], (record) => {
        applyChanges(record, plan.user)
        cleared = Boolean(record.update())
    })
    if (!cleared) {
        const text = `The GUI window was reopened on the inventory row, but "Web service access only" could not be cleared on ${row.userName}; it still cannot log in to the UI. Clear it on the user by hand.`
        gs.error(`${LOG_PREFIX}${row.userName}: ${text}`)
        gs.addErrorMessage(text)
        return
    }
    gs.info(plan.log)
    gs.addInfoMessage(`GUI access reopened for ${row.userName} until ${plan.inventory.gui_access_until} UTC. The daily job locks it down again then; the owner is reminded beforehand.`)
}
