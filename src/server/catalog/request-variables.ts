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
} as const

export type RequestVariableKey = keyof typeof REQUEST_VARIABLE
