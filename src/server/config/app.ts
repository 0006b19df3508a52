/**
 * Names the whole app shares: its inventory table (src/fluent/tables/service-account.now.ts), its
 * admin role (src/fluent/access/roles.now.ts) and the text every log line starts with, so admins
 * find all of the app's log lines with one System Log filter.
 */
export const INVENTORY_TABLE = 'x_seed_svcacct_service_account'
export const APP_ADMIN_ROLE = 'x_seed_svcacct.admin'
export const LOG_SOURCE = 'Service Account Lifecycle'
