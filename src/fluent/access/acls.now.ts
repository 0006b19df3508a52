import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { appAdminRole, auditorRole } from './roles.now'

/*
 * Inventory access. A user who matches none of these ACLs sees nothing.
 * - owners read their own rows (condition: owner is (dynamic) Me);
 * - auditors read all rows (app admins too: the admin role contains the auditor role);
 * - app admins create, write and delete.
 * Server-side app code (business rules, the job, UI action scripts) uses GlideRecord, which these
 * ACLs do not restrict; who may confirm or reopen is checked in that code.
 */
const INVENTORY = 'x_seed_svcacct_service_account'
/** sys_filter_option_dynamic "Me": the platform's dynamic filter for the current user. */
const DYNAMIC_ME = '90d1921e5f510100a9ad2572f2b477fe'

export const inventoryReadOwnAcl = Acl({
    $id: Now.ID['service-account-read-own-acl'],
    type: 'record',
    table: INVENTORY,
    operation: 'read',
    decisionType: 'allow',
    condition: `ownerDYNAMIC${DYNAMIC_ME}`,
    adminOverrides: true,
    description: 'Owners read the service accounts they own.',
})

export const inventoryReadAuditorAcl = Acl({
    $id: Now.ID['service-account-read-acl'],
    type: 'record',
    table: INVENTORY,
    operation: 'read',
    decisionType: 'allow',
    roles: [auditorRole],
    adminOverrides: true,
    description: 'Auditors and app admins read every service account.',
})

export const inventoryWriteAcl = Acl({
    $id: Now.ID['service-account-write-acl'],
    type: 'record',
    table: INVENTORY,
    operation: 'write',
    decisionType: 'allow',
    roles: [appAdminRole],
    adminOverrides: true,
    description: 'App admins edit service-account rows.',
})

export const inventoryCreateAcl = Acl({
    $id: Now.ID['service-account-create-acl'],
    type: 'record',
    table: INVENTORY,
    operation: 'create',
    decisionType: 'allow',
    roles: [appAdminRole],
    adminOverrides: true,
    description: 'App admins create service-account rows by hand (provisioning creates them as system).',
})

export const inventoryDeleteAcl = Acl({
    $id: Now.ID['service-account-delete-acl'],
    type: 'record',
    table: INVENTORY,
    operation: 'delete',
    decisionType: 'allow',
    roles: [appAdminRole],
    adminOverrides: true,
    description: 'App admins delete service-account rows.',
})
