/** The app's inventory of service accounts (src/fluent/tables/service-account.now.ts): one row per account it made. */
export const INVENTORY_TABLE = 'x_seed_svcacct_service_account'
