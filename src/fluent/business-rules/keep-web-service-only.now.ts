import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { keepWebServiceOnly } from '../../server/lockdown/drift-guard'

/**
 * Drift guard on sys_user: when web_service_access_only changes away from true, the module sets it
 * again if the user is an API-only service account in the inventory (and records it on the journal).
 *
 * Async, not before: sys_user is in the global scope, and a scoped app may only add async rules (or
 * before rules without a script) to another scope's table (ServiceNow docs, "Business rules in scoped
 * applications"). The condition is evaluated when the update happens; the daily job is the backstop.
 */
export const keepWebServiceOnlyRule = BusinessRule({
    $id: Now.ID['br-keep-web-service-only'],
    name: 'Service Account Lifecycle: keep API-only accounts web-service-only',
    table: 'sys_user',
    when: 'async',
    action: ['update'],
    filterCondition: 'web_service_access_onlyCHANGESFROMtrue^EQ',
    order: 100,
    script: keepWebServiceOnly,
    description: 'Restores web_service_access_only on API-only service accounts. The sanctioned way to give such an account GUI access is the "Reopen GUI window" action on its inventory record.',
})
