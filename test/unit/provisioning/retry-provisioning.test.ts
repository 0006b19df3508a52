import { glide } from '../../fakes/glide'
import { retryProvisioning } from '../../../src/server/provisioning/retry-provisioning'
import { USER_ID, currentItem, seedWorld } from './provisioning-world'

const accounts = () => glide.rows('sys_user').filter((user) => user.user_name === USER_ID)

describe('retryProvisioning (UI action)', () => {
    it('when an app admin retries after fixing the property, then the account is created and the admin is told', () => {
        const world = seedWorld()
        glide.setProperty('x_seed_svcacct.group.roles', 'itil,nope')
        glide.setUser({ sysId: 'a'.repeat(32), userName: 'app.admin', roles: ['x_seed_svcacct.admin'] })
        retryProvisioning(currentItem(world.itemId))
        expect(accounts()).toEqual([])
        expect(glide.messages().at(-1)).toMatchObject({ type: 'error' })

        glide.setProperty('x_seed_svcacct.group.roles', 'itil,rest_api_explorer')
        retryProvisioning(currentItem(world.itemId))
        expect(accounts()).toHaveLength(1)
        expect(glide.messages().at(-1)).toMatchObject({ type: 'info' })
    })

    it('when the item is already provisioned, then a retry creates nothing', () => {
        const world = seedWorld()
        glide.setUser({ sysId: 'a'.repeat(32), userName: 'app.admin', roles: ['x_seed_svcacct.admin'] })
        retryProvisioning(currentItem(world.itemId))
        retryProvisioning(currentItem(world.itemId))
        expect(accounts()).toHaveLength(1)
        expect(glide.counters().totalWrites).toBe(0)
    })

    it('when the user is not an app admin, then nothing runs', () => {
        const world = seedWorld()
        glide.setUser({ sysId: world.ownerId, userName: 'olga.owner', roles: ['itil'] })
        retryProvisioning(currentItem(world.itemId))
        expect(accounts()).toEqual([])
        expect(glide.counters().totalReads).toBe(0)
        expect(glide.messages().at(-1)?.message).toContain('Only Service Account Lifecycle admins')
    })

    it('when the approval is not genuine, then a retry still provisions nothing', () => {
        const world = seedWorld({ approvalRecord: false })
        glide.setUser({ sysId: 'a'.repeat(32), userName: 'app.admin', roles: ['x_seed_svcacct.admin'] })
        retryProvisioning(currentItem(world.itemId))
        expect(accounts()).toEqual([])
    })
})
