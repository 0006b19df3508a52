/**
 * sys_ids of the app's own records that the readiness check looks up on the instance. They are
 * permanent (now.config.json scopeId; src/fluent/generated/keys.ts), and the artifact tests check
 * each one against the built app, so a copy here cannot drift unnoticed.
 */

/** The app's scope (sys_app / sys_scope): now.config.json "scopeId". */
export const APP_SCOPE_ID = '35bf2b1439e74fbdbdcc60b5181bb8a6'

/**
 * The approval flow "Service Account Request Approval": the sys_id of its $id
 * 'service-account-approval-flow' in src/fluent/generated/keys.ts.
 */
export const APPROVAL_FLOW_ID = '1ccbe5c49bc0475f95258e23a939d044'
