import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/*
 * ATF tests for provisioning, for admins to run after install (ATF runs on an instance only; the
 * offline unit tests cover the same rules against the Glide test double).
 *
 * The manager test goes the whole way: it orders "Request a Service Account" through the catalog form
 * (a Client Test Runner must be open, and the approval flow active), lets the flow ask the owner's
 * manager, approves as that manager, and waits for the async provisioning rule. Only an approval
 * record the flow created (as system) and the approver decided counts, so the test cannot make its
 * own approval record: it must be the flow's.
 *
 * Waiting: a Record Query step with a timeout repeats until it passes or the timeout ends ("If the
 * validation fails, the system repeats the step until it reaches the duration of the timeout",
 * ServiceNowDocs automated-test-framework-atf/test-steps-server-category.md). No script spins.
 *
 * Clean-up: ATF rolls back what the test's session changes, deletes included, but not what the async
 * rule and the flow write in their own sessions. So each test first and last queues
 * x_seed_svcacct.atf.cleanup; the script action "Remove provisioning ATF test accounts" removes, outside
 * the test session, the accounts with these tests' fixed user names and what provisioning made for
 * them (src/server/provisioning/remove-atf-accounts.ts), and the next step waits until they are gone.
 * Left behind, and harmless: the flow's approval records and the refusal work note of the forged test.
 *
 * Step templates may embed only earlier steps' outputs (the SDK's Test plugin rejects other
 * identifiers, and a record object in fieldValues becomes "[object Object]"), so the sys_ids of the
 * catalog item (e1f35727…), its variables, the service-account group (211553d3…) and itil (282bf1fa…,
 * the same on every instance) are written out; artifact tests check them against the build.
 *
 * They assume the shipped defaults: x_seed_svcacct.group = the "ServiceNow Service Accounts" group,
 * x_seed_svcacct.group.roles = itil,rest_api_explorer, user ID prefix svc_.
 */

/** Queues the clean-up event on the session's own user record (any record will do; the handler ignores it). */
const QUEUE_CLEANUP = `(function (outputs, steps, params, stepResult, assertEqual) {
    var me = new GlideRecord('sys_user');
    if (!me.get(gs.getUserID())) {
        stepResult.setOutputMessage('The session user was not found, so the clean-up event could not be queued.');
        return false;
    }
    gs.eventQueue('x_seed_svcacct.atf.cleanup', me, '', '');
    stepResult.setOutputMessage('Queued x_seed_svcacct.atf.cleanup: the script action removes svc_atf_provision_check and svc_atf_forged_check and what provisioning made for them.');
    return true;
})(outputs, steps, params, stepResult, assertEqual);`

/** Passes once the clean-up script action has run (repeated until the timeout). */
const NO_ATF_ACCOUNTS = 'user_nameINsvc_atf_provision_check,svc_atf_forged_check^EQ'

