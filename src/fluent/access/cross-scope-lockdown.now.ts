import '@servicenow/sdk/global'
import { CrossScopePrivilege } from '@servicenow/sdk/core'

/*
 * Global tables the lock-down code touches, one privilege per table and operation across the app:
 * - sys_user read: shipped in src/fluent/catalog/request-cross-scope.now.ts;
 * - sys_user write (web_service_access_only, identity_type: lock-down, drift guard, reopen): here;
 * - sc_req_item read and write (close the portal confirmation item): shipped in request-cross-scope.now.ts.
 * The tables' own Application Access settings must allow the same operations.
 */

export const lockdownWriteUser = CrossScopePrivilege({
    $id: Now.ID['csp-lockdown-sys-user-write'],
    operation: 'write',
    status: 'allowed',
    targetName: 'sys_user',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
