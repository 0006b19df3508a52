import '@servicenow/sdk/global'
import { Role } from '@servicenow/sdk/core'

/**
 * App roles. Neither is granted to service accounts: they are for the people who run the app.
 * Owners need no role; they see their own inventory rows through an owner ACL.
 */
export const auditorRole = Role({
    name: 'x_seed_svcacct.auditor',
    description: 'Reads every service-account inventory row and its audit trail. Changes nothing.',
})

export const appAdminRole = Role({
    name: 'x_seed_svcacct.admin',
    description:
        'Administers Service Account Lifecycle: manages every inventory row, reopens GUI windows, edits the app properties and runs the readiness check.',
    containsRoles: [auditorRole],
})
