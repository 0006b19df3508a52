import '@servicenow/sdk/global'
import { CrossScopePrivilege } from '@servicenow/sdk/core'

/*
 * Global tables the request-and-approval code touches, one privilege per table and operation
 * (platform-facts "Scoped app on global tables"). Who touches what:
 *   user-ID check (form and routing)  sys_user read
 *   approval routing                  sys_user read (owner, manager), sys_user_group read (fallback group),
 *                                     sc_req_item read + write (work note),
 *                                     sc_item_option_mtom read + create, sc_item_option read + write + create,
 *                                     item_option_new read (the roles_granted variable)
 *   user criteria script              sys_user read
 */
export const requestReadsUsers = CrossScopePrivilege({
    $id: Now.ID['request-cross-scope-sys-user-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_user',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

export const requestReadsGroups = CrossScopePrivilege({
    $id: Now.ID['request-cross-scope-sys-user-group-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_user_group',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

export const requestReadsRequestItems = CrossScopePrivilege({
    $id: Now.ID['request-cross-scope-sc-req-item-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sc_req_item',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

export const requestWritesRequestItems = CrossScopePrivilege({
    $id: Now.ID['request-cross-scope-sc-req-item-write'],
    operation: 'write',
    status: 'allowed',
    targetName: 'sc_req_item',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

export const requestReadsVariableLinks = CrossScopePrivilege({
    $id: Now.ID['request-cross-scope-sc-item-option-mtom-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sc_item_option_mtom',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

export const requestCreatesVariableLinks = CrossScopePrivilege({
    $id: Now.ID['request-cross-scope-sc-item-option-mtom-create'],
    operation: 'create',
    status: 'allowed',
    targetName: 'sc_item_option_mtom',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

export const requestReadsVariableAnswers = CrossScopePrivilege({
    $id: Now.ID['request-cross-scope-sc-item-option-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sc_item_option',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

export const requestWritesVariableAnswers = CrossScopePrivilege({
    $id: Now.ID['request-cross-scope-sc-item-option-write'],
    operation: 'write',
    status: 'allowed',
    targetName: 'sc_item_option',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

export const requestCreatesVariableAnswers = CrossScopePrivilege({
    $id: Now.ID['request-cross-scope-sc-item-option-create'],
    operation: 'create',
    status: 'allowed',
    targetName: 'sc_item_option',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

export const requestReadsQuestions = CrossScopePrivilege({
    $id: Now.ID['request-cross-scope-item-option-new-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'item_option_new',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
