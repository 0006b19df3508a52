import '@servicenow/sdk/global'
import { Property } from '@servicenow/sdk/core'
import { appAdminRole } from './access/roles.now'
import { approverGroup, credentialGroup, serviceAccountGroup } from './access/groups.now'

/*
 * Every system property the app reads. Names and defaults match src/server/config/properties.ts,
 * the one module that reads them (a unit test compares the two). Only app admins may change them.
 */

export const userIdPrefixProperty = Property({
    $id: Now.ID['property-user-id-prefix'],
    name: 'x_seed_svcacct.user_id.prefix',
    type: 'string',
    value: 'svc_',
    description: 'Every service-account user ID must start with this prefix (lower case). Default: svc_',
    roles: { write: [appAdminRole] },
})

export const userIdMaxLengthProperty = Property({
    $id: Now.ID['property-user-id-max-length'],
    name: 'x_seed_svcacct.user_id.max_length',
    type: 'integer',
    value: 40,
    description: 'Longest allowed service-account user ID, prefix included. At most 40 (the length of sys_user.user_name). Default: 40',
    roles: { write: [appAdminRole] },
})

export const reservedNamesProperty = Property({
    $id: Now.ID['property-user-id-reserved-names'],
    name: 'x_seed_svcacct.user_id.reserved_names',
    type: 'string',
    value: 'admin,administrator,system,guest,maint,root,sysadmin,security_admin,superuser,sa,test',
    description: 'Comma-separated names a service account may not take, with or without the prefix (svc_admin is refused like admin).',
    roles: { write: [appAdminRole] },
})

export const serviceAccountGroupProperty = Property({
    $id: Now.ID['property-group'],
    name: 'x_seed_svcacct.group',
    type: 'string',
    value: `${serviceAccountGroup}`,
    description: 'sys_id of the group every service account joins. Default: the "ServiceNow Service Accounts" group shipped with the app.',
    roles: { write: [appAdminRole] },
})

export const groupRolesProperty = Property({
    $id: Now.ID['property-group-roles'],
    name: 'x_seed_svcacct.group.roles',
    type: 'string',
    value: 'itil,rest_api_explorer',
    description: 'Comma-separated global roles the service-account group must carry. admin, security_admin, impersonator, oauth_admin and any role containing them are refused. Default: itil,rest_api_explorer',
    roles: { write: [appAdminRole] },
})

export const fallbackApprovalGroupProperty = Property({
    $id: Now.ID['property-approval-fallback-group'],
    name: 'x_seed_svcacct.approval.fallback_group',
    type: 'string',
    value: `${approverGroup}`,
    description: 'sys_id of the group that approves a request when the owner has no valid manager (empty, inactive, or the requester or owner). Default: the "Service Account Approvers" group shipped with the app. Add members to it.',
    roles: { write: [appAdminRole] },
})

export const approvalDueDaysProperty = Property({
    $id: Now.ID['property-approval-due-days'],
    name: 'x_seed_svcacct.approval.due_days',
    type: 'integer',
    value: 5,
    description: 'Days an approval may wait before the request is rejected as expired. Default: 5',
    roles: { write: [appAdminRole] },
})

export const guiWindowDaysProperty = Property({
    $id: Now.ID['property-gui-window-days'],
    name: 'x_seed_svcacct.gui_window.days',
    type: 'integer',
    value: 14,
    description: 'Days a new service account keeps GUI access so its owner can explore the REST API Explorer. Then it becomes web-service-only. Default: 14',
    roles: { write: [appAdminRole] },
})

export const reminderDaysProperty = Property({
    $id: Now.ID['property-reminder-days'],
    name: 'x_seed_svcacct.reminder.days',
    type: 'integer',
    value: 3,
    description: 'The owner is reminded once, this many days before GUI access ends. 0 turns the reminder off. Default: 3',
    roles: { write: [appAdminRole] },
})

export const batchSizeProperty = Property({
    $id: Now.ID['property-lockdown-batch-size'],
    name: 'x_seed_svcacct.lockdown.batch_size',
    type: 'integer',
    value: 200,
    description: 'Most accounts the daily lock-down job handles in one run; the rest wait for the next run. Default: 200',
    roles: { write: [appAdminRole] },
})

export const credentialTaskGroupProperty = Property({
    $id: Now.ID['property-credential-task-group'],
    name: 'x_seed_svcacct.credential_task.group',
    type: 'string',
    value: `${credentialGroup}`,
    description: 'sys_id of the group that gets the task to set the initial credential and hand it over out of band. Default: the "Service Account Administrators" group shipped with the app.',
    roles: { write: [appAdminRole] },
})
