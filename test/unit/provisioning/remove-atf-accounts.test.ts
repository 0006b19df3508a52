import { glide } from '../../fakes/glide'
import { removeAtfAccounts } from '../../../src/server/provisioning/remove-atf-accounts'
import { provisionOnApproval } from '../../../src/server/provisioning/provision-service-account'
import { currentItem, seedWorld } from './provisioning-world'

const INVENTORY = 'x_seed_svcacct_service_account'
const ATF_NAME = 'svc_atf_provision_check'

/** A world where the ATF account was provisioned, next to a real account that must stay. */
function provisioned() {
    const world = seedWorld({ variables: { user_id: ATF_NAME, display_name: 'ATF', purpose: 'ATF', consuming_system: 'ATF' } })
    const item = currentItem(world.itemId)
    provisionOnApproval(item, item)
    const real = glide.seed('sys_user', { user_name: 'svc_real', active: true })
    glide.seed('sys_user_grmember', { user: real, group: world.groupId })
    glide.seed(INVENTORY, { account: real, user_name: 'svc_real', state: 'api_only' })
    return { world, real }
}

describe('removeAtfAccounts (the ATF clean-up script action)', () => {
    it('removes the ATF account, its membership, inventory row and credential task, and nothing else', () => {
        const { real } = provisioned()
        glide.resetCounters()
        const report = removeAtfAccounts()

        expect(glide.rows('sys_user').map((u) => u.user_name)).not.toContain(ATF_NAME)
        expect(glide.rows(INVENTORY).map((r) => r.user_name)).toEqual(['svc_real'])
        expect(glide.rows('sys_user_grmember').map((m) => m.user)).toEqual([real])
        expect(glide.rows('sc_task')).toEqual([])
        expect(report.removed).toEqual(expect.arrayContaining([`user ${ATF_NAME}`]))
        expect(glide.counters().totalReads).toBe(5)
    })

    it('when sys_user refuses the delete, then it disarms and renames the account, freeing the user ID', () => {
        provisioned()
        glide.setTableAccess('sys_user', 'delete', false)
        const report = removeAtfAccounts()

        const renamed = glide.rows('sys_user').filter((u) => u.user_name.startsWith('svc_atf_removed_'))
        expect(renamed).toEqual([expect.objectContaining({ active: '0', locked_out: '1', web_service_access_only: '1' })])
        expect(glide.rows('sys_user').map((u) => u.user_name)).not.toContain(ATF_NAME)
        expect(report.renamed).toHaveLength(1)
    })

    it('when nothing is left over, then it reads once and writes nothing', () => {
        seedWorld()
        glide.resetCounters()
        removeAtfAccounts()
        expect(glide.counters()).toMatchObject({ totalReads: 1, totalWrites: 0 })
    })
})
