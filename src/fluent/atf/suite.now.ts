import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { lockdownDriftGuardTest } from './lockdown-drift-guard.now'
import { provisionOnGenuineApprovalTest, provisionRefusesForgedApprovalTest } from './provision-on-approval.now'
import { readinessCheckTest } from './readiness-check.now'
import { menuVisibilityTest } from './readiness-menu-visibility.now'
import { requestManagerApprovalTest } from './request-manager-approval.now'
import { requestSelfApprovalFallbackTest } from './request-self-approval-fallback.now'

/*
 * One Test Suite with every ATF test the app ships, so an admin runs them all with one click
 * (Automated Test Framework > Suites > Service Account Lifecycle > Run Test Suite).
 * The readiness check runs first: when the instance is not ready, its output says why the others
 * fail. The navigator test, the only one needing a Client Test Runner, runs last.
 * An artifact test fails if a shipped ATF test is missing here.
 */
export const atfSuite = Record({
    $id: Now.ID['atf-suite'],
    table: 'sys_atf_test_suite',
    data: {
        name: 'Service Account Lifecycle',
        description:
            'Every ATF test Service Account Lifecycle ships: readiness, request and approval, provisioning, lock-down, navigation. Run it after installing or upgrading the app, on a non-production instance, with a Client Test Runner open for the navigation test.',
        active: true,
    },
})

export const suiteReadinessCheck = Record({
    $id: Now.ID['atf-suite-readiness-check'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: atfSuite, test: readinessCheckTest, order: 100, abort_on_failure: false },
})

export const suiteRequestManagerApproval = Record({
    $id: Now.ID['atf-suite-request-manager-approval'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: atfSuite, test: requestManagerApprovalTest, order: 200, abort_on_failure: false },
})

export const suiteRequestSelfApprovalFallback = Record({
    $id: Now.ID['atf-suite-request-self-approval-fallback'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: atfSuite, test: requestSelfApprovalFallbackTest, order: 300, abort_on_failure: false },
})

export const suiteProvisionOnGenuineApproval = Record({
    $id: Now.ID['atf-suite-provision-on-genuine-approval'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: atfSuite, test: provisionOnGenuineApprovalTest, order: 400, abort_on_failure: false },
})

export const suiteProvisionRefusesForgedApproval = Record({
    $id: Now.ID['atf-suite-provision-refuses-forged-approval'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: atfSuite, test: provisionRefusesForgedApprovalTest, order: 500, abort_on_failure: false },
})

export const suiteLockdownDriftGuard = Record({
    $id: Now.ID['atf-suite-lockdown-drift-guard'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: atfSuite, test: lockdownDriftGuardTest, order: 600, abort_on_failure: false },
})

export const suiteMenuVisibility = Record({
    $id: Now.ID['atf-suite-menu-visibility'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: atfSuite, test: menuVisibilityTest, order: 1000, abort_on_failure: false },
})
