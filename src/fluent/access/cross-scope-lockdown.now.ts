import '@servicenow/sdk/global'
import { CrossScopePrivilege } from '@servicenow/sdk/core'

/*
 * Global tables the lock-down code touches, one privilege per table and operation:
 * - sys_user: read and write web_service_access_only / identity_type (lock-down, drift guard, reopen);
 * - sc_req_item: read and write the portal confirmation item (close it, add a comment).
 * The tables' own Application Access settings must allow the same operations.
 */

export const lockdownReadUser = CrossScopePrivilege({
    $id: Now.ID['csp-lockdown-sys-user-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_user',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

export const lockdownWriteUser = CrossScopePrivilege({
    $id: Now.ID['csp-lockdown-sys-user-write'],
    operation: 'write',
    status: 'allowed',
    targetName: 'sys_user',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

export const lockdownReadRequestItem = CrossScopePrivilege({
    $id: Now.ID['csp-lockdown-sc-req-item-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sc_req_item',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

export const lockdownWriteRequestItem = CrossScopePrivilege({
    $id: Now.ID['csp-lockdown-sc-req-item-write'],
    operation: 'write',
    status: 'allowed',
    targetName: 'sc_req_item',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
