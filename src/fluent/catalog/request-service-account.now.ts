import '@servicenow/sdk/global'
import {
    CatalogClientScript,
    CatalogItem,
    LabelVariable,
    MultiLineTextVariable,
    RequestedForVariable,
    SingleLineTextVariable,
} from '@servicenow/sdk/core'
import { serviceAccountApprovalFlow } from '../flows/service-account-approval.now'
import { integrationsCategory, SERVICE_CATALOG_SYS_ID } from './request-category.now'
import { serviceAccountRequesters } from './request-user-criteria.now'

export { SERVICE_CATALOG_SYS_ID }

/*
 * Who may be the owner: active people who sign in interactively, not integrations. An advanced
 * (script) qualifier, because the identity-type terms may only be added where sys_user.identity_type
 * exists (recent releases): on a release without it, an encoded-query term on a missing column is
 * dropped, or empties the whole result when glide.invalid_query.returns_no_rows is set. Routing and
 * provisioning refuse a service-account owner either way (src/server/approval/service-account-parties.ts).
 */
export const OWNER_REFERENCE_QUALIFIER =
    "javascript:'active=true^web_service_access_only=false^ORweb_service_access_onlyISEMPTY' + (new GlideRecord('sys_user').isValidField('identity_type') ? '^identity_type!=machine^ORidentity_typeISEMPTY' : '')"

/*
 * "Request a Service Account": in the standard Service Catalog and the app's "Integrations" category,
 * visible through User Criteria (never roles), in the platform UI, Service Portal and Employee Center.
 * Variable names are the contract with provisioning (src/server/catalog/request-variables.ts).
 * There is no password or secret variable: the credential never passes through the request.
 */
export const requestServiceAccountItem = CatalogItem({
    $id: Now.ID['request-service-account-item'],
    name: 'Request a Service Account',
    shortDescription: 'A dedicated, least-privilege account for an integration, owned by you.',
    description:
        '<p>Request a service account (integration user) for one integration. You, or the person you request it for, become its owner and its manager of record.</p><p>The owner\'s manager approves the request. When the owner has no active manager, or the manager is the requester or the owner, the Service Account Approvers group approves instead.</p><p>After approval the account is created with the roles shown on this form. It keeps GUI access for a short time, so the owner can try the REST API Explorer, and then becomes web-service-only for good.</p><p>Never put a password or any other secret in this request: the Service Account Administrators set the initial credential and hand it over through the credential vault.</p>',
    catalogs: [SERVICE_CATALOG_SYS_ID],
    categories: [integrationsCategory],
    availableFor: [serviceAccountRequesters],
    flow: serviceAccountApprovalFlow,
    requestMethod: 'request',
    hideQuantitySelector: true,
    hideAddToCart: true,
    fulfillmentAutomationLevel: 'semiAutomated',
    meta: ['service account', 'integration user', 'API user', 'REST', 'integration'],
    variables: {
        requested_for: RequestedForVariable({
            question: 'Owner',
            order: 100,
            mandatory: true,
            defaultValue: 'javascript:gs.getUserID()',
            useReferenceQualifier: 'advanced',
            referenceQual: OWNER_REFERENCE_QUALIFIER,
            helpText:
                "The person accountable for the account: a person, not a service account or integration user. The owner becomes the account's manager, and the owner's manager approves the request.",
            tooltip: 'Who owns the account. Defaults to you.',
        }),
        user_id: SingleLineTextVariable({
            question: 'User ID',
            order: 200,
            mandatory: true,
            exampleText: 'svc_billing_sync',
            helpText:
                'Lower case, starting with the service-account prefix (svc_ unless your administrators changed it); letters, digits, dot, underscore and hyphen only. Reserved names such as admin or system, and any user ID that exists or existed, are refused.',
            tooltip: 'The login name of the new account. It is checked as you type.',
        }),
        display_name: SingleLineTextVariable({
            question: 'Display name',
            order: 300,
            mandatory: true,
            exampleText: 'Billing sync (ERP integration)',
            tooltip: 'The name people see for the account.',
        }),
        purpose: MultiLineTextVariable({
            question: 'Purpose: what the integration does',
            order: 400,
            mandatory: true,
            helpText: 'What the integration does with this instance, which records it reads or changes, and why. The approver decides on this.',
        }),
        consuming_system: SingleLineTextVariable({
            question: 'Consuming system or integration',
            order: 500,
            mandatory: true,
            exampleText: 'SAP ERP (billing)',
            tooltip: 'The system that will sign in with this account.',
        }),
        roles_granted: MultiLineTextVariable({
            question: 'Roles this account will get',
            order: 600,
            readOnly: true,
            helpText: 'Set by your administrators (property x_seed_svcacct.group.roles). The approver sees the same list.',
        }),
        credential_notice: LabelVariable({
            question:
                'No password or secret belongs in this request. The initial credential is set by the Service Account Administrators and handed to the owner through the credential vault.',
            order: 700,
        }),
        user_id_checked: SingleLineTextVariable({
            question: 'User ID that passed the form check',
            order: 800,
            hidden: true,
            visibleSummary: false,
        }),
    },
})

export const userIdOnChangeScript = CatalogClientScript({
    $id: Now.ID['request-service-account-user-id-on-change'],
    name: 'Request a Service Account: check the user ID',
    type: 'onChange',
    catalogItem: requestServiceAccountItem,
    variableName: requestServiceAccountItem.variables.user_id,
    script: Now.include('./client/user-id-on-change.client.js'),
    global: false,
    uiType: 'all',
    active: true,
    appliesOnCatalogItemView: true,
    appliesOnRequestedItems: false,
    appliesOnCatalogTasks: false,
})

export const userIdOnSubmitScript = CatalogClientScript({
    $id: Now.ID['request-service-account-user-id-on-submit'],
    name: 'Request a Service Account: hold an unchecked user ID',
    type: 'onSubmit',
    catalogItem: requestServiceAccountItem,
    script: Now.include('./client/user-id-on-submit.client.js'),
    global: false,
    uiType: 'all',
    active: true,
    appliesOnCatalogItemView: true,
    appliesOnRequestedItems: false,
    appliesOnCatalogTasks: false,
})

export const rolesOnLoadScript = CatalogClientScript({
    $id: Now.ID['request-service-account-roles-on-load'],
    name: 'Request a Service Account: show the roles',
    type: 'onLoad',
    catalogItem: requestServiceAccountItem,
    script: Now.include('./client/roles-on-load.client.js'),
    global: false,
    uiType: 'all',
    active: true,
    appliesOnCatalogItemView: true,
    appliesOnRequestedItems: false,
    appliesOnCatalogTasks: false,
})
