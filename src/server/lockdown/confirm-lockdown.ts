/**
 * Owner confirmation: "the calls are sorted, remove GUI access". Two entry points, one rule:
 * - confirmFromForm(): the UI action on the inventory record (src/fluent/ui-actions/confirm-lockdown.now.ts),
 *   for the owner and app admins;
 * - confirmFromRequestItem(): the portal path. The catalog item "Confirm my service account's API calls
 *   are sorted" (src/fluent/catalog/confirm-lockdown.now.ts) creates a request item; an async business rule
 *   on sc_req_item (src/fluent/business-rules/lockdown-portal-confirmation.now.ts) calls this. Only the
 *   owner may confirm this way; app admins use the UI action.
 *
 * Who may confirm is decided here, on the server, whatever the UI conditions and reference qualifier showed.
 */
import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { readVariableByName } from '../catalog/request-variables.ts'
import { readSettings } from '../config/properties.ts'
import { findInventoryRow, lockDownRows, settingProblemText } from './lock-down.ts'
import { APP_ADMIN_ROLE } from '../config/app.ts'
import { LOG_PREFIX, STATE, confirmationMethod, mayConfirm } from './lockdown-rules.ts'

/** The reference variable on the confirmation catalog item that names the inventory row. */
export const CONFIRM_VARIABLE = 'service_account'

/** sc_req_item states (stock choice values). */
export const RITM_STATE = { closedComplete: '3', closedIncomplete: '4' } as const

export interface Actor {
    sysId: string
    name: string
    isAdmin: boolean
}

export interface ConfirmResult {
    ok: boolean
    message: string
}

export function confirmLockdown(inventoryId: string, actor: Actor): ConfirmResult {
    const row = findInventoryRow(inventoryId)
    if (!row) return { ok: false, message: 'That service account was not found in the inventory.' }
    const name = row.userName || row.sysId

    if (!mayConfirm(actor.sysId, row.ownerId, actor.isAdmin)) {
        gs.warn(`${LOG_PREFIX}${actor.name || actor.sysId} tried to confirm lock-down of ${name} but is neither its owner nor an app admin; refused.`)
        return { ok: false, message: `Only the owner of ${name} or an app admin can confirm that its API calls are sorted.` }
    }
    if (row.state !== STATE.exploring) {
        return { ok: true, message: `${name} is already ${row.state === STATE.apiOnly ? 'API only' : row.state}; nothing to do.` }
    }

    const now = new GlideDateTime().getValue()
    const method = confirmationMethod(actor.sysId, row.ownerId)
    const { settings } = readSettings()
    const [result] = lockDownRows([row], { method, actorId: actor.sysId, actorName: actor.name, now }, settings.serviceAccountGroupId)
    switch (result?.outcome) {
        case 'lock':
            return { ok: true, message: `${name} is now web-service-only: it can call the APIs but can no longer log in to the UI, portal or SSO. The owner has been told.` }
        case 'already_locked':
            return { ok: true, message: `${name} was already web-service-only; the inventory now records it as API only.` }
        case 'not_exploring':
            return { ok: true, message: `${name} was locked down a moment ago; nothing more to do.` }
        case 'problem':
            return { ok: false, message: `${name} cannot be locked down: ${result.detail ?? 'its data is wrong'}. An app admin has to fix the inventory row (see its audit trail).` }
        case 'unverified':
            return { ok: false, message: `${name} could not be locked down. ${settingProblemText(result.detail ?? '')} An app admin has been told through the system log.` }
        default:
            return { ok: false, message: `${name} could not be locked down; see its audit trail. An app admin has been told through the system log.` }
    }
}

/** UI action "Confirm API calls are sorted" (server side). */
export function confirmFromForm(current: GlideRecord): void {
    const result = confirmLockdown(current.getUniqueValue(), {
        sysId: gs.getUserID(),
        name: gs.getUserDisplayName(),
        isAdmin: gs.hasRole(APP_ADMIN_ROLE),
    })
    if (result.ok) gs.addInfoMessage(result.message)
    else gs.addErrorMessage(result.message)
}

/**
 * The portal path: async business rule on insert of a request item for the confirmation item. The
 * person who submitted it (opened_by) is the one confirming; the async rule does not rely on the
 * session user. The item closes complete or incomplete with a comment the requester sees in the portal.
 */
export function confirmFromRequestItem(current: GlideRecord): void {
    const inventoryId = readVariableByName(current, CONFIRM_VARIABLE)
    const actor: Actor = {
        sysId: current.getValue('opened_by') ?? '',
        name: current.getDisplayValue('opened_by'),
        // The portal path is for owners; app admins confirm with the UI action on the record.
        isAdmin: false,
    }
    const result = inventoryId
        ? confirmLockdown(inventoryId, actor)
        : { ok: false, message: 'No service account was chosen, so nothing was changed.' }
    const record = `${current.getTableName()} ${current.getUniqueValue()}`
    if (result.ok) gs.info(`${LOG_PREFIX}portal confirmation ${record}: ${result.message}`)
    else gs.warn(`${LOG_PREFIX}portal confirmation ${record} refused: ${result.message}`)

    current.setValue('state', result.ok ? RITM_STATE.closedComplete : RITM_STATE.closedIncomplete)
    current.setValue('comments', result.message)
    if (!current.update()) gs.error(`${LOG_PREFIX}portal confirmation ${record}: the request item could not be closed (${result.message}).`)
}
