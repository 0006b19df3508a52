/**
 * The platform tables the app touches, with the columns it needs and their types. Column names and
 * types follow the platform dictionary (ServiceNowDocs and /work/shared/platform-facts.md); a
 * column the app needs but that is missing here throws in the double: add it here, with its type.
 *
 * Defaults are those the platform applies on insert. Booleans without a default stay empty (NULL):
 * sys_user.web_service_access_only is empty on most users of a real instance (platform facts).
 */
import type { TableSpec } from './glide/schema.ts'

const APPROVAL_STATES = {
    'not requested': 'Not Yet Requested',
    requested: 'Requested',
    approved: 'Approved',
    rejected: 'Rejected',
    cancelled: 'Cancelled',
    not_required: 'No Longer Required',
    duplicate: 'Duplicate',
} as const

const TASK_STATES = {
    '-5': 'Pending',
    '1': 'Open',
    '2': 'Work in Progress',
    '3': 'Closed Complete',
    '4': 'Closed Incomplete',
    '7': 'Closed Skipped',
} as const

export const PLATFORM_TABLES: Readonly<Record<string, TableSpec>> = {
    sys_user: {
        display: 'name',
        fields: {
            user_name: { type: 'string', label: 'User ID', maxLength: 40 },
            first_name: { type: 'string' },
            last_name: { type: 'string' },
            name: { type: 'string', label: 'Name' },
            email: { type: 'string' },
            title: { type: 'string' },
            department: { type: 'string' },
            manager: { type: 'reference', reference: 'sys_user' },
            active: { type: 'boolean', default: true },
            locked_out: { type: 'boolean', default: false },
            password_needs_reset: { type: 'boolean', default: false },
            web_service_access_only: { type: 'boolean', label: 'Web service access only' },
            internal_integration_user: { type: 'boolean', default: false },
            identity_type: { type: 'choice', choices: { human: 'Human', machine: 'Machine', ai_agent: 'AI Agent', unclassified: 'Unclassified' } },
            sso_source: { type: 'string' },
            source: { type: 'string' },
            last_login_time: { type: 'datetime' },
            failed_attempts: { type: 'integer' },
        },
    },
    sys_user_group: {
        display: 'name',
        fields: {
            name: { type: 'string' },
            description: { type: 'string' },
            manager: { type: 'reference', reference: 'sys_user' },
            email: { type: 'string' },
            parent: { type: 'reference', reference: 'sys_user_group' },
            active: { type: 'boolean', default: true },
        },
    },
    sys_user_grmember: {
        fields: {
            user: { type: 'reference', reference: 'sys_user' },
            group: { type: 'reference', reference: 'sys_user_group' },
        },
    },
    sys_user_role: {
        display: 'name',
        fields: {
            name: { type: 'string' },
            description: { type: 'string' },
            suffix: { type: 'string' },
            assignable_by: { type: 'reference', reference: 'sys_user_role' },
            elevated_privilege: { type: 'boolean', default: false },
            // Reference to sys_scope on the platform (roles are application files); kept as its sys_id,
            // which is the literal 'global' for a global role, like sys_scope_privilege's scope columns.
            sys_scope: { type: 'string' },
        },
    },
    sys_user_role_contains: {
        fields: {
            role: { type: 'reference', reference: 'sys_user_role' },
            contains: { type: 'reference', reference: 'sys_user_role' },
        },
    },
    sys_group_has_role: {
        fields: {
            group: { type: 'reference', reference: 'sys_user_group' },
            role: { type: 'reference', reference: 'sys_user_role' },
            inherits: { type: 'boolean', default: true },
        },
    },
    sys_user_has_role: {
        fields: {
            user: { type: 'reference', reference: 'sys_user' },
            role: { type: 'reference', reference: 'sys_user_role' },
            state: { type: 'choice', choices: { active: 'Active', pending_certification: 'Pending certification', requested: 'Requested' }, default: 'active' },
            inherited: { type: 'boolean', default: false },
            granted_by: { type: 'reference', reference: 'sys_user_group' },
            included_in_role: { type: 'reference', reference: 'sys_user_role' },
        },
    },
    task: {
        display: 'number',
        numberPrefix: 'TASK',
        fields: {
            number: { type: 'string' },
            sys_class_name: { type: 'string', label: 'Class' },
            state: { type: 'choice', choices: TASK_STATES, default: '1' },
            active: { type: 'boolean', default: true },
            short_description: { type: 'string' },
            description: { type: 'string' },
            assignment_group: { type: 'reference', reference: 'sys_user_group' },
            assigned_to: { type: 'reference', reference: 'sys_user' },
            opened_by: { type: 'reference', reference: 'sys_user', default: (context) => context.userId },
            opened_at: { type: 'datetime', default: (context) => context.now },
            closed_by: { type: 'reference', reference: 'sys_user' },
            closed_at: { type: 'datetime' },
            close_notes: { type: 'string' },
            approval: { type: 'choice', choices: APPROVAL_STATES, default: 'not requested' },
            due_date: { type: 'datetime' },
            parent: { type: 'reference', reference: 'task' },
            priority: { type: 'choice', choices: { '1': '1 - Critical', '2': '2 - High', '3': '3 - Moderate', '4': '4 - Low', '5': '5 - Planning' }, default: '4' },
            work_notes: { type: 'journal', label: 'Work notes' },
            comments: { type: 'journal', label: 'Additional comments' },
        },
    },
    sc_cat_item: {
        display: 'name',
        fields: {
            name: { type: 'string' },
            short_description: { type: 'string' },
            description: { type: 'string' },
            active: { type: 'boolean', default: true },
        },
    },
    sc_request: {
        extends: 'task',
        numberPrefix: 'REQ',
        fields: {
            requested_for: { type: 'reference', reference: 'sys_user' },
            request_state: { type: 'choice', choices: { requested: 'Pending Approval', in_process: 'Approved', closed_complete: 'Closed Complete', closed_rejected: 'Closed Rejected', closed_cancelled: 'Closed Cancelled' } },
        },
    },
    sc_req_item: {
        extends: 'task',
        numberPrefix: 'RITM',
        fields: {
            request: { type: 'reference', reference: 'sc_request' },
            cat_item: { type: 'reference', reference: 'sc_cat_item' },
            requested_for: { type: 'reference', reference: 'sys_user' },
            quantity: { type: 'integer', default: 1 },
            stage: { type: 'string' },
        },
    },
    sc_task: {
        extends: 'task',
        numberPrefix: 'SCTASK',
        fields: {
            request_item: { type: 'reference', reference: 'sc_req_item' },
            request: { type: 'reference', reference: 'sc_request' },
        },
    },
    sysapproval_approver: {
        fields: {
            approver: { type: 'reference', reference: 'sys_user' },
            sysapproval: { type: 'reference', reference: 'task' },
            document_id: { type: 'document_id' },
            source_table: { type: 'string' },
            state: { type: 'choice', choices: APPROVAL_STATES, default: 'requested' },
            due_date: { type: 'datetime' },
            comments: { type: 'journal' },
        },
    },
    // Delegates (Self Service > My Profile > Delegates): `delegate` may act for `user` between
    // `starts` and `ends`; `approvals` lets them approve on the user's behalf. Column names from
    // ServiceNowDocs (servicenow-platform/self-service/t_DelegateApprovalsTasks.md; the sys_user_delegate
    // query in api-reference/server-api-reference/c_OCRosterSpanApprovalUtilAPI.md). No defaults assumed.
    sys_user_delegate: {
        fields: {
            user: { type: 'reference', reference: 'sys_user' },
            delegate: { type: 'reference', reference: 'sys_user' },
            starts: { type: 'datetime' },
            ends: { type: 'datetime' },
            approvals: { type: 'boolean' },
            assignments: { type: 'boolean' },
            notifications: { type: 'boolean' },
            invitations: { type: 'boolean' },
        },
    },
    sys_properties: {
        display: 'name',
        fields: {
            name: { type: 'string' },
            value: { type: 'string' },
            description: { type: 'string' },
            type: { type: 'string', default: 'string' },
            read_roles: { type: 'string' },
            write_roles: { type: 'string' },
        },
    },
    sys_journal_field: {
        fields: {
            name: { type: 'string', label: 'Table name' },
            element: { type: 'string' },
            element_id: { type: 'document_id' },
            value: { type: 'string' },
        },
    },
    item_option_new: {
        display: 'question_text',
        fields: {
            name: { type: 'string' },
            question_text: { type: 'string' },
            cat_item: { type: 'reference', reference: 'sc_cat_item' },
            type: { type: 'integer' },
            order: { type: 'integer' },
            mandatory: { type: 'boolean', default: false },
            active: { type: 'boolean', default: true },
        },
    },
    sc_item_option: {
        fields: {
            item_option_new: { type: 'reference', reference: 'item_option_new' },
            value: { type: 'string' },
            order: { type: 'integer' },
        },
    },
    sc_item_option_mtom: {
        fields: {
            request_item: { type: 'reference', reference: 'sc_req_item' },
            sc_item_option: { type: 'reference', reference: 'sc_item_option' },
        },
    },
    sys_scope_privilege: {
        fields: {
            source_scope: { type: 'string' },
            target_scope: { type: 'string' },
            target_name: { type: 'string' },
            target_type: { type: 'string' },
            operation: { type: 'choice', choices: ['read', 'write', 'create', 'delete', 'execute'] },
            status: { type: 'choice', choices: ['allowed', 'denied', 'requested'] },
        },
    },
    sys_hub_flow: {
        display: 'name',
        fields: {
            name: { type: 'string' },
            internal_name: { type: 'string' },
            description: { type: 'string' },
            active: { type: 'boolean', default: false },
            status: { type: 'string' },
        },
    },
}
