import { GlideRecord } from '@servicenow/glide'
import { glide } from '../../fakes/glide'
import { RETRY_EVENT, retryProvisioning, retryProvisioningFromEvent } from '../../../src/server/provisioning/retry-provisioning'
import { provisionRequestItem } from '../../../src/server/provisioning/provision-service-account'
import { USER_ID, currentItem, seedWorld } from './provisioning-world'

const accounts = () => glide.rows('sys_user').filter((user) => user.user_name === USER_ID)
const APP_ADMIN = { sysId: 'a'.repeat(32), userName: 'app.admin', roles: ['x_seed_svcacct.admin'], interactive: true }
const EVENT_PROCESSOR = { sysId: 'system', userName: 'system', roles: [] }

/** The app admin clicks the button on the form (an interactive session). */
function click(itemId: string, current: GlideRecord = currentItem(itemId)): void {
    glide.setUser(APP_ADMIN)
    retryProvisioning(current)
}

/** The event processor runs the script action for each retry event queued so far (not interactive). */
function processEvents(): void {
    glide.setUser(EVENT_PROCESSOR)
    for (const event of glide.events().filter((e) => e.name === RETRY_EVENT)) {
        const current = new GlideRecord(event.table)
        current.get(event.sysId)
        retryProvisioningFromEvent(current)
    }
}

describe('Retry provisioning: the button', () => {
    it('queues the retry event on the item and tells the admin, without provisioning in the admin’s session', () => {
        const world = seedWorld()
        click(world.itemId)
        expect(accounts()).toEqual([])
        expect(glide.counters().totalWrites).toBe(0)
        expect(glide.events()).toEqual([expect.objectContaining({ name: RETRY_EVENT, table: 'sc_req_item', sysId: world.itemId, parm1: 'app.admin' })])
        expect(glide.messages().at(-1)).toMatchObject({ type: 'info', message: expect.stringContaining('in the background') })
    })

    it('when the user is not an app admin, then nothing is queued or read', () => {
        const world = seedWorld()
        glide.setUser({ sysId: world.ownerId, userName: 'olga.owner', roles: ['itil'], interactive: true })
        retryProvisioning(currentItem(world.itemId))
        expect(glide.events()).toEqual([])
        expect(glide.counters().totalReads).toBe(0)
        expect(glide.messages().at(-1)?.message).toContain('Only Service Account Lifecycle admins')
    })
})

describe('Retry provisioning: the script action', () => {
    it('when an app admin retries after fixing the property, then the account is created', () => {
        const world = seedWorld()
        glide.setProperty('x_seed_svcacct.group.roles', 'itil,nope')
        click(world.itemId)
        processEvents()
        expect(accounts()).toEqual([])

        glide.setProperty('x_seed_svcacct.group.roles', 'itil,rest_api_explorer')
        click(world.itemId)
        processEvents()
        expect(accounts()).toHaveLength(1)
    })

    it('when the item is already provisioned, then a retry creates nothing', () => {
        const world = seedWorld()
        click(world.itemId)
        processEvents()
        glide.resetCounters()
        processEvents()
        expect(accounts()).toHaveLength(1)
        expect(glide.counters().totalWrites).toBe(0)
    })

    it('when the approval is not genuine, then a retry still provisions nothing', () => {
        const world = seedWorld({ approvalRecord: false })
        click(world.itemId)
        processEvents()
        expect(accounts()).toEqual([])
    })

    it('when the item was rejected and closed, then a retry provisions nothing (the server refuses, whatever the button showed)', () => {
        const world = seedWorld({ item: { state: '4', active: false } })
        click(world.itemId)
        processEvents()
        expect(accounts()).toEqual([])
        expect(glide.journal('sc_req_item', world.itemId, 'work_notes').at(-1)).toContain('The request item is closed')
    })

    it('uses the item as stored, not values typed on the form and never saved', () => {
        const world = seedWorld()
        const stranger = glide.seed('sys_user', { user_name: 'sam.stranger', name: 'Sam Stranger', active: true })
        const onTheForm = currentItem(world.itemId)
        onTheForm.setValue('requested_for', stranger)
        onTheForm.setValue('opened_by', stranger)

        click(world.itemId, onTheForm)
        expect(accounts()).toEqual([])
        // Even a `current` that carries unsaved values is re-read by sys_id before provisioning.
        glide.setUser(EVENT_PROCESSOR)
        retryProvisioningFromEvent(onTheForm)

        expect(accounts()).toEqual([expect.objectContaining({ manager: world.ownerId })])
        expect(glide.row('sc_req_item', world.itemId)?.requested_for).toBe(world.ownerId)
    })

    it('reads the item once by sys_id before provisioning it', () => {
        const world = seedWorld()
        glide.setProperty('x_seed_svcacct.group.roles', 'itil,nope')
        click(world.itemId)
        glide.setUser(EVENT_PROCESSOR)
        const event = glide.events()[0]
        const current = new GlideRecord(event.table)
        current.get(event.sysId)
        const spy = jest.spyOn(GlideRecord.prototype, 'get')
        retryProvisioningFromEvent(current)
        expect(spy.mock.calls[0]).toEqual([world.itemId])
        spy.mockRestore()
    })
})

describe('Retry provisioning and users the interactive session cannot see', () => {
    function worldWithInactiveHolder() {
        const world = seedWorld()
        glide.seed('sys_user', { user_name: USER_ID, name: 'Left the company', active: false })
        return world
    }

    it('in an app admin’s interactive session (no admin role), the platform’s user query rule hides the inactive holder: provisioning there would create a second user with the same user ID', () => {
        const world = worldWithInactiveHolder()
        glide.setUser(APP_ADMIN)
        provisionRequestItem(currentItem(world.itemId))
        expect(accounts()).toHaveLength(2)
    })

    it('so the retry provisions from the event processor instead, which sees the inactive holder and refuses the user ID', () => {
        const world = worldWithInactiveHolder()
        click(world.itemId)
        processEvents()
        expect(accounts()).toHaveLength(1)
        expect(glide.journal('sc_req_item', world.itemId, 'work_notes').at(-1)).toContain('belongs to an inactive user')
    })
})
