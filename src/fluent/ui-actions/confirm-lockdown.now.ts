import '@servicenow/sdk/global'
import { UiAction } from '@servicenow/sdk/core'
import { confirmFromForm } from '../../server/lockdown/confirm-lockdown'

/**
 * "Confirm API calls are sorted": the owner (or an app admin) ends the GUI window now.
 * The condition only decides visibility (owner or app admin, row still exploring); the server module
 * checks again who is asking. No `roles`: owners hold no app role, they read their rows through the
 * owner ACL.
 */
export const confirmLockdownAction = UiAction({
    $id: Now.ID['ui-action-confirm-lockdown'],
    table: 'x_seed_svcacct_service_account',
    name: 'Confirm API calls are sorted',
    actionName: 'x_seed_svcacct_confirm_lockdown',
    hint: 'Ends GUI access now: the account becomes web-service-only (API calls keep working).',
    showUpdate: true,
    showInsert: false,
    form: { showButton: true, style: 'primary' },
    condition: "current.getValue('state') == 'exploring' && (current.getValue('owner') == gs.getUserID() || gs.hasRole('x_seed_svcacct.admin'))",
    order: 100,
    script: confirmFromForm,
})
