import '@servicenow/sdk/global'
import { action, Flow, trigger, wfa } from '@servicenow/sdk/automation'
import { StringColumn } from '@servicenow/sdk/core'
import { routeServiceAccountApproval } from './route-service-account-approval.now'

/*
 * Approval flow of "Request a Service Account" (linked from the catalog item; serviceCatalog trigger,
 * runs in the background, as system).
 *
 * Routing. One decision, in one place: the "Route Service Account Approval" action runs
 * chooseApprover() (src/server/approval/approver-choice.ts) through a Script Include bridge and returns
 * the route. The flow does not re-decide; it only asks the approver the route names:
 *   manager         -> Ask for Approval from requested_for.manager (a data pill on the request item);
 *   fallback_group  -> Ask for Approval from the group in x_seed_svcacct.approval.fallback_group
 *                      (manager empty, inactive, the requester or the owner). The action has already
 *                      written a work note with the reason;
 *   not_routed      -> close the request (bad user ID, no owner, no usable fallback group).
 * Provisioning recomputes the same route with the same function to accept only this approver.
 *
 * Due date. Ask for Approval's due date cannot be computed from a property inside the flow, so the
 * routing action computes it (now + x_seed_svcacct.approval.due_days, UTC) and the approval uses it as an
 * actual date. At the due date the approval is cancelled (not rejected): a cancelled approval is how the
 * flow tells an expiry from an approver's rejection without guessing from clocks. The flow then rejects
 * the request itself, as expired.
 *
 * Outcomes (the decision lands in the approval_state flow variable):
 *   approved  -> fire x_seed_svcacct.request.approved and stop. The flow does no account work and does
 *                not close the item: the provisioning business rule reacts to approval -> approved,
 *                opens the credential task and closes the item when that task closes.
 *   rejected  -> Closed Incomplete (4) with a comment to the requester; fire ...request.rejected.
 *   otherwise -> (cancelled at the due date, or no decision) approval Rejected, Closed Incomplete (4),
 *                a comment saying it expired; fire ...request.expired.
 * Nothing is provisioned on those paths: the provisioning rule runs only when approval changes to approved.
 */
