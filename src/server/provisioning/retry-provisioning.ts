/**
 * "Retry provisioning" (app admins, on an approved "Request a Service Account" item): reruns the
 * same idempotent provisioning after an admin fixed what made it fail or refuse (a property, a
 * missing role, a left-over record). It creates nothing for an item that is already provisioned,
 * and it still insists on a genuine approval record.
 *
 * The button does not provision in the admin's session. It queues the event
 * x_seed_svcacct.provisioning.retry on the item, and the script action "Retry service account
 * provisioning" (src/fluent/script-actions/retry-provisioning.now.ts) provisions when the event
 * processor runs it, in the background, like the business rule does:
 *   - a UI action's `current` carries the values typed on the form, saved or not; the script action
 *     re-reads the item by sys_id, so only stored values count;
 *   - in an interactive session of a user without admin, the platform's "user query" rule hides
 *     inactive users, so a user ID held by an inactive user would look free and be created twice;
 *     the event processor's session is not interactive and sees every user;
 *   - the rule and a retry both run in the background, usually one after the other, and the
 *     provisioning shell looks for the user once more right before inserting it.
 */
import { GlideRecord, gs } from '@servicenow/glide'
import { APP_ADMIN_ROLE, LOG_SOURCE } from '../config/app.ts'
import { provisionRequestItemById } from './provision-service-account.ts'

/** The app admin role (src/fluent/access/roles.now.ts). The UI action's roles restrict it as well. */

/** The event the button queues (src/fluent/events/request-events.now.ts); parm1 = who asked. */
export const RETRY_EVENT = 'x_seed_svcacct.provisioning.retry'


/** UI action script: queues the retry; nothing is read or written here but the event. */
export function retryProvisioning(current: GlideRecord): void {
    if (!gs.hasRole(APP_ADMIN_ROLE)) {
        gs.addErrorMessage('Only Service Account Lifecycle admins may retry provisioning.')
        return
    }
    gs.eventQueue(RETRY_EVENT, current, gs.getUserName(), '')
    gs.info(`${LOG_SOURCE}: ${gs.getUserName()} asked to retry provisioning of ${current.getValue('number') ?? current.getUniqueValue()}.`)
    gs.addInfoMessage(
        'Provisioning runs again in the background in a moment. Reload this item: its work notes will say what was done, or why not.',
    )
}

/** Script action script (event x_seed_svcacct.provisioning.retry): provisions from the item as stored. */
export function retryProvisioningFromEvent(current: GlideRecord): void {
    provisionRequestItemById(current.getUniqueValue())
}
