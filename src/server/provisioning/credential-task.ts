/**
 * Closing the credential task completes the request item. Provisioning leaves the item in Work in
 * Progress with one sc_task for the credential group; when that task is closed complete (the owner
 * has the credential, delivered through the vault) and no other task of the item is still open, the
 * item is closed complete and its owner gets a comment saying what comes next.
 *
 * decideItemCompletion() is pure; completeItemOnCredentialTask() is the business-rule shell:
 * 3 reads and at most 1 write, whatever the number of users or accounts.
 */
import { GlideRecord, gs } from '@servicenow/glide'
import { isTrue } from '../naming/user-id-rules.ts'
import { REQUEST_SERVICE_ACCOUNT_ITEM_ID } from './catalog-item.ts'
import { INVENTORY_TABLE, LOG_SOURCE } from '../config/app.ts'

/** sc_req_item.state: Closed Complete. The platform then ends the item and, when it is the last, its request. */
export const ITEM_CLOSED_COMPLETE = '3'


export interface CompletionFacts {
    itemNumber: string
    catalogItemId: string
    itemActive: boolean
    /** Another task of the item is still open (active). */
    otherTaskOpen: boolean
    /** The item's inventory row, or null when the item was never provisioned. */
    account: { userName: string; guiAccessUntil: string } | null
}

export type CompletionDecision =
    | { kind: 'leave'; log: string }
    | { kind: 'complete'; comment: string; log: string }

export function decideItemCompletion(facts: CompletionFacts): CompletionDecision {
    const item = facts.itemNumber
    if (facts.catalogItemId !== REQUEST_SERVICE_ACCOUNT_ITEM_ID) return { kind: 'leave', log: `${item} is not a service-account request.` }
    if (!facts.itemActive) return { kind: 'leave', log: `${item} is already closed.` }
    if (facts.otherTaskOpen) return { kind: 'leave', log: `${item} still has an open task; it stays in progress.` }
    if (!facts.account) {
        return { kind: 'leave', log: `${item} has no provisioned service account, so closing its task does not complete it.` }
    }
    const { userName, guiAccessUntil } = facts.account
    return {
        kind: 'complete',
        comment: [
            `Your service account ${userName} is ready and its credential has been handed over through the vault.`,
            `Until ${guiAccessUntil} UTC you can log in as ${userName} and explore the REST API Explorer. When your calls are sorted, confirm it on the Service Account record; the account then becomes web-service-only.`,
            'Keep the credential in the vault. Never paste it into a ticket or an email.',
        ].join('\n'),
        log: `${item}: credential task closed; the request item is complete (service account ${userName}).`,
    }
}

/** Business rule script: sc_task, async on update, state changes to Closed Complete on our item's task. */
export function completeItemOnCredentialTask(current: GlideRecord, _previous?: GlideRecord): void {
    const itemId = current.getValue('request_item') ?? ''
    if (!itemId) return

    const item = new GlideRecord('sc_req_item')
    if (!item.get(itemId)) return

    const otherTask = new GlideRecord('sc_task')
    otherTask.addQuery('request_item', itemId)
    otherTask.addQuery('active', 'true')
    otherTask.addQuery('sys_id', '!=', current.getUniqueValue())
    otherTask.setLimit(1)
    otherTask.query()

    const inventory = new GlideRecord(INVENTORY_TABLE)
    inventory.addQuery('request_item', itemId)
    inventory.setLimit(1)
    inventory.query()
    const provisioned = inventory.next()

    const decision = decideItemCompletion({
        itemNumber: item.getValue('number') ?? itemId,
        catalogItemId: item.getValue('cat_item') ?? '',
        itemActive: isTrue(item.getValue('active')),
        otherTaskOpen: otherTask.next(),
        account: provisioned
            ? { userName: inventory.getValue('user_name') ?? '', guiAccessUntil: inventory.getValue('gui_access_until') ?? '' }
            : null,
    })
    if (decision.kind === 'leave') {
        gs.info(`${LOG_SOURCE}: ${decision.log}`)
        return
    }
    item.setValue('state', ITEM_CLOSED_COMPLETE)
    item.setValue('comments', decision.comment)
    if (item.update()) gs.info(`${LOG_SOURCE}: ${decision.log}`)
    else gs.error(`${LOG_SOURCE}: ${decision.log.replace('is complete', 'could NOT be closed')} ${item.getLastErrorMessage()}`)
}
