import '@servicenow/sdk/global'
import { CatalogItem, ReferenceVariable } from '@servicenow/sdk/core'
import { integrationsCategory, SERVICE_CATALOG_SYS_ID } from './request-category.now'

/** sys_filter_option_dynamic "Me" (as in src/fluent/access/acls.now.ts): the current user. */
const DYNAMIC_ME = '90d1921e5f510100a9ad2572f2b477fe'

/**
 * The portal path to confirm lock-down, for owners who never open the platform UI (Service Portal,
 * Employee Center). A plain catalog item, not a record producer: a producer would insert a row into
 * its target table, and the confirmation changes an existing row. Ordering it creates a request item;
 * the async rule in src/fluent/business-rules/lockdown-portal-confirmation.now.ts runs the same
 * server module as the UI action, refuses anyone but the owner, and closes the item with a comment.
 *
 * The picker lists only the caller's own exploring accounts (owners read their rows through the owner
 * ACL); that is a convenience, not the check.
 */
export const confirmLockdownItem = CatalogItem({
    $id: Now.ID['confirm-lockdown-item'],
    name: "Confirm my service account's API calls are sorted",
    shortDescription: 'Ends GUI access for a service account you own: it becomes web-service-only and keeps calling the APIs.',
    description:
        '<p>Use this when you have worked out your integration\'s calls in the REST API Explorer. The service account you pick becomes <strong>web-service-only</strong>: it keeps calling the APIs with its credentials, but can no longer log in to the UI, the portal or through SSO.</p><p>Only the owner of the account can confirm. If you do nothing, GUI access ends automatically on the date shown on the account.</p>',
    catalogs: [SERVICE_CATALOG_SYS_ID],
    categories: [integrationsCategory],
    meta: ['service account', 'integration user', 'lock down', 'web service access only', 'REST API Explorer'],
    availability: 'both',
    hideAddToCart: true,
    hideQuantitySelector: true,
    hideSaveAsDraft: true,
    hideAddToWishList: true,
    hideAttachment: true,
    hideDeliveryTime: true,
    requestMethod: 'submit',
    variables: {
        service_account: ReferenceVariable({
            question: 'Service account',
            referenceTable: 'x_seed_svcacct_service_account',
            mandatory: true,
            order: 100,
            useReferenceQualifier: 'simple',
            referenceQualCondition: `ownerDYNAMIC${DYNAMIC_ME}^state=exploring^EQ`,
            helpText: 'Only service accounts you own that still have GUI access are listed.',
        }),
    },
})
