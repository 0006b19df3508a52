/**
 * "Retry provisioning" (app admins, on an approved "Request a Service Account" item): reruns the
 * same idempotent provisioning after an admin fixed what made it fail or refuse (a property, a
 * missing role, a left-over record). It creates nothing for an item that is already provisioned,
 * and it still insists on a genuine approval record.
 */
import { GlideRecord, gs } from '@servicenow/glide'
import { provisionRequestItem, type OutcomeKind } from './provision-service-account.ts'

/** The app admin role (src/fluent/access/roles.now.ts). The UI action's roles restrict it as well. */
export const APP_ADMIN_ROLE = 'x_seed_svcacct.admin'

const SUMMARY: Record<OutcomeKind, string> = {
    created: 'The service account was created. See the work notes.',
    already_provisioned: 'This item is already provisioned; nothing was done again.',
    refused: 'The service account was not provisioned. The work notes say why and what to do.',
    failed: 'Provisioning failed and was undone. The work notes say what happened.',
    not_ours: 'This is not a "Request a Service Account" item.',
}

export function retryProvisioning(current: GlideRecord): void {
    if (!gs.hasRole(APP_ADMIN_ROLE)) {
        gs.addErrorMessage('Only Service Account Lifecycle admins may retry provisioning.')
        return
    }
    const outcome = provisionRequestItem(current)
    const summary = SUMMARY[outcome.kind]
    if (outcome.kind === 'created' || outcome.kind === 'already_provisioned') gs.addInfoMessage(summary)
    else gs.addErrorMessage(summary)
}
