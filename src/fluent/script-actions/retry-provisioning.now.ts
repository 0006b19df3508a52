import '@servicenow/sdk/global'
import { ScriptAction } from '@servicenow/sdk/core'
import { retryProvisioningFromEvent } from '../../server/provisioning/retry-provisioning'

/**
 * Provisions when "Retry provisioning" asked for it. The event processor runs it in the background
 * (not in the admin's interactive session), with `current` the request item the event names; the
 * module re-reads that item by sys_id and runs the same idempotent provisioning as the business rule.
 */
export const retryProvisioningScriptAction = ScriptAction({
    $id: Now.ID['retry-provisioning-script-action'],
    name: 'Retry service account provisioning',
    description:
        'Service Account Lifecycle: runs provisioning again for the request item named by the x_seed_svcacct.provisioning.retry event (queued by the Retry provisioning button). Idempotent; still insists on a genuine approval.',
    // The event registered in src/fluent/events/request-events.now.ts (an artifact test checks they match).
    eventName: 'x_seed_svcacct.provisioning.retry',
    script: retryProvisioningFromEvent,
    order: 100,
    active: true,
})
