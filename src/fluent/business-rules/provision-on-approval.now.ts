import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { provisionOnApproval } from '../../server/provisioning/provision-service-account'
import { requestServiceAccountItem } from '../catalog/request-service-account.now'

/**
 * Provisions the service account when a "Request a Service Account" item's approval changes to
 * approved. The condition is the cheap first filter; the script then insists on a genuine approval
 * record (src/server/approval/verify-approval.ts), so a direct edit of the approval field creates
 * nothing.
 *
 * Async: sc_req_item is a global table, and a scoped app may add only async rules (or before rules
 * without a script) to another scope's table (ServiceNow docs, "Business rules in scoped
 * applications"). The filter condition is evaluated when the approval is saved; the script runs
 * moments later in its own transaction, reads the item afresh and is idempotent, so a late or
 * repeated run does no harm. Order 200 among the item's async rules.
 */
export const provisionOnApprovalRule = BusinessRule({
    $id: Now.ID['provision-on-approval-br'],
    name: 'Provision service account on approval',
    description:
        'Service Account Lifecycle: when a Request a Service Account item is approved through a genuine approval record, creates the account, adds it to the service-account group, records it in the inventory and opens the credential task. Idempotent; undoes its writes on failure.',
    table: 'sc_req_item',
    when: 'async',
    action: ['update'],
    order: 200,
    // active=true: a closed item (rejected, expired, completed) never provisions, even if its approval
    // field is moved to approved afterwards. The script refuses closed items too.
    filterCondition: `approvalCHANGESTOapproved^cat_item=${requestServiceAccountItem}^active=true^EQ`,
    script: provisionOnApproval,
    active: true,
})
