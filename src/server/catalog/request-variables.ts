/**
 * Names of the catalog variables on "Request a Service Account". The catalog item
 * (src/fluent/catalog/request-service-account.now.ts) declares them; provisioning reads them.
 * A unit test checks both sides agree.
 */
export const REQUEST_VARIABLE = {
    /** RequestedForVariable: the owner. It fills sc_req_item.requested_for. */
    owner: 'requested_for',
    userId: 'user_id',
    displayName: 'display_name',
    purpose: 'purpose',
    consumingSystem: 'consuming_system',
    /** Read-only: the roles the account will get, one line each. The approval routing step fills it from the
     *  x_seed_svcacct.group.roles property so the approver sees it next to the other variables. */
    rolesGranted: 'roles_granted',
    /** Hidden: the user ID the form's server check last accepted. Only the onSubmit script reads it. */
    userIdChecked: 'user_id_checked',
} as const

export type RequestVariableKey = keyof typeof REQUEST_VARIABLE

/**
 * The value of one catalog variable on a request item, as a string ('' when empty).
 * On the platform `ritm.variables.<name>` is an element whose string form is its value; the
 * @servicenow/glide typings do not declare `variables`, hence the narrow cast here and nowhere else.
 */
export function readVariable(ritm: object, key: RequestVariableKey): string {
    return readVariableByName(ritm, REQUEST_VARIABLE[key])
}

/** The same, for a variable of another catalog item (e.g. the lock-down confirmation item). */
export function readVariableByName(ritm: object, name: string): string {
    const variables = (ritm as { variables?: Record<string, unknown> }).variables
    if (!variables) return ''
    const element = variables[name]
    return element === null || element === undefined ? '' : String(element).trim()
}
