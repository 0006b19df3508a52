import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

/** The standard Service Catalog (same sys_id on every instance; platform-facts "Catalog and flow"). */
export const SERVICE_CATALOG_SYS_ID = 'e0d08b13c3330100c8b837659bba8fb4'

/** The app's own category in the Service Catalog. */
export const integrationsCategory = Record({
    $id: Now.ID['integrations-category'],
    table: 'sc_category',
    data: {
        title: 'Integrations',
        description: 'Accounts and access for systems that integrate with this instance.',
        sc_catalog: SERVICE_CATALOG_SYS_ID,
        active: true,
        order: 100,
    },
})
