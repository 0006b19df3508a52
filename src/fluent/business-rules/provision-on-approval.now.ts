import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { provisionOnApproval } from '../../server/provisioning/provision-service-account'
import { requestServiceAccountItem } from '../catalog/request-service-account.now'

/**
 * Provisions the service account when a "Request a Service Account" item's approval changes to
 * approved. The condition is the cheap first filter; the script then insists on a genuine approval
 * record (src/server/approval/verify-approval.ts), so a direct edit of the approval field creates
 * nothing. After, not before: the approval is saved, and the account's records are separate writes.
 * Order 200: after the platform's own after-rules at the default 100 have seen the approval.
 */
export const provisionOnApprovalRule = BusinessRule({
    $id: Now.ID['provision-on-approval-br'],
    name: 'Provision service account on approval',
    description:
        'Service Account Lifecycle: when a Request a Service Account item is approved through a genuine approval record, creates the account, adds it to the service-account group, records it in the inventory and opens the credential task. Idempotent; undoes its writes on failure.',
    table: 'sc_req_item',
    when: 'after',
    action: ['update'],
    order: 200,
    filterCondition: `approvalCHANGESTOapproved^cat_item=${requestServiceAccountItem}^EQ`,
    script: provisionOnApproval,
    active: true,
})
