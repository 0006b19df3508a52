/**
 * The sys_id of the "Request a Service Account" catalog item (src/fluent/catalog/request-service-account.now.ts,
 * $id 'request-service-account-item' in src/fluent/generated/keys.ts, a permanent key). Server modules
 * cannot import Fluent records, so the value is repeated here; an artifact test checks it against the
 * built sc_cat_item. Provisioning uses it to refuse any item that is not this one, even if the
 * business rule's condition or the retry action's condition were edited.
 */
export const REQUEST_SERVICE_ACCOUNT_ITEM_ID = 'e1f357274cdb4466b21165c67e64108f'
