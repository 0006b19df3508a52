/**
 * `npm run bench:unit`: database reads and writes of one provisioning, counted by the Glide test double,
 * with 10, 1,000 and 10,000 existing users, group members and inventory rows. The counts are the
 * cost model (round trips), not timings; they must not change with the size of the instance.
 */
import { glide } from '../../fakes/glide'
import { provisionOnApproval } from '../../../src/server/provisioning/provision-service-account'
import { completeItemOnCredentialTask } from '../../../src/server/provisioning/credential-task'
import { GlideRecord } from '@servicenow/glide'
import { retryProvisioningFromEvent } from '../../../src/server/provisioning/retry-provisioning'
import { currentItem, seedApproval, seedCrowd, seedWorld } from './provisioning-world'
import { costLine, printCostTable, scenariosThatGrow, type CostLine } from '../cost-table'

const SIZES = [10, 1_000, 10_000]

type Scenario =
    | 'provision (first on the instance)'
    | 'second firing'
    | 'retry (script action), provisioned'
    | 'forged approval'
    | 'self-approval (item closed)'
    | 'credential task closed'

function measure(size: number): CostLine[] {
    const rows: CostLine[] = []
    const record = (scenario: Scenario) => rows.push(costLine(scenario, size))

    const world = seedWorld()
    seedCrowd(world, size)
    let item = currentItem(world.itemId)
    provisionOnApproval(item, item)
    record('provision (first on the instance)')

    item = currentItem(world.itemId)
    provisionOnApproval(item, item)
    record('second firing')

    item = currentItem(world.itemId)
    retryProvisioningFromEvent(item)
    record('retry (script action), provisioned')

    const task = new GlideRecord('sc_task')
    task.addQuery('request_item', world.itemId)
    task.query()
    task.next()
    task.setValue('state', '3')
    task.setValue('active', false)
    task.update()
    glide.resetCounters()
    completeItemOnCredentialTask(task, task)
    record('credential task closed')

    const forged = seedWorld({ approvalRecord: false })
    seedCrowd(forged, size)
    item = currentItem(forged.itemId)
    provisionOnApproval(item, item)
    record('forged approval')

    const selfApproved = seedWorld({ approvalRecord: false })
    seedCrowd(selfApproved, size)
    seedApproval(selfApproved.itemId, selfApproved.ownerId, 'olga.owner')
    item = currentItem(selfApproved.itemId)
    provisionOnApproval(item, item)
    record('self-approval (item closed)')
    return rows
}

describe('provisioning cost', () => {
    it('prints reads and writes per scenario and size, and they do not grow with the instance', () => {
        const rows = SIZES.flatMap(measure)
        printCostTable('Provisioning cost', 'users+accounts', rows)
        expect(scenariosThatGrow(rows)).toEqual([])
    })
})
