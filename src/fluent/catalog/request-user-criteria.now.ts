import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

/**
 * Who sees "Request a Service Account" in the platform UI, the Service Portal and Employee Center:
 * every active, interactive user (requesters need no role), but no integration or service account.
 * Scripted because no field-based criterion says "everyone who signs in" without depending on an
 * optional plugin's role (snc_internal). Scripted criteria are not cached; this one reads the user by
 * sys_id and the inventory by account (two reads).
 */
export const serviceAccountRequesters = Record({
    $id: Now.ID['service-account-requesters-criteria'],
    table: 'user_criteria',
    data: {
        name: 'Service account requesters',
        short_description:
            'Active users who sign in interactively (not the guest user, not web-service-only accounts, machine identities or service accounts in the Service Account inventory). Used by "Request a Service Account".',
        active: true,
        advanced: true,
        match_all: false,
        script: Now.include('./request-user-criteria.server.js'),
    },
})
