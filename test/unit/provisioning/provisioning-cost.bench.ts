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

const SIZES = [10, 1_000, 10_000]

type Scenario =
    | 'provision (first on the instance)'
    | 'second firing'
    | 'retry (script action), provisioned'
    | 'forged approval'
    | 'self-approval (item closed)'
    | 'credential task closed'

interface Row {
    scenario: Scenario
    size: number
    reads: number
    writes: number
    detail: string
}

function measure(size: number): Row[] {
    const rows: Row[] = []
    const record = (scenario: Scenario) => {
        const c = glide.counters()
        const detail = `reads ${JSON.stringify(c.reads)} writes ${JSON.stringify(c.writes)}`
        rows.push({ scenario, size, reads: c.totalReads, writes: c.totalWrites, detail })
    }

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
        const lines = ['', 'Provisioning cost (Glide test double counters: one read = one query()/get(), one write = one insert/update/delete)', '']
        lines.push(`${'scenario'.padEnd(36)}${'users+accounts'.padStart(16)}${'reads'.padStart(8)}${'writes'.padStart(8)}`)
        for (const row of rows) {
            lines.push(`${row.scenario.padEnd(36)}${String(row.size).padStart(16)}${String(row.reads).padStart(8)}${String(row.writes).padStart(8)}`)
        }
        lines.push('', 'Per table, at 10,000:')
        for (const row of rows.filter((r) => r.size === 10_000)) lines.push(`  ${row.scenario}: ${row.detail}`)
        process.stdout.write(`${lines.join('\n')}\n\n`)

        for (const scenario of new Set(rows.map((r) => r.scenario))) {
            const bySize = rows.filter((r) => r.scenario === scenario).map((r) => r.detail)
            expect(new Set(bySize).size).toBe(1)
        }
    })
})
