import '@servicenow/sdk/global'
import { UiAction } from '@servicenow/sdk/core'
import { retryProvisioning } from '../../server/provisioning/retry-provisioning'
import { requestServiceAccountItem } from '../catalog/request-service-account.now'
import { appAdminRole } from '../access/roles.now'

/**
 * "Retry provisioning" on an approved "Request a Service Account" item, for app admins, after they
 * fixed what the work note named. It reruns the same idempotent provisioning, which still demands a
 * genuine approval record and refuses any other catalog item.
 */
export const retryProvisioningAction = UiAction({
    $id: Now.ID['retry-provisioning-ui-action'],
    name: 'Retry provisioning',
    actionName: 'x_seed_svcacct_retry_provisioning',
    table: 'sc_req_item',
    hint: 'Runs service-account provisioning again for this approved request. Creates nothing twice.',
    comments: 'Service Account Lifecycle: reruns src/server/provisioning/provision-service-account.ts for this item.',
    condition: `current.getValue('approval') == 'approved' && current.getValue('cat_item') == '${requestServiceAccountItem}' && String(current.getValue('active')) != '0' && String(current.getValue('active')) != 'false'`,
    roles: [appAdminRole],
    showUpdate: true,
    showInsert: false,
    form: { showButton: true, showLink: false, showContextMenu: false, style: 'unstyled' },
    script: retryProvisioning,
    order: 300,
    active: true,
})
