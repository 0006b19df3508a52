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
 */

/*
 * Runs on an instance only (ATF, with a Client Test Runner open: it orders through the catalog form).
 * The approval flow runs in the background, so the checks on what it creates wait up to two minutes.
 * ATF rolls back what the test's own session creates; the flow writes in its own session, so its
 * approval record and work note stay. The request is never approved, so nothing is provisioned.
 */
export const requestManagerApprovalTest = Test(
    {
        $id: Now.ID['atf-request-manager-approval'],
        name: 'Service Account Lifecycle: ordering a service account asks the owner\'s manager',
        description:
            "Creates a manager and an owner who reports to that manager, orders \"Request a Service Account\" as the owner through the catalog form, and asserts that the approval flow asks the owner's manager (a requested sysapproval_approver row for the manager on the new request item) and fills the roles the approver sees.",
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const manager = atf.server.createUser({
            $id: Now.ID['atf-request-manager-approval-create-manager'],
            firstName: 'ATF',
            lastName: 'Service Account Manager',
            impersonate: false,
        })
        const owner = atf.server.createUser({
            $id: Now.ID['atf-request-manager-approval-create-owner'],
            firstName: 'ATF',
            lastName: 'Service Account Owner',
            impersonate: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf-request-manager-approval-set-manager'],
            table: 'sys_user',
            recordId: owner.user,
            fieldValues: { manager: manager.user },
        })
        atf.server.impersonate({ $id: Now.ID['atf-request-manager-approval-impersonate-owner'], user: owner.user })
        atf.catalog.openCatalogItem({
            $id: Now.ID['atf-request-manager-approval-open-item'],
            catalogItem: 'e1f357274cdb4466b21165c67e64108f',
        })
        atf.catalog.setVariableValue({
            $id: Now.ID['atf-request-manager-approval-fill-form'],
            catalogItem: 'e1f357274cdb4466b21165c67e64108f',
            variableValues: `IO:ce22404198d84102a29fac1826f2b2eb=svc_atf_manager_route^IO:f5be6e326caa473aabc73b666e076d97=ATF manager route^IO:ff90f70b04a34792b71ed9eace3b58e7=Automated test of the approval routing.^IO:c26dea4372274bfbaa07a1fbb40f31b3=ATF^EQ`,
        })
        // The onChange check answers asynchronously; mark the value as checked so the order is not held.
        atf.catalog.setVariableValue({
            $id: Now.ID['atf-request-manager-approval-mark-checked'],
            catalogItem: 'e1f357274cdb4466b21165c67e64108f',
            variableValues: `IO:e5bde50c92414af99cae86d0da5dc022=svc_atf_manager_route^EQ`,
        })
        const order = atf.catalog.orderCatalogItem({
            $id: Now.ID['atf-request-manager-approval-order'],
            assert: 'form_submitted_to_server',
        })
        const item = atf.server.recordQuery({
            $id: Now.ID['atf-request-manager-approval-find-item'],
            table: 'sc_req_item',
            fieldValues: `request=${order.request_id}^cat_item=e1f357274cdb4466b21165c67e64108f^EQ`,
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf-request-manager-approval-manager-asked'],
            table: 'sysapproval_approver',
            fieldValues: `sysapproval=${item.first_record}^approver=${manager.user}^state=requested^EQ`,
            assert: 'records_match_query',
            timeout: { minutes: 2 },
        })
        atf.server.recordQuery({
            $id: Now.ID['atf-request-manager-approval-roles-shown'],
            table: 'sc_item_option_mtom',
            fieldValues: `request_item=${item.first_record}^sc_item_option.item_option_new.name=roles_granted^sc_item_option.valueLIKEitil:^EQ`,
            assert: 'records_match_query',
        })
    },
)
