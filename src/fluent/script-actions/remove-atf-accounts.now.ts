import '@servicenow/sdk/global'
import { ScriptAction } from '@servicenow/sdk/core'
import { removeAtfAccounts } from '../../server/provisioning/remove-atf-accounts'

/**
 * Cleans up after the provisioning ATF tests (src/fluent/atf/provision-on-approval.now.ts), which
 * queue x_seed_svcacct.atf.cleanup before and after they run. The event processor runs this outside
 * the test's session, so ATF does not roll the clean-up back. It touches only the two fixed ATF user
 * names and what provisioning made for them (src/server/provisioning/remove-atf-accounts.ts).
 */
export const removeAtfAccountsScriptAction = ScriptAction({
    $id: Now.ID['remove-atf-accounts-script-action'],
    name: 'Remove provisioning ATF test accounts',
    description:
        'Service Account Lifecycle: removes the accounts svc_atf_provision_check and svc_atf_forged_check that the provisioning ATF tests create, with their group membership, inventory row and credential task (an account that cannot be deleted is deactivated, locked out and renamed).',
    eventName: 'x_seed_svcacct.atf.cleanup',
    script: removeAtfAccounts,
    order: 100,
    active: true,
})
