import '@servicenow/sdk/global'
import { List, Record, default_view } from '@servicenow/sdk/core'

/*
 * Related lists on the inventory form: the request item the account came from, that item's
 * approvals, and the row's journal (its audit trail). None of these tables references the
 * inventory row, so each needs a sys_relationship with a query script:
 * - the request item is the row's own request_item reference;
 * - approvals are sysapproval_approver rows whose sysapproval is that request item;
 * - journal entries are sys_journal_field rows keyed by table name and the row's sys_id
 *   (platform tables use these string fields, not references).
 * A row created by hand has no request item: then the first two lists stay empty rather than
 * list every item (addNullQuery on sys_id matches nothing).
 * The artifact tests run these scripts, as built, against the Glide test double.
 */
const INVENTORY = 'x_seed_svcacct_service_account'

export const requestItemRelationship = Record({
    $id: Now.ID['service-account-request-item-relationship'],
    table: 'sys_relationship',
    data: {
        name: 'Service account request',
        basic_apply_to: INVENTORY,
        basic_query_from: 'sc_req_item',
        advanced: false,
        simple_reference: false,
        query_with: `(function refineQuery(current, parent) {
    var requestItem = parent.getValue('request_item');
    if (requestItem) current.addQuery('sys_id', requestItem);
    else current.addNullQuery('sys_id');
})(current, parent);`,
    },
})

export const approvalsRelationship = Record({
    $id: Now.ID['service-account-approvals-relationship'],
    table: 'sys_relationship',
    data: {
        name: 'Service account approvals',
        basic_apply_to: INVENTORY,
        basic_query_from: 'sysapproval_approver',
        advanced: false,
        simple_reference: false,
        query_with: `(function refineQuery(current, parent) {
    var requestItem = parent.getValue('request_item');
    if (requestItem) current.addQuery('sysapproval', requestItem);
    else current.addNullQuery('sys_id');
})(current, parent);`,
    },
})

export const journalRelationship = Record({
    $id: Now.ID['service-account-journal-relationship'],
    table: 'sys_relationship',
    data: {
        name: 'Service account journal',
        basic_apply_to: INVENTORY,
        basic_query_from: 'sys_journal_field',
        advanced: false,
        simple_reference: false,
        query_with: `(function refineQuery(current, parent) {
    current.addQuery('name', '${INVENTORY}');
    current.addQuery('element_id', parent.getUniqueValue());
})(current, parent);`,
    },
})

/** One container per parent table and view; its entries are the related lists, in order. */
export const inventoryRelatedLists = Record({
    $id: Now.ID['service-account-related-lists'],
    table: 'sys_ui_related_list',
    data: {
        name: INVENTORY,
        view: 'Default view',
    },
})

export const requestItemRelatedList = Record({
    $id: Now.ID['service-account-related-list-request-item'],
    table: 'sys_ui_related_list_entry',
    data: { list_id: inventoryRelatedLists, position: 0, related_list: `REL:${requestItemRelationship}` },
})

export const approvalsRelatedList = Record({
    $id: Now.ID['service-account-related-list-approvals'],
    table: 'sys_ui_related_list_entry',
    data: { list_id: inventoryRelatedLists, position: 1, related_list: `REL:${approvalsRelationship}` },
})

export const journalRelatedList = Record({
    $id: Now.ID['service-account-related-list-journal'],
    table: 'sys_ui_related_list_entry',
    data: { list_id: inventoryRelatedLists, position: 2, related_list: `REL:${journalRelationship}` },
})

/* Columns of each related list on the inventory form. */

export const requestItemRelatedColumns = List({
    table: 'sc_req_item',
    view: default_view,
    parent: INVENTORY,
    relationship: requestItemRelationship,
    columns: ['number', 'requested_for', 'opened_by', 'approval', 'stage', 'sys_created_on'],
})

export const approvalsRelatedColumns = List({
    table: 'sysapproval_approver',
    view: default_view,
    parent: INVENTORY,
    relationship: approvalsRelationship,
    columns: ['approver', 'state', 'due_date', 'comments', 'sys_updated_on'],
})

export const journalRelatedColumns = List({
    table: 'sys_journal_field',
    view: default_view,
    parent: INVENTORY,
    relationship: journalRelationship,
    columns: ['sys_created_on', 'sys_created_by', 'element', 'value'],
})
