import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import {
    approvalDueDaysProperty,
    batchSizeProperty,
    credentialTaskGroupProperty,
    fallbackApprovalGroupProperty,
    groupRolesProperty,
    guiWindowDaysProperty,
    reminderDaysProperty,
    reservedNamesProperty,
    serviceAccountGroupProperty,
    userIdMaxLengthProperty,
    userIdPrefixProperty,
} from './properties.now'

/*
 * One properties page for the app: a sys_properties_category holding every property the app reads,
 * opened by the menu's Properties module at
 * system_properties_ui.do?sysparm_category=x_seed_svcacct (the platform's category page).
 * The properties themselves, with their defaults and write role, are in properties.now.ts.
 * Order follows the life of a service account: its name, its group, its approval, its GUI window.
 */

/** The category name is the page's URL key; scope-prefixed so no other app's category collides. */
export const PROPERTIES_CATEGORY_NAME = 'x_seed_svcacct'

export const propertiesCategory = Record({
    $id: Now.ID['properties-category'],
    table: 'sys_properties_category',
    data: {
        name: PROPERTIES_CATEGORY_NAME,
        title: 'Service Account Lifecycle Properties',
    },
})

export const userIdPrefixOnPage = Record({
    $id: Now.ID['properties-category-user-id-prefix'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: userIdPrefixProperty, order: 100 },
})

export const userIdMaxLengthOnPage = Record({
    $id: Now.ID['properties-category-user-id-max-length'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: userIdMaxLengthProperty, order: 200 },
})

export const reservedNamesOnPage = Record({
    $id: Now.ID['properties-category-user-id-reserved-names'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: reservedNamesProperty, order: 300 },
})

export const serviceAccountGroupOnPage = Record({
    $id: Now.ID['properties-category-group'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: serviceAccountGroupProperty, order: 400 },
})

export const groupRolesOnPage = Record({
    $id: Now.ID['properties-category-group-roles'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: groupRolesProperty, order: 500 },
})

export const fallbackApprovalGroupOnPage = Record({
    $id: Now.ID['properties-category-approval-fallback-group'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: fallbackApprovalGroupProperty, order: 600 },
})

export const approvalDueDaysOnPage = Record({
    $id: Now.ID['properties-category-approval-due-days'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: approvalDueDaysProperty, order: 700 },
})

export const credentialTaskGroupOnPage = Record({
    $id: Now.ID['properties-category-credential-task-group'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: credentialTaskGroupProperty, order: 800 },
})

export const guiWindowDaysOnPage = Record({
    $id: Now.ID['properties-category-gui-window-days'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: guiWindowDaysProperty, order: 900 },
})

export const reminderDaysOnPage = Record({
    $id: Now.ID['properties-category-reminder-days'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: reminderDaysProperty, order: 1000 },
})

export const batchSizeOnPage = Record({
    $id: Now.ID['properties-category-lockdown-batch-size'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: batchSizeProperty, order: 1100 },
})
