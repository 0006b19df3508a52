import '@servicenow/sdk/global'
import { CrossScopePrivilege } from '@servicenow/sdk/core'

/*
 * One cross-scope privilege per global table and operation the app's scripts use (platform-facts,
 * "Scoped app on global tables": the table's Application Access must allow the operation too).
 * Exactly what the code touches, no more; each says who needs it. Status allowed: granted on install.
 * Add a line here when new code touches another global table or operation.
 *
 * Declared once for the whole app, in src/fluent/catalog/request-cross-scope.now.ts, and used by
 * provisioning too: sys_user read (user-ID check, owner, manager), sys_user_group read (the groups),
 * sc_req_item read and write (the item, its work notes and state). A privilege must exist once only;
 * test/artifacts/provision-cross-scope.test.ts checks every one provisioning needs, whichever file declares it.
 */

/** Provisioning: creates the service account. */
export const sysUserCreatePrivilege = CrossScopePrivilege({
    $id: Now.ID['cross-scope-sys-user-create'],
    targetName: 'sys_user',
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation: 'create',
    status: 'allowed',
})

/** Provisioning: removes an account it created when a later step fails. */
export const sysUserDeletePrivilege = CrossScopePrivilege({
    $id: Now.ID['cross-scope-sys-user-delete'],
    targetName: 'sys_user',
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation: 'delete',
    status: 'allowed',
})

/** Approval check: is the approver an active member of the fallback approval group. */
export const sysUserGrmemberReadPrivilege = CrossScopePrivilege({
    $id: Now.ID['cross-scope-sys-user-grmember-read'],
    targetName: 'sys_user_grmember',
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})

/** Provisioning: adds the account to the service-account group. */
export const sysUserGrmemberCreatePrivilege = CrossScopePrivilege({
    $id: Now.ID['cross-scope-sys-user-grmember-create'],
    targetName: 'sys_user_grmember',
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation: 'create',
    status: 'allowed',
})

/** Provisioning: removes a membership it created when a later step fails. */
export const sysUserGrmemberDeletePrivilege = CrossScopePrivilege({
    $id: Now.ID['cross-scope-sys-user-grmember-delete'],
    targetName: 'sys_user_grmember',
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation: 'delete',
    status: 'allowed',
})

/** Provisioning: resolves the configured group roles (and the elevated ones) by name. */
export const sysUserRoleReadPrivilege = CrossScopePrivilege({
    $id: Now.ID['cross-scope-sys-user-role-read'],
    targetName: 'sys_user_role',
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})

/** Provisioning: refuses a configured role that contains an elevated role. */
export const sysUserRoleContainsReadPrivilege = CrossScopePrivilege({
    $id: Now.ID['cross-scope-sys-user-role-contains-read'],
    targetName: 'sys_user_role_contains',
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})

/** Provisioning: which configured roles the group already carries. */
export const sysGroupHasRoleReadPrivilege = CrossScopePrivilege({
    $id: Now.ID['cross-scope-sys-group-has-role-read'],
    targetName: 'sys_group_has_role',
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})

/** Provisioning: grants a configured role the group lacks (e.g. rest_api_explorer). */
export const sysGroupHasRoleCreatePrivilege = CrossScopePrivilege({
    $id: Now.ID['cross-scope-sys-group-has-role-create'],
    targetName: 'sys_group_has_role',
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation: 'create',
    status: 'allowed',
})

/** Provisioning: insists on a genuine approval record. */
export const sysapprovalApproverReadPrivilege = CrossScopePrivilege({
    $id: Now.ID['cross-scope-sysapproval-approver-read'],
    targetName: 'sysapproval_approver',
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})

/** Credential task: does the item have another open task. */
export const scTaskReadPrivilege = CrossScopePrivilege({
    $id: Now.ID['cross-scope-sc-task-read'],
    targetName: 'sc_task',
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})

/** Provisioning: opens the credential hand-over task. */
export const scTaskCreatePrivilege = CrossScopePrivilege({
    $id: Now.ID['cross-scope-sc-task-create'],
    targetName: 'sc_task',
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation: 'create',
    status: 'allowed',
})

/** Provisioning: removes a task it created when a later step fails. */
export const scTaskDeletePrivilege = CrossScopePrivilege({
    $id: Now.ID['cross-scope-sc-task-delete'],
    targetName: 'sc_task',
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation: 'delete',
    status: 'allowed',
})