export const provisionOnGenuineApprovalTest = Test(
    {
        $id: Now.ID['provision-atf-genuine-approval'],
        name: 'Service Account Lifecycle: an approval by the manager provisions the account',
        description:
            "Removes accounts left by earlier runs, creates an owner with a manager, orders Request a Service Account as the owner for user ID svc_atf_provision_check through the catalog form, waits for the approval flow to ask the manager, approves as the manager, then asserts the business rule created the sys_user with manager = the owner, made it a member of ServiceNow Service Accounts, that it holds itil and rest_api_explorer inherited from the group (no direct role), that it is in the inventory as exploring, and that a credential task is open; then removes the account again. Needs a Client Test Runner and the active approval flow.",
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({ $id: Now.ID['provision-atf-genuine-cleanup-before'], script: QUEUE_CLEANUP })
        atf.server.recordQuery({
            $id: Now.ID['provision-atf-genuine-cleanup-before-wait'],
            table: 'sys_user',
            fieldValues: NO_ATF_ACCOUNTS,
            assert: 'no_records_match_query',
            timeout: { minutes: 2 },
        })
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
        atf.server.impersonate({ $id: Now.ID['provision-atf-genuine-impersonate-owner'], user: owner.user })
        atf.catalog.openCatalogItem({
            $id: Now.ID['provision-atf-genuine-open-item'],
            catalogItem: 'e1f357274cdb4466b21165c67e64108f',
        })
        atf.catalog.setVariableValue({
            $id: Now.ID['provision-atf-genuine-fill-form'],
            catalogItem: 'e1f357274cdb4466b21165c67e64108f',
            variableValues: `IO:ce22404198d84102a29fac1826f2b2eb=svc_atf_provision_check^IO:f5be6e326caa473aabc73b666e076d97=ATF provisioning check^IO:ff90f70b04a34792b71ed9eace3b58e7=Automated test of provisioning on a genuine approval.^IO:c26dea4372274bfbaa07a1fbb40f31b3=ATF^EQ`,
        })
        // The onChange check answers asynchronously; mark the value as checked so the order is not held.
        atf.catalog.setVariableValue({
            $id: Now.ID['provision-atf-genuine-mark-checked'],
            catalogItem: 'e1f357274cdb4466b21165c67e64108f',
            variableValues: `IO:e5bde50c92414af99cae86d0da5dc022=svc_atf_provision_check^EQ`,
        })
        const order = atf.catalog.orderCatalogItem({
            $id: Now.ID['provision-atf-genuine-order'],
            assert: 'form_submitted_to_server',
        })
        const item = atf.server.recordQuery({
            $id: Now.ID['provision-atf-genuine-find-item'],
            table: 'sc_req_item',
            fieldValues: `request=${order.request_id}^cat_item=e1f357274cdb4466b21165c67e64108f^EQ`,
            assert: 'records_match_query',
        })
        // The flow (in the background, as system) creates the manager's approval record.
        const approval = atf.server.recordQuery({
            $id: Now.ID['provision-atf-genuine-manager-asked'],
            table: 'sysapproval_approver',
            fieldValues: `sysapproval=${item.first_record}^approver=${manager.user}^state=requested^EQ`,
            assert: 'records_match_query',
            timeout: { minutes: 2 },
        })
        // The manager decides in their own session, as they would in the approval UI.
        atf.server.impersonate({ $id: Now.ID['provision-atf-genuine-impersonate-manager'], user: manager.user })
        atf.server.recordUpdate({
            $id: Now.ID['provision-atf-genuine-approve'],
            table: 'sysapproval_approver',
            recordId: `${approval.first_record}`,
            fieldValues: { state: 'approved' },
            enforceSecurity: false,
        })
        // The flow then sets the item approved and the async provisioning rule runs: wait for its inventory row.
        atf.server.recordQuery({
            $id: Now.ID['provision-atf-genuine-wait'],
            table: 'x_seed_svcacct_service_account',
            fieldValues: `request_item=${item.first_record}^state=exploring^EQ`,
            assert: 'records_match_query',
            timeout: { minutes: 2 },
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
            fieldValues: `request_item=${item.first_record}^account=${account.first_record}^state=exploring^EQ`,
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['provision-atf-genuine-credential-task'],
            table: 'sc_task',
            fieldValues: `request_item=${item.first_record}^active=true^EQ`,
            assert: 'records_match_query',
        })
        atf.server.runServerSideScript({ $id: Now.ID['provision-atf-genuine-cleanup-after'], script: QUEUE_CLEANUP })
        atf.server.recordQuery({
            $id: Now.ID['provision-atf-genuine-cleanup-after-wait'],
            table: 'sys_user',
            fieldValues: NO_ATF_ACCOUNTS,
            assert: 'no_records_match_query',
            timeout: { minutes: 2 },
        })
    },
)

export const provisionRefusesForgedApprovalTest = Test(
    {
        $id: Now.ID['provision-atf-forged-approval'],
        name: 'Service Account Lifecycle: editing the approval field directly provisions nothing',
        description:
            "Removes accounts left by earlier runs, creates an owner with a manager and a Request a Service Account item for user ID svc_atf_forged_check, then sets the item's approval field to approved directly, with no approval record. Waits for the work note saying it was NOT provisioned, then asserts no sys_user svc_atf_forged_check and no inventory row exist (the negative side of the genuine-approval check). Server errors are expected here: the refusal is logged as an error.",
        active: true,
        failOnServerError: false,
    },
    (atf) => {
        atf.server.runServerSideScript({ $id: Now.ID['provision-atf-forged-cleanup-before'], script: QUEUE_CLEANUP })
        atf.server.recordQuery({
            $id: Now.ID['provision-atf-forged-cleanup-before-wait'],
            table: 'sys_user',
            fieldValues: NO_ATF_ACCOUNTS,
            assert: 'no_records_match_query',
            timeout: { minutes: 2 },
        })
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
        atf.server.recordQuery({
            $id: Now.ID['provision-atf-forged-wait'],
            table: 'sys_journal_field',
            fieldValues: `element_id=${item.record_id}^element=work_notes^valueLIKENOT provisioned^EQ`,
            assert: 'records_match_query',
            timeout: { minutes: 2 },
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
        atf.server.runServerSideScript({ $id: Now.ID['provision-atf-forged-cleanup-after'], script: QUEUE_CLEANUP })
        atf.server.recordQuery({
            $id: Now.ID['provision-atf-forged-cleanup-after-wait'],
            table: 'sys_user',
            fieldValues: NO_ATF_ACCOUNTS,
            assert: 'no_records_match_query',
            timeout: { minutes: 2 },
        })
    },
)
