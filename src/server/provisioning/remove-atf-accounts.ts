/**
 * Removes what the provisioning ATF tests leave behind. ATF rolls back what a test's own session
 * changes ("everything performed in that session is recorded for rollback", ServiceNowDocs
 * automated-test-framework-atf/browser-recommendations-atf.md), deletes included (only the tables
 * in atf-excluded-from-rollback.md keep a test's inserts, updates and deletes). The provisioning rule
 * runs async, in a worker's session, so the account, membership, inventory row and credential task
 * it makes for a test are not rolled back; and a clean-up step in the test's session would itself be
 * rolled back. So the tests queue x_seed_svcacct.atf.cleanup, and the event processor, outside the
 * test's session, runs this through the script action "Remove provisioning ATF test accounts".
 *
 * It touches only the accounts with the fixed user names of those tests (ATF_ACCOUNT_NAMES) and what
 * provisioning made for them. An account sys_user will not let the app delete is made harmless and
 * renamed (svc_atf_removed_<first 8 of its sys_id>), so the tests can run again.
 * Reads: 5 (the accounts, their inventory rows, memberships and credential tasks, the accounts again
 * to remove them last); writes: one per leftover record.
 */
import { GlideRecord, gs } from '@servicenow/glide'
import { INVENTORY_TABLE, LOG_SOURCE } from '../config/app.ts'

/** The user IDs the provisioning ATF tests order (src/fluent/atf/provision-on-approval.now.ts). */
export const ATF_ACCOUNT_NAMES: readonly string[] = ['svc_atf_provision_check', 'svc_atf_forged_check']

/** The event the tests queue (src/fluent/events/request-events.now.ts). */
export const ATF_CLEANUP_EVENT = 'x_seed_svcacct.atf.cleanup'


export interface AtfCleanupReport {
    removed: string[]
    renamed: string[]
    failed: string[]
}

/**
 * Script action script. `current` is whatever record the test queued the event on (named so: the SDK
 * passes the parameter's own name to the generated script, and the event processor binds `current`).
 */
export function removeAtfAccounts(current?: GlideRecord): AtfCleanupReport {
    const report: AtfCleanupReport = { removed: [], renamed: [], failed: [] }
    const accounts = new Map<string, string>()
    const user = new GlideRecord('sys_user')
    user.addQuery('user_name', 'IN', ATF_ACCOUNT_NAMES.join(','))
    user.query()
    while (user.next()) accounts.set(user.getUniqueValue(), user.getValue('user_name') ?? '')
    if (accounts.size === 0) return report
    const ids = [...accounts.keys()].join(',')

    const items: string[] = []
    const inventory = new GlideRecord(INVENTORY_TABLE)
    inventory.addQuery('account', 'IN', ids)
    inventory.query()
    while (inventory.next()) {
        items.push(inventory.getValue('request_item') ?? '')
        remove(inventory, `inventory row of ${inventory.getValue('user_name') ?? ''}`, report)
    }

    const membership = new GlideRecord('sys_user_grmember')
    membership.addQuery('user', 'IN', ids)
    membership.query()
    while (membership.next()) remove(membership, `group membership of ${accounts.get(membership.getValue('user') ?? '') ?? ''}`, report)

    const requestItems = items.filter((id) => id !== '')
    if (requestItems.length > 0) {
        const task = new GlideRecord('sc_task')
        task.addQuery('request_item', 'IN', requestItems.join(','))
        task.query()
        while (task.next()) remove(task, `credential task ${task.getValue('number') ?? ''}`, report)
    }

    const account = new GlideRecord('sys_user')
    account.addQuery('sys_id', 'IN', ids)
    account.query()
    while (account.next()) {
        const name = account.getValue('user_name') ?? ''
        let deleted = false
        try {
            deleted = account.deleteRecord()
        } catch (error) {
            gs.warn(`${LOG_SOURCE}: ATF clean-up: deleting ${name} failed: ${String(error)}`)
        }
        if (deleted) {
            report.removed.push(`user ${name}`)
            continue
        }
        // sys_user's Application Access typically refuses the app's deletes: free the user ID and disarm the account.
        const renamed = `svc_atf_removed_${account.getUniqueValue().slice(0, 8)}`
        account.setValue('user_name', renamed)
        account.setValue('active', false)
        account.setValue('locked_out', true)
        account.setValue('web_service_access_only', true)
        if (account.update()) report.renamed.push(`user ${name} -> ${renamed} (inactive, locked out)`)
        else report.failed.push(`user ${name}`)
    }
    gs.info(
        `${LOG_SOURCE}: ATF clean-up (event on ${current ? current.getRecordClassName() : 'no record'}): removed ${report.removed.join(', ') || 'nothing'}; renamed ${report.renamed.join(', ') || 'nothing'}; failed ${report.failed.join(', ') || 'nothing'}.`,
    )
    return report
}

function remove(record: GlideRecord, label: string, report: AtfCleanupReport): void {
    if (record.deleteRecord()) report.removed.push(label)
    else report.failed.push(label)
}
