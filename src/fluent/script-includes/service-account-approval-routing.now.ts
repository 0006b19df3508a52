import '@servicenow/sdk/global'
import { ScriptInclude } from '@servicenow/sdk/core'

/** Server-only bridge from the approval flow's routing action to src/server/approval/approver-route.ts. */
export const serviceAccountApprovalRouting = ScriptInclude({
    $id: Now.ID['service-account-approval-routing-si'],
    name: 'ServiceAccountApprovalRouting',
    script: Now.include('./service-account-approval-routing.server.js'),
    description:
        'Called by the "Route Service Account Approval" flow action: chooses the approver of a service-account request and records why. Thin bridge to a server module.',
    clientCallable: false,
    accessibleFrom: 'package_private',
    active: true,
})
