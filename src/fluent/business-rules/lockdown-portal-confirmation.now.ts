import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { confirmLockdownItem } from '../catalog/confirm-lockdown.now'
import { confirmFromRequestItem } from '../../server/lockdown/confirm-lockdown'

/**
 * The server side of the portal confirmation: when a request item for the confirmation item is
 * inserted, lock the chosen account down if the submitter owns it, and close the item with a comment.
 * Async because sc_req_item is in the global scope (scoped apps may only add async scripted rules to
 * another scope's table); that also means the item's variables are saved before it runs.
 */
export const lockdownPortalConfirmationRule = BusinessRule({
    $id: Now.ID['br-lockdown-portal-confirmation'],
    name: 'Service Account Lifecycle: confirm lock-down from the portal',
    table: 'sc_req_item',
    when: 'async',
    action: ['insert'],
    filterCondition: `cat_item=${confirmLockdownItem}^EQ`,
    order: 100,
    script: confirmFromRequestItem,
    description: 'Runs the owner confirmation of "Confirm my service account\'s API calls are sorted" and closes the request item complete (done) or incomplete (refused), with a comment for the requester.',
})
