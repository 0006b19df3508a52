import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/*
 * ATF tests for provisioning, for admins to run after install (ATF runs on an instance only; the
 * offline unit tests cover the same rules against the Glide test double). Each test builds its own
 * request item: an owner with a manager, the item with its user_id answer stored as the catalog
 * stores it (sc_item_option + sc_item_option_mtom), then an approval. ATF rolls all of it back,
 * including the account the business rule creates.
 *
 * Step templates may embed only earlier steps' outputs (the SDK's Test plugin rejects other
 * identifiers, and a record object in fieldValues becomes "[object Object]"), so the sys_ids of the catalog item (e1f35727…), the service-account group
 * (211553d3…) and itil (282bf1fa…, the same on every instance) are written out; an artifact test
 * (test/artifacts/provision-atf.test.ts) checks them against the build.
 *
 * They assume the shipped defaults: x_seed_svcacct.group = the "ServiceNow Service Accounts" group,
 * x_seed_svcacct.group.roles = itil,rest_api_explorer, user ID prefix svc_.
 */

export const provisionOnGenuineApprovalTest = Test(
    {
        $id: Now.ID['provision-atf-genuine-approval'],
        name: 'Service Account Lifecycle: an approval by the manager provisions the account',
        description:
            "Creates an owner with a manager and a Request a Service Account item for user ID svc_atf_provision_check, approves the item through a sysapproval_approver record from the manager, sets the item's approval to approved (as the flow does), then asserts the business rule created the sys_user with manager = the owner (the requester), made it a member of ServiceNow Service Accounts, that it holds itil and rest_api_explorer inherited from the group (no direct role), that it is in the inventory as exploring, and that a credential task is open.",
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const manager = atf.server.createUser({
            $id: Now.ID['provision-atf-genuine-manager'],
            firstName: 'ATF',
            lastName: 'Provisioning Manager',
            fieldValues: { user_name: 'atf.svcacct.provision.manager' },
            groups: [],
            roles: [],
            impersonate: false,
        })
        const owner = atf.server.createUser({
            $id: Now.ID['provision-atf-genuine-owner'],
            firstName: 'ATF',
            lastName: 'Provisioning Owner',
            fieldValues: { user_name: 'atf.svcacct.provision.owner', manager: `${manager.user}` },
            groups: [],
            roles: [],
            impersonate: false,
        })
        const question = atf.server.recordQuery({
            $id: Now.ID['provision-atf-genuine-question'],
            table: 'item_option_new',
            fieldValues: 'cat_item=e1f357274cdb4466b21165c67e64108f^name=user_id^EQ',
            assert: 'records_match_query',
        })
        const item = atf.server.recordInsert({
            $id: Now.ID['provision-atf-genuine-item'],
            table: 'sc_req_item',
            fieldValues: {
                cat_item: 'e1f357274cdb4466b21165c67e64108f',
                requested_for: `${owner.user}`,
                opened_by: `${owner.user}`,
                approval: 'requested',
                short_description: 'ATF: Request a Service Account (genuine approval)',
            },
            enforceSecurity: false,
        })
        const answer = atf.server.recordInsert({
            $id: Now.ID['provision-atf-genuine-answer'],
            table: 'sc_item_option',
            fieldValues: { item_option_new: `${question.first_record}`, value: 'svc_atf_provision_check' },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['provision-atf-genuine-answer-link'],
            table: 'sc_item_option_mtom',
            fieldValues: { request_item: `${item.record_id}`, sc_item_option: `${answer.record_id}` },
            enforceSecurity: false,
        })
        const approval = atf.server.recordInsert({
            $id: Now.ID['provision-atf-genuine-approval-record'],
            table: 'sysapproval_approver',
            fieldValues: {
                sysapproval: `${item.record_id}`,
                document_id: `${item.record_id}`,
                source_table: 'sc_req_item',
                approver: `${manager.user}`,
                state: 'requested',
            },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['provision-atf-genuine-approve'],
            table: 'sysapproval_approver',
            recordId: `${approval.record_id}`,
            fieldValues: { state: 'approved' },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['provision-atf-genuine-item-approved'],
            table: 'sc_req_item',
            recordId: `${item.record_id}`,
            fieldValues: { approval: 'approved' },
            enforceSecurity: false,
        })
        // The provisioning rule is async (sc_req_item is a global table), so wait for it to finish:
        // its last write is the work note on the item. gs.sleep is not available to scoped scripts,
        // hence a bounded polling loop.
        atf.server.runServerSideScript({
            $id: Now.ID['provision-atf-genuine-wait'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var deadline = new GlideDateTime().getNumericValue() + 60000;
    var nextCheck = 0;
    while (new GlideDateTime().getNumericValue() < deadline) {
        if (new GlideDateTime().getNumericValue() < nextCheck) continue;
        nextCheck = new GlideDateTime().getNumericValue() + 1000;
        var row = new GlideRecord('x_seed_svcacct_service_account');
        row.addQuery('request_item', '${item.record_id}');
        row.query();
        if (row.hasNext()) {
            stepResult.setOutputMessage('The provisioning rule created the inventory row.');
            return true;
        }
    }
    stepResult.setOutputMessage('No inventory row after 60 seconds: the async provisioning rule did not run or was refused. Read the work notes on the request item and the system log (Service Account Lifecycle).');
    return false;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        const account = atf.server.recordQuery({
            $id: Now.ID['provision-atf-genuine-account'],
            table: 'sys_user',
            fieldValues: `user_name=svc_atf_provision_check^manager=${owner.user}^active=true^EQ`,
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['provision-atf-genuine-membership'],
            table: 'sys_user_grmember',
            fieldValues: `user=${account.first_record}^group=211553d3b22342c697735afdda92c07d^EQ`,
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['provision-atf-genuine-itil'],
            table: 'sys_user_has_role',
            fieldValues: `user=${account.first_record}^role=282bf1fac6112285017366cb5f867469^inherited=true^EQ`,
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['provision-atf-genuine-explorer'],
            table: 'sys_user_has_role',
            fieldValues: `user=${account.first_record}^role.name=rest_api_explorer^inherited=true^EQ`,
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['provision-atf-genuine-no-direct-role'],
            table: 'sys_user_has_role',
            fieldValues: `user=${account.first_record}^inherited=false^EQ`,
            assert: 'no_records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['provision-atf-genuine-inventory'],
            table: 'x_seed_svcacct_service_account',
            fieldValues: `request_item=${item.record_id}^account=${account.first_record}^state=exploring^EQ`,
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['provision-atf-genuine-credential-task'],
            table: 'sc_task',
            fieldValues: `request_item=${item.record_id}^active=true^EQ`,
            assert: 'records_match_query',
        })
    },
)

export const provisionRefusesForgedApprovalTest = Test(
    {
        $id: Now.ID['provision-atf-forged-approval'],
        name: 'Service Account Lifecycle: editing the approval field directly provisions nothing',
        description:
            "Creates an owner with a manager and a Request a Service Account item for user ID svc_atf_forged_check, then sets the item's approval field to approved directly, with no approval record. Asserts no sys_user svc_atf_forged_check and no inventory row exist, and that the item carries a work note saying it was NOT provisioned (the negative side of the genuine-approval check). Server errors are expected here: the refusal is logged as an error.",
        active: true,
        failOnServerError: false,
    },
    (atf) => {
        const manager = atf.server.createUser({
            $id: Now.ID['provision-atf-forged-manager'],
            firstName: 'ATF',
            lastName: 'Forged Manager',
            fieldValues: { user_name: 'atf.svcacct.forged.manager' },
            groups: [],
            roles: [],
            impersonate: false,
        })
        const owner = atf.server.createUser({
            $id: Now.ID['provision-atf-forged-owner'],
            firstName: 'ATF',
            lastName: 'Forged Owner',
            fieldValues: { user_name: 'atf.svcacct.forged.owner', manager: `${manager.user}` },
            groups: [],
            roles: [],
            impersonate: false,
        })
        const question = atf.server.recordQuery({
            $id: Now.ID['provision-atf-forged-question'],
            table: 'item_option_new',
            fieldValues: 'cat_item=e1f357274cdb4466b21165c67e64108f^name=user_id^EQ',
            assert: 'records_match_query',
        })
        const item = atf.server.recordInsert({
            $id: Now.ID['provision-atf-forged-item'],
            table: 'sc_req_item',
            fieldValues: {
                cat_item: 'e1f357274cdb4466b21165c67e64108f',
                requested_for: `${owner.user}`,
                opened_by: `${owner.user}`,
                approval: 'requested',
                short_description: 'ATF: Request a Service Account (forged approval)',
            },
            enforceSecurity: false,
        })
        const answer = atf.server.recordInsert({
            $id: Now.ID['provision-atf-forged-answer'],
            table: 'sc_item_option',
            fieldValues: { item_option_new: `${question.first_record}`, value: 'svc_atf_forged_check' },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['provision-atf-forged-answer-link'],
            table: 'sc_item_option_mtom',
            fieldValues: { request_item: `${item.record_id}`, sc_item_option: `${answer.record_id}` },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['provision-atf-forged-edit'],
            table: 'sc_req_item',
            recordId: `${item.record_id}`,
            fieldValues: { approval: 'approved' },
            enforceSecurity: false,
        })
        // The provisioning rule is async: wait for its refusal note before asserting nothing was made.
        atf.server.runServerSideScript({
            $id: Now.ID['provision-atf-forged-wait'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var deadline = new GlideDateTime().getNumericValue() + 60000;
    var nextCheck = 0;
    while (new GlideDateTime().getNumericValue() < deadline) {
        if (new GlideDateTime().getNumericValue() < nextCheck) continue;
        nextCheck = new GlideDateTime().getNumericValue() + 1000;
        var note = new GlideRecord('sys_journal_field');
        note.addQuery('element_id', '${item.record_id}');
        note.addQuery('element', 'work_notes');
        note.addQuery('value', 'CONTAINS', 'NOT provisioned');
        note.query();
        if (note.hasNext()) {
            stepResult.setOutputMessage('The provisioning rule refused the forged approval.');
            return true;
        }
    }
    stepResult.setOutputMessage('No refusal note after 60 seconds: the async provisioning rule did not run.');
    return false;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.recordQuery({
            $id: Now.ID['provision-atf-forged-no-account'],
            table: 'sys_user',
            fieldValues: 'user_name=svc_atf_forged_check^EQ',
            assert: 'no_records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['provision-atf-forged-no-inventory'],
            table: 'x_seed_svcacct_service_account',
            fieldValues: `request_item=${item.record_id}^EQ`,
            assert: 'no_records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['provision-atf-forged-work-note'],
            table: 'sys_journal_field',
            fieldValues: `element_id=${item.record_id}^element=work_notes^valueLIKENOT provisioned^EQ`,
            assert: 'records_match_query',
        })
    },
)
