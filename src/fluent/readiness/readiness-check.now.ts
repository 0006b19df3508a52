import '@servicenow/sdk/global'
import { Acl, ScriptInclude, UiPage } from '@servicenow/sdk/core'
import { appAdminRole } from '../access/roles.now'

/*
 * The readiness check, as admins reach it: a page (Service Accounts > Readiness check) that asks
 * the server for the report through a client-callable Script Include, which delegates to
 * src/server/readiness/readiness-check.ts. The ATF test calls the same Script Include.
 */

export const READINESS_PAGE_ENDPOINT = 'x_seed_svcacct_readiness_check.do'

export const readinessCheckAjax = ScriptInclude({
    $id: Now.ID['readiness-check-ajax-si'],
    name: 'ReadinessCheckAjax',
    script: Now.include('./readiness-check-ajax.server.js'),
    description:
        'Runs the Service Account Lifecycle readiness check for the readiness page (GlideAjax) and its ATF test. Thin bridge to a server module.',
    clientCallable: true,
    accessibleFrom: 'package_private',
    active: true,
})

/** Only app admins may call it; the module refuses anyone else as well. */
export const readinessCheckAjaxAcl = Acl({
    $id: Now.ID['readiness-check-ajax-acl'],
    type: 'client_callable_script_include',
    name: 'x_seed_svcacct.ReadinessCheckAjax',
    operation: 'execute',
    decisionType: 'allow',
    roles: [appAdminRole],
    adminOverrides: true,
    description: 'App admins run the readiness check from the readiness page.',
})

export const readinessPage = UiPage({
    $id: Now.ID['readiness-check-page'],
    endpoint: READINESS_PAGE_ENDPOINT,
    category: 'general',
    description: 'Service Account Lifecycle readiness check: what the app needs on this instance, with pass or fail and how to fix each failure.',
    html: `<?xml version="1.0" encoding="utf-8" ?>
<j:jelly trim="false" xmlns:j="jelly:core" xmlns:g="glide" xmlns:j2="null" xmlns:g2="null">
<style>
    .readiness-checks { border-collapse: collapse; margin-top: 12px; }
    .readiness-checks th, .readiness-checks td { border: 1px solid #ccc; padding: 6px 10px; text-align: left; vertical-align: top; }
    .readiness-pass td:first-child { color: #1e7b34; font-weight: bold; }
    .readiness-fail td:first-child { color: #b00020; font-weight: bold; }
    .readiness-note td:first-child { color: #8a6d00; font-weight: bold; }
    .readiness-ready { color: #1e7b34; font-weight: bold; }
    .readiness-not-ready, .readiness-error { color: #b00020; font-weight: bold; }
</style>
<div style="padding: 16px;">
    <h1>Service Account Lifecycle: readiness check</h1>
    <p>What the app needs on this instance. Run it after installing or upgrading, and after changing a property.
    "Note" rows are information only.</p>
    <button type="button" class="btn btn-default" onclick="readinessRun()">Run again</button>
    <div id="readiness_report"></div>
</div>
</j:jelly>`,
    clientScript: Now.include('./readiness-page.client.js'),
})
