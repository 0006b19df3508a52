import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'
import { appAdminRole, auditorRole } from '../access/roles.now'
import {
    allServiceAccountsModule,
    apiOnlyModule,
    dueForLockDownModule,
    exploringModule,
    lockDownProblemsModule,
    myServiceAccountsModule,
    propertiesModule,
    readinessCheckModule,
    requestsModule,
    retiredModule,
} from '../menu.now'

/*
 * Each role sees the modules meant for it in the Service Accounts menu: an owner (no role) only
 * My Service Accounts; an auditor the inventory views and requests; an app admin everything.
 * A UI test: it needs a Client Test Runner open (Automated Test Framework > Run > Client Test Runner).
 */
export const menuVisibilityTest = Test(
    {
        $id: Now.ID['atf-readiness-menu-visibility'],
        name: 'Service Account Lifecycle: each role sees its menu modules',
        description:
            'Creates three users (no role, x_seed_svcacct.auditor, x_seed_svcacct.admin), impersonates each and asserts the Service Accounts modules visible in the navigator: the owner sees only My Service Accounts; the auditor also the inventory views and Requests but not Properties or Readiness check; the app admin all of them.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const owner = atf.server.createUser({
            $id: Now.ID['atf-menu-create-owner'],
            firstName: 'ATF Service Account',
            lastName: 'Owner',
            fieldValues: { user_name: 'atf.svcacct.menu.owner' },
            roles: [],
            groups: [],
            impersonate: false,
        })
        const auditor = atf.server.createUser({
            $id: Now.ID['atf-menu-create-auditor'],
            firstName: 'ATF Service Account',
            lastName: 'Auditor',
            fieldValues: { user_name: 'atf.svcacct.menu.auditor' },
            roles: [auditorRole],
            groups: [],
            impersonate: false,
        })
        const admin = atf.server.createUser({
            $id: Now.ID['atf-menu-create-admin'],
            firstName: 'ATF Service Account',
            lastName: 'App Admin',
            fieldValues: { user_name: 'atf.svcacct.menu.admin' },
            roles: [appAdminRole],
            groups: [],
            impersonate: false,
        })

        atf.server.impersonate({ $id: Now.ID['atf-menu-impersonate-owner'], user: owner.user })
        atf.applicationNavigator.moduleVisibility({
            $id: Now.ID['atf-menu-owner-modules'],
            navigator: 'ui16',
            visibleModules: [myServiceAccountsModule],
            assertVisible: 'at_least_modules_visible',
            notVisibleModules: [
                allServiceAccountsModule,
                exploringModule,
                dueForLockDownModule,
                lockDownProblemsModule,
                apiOnlyModule,
                retiredModule,
                requestsModule,
                propertiesModule,
                readinessCheckModule,
            ],
            assertNotVisible: 'at_least_modules_not_visible',
        })

        atf.server.impersonate({ $id: Now.ID['atf-menu-impersonate-auditor'], user: auditor.user })
        atf.applicationNavigator.moduleVisibility({
            $id: Now.ID['atf-menu-auditor-modules'],
            navigator: 'ui16',
            visibleModules: [
                myServiceAccountsModule,
                allServiceAccountsModule,
                exploringModule,
                dueForLockDownModule,
                lockDownProblemsModule,
                apiOnlyModule,
                retiredModule,
                requestsModule,
            ],
            assertVisible: 'at_least_modules_visible',
            notVisibleModules: [propertiesModule, readinessCheckModule],
            assertNotVisible: 'at_least_modules_not_visible',
        })

        atf.server.impersonate({ $id: Now.ID['atf-menu-impersonate-admin'], user: admin.user })
        atf.applicationNavigator.moduleVisibility({
            $id: Now.ID['atf-menu-admin-modules'],
            navigator: 'ui16',
            visibleModules: [
                myServiceAccountsModule,
                allServiceAccountsModule,
                exploringModule,
                dueForLockDownModule,
                lockDownProblemsModule,
                apiOnlyModule,
                retiredModule,
                requestsModule,
                propertiesModule,
                readinessCheckModule,
            ],
            assertVisible: 'at_least_modules_visible',
        })
    },
)
