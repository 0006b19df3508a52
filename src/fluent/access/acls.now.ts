import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { appAdminRole, auditorRole } from './roles.now'

/*
 * Inventory access. A user who matches none of these ACLs sees nothing.
 * - owners read their own rows (condition: owner is (dynamic) Me);
 * - auditors read all rows (app admins too: the admin role contains the auditor role);
 * - app admins edit and delete rows; nobody creates one by hand;
 * - nobody, admins included, changes which user a row describes (account, user_name) or the request
 *   it came from (request_item), through forms, lists or the APIs.
 * Why: lock-down, the drift guard and reopen change the login access of the row's user. Rows are made
 * only by provisioning, linked to the account it created; a hand-made or re-pointed row could aim that
 * machinery at any user (the server code also refuses users outside the service-account group).
 * Server-side app code (business rules, the job, UI action scripts) uses GlideRecord, which these
 * ACLs do not restrict; who may confirm or reopen is checked in that code.
 *
 * The deny-everyone ACLs are allow-type rules whose script answers false, with admin override off
 * (ServiceNow docs, "Explore Access Control Lists": every condition of a rule must pass, and a failed
 * field rule makes the field read-only in forms and lists and refuses it to web services). An
 * allow-type rule keeps that meaning on releases without Deny-Unless rules. The script must not
 * contain the word "true": the ACL engine treats such a script as invalid (same docs page).
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

/** Answers false for everyone: the script of every deny-everyone rule below. */
const NOBODY = 'answer = false;'

export const inventoryCreateAcl = Acl({
    $id: Now.ID['service-account-create-acl'],
    type: 'record',
    table: INVENTORY,
    operation: 'create',
    decisionType: 'allow',
    script: NOBODY,
    adminOverrides: false,
    description:
        'Nobody creates service-account rows by hand, admins included: provisioning creates each row, linked to the account it made (server code, not subject to ACLs).',
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

/*
 * Which user a row describes, and where it came from, are set by provisioning and never change: no
 * write by anyone through forms, lists or the APIs (server code is not subject to ACLs).
 */

export const inventoryAccountWriteAcl = Acl({
    $id: Now.ID['service-account-account-field-write-acl'],
    type: 'record',
    table: INVENTORY,
    field: 'account',
    operation: 'write',
    decisionType: 'allow',
    script: NOBODY,
    adminOverrides: false,
    description: 'Nobody changes the Account of a service-account row, admins included: lock-down changes the login access of this user.',
})

export const inventoryUserNameWriteAcl = Acl({
    $id: Now.ID['service-account-user-name-field-write-acl'],
    type: 'record',
    table: INVENTORY,
    field: 'user_name',
    operation: 'write',
    decisionType: 'allow',
    script: NOBODY,
    adminOverrides: false,
    description: 'Nobody changes the User ID of a service-account row, admins included: lock-down checks the user against it.',
})

export const inventoryRequestItemWriteAcl = Acl({
    $id: Now.ID['service-account-request-item-field-write-acl'],
    type: 'record',
    table: INVENTORY,
    field: 'request_item',
    operation: 'write',
    decisionType: 'allow',
    script: NOBODY,
    adminOverrides: false,
    description: 'Nobody changes the Request item of a service-account row, admins included: it records the approved request the account came from.',
})
