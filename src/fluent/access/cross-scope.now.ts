import '@servicenow/sdk/global'
import { CrossScopePrivilege } from '@servicenow/sdk/core'

/*
 * Every cross-scope privilege the app holds: one per global table and operation its scripts use,
 * exactly what the code touches, no more (platform-facts, "Scoped app on global tables": the
 * table's own Application Access settings must allow the operation too). Status allowed: granted on
 * install. Each says who needs it. Sorted by table, then read, create, write, delete.
 * Add one here when new code touches another global table or operation; the artifact tests check
 * that each area's needs are covered and that no table and operation is declared twice.
 * The deletes serve only provisioning's undo of a failed run.
 */

/** Approval routing: finds the roles_granted question of the item. */
export const requestReadsQuestions = CrossScopePrivilege({
    $id: Now.ID['request-cross-scope-item-option-new-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'item_option_new',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/** Approval routing: reads the roles_granted answer. */
export const requestReadsVariableAnswers = CrossScopePrivilege({
    $id: Now.ID['request-cross-scope-sc-item-option-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sc_item_option',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/** Approval routing: stores the roles_granted answer when the item has none yet. */
export const requestCreatesVariableAnswers = CrossScopePrivilege({
    $id: Now.ID['request-cross-scope-sc-item-option-create'],
    operation: 'create',
    status: 'allowed',
    targetName: 'sc_item_option',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/** Approval routing: fills the roles_granted answer for the approver. */
export const requestWritesVariableAnswers = CrossScopePrivilege({
    $id: Now.ID['request-cross-scope-sc-item-option-write'],
    operation: 'write',
    status: 'allowed',
    targetName: 'sc_item_option',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/** Approval routing: finds the answers of the request item. */
export const requestReadsVariableLinks = CrossScopePrivilege({
    $id: Now.ID['request-cross-scope-sc-item-option-mtom-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sc_item_option_mtom',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/** Approval routing: links a new roles_granted answer to the request item. */
export const requestCreatesVariableLinks = CrossScopePrivilege({
    $id: Now.ID['request-cross-scope-sc-item-option-mtom-create'],
    operation: 'create',
    status: 'allowed',
    targetName: 'sc_item_option_mtom',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/** Routing, provisioning, credential task, portal confirmation: read the request item. */
export const requestReadsRequestItems = CrossScopePrivilege({
    $id: Now.ID['request-cross-scope-sc-req-item-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sc_req_item',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/** Routing and provisioning (work notes, state), credential task (closes the item), portal confirmation (closes its item). */
export const requestWritesRequestItems = CrossScopePrivilege({
    $id: Now.ID['request-cross-scope-sc-req-item-write'],
    operation: 'write',
    status: 'allowed',
    targetName: 'sc_req_item',
    targetScope: 'global',
    targetType: 'sys_db_object',
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

/** Provisioning: every role the group and its parent groups carry. */
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

/** Readiness check: is the approval flow active? */
export const readinessReadsFlows = CrossScopePrivilege({
    $id: Now.ID['readiness-cross-scope-sys-hub-flow-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_hub_flow',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/** Readiness check: are the app's own privileges allowed? */
export const readinessReadsPrivileges = CrossScopePrivilege({
    $id: Now.ID['readiness-cross-scope-sys-scope-privilege-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_scope_privilege',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/** User-ID check (form and routing), owner and manager, user criteria, lock-down, readiness. */
export const requestReadsUsers = CrossScopePrivilege({
    $id: Now.ID['request-cross-scope-sys-user-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_user',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/** Provisioning: creates the service account. */
export const sysUserCreatePrivilege = CrossScopePrivilege({
    $id: Now.ID['cross-scope-sys-user-create'],
    targetName: 'sys_user',
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation: 'create',
    status: 'allowed',
})

/** Lock-down, drift guard and reopen: web_service_access_only and identity_type. Provisioning: deactivates an account it could not delete. */
export const lockdownWriteUser = CrossScopePrivilege({
    $id: Now.ID['csp-lockdown-sys-user-write'],
    operation: 'write',
    status: 'allowed',
    targetName: 'sys_user',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/**
 * Provisioning: removes an account it created when a later step fails. sys_user's Application Access
 * typically refuses deletes from other scopes (the SDK's sys_user typing allows read, create and
 * update); provisioning then makes the account harmless instead (it needs the write above).
 */
export const sysUserDeletePrivilege = CrossScopePrivilege({
    $id: Now.ID['cross-scope-sys-user-delete'],
    targetName: 'sys_user',
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation: 'delete',
    status: 'allowed',
})

/** Approval check: did an active approval delegate of the approver decide the approval record. */
export const sysUserDelegateReadPrivilege = CrossScopePrivilege({
    $id: Now.ID['cross-scope-sys-user-delegate-read'],
    targetName: 'sys_user_delegate',
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})

/** Approval check: is the approver an active member of the fallback approval group. Lock-down, drift guard, reopen: is the user a service account. */
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

/** Routing (fallback group), provisioning (service-account and credential groups), readiness, lock-down (does the group exist). */
export const requestReadsGroups = CrossScopePrivilege({
    $id: Now.ID['request-cross-scope-sys-user-group-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_user_group',
    targetScope: 'global',
    targetType: 'sys_db_object',
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

/** Provisioning: insists on a genuine approval record. */
export const sysapprovalApproverReadPrivilege = CrossScopePrivilege({
    $id: Now.ID['cross-scope-sysapproval-approver-read'],
    targetName: 'sysapproval_approver',
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})
