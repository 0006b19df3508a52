import '@servicenow/sdk/global'
import { CrossScopePrivilege } from '@servicenow/sdk/core'

/*
 * Global tables only the readiness check reads (src/server/readiness/readiness-check.ts), one
 * privilege per table and operation (platform-facts "Scoped app on global tables"):
 *   sys_scope_privilege read   the app's own privileges and their status
 *   sys_hub_flow read          whether the approval flow is active
 * It also reads sys_user, sys_user_group, sys_user_grmember, sys_user_role,
 * sys_user_role_contains and sys_group_has_role, which other parts of the app already hold
 * privileges for; an artifact test checks that every table it reads is covered.
 */
export const readinessReadsPrivileges = CrossScopePrivilege({
    $id: Now.ID['readiness-cross-scope-sys-scope-privilege-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_scope_privilege',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

export const readinessReadsFlows = CrossScopePrivilege({
    $id: Now.ID['readiness-cross-scope-sys-hub-flow-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_hub_flow',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
