import '@servicenow/sdk/global'
import { UiAction } from '@servicenow/sdk/core'
import { appAdminRole } from '../access/roles.now'
import { reopenGuiWindow } from '../../server/lockdown/reopen-gui-window'

/**
 * "Reopen GUI window": app admins only, on API-only rows. The admin sets "GUI access until" to the new
 * end date and types the reason in "Reopen reason", then clicks this; the server module refuses (and
 * saves nothing) when either is missing, else moves the row to exploring, records the reason on the
 * audit trail and clears web_service_access_only.
 */
export const reopenGuiWindowAction = UiAction({
    $id: Now.ID['ui-action-reopen-gui-window'],
    table: 'x_seed_svcacct_service_account',
    name: 'Reopen GUI window',
    actionName: 'x_seed_svcacct_reopen_gui_window',
    hint: 'Gives this API-only account GUI access again until the new "GUI access until" date. Fill in "Reopen reason" first.',
    showUpdate: true,
    showInsert: false,
    form: { showButton: true, style: 'destructive' },
    condition: "current.getValue('state') == 'api_only' && gs.hasRole('x_seed_svcacct.admin')",
    roles: [appAdminRole],
    order: 200,
    script: reopenGuiWindow,
})