export const serviceAccountApprovalFlow = Flow(
    {
        $id: Now.ID['service-account-approval-flow'],
        name: 'Service Account Request Approval',
        description:
            'Asks the owner\'s manager (or the fallback approval group) to approve a "Request a Service Account" request, and closes the request when it is rejected or expires. Provisioning on approval is done by a business rule, not by this flow.',
        runAs: 'system',
        flowVariables: {
            approval_state: StringColumn({ label: 'Approval state', maxLength: 40 }),
        },
    },
    wfa.trigger(
        trigger.application.serviceCatalog,
        { $id: Now.ID['service-account-approval-trigger'] },
        { run_flow_in: 'background' },
    ),
    (params) => {
        const route = wfa.action(
            routeServiceAccountApproval,
            { $id: Now.ID['service-account-approval-route'], annotation: 'Choose the approver and record why' },
            { request_item: wfa.dataPill(params.trigger.request_item, 'reference') },
        )

        wfa.flowLogic.if(
            {
                $id: Now.ID['service-account-approval-if-manager'],
                label: "Route: the owner's manager",
                condition: `${wfa.dataPill(route.route, 'string')}=manager`,
            },
            () => {
                const managerApproval = wfa.action(
                    action.core.askForApproval,
                    { $id: Now.ID['service-account-approval-ask-manager'], annotation: "Ask the owner's manager" },
                    {
                        record: wfa.dataPill(params.trigger.request_item, 'reference'),
                        table: 'sc_req_item',
                        approval_field: 'approval',
                        journal_field: 'approval_history',
                        approval_reason: wfa.dataPill(route.approval_reason, 'string'),
                        approval_conditions: wfa.approvalRules({
                            conditionType: 'OR',
                            ruleSets: [
                                {
                                    action: 'ApprovesRejects',
                                    conditionType: 'AND',
                                    rules: [
                                        [
                                            {
                                                ruleType: 'Any',
                                                users: [wfa.dataPill(params.trigger.request_item.requested_for.manager, 'reference')],
                                                groups: [],
                                                manual: false,
                                            },
                                        ],
                                    ],
                                },
                            ],
                        }),
                        due_date: wfa.approvalDueDate({
                            action: 'cancel',
                            dateType: 'actual',
                            date: wfa.dataPill(route.due_date, 'glide_date_time'),
                        }),
                    },
                )
                wfa.flowLogic.setFlowVariables(
                    { $id: Now.ID['service-account-approval-manager-decision'] },
                    params.flowVariables,
                    { approval_state: wfa.dataPill(managerApproval.approval_state, 'choice') },
                )
            },
        )
        wfa.flowLogic.elseIf(
            {
                $id: Now.ID['service-account-approval-if-group'],
                label: 'Route: the fallback approval group',
                condition: `${wfa.dataPill(route.route, 'string')}=fallback_group`,
            },
            () => {
                const groupApproval = wfa.action(
                    action.core.askForApproval,
                    { $id: Now.ID['service-account-approval-ask-group'], annotation: 'Ask the fallback approval group' },
                    {
                        record: wfa.dataPill(params.trigger.request_item, 'reference'),
                        table: 'sc_req_item',
                        approval_field: 'approval',
                        journal_field: 'approval_history',
                        approval_reason: wfa.dataPill(route.approval_reason, 'string'),
                        approval_conditions: wfa.approvalRules({
                            conditionType: 'OR',
                            ruleSets: [
                                {
                                    action: 'ApprovesRejects',
                                    conditionType: 'AND',
                                    rules: [
                                        [
                                            {
                                                ruleType: 'Any',
                                                users: [],
                                                groups: [wfa.dataPill(route.approval_group, 'reference')],
                                                manual: false,
                                            },
                                        ],
                                    ],
                                },
                            ],
                        }),
                        due_date: wfa.approvalDueDate({
                            action: 'cancel',
                            dateType: 'actual',
                            date: wfa.dataPill(route.due_date, 'glide_date_time'),
                        }),
                    },
                )
                wfa.flowLogic.setFlowVariables(
                    { $id: Now.ID['service-account-approval-group-decision'] },
                    params.flowVariables,
                    { approval_state: wfa.dataPill(groupApproval.approval_state, 'choice') },
                )
            },
        )
        wfa.flowLogic.else({ $id: Now.ID['service-account-approval-not-routed'] }, () => {
            wfa.action(
                action.core.updateRecord,
                { $id: Now.ID['service-account-approval-close-not-routed'], annotation: 'Close: could not be sent for approval' },
                {
                    table_name: 'sc_req_item',
                    record: wfa.dataPill(params.trigger.request_item, 'reference'),
                    values: TemplateValue({
                        approval: 'rejected',
                        state: '4',
                        comments: wfa.dataPill(route.requester_comment, 'string'),
                    }),
                },
            )
            wfa.action(
                action.core.fireEvent,
                { $id: Now.ID['service-account-approval-event-not-routed'], annotation: 'Tell the requester' },
                {
                    event_name: 'x_seed_svcacct.request.rejected',
                    record: `${wfa.dataPill(params.trigger.request_item, 'reference')}`,
                    table: 'sc_req_item',
                    parm1: `${wfa.dataPill(route.user_id, 'string')}`,
                },
            )
            wfa.flowLogic.endFlow({ $id: Now.ID['service-account-approval-end-not-routed'] })
        })

        wfa.flowLogic.if(
            {
                $id: Now.ID['service-account-approval-if-approved'],
                label: 'Approved',
                condition: `${wfa.dataPill(params.flowVariables.approval_state, 'string')}=approved`,
            },
            () => {
                wfa.action(
                    action.core.fireEvent,
                    { $id: Now.ID['service-account-approval-event-approved'], annotation: 'Tell the requester; provisioning runs on its own' },
                    {
                        event_name: 'x_seed_svcacct.request.approved',
                        record: `${wfa.dataPill(params.trigger.request_item, 'reference')}`,
                        table: 'sc_req_item',
                        parm1: `${wfa.dataPill(route.user_id, 'string')}`,
                    },
                )
            },
        )
        wfa.flowLogic.elseIf(
            {
                $id: Now.ID['service-account-approval-if-rejected'],
                label: 'Rejected by the approver',
                condition: `${wfa.dataPill(params.flowVariables.approval_state, 'string')}=rejected`,
            },
            () => {
                wfa.action(
                    action.core.updateRecord,
                    { $id: Now.ID['service-account-approval-close-rejected'], annotation: 'Close: rejected' },
                    {
                        table_name: 'sc_req_item',
                        record: wfa.dataPill(params.trigger.request_item, 'reference'),
                        values: TemplateValue({
                            state: '4',
                            comments:
                                'Your service-account request was rejected by its approver, so it is closed and no account was created. The approver\'s comments, if any, are in the approval history. Talk to the approver and submit a new request if the need remains.',
                        }),
                    },
                )
                wfa.action(
                    action.core.fireEvent,
                    { $id: Now.ID['service-account-approval-event-rejected'], annotation: 'Tell the requester' },
                    {
                        event_name: 'x_seed_svcacct.request.rejected',
                        record: `${wfa.dataPill(params.trigger.request_item, 'reference')}`,
                        table: 'sc_req_item',
                        parm1: `${wfa.dataPill(route.user_id, 'string')}`,
                    },
                )
            },
        )
        wfa.flowLogic.else({ $id: Now.ID['service-account-approval-expired'] }, () => {
            wfa.action(
                action.core.updateRecord,
                { $id: Now.ID['service-account-approval-close-expired'], annotation: 'Close: expired without a decision' },
                {
                    table_name: 'sc_req_item',
                    record: wfa.dataPill(params.trigger.request_item, 'reference'),
                    values: TemplateValue({
                        approval: 'rejected',
                        state: '4',
                        comments:
                            'Your service-account request expired: no approver decided before the approval due date, so it is closed and no account was created. Remind the approver and submit a new request if the need remains.',
                    }),
                },
            )
            wfa.action(
                action.core.fireEvent,
                { $id: Now.ID['service-account-approval-event-expired'], annotation: 'Tell the requester' },
                {
                    event_name: 'x_seed_svcacct.request.expired',
                    record: `${wfa.dataPill(params.trigger.request_item, 'reference')}`,
                    table: 'sc_req_item',
                    parm1: `${wfa.dataPill(route.user_id, 'string')}`,
                    parm2: `${wfa.dataPill(route.due_date, 'glide_date_time')}`,
                },
            )
        })
    },
)
