/**
 * The app's own records that the readiness check looks up on the instance: sys_ids, which are
 * permanent (now.config.json scopeId; src/fluent/generated/keys.ts), and the cross-scope privileges.
 * The artifact tests check each one against the built app, so a copy here cannot drift unnoticed.
 */

/** The app's scope (sys_app / sys_scope): now.config.json "scopeId". */
export const APP_SCOPE_ID = '35bf2b1439e74fbdbdcc60b5181bb8a6'

/**
 * The approval flow "Service Account Request Approval": the sys_id of its $id
 * 'service-account-approval-flow' in src/fluent/generated/keys.ts.
 */
export const APPROVAL_FLOW_ID = '1ccbe5c49bc0475f95258e23a939d044'

/** One cross-scope privilege the app needs: a global table and an operation on it. */
export interface RequiredPrivilege {
    targetName: string
    operation: 'read' | 'create' | 'write' | 'delete'
}

/**
 * Every cross-scope privilege the app ships (src/fluent/access/cross-scope.now.ts), which the
 * readiness check expects to find on the instance, allowed: a deleted privilege is as broken as a
 * denied one. Sorted by table, then read, create, write, delete. An artifact test checks that this
 * list is exactly the sys_scope_privilege records of the built app, so it cannot drift.
 */
export const APP_PRIVILEGES: readonly RequiredPrivilege[] = [
    { targetName: 'item_option_new', operation: 'read' },
    { targetName: 'sc_item_option', operation: 'read' },
    { targetName: 'sc_item_option', operation: 'create' },
    { targetName: 'sc_item_option', operation: 'write' },
    { targetName: 'sc_item_option_mtom', operation: 'read' },
    { targetName: 'sc_item_option_mtom', operation: 'create' },
    { targetName: 'sc_req_item', operation: 'read' },
    { targetName: 'sc_req_item', operation: 'write' },
    { targetName: 'sc_task', operation: 'read' },
    { targetName: 'sc_task', operation: 'create' },
    { targetName: 'sc_task', operation: 'delete' },
    { targetName: 'sys_group_has_role', operation: 'read' },
    { targetName: 'sys_group_has_role', operation: 'create' },
    { targetName: 'sys_hub_flow', operation: 'read' },
    { targetName: 'sys_scope_privilege', operation: 'read' },
    { targetName: 'sys_user', operation: 'read' },
    { targetName: 'sys_user', operation: 'create' },
    { targetName: 'sys_user', operation: 'write' },
    { targetName: 'sys_user', operation: 'delete' },
    { targetName: 'sys_user_delegate', operation: 'read' },
    { targetName: 'sys_user_grmember', operation: 'read' },
    { targetName: 'sys_user_grmember', operation: 'create' },
    { targetName: 'sys_user_grmember', operation: 'delete' },
    { targetName: 'sys_user_group', operation: 'read' },
    { targetName: 'sys_user_role', operation: 'read' },
    { targetName: 'sys_user_role_contains', operation: 'read' },
    { targetName: 'sysapproval_approver', operation: 'read' },
]
