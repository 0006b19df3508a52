import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/*
 * ATF step inputs take literal sys_ids: a template literal there may only name an earlier step's output.
 * The sys_ids below are the permanent ones from src/fluent/generated/keys.ts; an artifact test checks
 * each against the built records.
 *   e1f357274cdb4466b21165c67e64108f  sc_cat_item "Request a Service Account"
 *   ce22404198d84102a29fac1826f2b2eb  item_option_new user_id
 *   dc8a20c2b4a94075b064964971e63de3  item_option_new requested_for
 *   e5bde50c92414af99cae86d0da5dc022  item_option_new user_id_checked
 *   f5be6e326caa473aabc73b666e076d97  item_option_new display_name
 *   ff90f70b04a34792b71ed9eace3b58e7  item_option_new purpose
 *   c26dea4372274bfbaa07a1fbb40f31b3  item_option_new consuming_system
 *   d9d2c7f125814fbb9ad4056554ef9d8c  sys_user_group "Service Account Approvers"
 */

/*
 * Runs on an instance only (ATF, with a Client Test Runner open: it orders through the catalog form).
 * The self-approval case: a manager orders a service account for someone who reports to them, so the
 * manager would approve their own request. The request must go to the fallback approval group instead,
 * with the reason recorded on the request. Assumes x_seed_svcacct.approval.fallback_group still names
 * the shipped "Service Account Approvers" group (the first step checks it and says so if not).
 */
export const requestSelfApprovalFallbackTest = Test(
    {
        $id: Now.ID['atf-request-self-approval-fallback'],
        name: 'Service Account Lifecycle: a manager ordering for their report goes to the fallback group',
        description:
            'Creates a manager, an owner reporting to that manager and a member of the fallback approval group; orders "Request a Service Account" as the manager for the owner; asserts that the request records the manager_is_requester reason in a work note, that the fallback group member is asked to approve, and that the manager is not.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf-request-self-approval-precondition'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    assertEqual({
        name: 'x_seed_svcacct.approval.fallback_group names the shipped Service Account Approvers group',
        shouldbe: 'd9d2c7f125814fbb9ad4056554ef9d8c',
        value: gs.getProperty('x_seed_svcacct.approval.fallback_group', ''),
    });
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        const groupMember = atf.server.createUser({
            $id: Now.ID['atf-request-self-approval-create-approver'],
            firstName: 'ATF',
            lastName: 'Fallback Approver',
            groups: ['d9d2c7f125814fbb9ad4056554ef9d8c'],
            impersonate: false,
        })
        const manager = atf.server.createUser({
            $id: Now.ID['atf-request-self-approval-create-manager'],
            firstName: 'ATF',
            lastName: 'Requesting Manager',
            impersonate: false,
        })
        const owner = atf.server.createUser({
            $id: Now.ID['atf-request-self-approval-create-owner'],
            firstName: 'ATF',
            lastName: 'Service Account Owner',
            impersonate: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf-request-self-approval-set-manager'],
            table: 'sys_user',
            recordId: owner.user,
            fieldValues: { manager: manager.user },
        })
        atf.server.impersonate({ $id: Now.ID['atf-request-self-approval-impersonate-manager'], user: manager.user })
        atf.catalog.openCatalogItem({
            $id: Now.ID['atf-request-self-approval-open-item'],
            catalogItem: 'e1f357274cdb4466b21165c67e64108f',
        })
        atf.catalog.setVariableValue({
            $id: Now.ID['atf-request-self-approval-fill-form'],
            catalogItem: 'e1f357274cdb4466b21165c67e64108f',
            variableValues: `IO:dc8a20c2b4a94075b064964971e63de3=${owner.user}^IO:ce22404198d84102a29fac1826f2b2eb=svc_atf_fallback_route^IO:f5be6e326caa473aabc73b666e076d97=ATF fallback route^IO:ff90f70b04a34792b71ed9eace3b58e7=Automated test of the self-approval guard.^IO:c26dea4372274bfbaa07a1fbb40f31b3=ATF^EQ`,
        })
        // The onChange check answers asynchronously; mark the value as checked so the order is not held.
        atf.catalog.setVariableValue({
            $id: Now.ID['atf-request-self-approval-mark-checked'],
            catalogItem: 'e1f357274cdb4466b21165c67e64108f',
            variableValues: `IO:e5bde50c92414af99cae86d0da5dc022=svc_atf_fallback_route^EQ`,
        })
        const order = atf.catalog.orderCatalogItem({
            $id: Now.ID['atf-request-self-approval-order'],
            assert: 'form_submitted_to_server',
        })
        const item = atf.server.recordQuery({
            $id: Now.ID['atf-request-self-approval-find-item'],
            table: 'sc_req_item',
            fieldValues: `request=${order.request_id}^cat_item=e1f357274cdb4466b21165c67e64108f^requested_for=${owner.user}^EQ`,
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf-request-self-approval-reason-recorded'],
            table: 'sys_journal_field',
            fieldValues: `element_id=${item.first_record}^element=work_notes^valueLIKEreason: manager_is_requester^EQ`,
            assert: 'records_match_query',
            timeout: { minutes: 2 },
        })
        atf.server.recordQuery({
            $id: Now.ID['atf-request-self-approval-group-asked'],
            table: 'sysapproval_approver',
            fieldValues: `sysapproval=${item.first_record}^approver=${groupMember.user}^state=requested^EQ`,
            assert: 'records_match_query',
            timeout: { minutes: 2 },
        })
        atf.server.recordQuery({
            $id: Now.ID['atf-request-self-approval-manager-not-asked'],
            table: 'sysapproval_approver',
            fieldValues: `sysapproval=${item.first_record}^approver=${manager.user}^EQ`,
            assert: 'no_records_match_query',
        })
    },
)
