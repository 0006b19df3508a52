import '@servicenow/sdk/global'
import { AnnotationType, Form, default_view } from '@servicenow/sdk/core'

/*
 * The inventory form (default view). What an admin or owner looks for first comes first:
 * the account and its state, then its owner and when GUI access ends. The request item, the
 * approvals and the journal are related lists (service-account-related-lists.now.ts).
 */
export const serviceAccountForm = Form({
    table: 'x_seed_svcacct_service_account',
    view: default_view,
    sections: [
        {
            caption: 'Service account',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'account', type: 'table_field' },
                        { field: 'owner', type: 'table_field' },
                        { field: 'user_name', type: 'table_field' },
                        { field: 'consuming_system', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'state', type: 'table_field' },
                        { field: 'gui_access_until', type: 'table_field' },
                        { field: 'request_item', type: 'table_field' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [{ field: 'purpose', type: 'table_field' }],
                },
            ],
        },
        {
            caption: 'Lock-down',
            content: [
                {
                    layout: 'one-column',
                    elements: [
                        {
                            type: 'annotation',
                            annotationId: Now.ID['service-account-form-lock-down-note'],
                            text: 'While the state is Exploring, the account can log in to the UI (REST API Explorer) until "GUI access until". Then the daily lock-down job makes it web-service-only for good, unless the owner confirms earlier.',
                            isPlainText: true,
                            annotationType: AnnotationType.Info_Box_Blue,
                        },
                    ],
                },
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'reminder_sent_on', type: 'table_field' },
                        { field: 'locked_down_on', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'lockdown_method', type: 'table_field' },
                        { field: 'locked_down_by', type: 'table_field' },
                    ],
                },
                {
                    // Why the daily job stopped on this row (an app admin fixes it), and the reason
                    // an app admin types before "Reopen GUI window".
                    layout: 'one-column',
                    elements: [
                        { field: 'lockdown_problem', type: 'table_field' },
                        { field: 'reopen_reason', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            caption: 'Activity',
            content: [
                {
                    layout: 'one-column',
                    elements: [{ type: 'formatter', formatterRef: 'Activities_Filtered' }],
                },
            ],
        },
    ],
})
