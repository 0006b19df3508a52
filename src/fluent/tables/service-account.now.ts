import '@servicenow/sdk/global'
import {
    ChoiceColumn,
    DateTimeColumn,
    GenericColumn,
    MultiLineTextColumn,
    ReferenceColumn,
    StringColumn,
    Table,
} from '@servicenow/sdk/core'

/**
 * The inventory: one row per service account the app provisioned. Lifecycle state moves
 * exploring -> api_only -> retired. Access is by ACL only (src/fluent/access/acls.now.ts):
 * owners read their own rows, auditors read all, app admins edit and delete them. Only provisioning
 * creates rows, and nobody changes account, user_name or request_item afterwards: lock-down acts on
 * the row's user, so which user a row describes is fixed when the app creates it.
 */
export const x_seed_svcacct_service_account = Table({
    name: 'x_seed_svcacct_service_account',
    label: 'Service Account',
    display: 'user_name',
    audit: true,
    accessibleFrom: 'public',
    actions: ['read'],
    allowWebServiceAccess: false,
    schema: {
        account: ReferenceColumn({
            label: 'Account',
            referenceTable: 'sys_user',
            // The inventory row outlives a deleted account: it keeps the user name and its history.
            cascadeRule: 'clear',
            readOnlyOption: 'display_read_only',
        }),
        user_name: StringColumn({
            label: 'User ID',
            maxLength: 40,
            mandatory: true,
            readOnlyOption: 'display_read_only',
        }),
        owner: ReferenceColumn({
            label: 'Owner',
            referenceTable: 'sys_user',
            mandatory: true,
        }),
        purpose: MultiLineTextColumn({
            label: 'Purpose',
            maxLength: 4000,
        }),
        consuming_system: StringColumn({
            label: 'Consuming system',
            maxLength: 255,
        }),
        request_item: ReferenceColumn({
            label: 'Request item',
            referenceTable: 'sc_req_item',
            readOnlyOption: 'display_read_only',
        }),
        state: ChoiceColumn({
            label: 'State',
            dropdown: 'dropdown_without_none',
            default: 'exploring',
            choices: {
                exploring: { label: 'Exploring (GUI access on)', sequence: 100 },
                api_only: { label: 'API only', sequence: 200 },
                retired: { label: 'Retired', sequence: 300 },
            },
            readOnlyOption: 'display_read_only',
        }),
        gui_access_until: DateTimeColumn({
            label: 'GUI access until',
        }),
        reminder_sent_on: DateTimeColumn({
            label: 'Reminder sent on',
            readOnlyOption: 'display_read_only',
        }),
        locked_down_on: DateTimeColumn({
            label: 'Locked down on',
            readOnlyOption: 'display_read_only',
        }),
        locked_down_by: ReferenceColumn({
            label: 'Locked down by',
            referenceTable: 'sys_user',
            readOnlyOption: 'display_read_only',
        }),
        lockdown_method: ChoiceColumn({
            label: 'Lock-down method',
            choices: {
                owner_confirmed: { label: 'Owner confirmed', sequence: 100 },
                admin: { label: 'App admin', sequence: 200 },
                window_expired: { label: 'GUI window ended', sequence: 300 },
            },
            readOnlyOption: 'display_read_only',
        }),
        // Set by the daily lock-down job when a row's data stops it (no user, deleted user, bad window).
        // The job's due query skips rows with a problem, so they cannot crowd its bounded batch; an app
        // admin fixes the row and clears this field (confirming or reopening clears it too).
        lockdown_problem: StringColumn({
            label: 'Lock-down problem',
            maxLength: 255,
        }),
        // Input of the "Reopen GUI window" action: the app admin types the reason here (a server UI
        // action cannot prompt); the action moves it to the audit trail and empties this field.
        reopen_reason: StringColumn({
            label: 'Reopen reason',
            maxLength: 1000,
        }),
        audit_trail: GenericColumn({
            label: 'Audit trail',
            columnType: 'journal',
        }),
    },
})
