import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

/**
 * The group every service account joins. Its roles reach the account through group membership
 * (sys_group_has_role, inherited), never through direct sys_user_has_role rows.
 * It carries global roles only: a scoped role would trip the platform's assignable-by check when a
 * member is added (KB0791211).
 */
export const serviceAccountGroup = Record({
    $id: Now.ID['service-account-group'],
    table: 'sys_user_group',
    data: {
        name: 'ServiceNow Service Accounts',
        description:
            'Service accounts (integration users) managed by Service Account Lifecycle. Members inherit the roles listed in the x_seed_svcacct.group.roles property. Add members only through the app.',
        active: true,
    },
})

/**
 * itil's sys_id is the same on every instance (platform-facts: high). rest_api_explorer's is not known
 * offline, so that grant is made at run time by name (see src/server/access/group-roles.ts).
 */
export const ITIL_ROLE_SYS_ID = '282bf1fac6112285017366cb5f867469'

export const serviceAccountGroupItil = Record({
    $id: Now.ID['service-account-group-itil'],
    table: 'sys_group_has_role',
    data: {
        group: serviceAccountGroup,
        role: ITIL_ROLE_SYS_ID,
        inherits: true,
    },
})

/** Fallback approvers: used when the owner's manager is empty, inactive, or the requester/owner. */
export const approverGroup = Record({
    $id: Now.ID['service-account-approver-group'],
    table: 'sys_user_group',
    data: {
        name: 'Service Account Approvers',
        description:
            'Approves service-account requests whose owner has no valid manager (empty, inactive, or the requester). Referenced by the x_seed_svcacct.approval.fallback_group property.',
        active: true,
    },
})

/** Sets the initial credential of a new service account and hands it over out of band (a vault). */
export const credentialGroup = Record({
    $id: Now.ID['service-account-admin-group'],
    table: 'sys_user_group',
    data: {
        name: 'Service Account Administrators',
        description:
            'Works the credential hand-over tasks of Service Account Lifecycle: sets the initial credential and delivers it through the vault, never in the ticket. Referenced by the x_seed_svcacct.credential_task.group property.',
        active: true,
    },
})
