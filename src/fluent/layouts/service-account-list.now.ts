import '@servicenow/sdk/global'
import { List, default_view } from '@servicenow/sdk/core'

/** The inventory list (default view): the account, its owner, its state and GUI access end first. */
export const serviceAccountList = List({
    table: 'x_seed_svcacct_service_account',
    view: default_view,
    columns: ['account', 'owner', 'state', 'gui_access_until', 'user_name', 'consuming_system', 'request_item', 'locked_down_on', 'lockdown_problem'],
})
