/**
 * "Reopen GUI window" (src/fluent/ui-actions/reopen-gui-window.now.ts): the one sanctioned way to give
 * an API-only service account GUI access again. App admins only.
 *
 * A server-side UI action cannot prompt, so the admin fills two fields on the form first and clicks
 * the button; the form's values arrive in `current`:
 *   - "GUI access until": the new end of the window (in the future, at most 90 days ahead);
 *   - "Reopen reason": why (a column of its own: the pending text of a journal field is not something
 *     a script can rely on reading).
 * Only those two values are taken from `current`. Everything else (state, account, user name) comes
 * from the row as stored, re-read here, and only the planned fields are written to that re-read row:
 * any other edit on the form is not saved by this action. Nothing is saved when either input is
 * missing or invalid. The reason goes to the audit trail in one entry with who reopened it and until
 * when, and "Reopen reason" is emptied.
 *
 * The user is written only when it is the row's service account (a member of the service-account
 * group whose user_name is the row's User ID); otherwise the row is flagged and nothing is reopened.
 *
 * Order matters for the drift guard: the row goes back to exploring first, then the user's flag is
 * cleared, so the guard (async on sys_user, and the daily backstop) finds no api_only row to protect.
 */
import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { readSettings } from '../config/properties.ts'
import { applyChanges, forEachUser, readInventoryRow, settingProblemText, updateUser, writeInventory } from './lock-down.ts'
import { APP_ADMIN_ROLE, INVENTORY_TABLE } from '../config/app.ts'
import { LOG_PREFIX, planReopen } from './lockdown-rules.ts'

export function reopenGuiWindow(current: GlideRecord): void {
    const stored = new GlideRecord(INVENTORY_TABLE)
    if (!stored.get(current.getUniqueValue())) {
        gs.addErrorMessage('This service account was not found in the inventory.')
        return
    }
    const row = readInventoryRow(stored)
    const request = {
        actorName: gs.getUserDisplayName(),
        actorIsAdmin: gs.hasRole(APP_ADMIN_ROLE),
        reason: current.getValue('reopen_reason'),
        until: current.getValue('gui_access_until'),
        now: new GlideDateTime().getValue(),
    }
    let plan = planReopen(row, undefined, request)
    let clearFailure = ''
    // One pass over the user: plan with it, write the row, then the user (in that order, see above).
    const settingProblem = forEachUser([row.accountId], readSettings().settings.serviceAccountGroupId, (user, snapshot) => {
        plan = planReopen(row, snapshot, request)
        if (plan.kind !== 'reopen') return
        if (!writeInventory(stored, plan.inventory, plan.journal)) {
            plan = { kind: 'refused', message: 'The inventory row could not be saved; nothing was changed.' }
            return
        }
        applyChanges(user, plan.user)
        clearFailure = updateUser(user)
    })
    if (settingProblem) {
        const text = settingProblemText(settingProblem)
        gs.error(`${LOG_PREFIX}${row.userName}: reopen refused. ${text}`)
        gs.addErrorMessage(text)
        return
    }
    if (plan.kind === 'refused') {
        gs.addErrorMessage(plan.message)
        return
    }
    if (plan.kind === 'problem') {
        gs.warn(plan.log)
        writeInventory(stored, plan.inventory, plan.journal)
        gs.addErrorMessage(plan.message)
        return
    }
    if (clearFailure) {
        const text = `The GUI window was reopened on the inventory row, but "Web service access only" could not be cleared on ${row.userName} (${clearFailure}); it still cannot log in to the UI. Clear it on the user by hand.`
        gs.error(`${LOG_PREFIX}${row.userName}: ${text}`)
        gs.addErrorMessage(text)
        return
    }
    gs.info(plan.log)
    gs.addInfoMessage(`GUI access reopened for ${row.userName} until ${plan.inventory.gui_access_until} UTC. The daily job locks it down again then; the owner is reminded beforehand.`)
}
