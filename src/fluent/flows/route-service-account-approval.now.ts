import '@servicenow/sdk/global'
import { Action, actionStep, wfa } from '@servicenow/sdk/automation'
import { DateTimeColumn, ReferenceColumn, StringColumn } from '@servicenow/sdk/core'

/**
 * "Route Service Account Approval": the approval flow's first action. Its one script step calls the
 * ServiceAccountApprovalRouting Script Include, which delegates to src/server/approval/approver-route.ts
 * (chooseApprover() plus the Glide reads and writes around it). Flow script steps take only string
 * scripts, hence the bridge. The outputs tell the flow which approval to ask for:
 *   route = manager          -> ask requested_for.manager
 *   route = fallback_group   -> ask approval_group (x_seed_svcacct.approval.fallback_group); reason says why
 *   route = not_routed       -> close the request with requester_comment (bad user ID, no owner, no group)
 * The step has already written the work note that records the route and the reason.
 */
const ROUTE_STEP_SCRIPT = `(function execute(inputs, outputs) {
    new x_seed_svcacct.ServiceAccountApprovalRouting().routeStep(inputs, outputs);
})(inputs, outputs);`

export const routeServiceAccountApproval = Action(
    {
        $id: Now.ID['route-service-account-approval-action'],
        name: 'Route Service Account Approval',
        description:
            "Chooses who approves a service-account request: the owner's manager, or the fallback approval group when that manager is empty, inactive, the requester or the owner. Records the reason on the request and fills the roles the account will get.",
        access: 'package_private',
        category: 'Service Account Lifecycle',
        inputs: {
            request_item: ReferenceColumn({ label: 'Request item', referenceTable: 'sc_req_item', mandatory: true }),
        },
        outputs: {
            route: StringColumn({ label: 'Route', maxLength: 40 }),
            approval_group: ReferenceColumn({ label: 'Approval group', referenceTable: 'sys_user_group' }),
            reason: StringColumn({ label: 'Reason', maxLength: 40 }),
            due_date: DateTimeColumn({ label: 'Approval due date' }),
            approval_reason: StringColumn({ label: 'Approval reason', maxLength: 160 }),
            requester_comment: StringColumn({ label: 'Requester comment', maxLength: 4000 }),
            user_id: StringColumn({ label: 'User ID', maxLength: 40 }),
        },
    },
    (params) => {
        const routed = wfa.actionStep(
            actionStep.script,
            { $id: Now.ID['route-service-account-approval-script'], label: 'Choose the approver' },
            {
                required_run_time: 'instance',
                script: ROUTE_STEP_SCRIPT,
                inputVariables: {
                    request_item_id: {
                        label: 'Request item sys_id',
                        value: wfa.dataPill(params.inputs.request_item, 'reference'),
                    },
                },
                outputVariables: {
                    route: StringColumn({ label: 'Route', maxLength: 40 }),
                    approval_group: StringColumn({ label: 'Approval group', maxLength: 32 }),
                    reason: StringColumn({ label: 'Reason', maxLength: 40 }),
                    due_date: StringColumn({ label: 'Approval due date', maxLength: 40 }),
                    approval_reason: StringColumn({ label: 'Approval reason', maxLength: 160 }),
                    requester_comment: StringColumn({ label: 'Requester comment', maxLength: 4000 }),
                    user_id: StringColumn({ label: 'User ID', maxLength: 200 }),
                },
            },
        )
        wfa.assignActionOutputs(params.outputs, {
            route: wfa.dataPill(routed.route, 'string'),
            approval_group: wfa.dataPill(routed.approval_group, 'string'),
            reason: wfa.dataPill(routed.reason, 'string'),
            due_date: wfa.dataPill(routed.due_date, 'string'),
            approval_reason: wfa.dataPill(routed.approval_reason, 'string'),
            requester_comment: wfa.dataPill(routed.requester_comment, 'string'),
            user_id: wfa.dataPill(routed.user_id, 'string'),
        })
    },
)
