import '@servicenow/sdk/global'
import { Acl, ScriptInclude } from '@servicenow/sdk/core'

/**
 * GlideAjax bridge for the "Request a Service Account" form. Requesters hold no roles, so the ACL
 * below lets any authenticated user call it (and nobody else: without a specific ACL a client-callable
 * Script Include falls back to the instance's "*" rule, which Security Center flags).
 */
export const serviceAccountRequestAjax = ScriptInclude({
    $id: Now.ID['service-account-request-ajax-si'],
    name: 'ServiceAccountRequestAjax',
    script: Now.include('./service-account-request-ajax.server.js'),
    description:
        'Checks a service-account user ID as the requester types, and describes the roles the account will get. Thin bridge to server modules; called from the catalog form with GlideAjax.',
    clientCallable: true,
    accessibleFrom: 'package_private',
    active: true,
})

export const serviceAccountRequestAjaxAcl = Acl({
    $id: Now.ID['service-account-request-ajax-acl'],
    type: 'client_callable_script_include',
    name: 'x_seed_svcacct.ServiceAccountRequestAjax',
    operation: 'execute',
    decisionType: 'allow',
    securityAttribute: 'user_is_authenticated',
    adminOverrides: true,
    description: 'Any logged-in user may check a user ID on the "Request a Service Account" form; guests may not.',
})
