import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { completeItemOnCredentialTask } from '../../server/provisioning/credential-task'
import { requestServiceAccountItem } from '../catalog/request-service-account.now'

/**
 * Closing the credential task (Closed Complete = 3) completes its "Request a Service Account" item
 * when no other task of the item is open, and tells the owner what comes next.
 * The condition dot-walks to the item's catalog item; the script checks it again.
 * Async for the same reason as the provisioning rule: sc_task is a global table.
 */
export const credentialTaskClosedRule = BusinessRule({
    $id: Now.ID['credential-task-closed-br'],
    name: 'Complete service account request when credential task closes',
    description:
        'Service Account Lifecycle: when the credential hand-over task of a Request a Service Account item closes complete and no other task is open, closes the item complete and comments to the owner.',
    table: 'sc_task',
    when: 'async',
    action: ['update'],
    order: 200,
    filterCondition: `stateCHANGESTO3^request_item.cat_item=${requestServiceAccountItem}^EQ`,
    script: completeItemOnCredentialTask,
    active: true,
})
