import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

/*
 * Events the approval flow fires when a service-account request is decided. Each one drives the
 * notification to the requester and the owner (notifications/request-approved/-rejected/-expired.now.ts).
 * parm1 is the requested user ID; parm2 the approval due date (expiry only).
 * Scoped event names must be set in full (<scope>.<suffix>) and fit in 40 characters.
 */
export const requestApprovedEvent = Record({
    $id: Now.ID['request-approved-event'],
    table: 'sysevent_register',
    data: {
        suffix: 'request.approved',
        event_name: 'x_seed_svcacct.request.approved',
        table: 'sc_req_item',
        description: 'A service-account request was approved; provisioning starts.',
        fired_by: 'Flow: Service Account Request Approval',
        priority: 100,
    },
})

export const requestRejectedEvent = Record({
    $id: Now.ID['request-rejected-event'],
    table: 'sysevent_register',
    data: {
        suffix: 'request.rejected',
        event_name: 'x_seed_svcacct.request.rejected',
        table: 'sc_req_item',
        description: 'A service-account request was rejected, or could not be sent for approval.',
        fired_by: 'Flow: Service Account Request Approval',
        priority: 100,
    },
})

export const requestExpiredEvent = Record({
    $id: Now.ID['request-expired-event'],
    table: 'sysevent_register',
    data: {
        suffix: 'request.expired',
        event_name: 'x_seed_svcacct.request.expired',
        table: 'sc_req_item',
        description: 'A service-account request expired: no approval decision before the due date.',
        fired_by: 'Flow: Service Account Request Approval',
        priority: 100,
    },
})

/** Queued by "Retry provisioning" on a request item; the script action of the same name provisions. */
export const provisioningRetryEvent = Record({
    $id: Now.ID['provisioning-retry-event'],
    table: 'sysevent_register',
    data: {
        suffix: 'provisioning.retry',
        event_name: 'x_seed_svcacct.provisioning.retry',
        table: 'sc_req_item',
        description: 'An app admin asked to retry provisioning of a service-account request; parm1 is their user name.',
        fired_by: 'UI action: Retry provisioning',
        priority: 100,
    },
})

/** Queued by the provisioning ATF tests; the script action "Remove provisioning ATF test accounts" cleans up. */
export const atfCleanupEvent = Record({
    $id: Now.ID['atf-cleanup-event'],
    table: 'sysevent_register',
    data: {
        suffix: 'atf.cleanup',
        event_name: 'x_seed_svcacct.atf.cleanup',
        table: 'sys_user',
        description:
            'The provisioning ATF tests ask to remove the accounts they provisioned (fixed user names svc_atf_provision_check and svc_atf_forged_check), outside the test session so ATF does not roll the removal back.',
        fired_by: 'ATF: Service Account Lifecycle provisioning tests',
        priority: 100,
    },
})
