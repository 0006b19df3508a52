import '@servicenow/sdk/global'
import { ApplicationMenu, Record } from '@servicenow/sdk/core'
import { requestServiceAccountItem } from './catalog/request-service-account.now'
import { PROPERTIES_CATEGORY_NAME } from './properties-page.now'
import { READINESS_PAGE_ENDPOINT } from './readiness/readiness-check.now'

/*
 * The "Service Accounts" application menu.
 *
 * Who sees what (a module with no roles is visible to every logged-in user):
 * - owners, who need no role, see My Service Accounts only;
 * - auditors see the inventory views and the requests;
 * - app admins see everything, including Properties and Readiness check
 *   (x_seed_svcacct.admin contains x_seed_svcacct.auditor, so the auditor modules reach them too).
 * The menu itself carries no role, or owners could not reach their own module.
 * Row access is still decided by the inventory ACLs (src/fluent/access/acls.now.ts); a module only
 * decides what the navigator shows.
 */

const INVENTORY = 'x_seed_svcacct_service_account'
/*
 * Role names as strings: Record() data serialises a Role object as "[object Object]" (SDK 4.9.0,
 * seen in the built XML), so sys_app_module.roles takes the names. The artifact test checks that
 * each name is a role the app ships.
 */
const AUDITOR = 'x_seed_svcacct.auditor'
const APP_ADMIN = 'x_seed_svcacct.admin'
/** sys_filter_option_dynamic "Me" (same sys_id on every instance), as the owner ACL uses it. */
const DYNAMIC_ME = '90d1921e5f510100a9ad2572f2b477fe'

export const serviceAccountsMenu = ApplicationMenu({
    $id: Now.ID['service-accounts-menu'],
    title: 'Service Accounts',
    hint: 'Service accounts (integration users): your own, the inventory, requests and app administration.',
    description:
        'Service Account Lifecycle: request a service account, follow its GUI window, and see every account the app manages.',
    active: true,
})

export const myServiceAccountsModule = Record({
    $id: Now.ID['module-my-service-accounts'],
    table: 'sys_app_module',
    data: {
        title: 'My Service Accounts',
        application: serviceAccountsMenu,
        link_type: 'LIST',
        name: INVENTORY,
        filter: `ownerDYNAMIC${DYNAMIC_ME}^ORDERBYgui_access_until`,
        hint: 'The service accounts you own. Confirm lock-down here once your integration works through the API.',
        active: true,
        order: 100,
    },
})

export const allServiceAccountsModule = Record({
    $id: Now.ID['module-all-service-accounts'],
    table: 'sys_app_module',
    data: {
        title: 'All Service Accounts',
        application: serviceAccountsMenu,
        link_type: 'LIST',
        name: INVENTORY,
        hint: 'Every service account the app manages, in any state.',
        roles: [AUDITOR],
        active: true,
        order: 200,
    },
})

export const exploringModule = Record({
    $id: Now.ID['module-exploring'],
    table: 'sys_app_module',
    data: {
        title: 'Exploring',
        application: serviceAccountsMenu,
        link_type: 'LIST',
        name: INVENTORY,
        filter: 'state=exploring^ORDERBYgui_access_until',
        hint: 'Accounts with GUI access on (REST API Explorer), soonest to end first.',
        roles: [AUDITOR],
        active: true,
        order: 300,
    },
})

/*
 * "Due for lock-down": exploring accounts inside the reminder period, soonest first.
 * A module filter is static and cannot read x_seed_svcacct.reminder.days, so it combines two
 * conditions that need no script:
 * - the owner has been reminded (reminder_sent_on is set): the daily lock-down job sets it with the
 *   live property value, so this side follows a changed reminder period;
 * - or GUI access ends within 3 days (the property's default), so the list is right before the
 *   job's first run and when reminders are turned off (0).
 * The hint says so, and the admin notes explain it.
 */
