import { GlideRecord } from '@servicenow/glide'
import { glide } from '../../fakes/glide'
import { completeItemOnCredentialTask, decideItemCompletion } from '../../../src/server/provisioning/credential-task'
import { REQUEST_SERVICE_ACCOUNT_ITEM_ID } from '../../../src/server/provisioning/catalog-item'
import { USER_ID, currentItem, seedWorld, type World } from './provisioning-world'
import { provisionOnApproval } from '../../../src/server/provisioning/provision-service-account'

describe('decideItemCompletion', () => {
    const facts = {
        itemNumber: 'RITM0010001',
        catalogItemId: REQUEST_SERVICE_ACCOUNT_ITEM_ID,
        itemActive: true,
        otherTaskOpen: false,
        account: { userName: USER_ID, guiAccessUntil: '2026-03-15 09:00:00' },
    }

    it('when the last task of a provisioned item closes, then the item completes and the owner is told what is next', () => {
        const decision = decideItemCompletion(facts)
        expect(decision.kind).toBe('complete')
        if (decision.kind === 'complete') {
            expect(decision.comment).toContain(`Your service account ${USER_ID} is ready`)
            expect(decision.comment).toContain('2026-03-15 09:00:00 UTC')
            expect(decision.comment).toContain('REST API Explorer')
            expect(decision.comment).toContain('Never paste it')
        }
    })

    it.each([
        ['another task is open', { otherTaskOpen: true }],
        ['the item is already closed', { itemActive: false }],
        ['the item was never provisioned', { account: null }],
        ['the item is another catalog item', { catalogItemId: 'f'.repeat(32) }],
    ])('when %s, then the item is left as it is', (_label, change) => {
        expect(decideItemCompletion({ ...facts, ...change }).kind).toBe('leave')
    })
})

describe('completeItemOnCredentialTask', () => {
    function provisioned(): { world: World; taskId: string } {
        const world = seedWorld()
        const item = currentItem(world.itemId)
        provisionOnApproval(item, item)
        const task = glide.rows('sc_task').find((t) => t.request_item === world.itemId)
        if (!task) throw new Error('no credential task')
        return { world, taskId: task.sys_id }
    }

    /** Closes the task as the fulfiller would, then runs the business rule on it. */
    function closeTask(taskId: string) {
        const task = new GlideRecord('sc_task')
        task.get(taskId)
        task.setValue('state', '3')
        task.setValue('active', false)
        task.update()
        glide.resetCounters()
        completeItemOnCredentialTask(task, task)
    }

    it('when the credential task closes complete, then the item closes complete with a comment for the owner (3 reads, 1 write)', () => {
        const { world, taskId } = provisioned()
        closeTask(taskId)
        expect(glide.row('sc_req_item', world.itemId)?.state).toBe('3')
        const comments = glide.journal('sc_req_item', world.itemId, 'comments')
        expect(comments.at(-1)).toContain(`Your service account ${USER_ID} is ready`)
        expect(glide.counters()).toMatchObject({ totalReads: 3, totalWrites: 1, writes: { sc_req_item: 1 } })
    })

    it('when another task of the item is still open, then the item stays in progress', () => {
        const { world, taskId } = provisioned()
        glide.seed('sc_task', { request_item: world.itemId, short_description: 'Another step', active: true, state: '1' })
        closeTask(taskId)
        expect(glide.row('sc_req_item', world.itemId)?.state).toBe('2')
        expect(glide.counters().totalWrites).toBe(0)
    })
})
