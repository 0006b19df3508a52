import '@servicenow/sdk/global'
import { CatalogItem } from '@servicenow/sdk/core'

/** The standard Service Catalog (same sys_id on every instance). */
export const SERVICE_CATALOG_SYS_ID = 'e0d08b13c3330100c8b837659bba8fb4'

export const requestServiceAccountItem = CatalogItem({
    $id: Now.ID['request-service-account-item'],
    name: 'Request a Service Account',
    shortDescription: 'A dedicated, least-privilege account for an integration, owned by you.',
    catalogs: [SERVICE_CATALOG_SYS_ID],
})