export const dueForLockDownModule = Record({
    $id: Now.ID['module-due-for-lock-down'],
    table: 'sys_app_module',
    data: {
        title: 'Due for lock-down',
        application: serviceAccountsMenu,
        link_type: 'LIST',
        name: INVENTORY,
        filter: 'state=exploring^reminder_sent_onISNOTEMPTY^NQstate=exploring^gui_access_untilRELATIVELT@dayofweek@ahead@3^ORDERBYgui_access_until',
        hint: 'Exploring accounts whose owner has been reminded, or whose GUI access ends within 3 days (the default reminder period).',
        roles: [AUDITOR],
        active: true,
        order: 400,
    },
})

/*
 * Rows the daily lock-down job stopped on (no user, deleted user, bad window): it records why in
 * lockdown_problem and skips them until an app admin fixes the row, so they need a place to be found.
 */
export const lockDownProblemsModule = Record({
    $id: Now.ID['module-lock-down-problems'],
    table: 'sys_app_module',
    data: {
        title: 'Lock-down problems',
        application: serviceAccountsMenu,
        link_type: 'LIST',
        name: INVENTORY,
        filter: 'lockdown_problemISNOTEMPTY^ORDERBYgui_access_until',
        hint: 'Accounts the daily lock-down job cannot process until an app admin fixes the row. The Lock-down problem column says why.',
        roles: [AUDITOR],
        active: true,
        order: 450,
    },
})

export const apiOnlyModule = Record({
    $id: Now.ID['module-api-only'],
    table: 'sys_app_module',
    data: {
        title: 'API only',
        application: serviceAccountsMenu,
        link_type: 'LIST',
        name: INVENTORY,
        filter: 'state=api_only^ORDERBYDESClocked_down_on',
        hint: 'Accounts locked down to web-service access only.',
        roles: [AUDITOR],
        active: true,
        order: 500,
    },
})

export const retiredModule = Record({
    $id: Now.ID['module-retired'],
    table: 'sys_app_module',
    data: {
        title: 'Retired',
        application: serviceAccountsMenu,
        link_type: 'LIST',
        name: INVENTORY,
        filter: 'state=retired',
        hint: 'Accounts no longer in use. Their rows keep the history.',
        roles: [AUDITOR],
        active: true,
        order: 600,
    },
})

export const requestsModule = Record({
    $id: Now.ID['module-requests'],
    table: 'sys_app_module',
    data: {
        title: 'Requests',
        application: serviceAccountsMenu,
        link_type: 'LIST',
        name: 'sc_req_item',
        filter: `cat_item=${requestServiceAccountItem}^ORDERBYDESCsys_created_on`,
        hint: 'Requested items of the "Request a Service Account" catalog item, newest first.',
        roles: [AUDITOR],
        active: true,
        order: 700,
    },
})

export const administrationSeparator = Record({
    $id: Now.ID['module-administration-separator'],
    table: 'sys_app_module',
    data: {
        title: 'Administration',
        application: serviceAccountsMenu,
        link_type: 'SEPARATOR',
        roles: [APP_ADMIN],
        active: true,
        order: 800,
    },
})

export const propertiesModule = Record({
    $id: Now.ID['module-properties'],
    table: 'sys_app_module',
    data: {
        title: 'Properties',
        application: serviceAccountsMenu,
        link_type: 'DIRECT',
        query: `system_properties_ui.do?sysparm_category=${PROPERTIES_CATEGORY_NAME}&sysparm_title=Service%20Account%20Lifecycle%20Properties`,
        hint: 'Every setting of the app on one page: user-ID rules, groups, approval, GUI window, reminder, batch size.',
        roles: [APP_ADMIN],
        active: true,
        order: 900,
    },
})

export const readinessCheckModule = Record({
    $id: Now.ID['module-readiness-check'],
    table: 'sys_app_module',
    data: {
        title: 'Readiness check',
        application: serviceAccountsMenu,
        link_type: 'DIRECT',
        query: READINESS_PAGE_ENDPOINT,
        hint: 'What the app needs on this instance, with pass or fail and how to fix each failure. Run it after install and upgrade.',
        roles: [APP_ADMIN],
        active: true,
        order: 1000,
    },
})
