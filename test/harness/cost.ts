/**
 * Cost cases on the BUILT app, measured with the Glide test double's counters (a read is one
 * query()/get(), a write one insert/update/delete). Used by `npm run bench` and by cost.test.ts.
 */
import { performance } from 'node:perf_hooks'
import { glide, type Counters } from '../fakes/glide'
import { loadApp } from './harness'

export const INVENTORY = 'x_seed_svcacct_service_account'
export const SWEEP_JOB = 'Service Account Lifecycle: lock down expired GUI windows'
const NOW = '2026-03-02 09:00:00'

export interface Measure {
    label: string
    counters: Counters
    ms: number
}

function measure(label: string, body: () => void): Measure {
    glide.resetCounters()
    const start = performance.now()
    body()
    return { label, counters: glide.counters(), ms: performance.now() - start }
}

/**
 * One provisioning with `existingUsers` users in sys_user: counted from the item's approval update
 * (itself one write), which fires the provisioning business rule, to its end.
 */
export function measureProvisioning(existingUsers: number): Measure {
    const app = loadApp({ now: NOW })
    const people = app.seedPeople()
    for (let i = 3; i < existingUsers; i++) glide.seed('sys_user', { user_name: `person.${i}`, name: `Person ${i}`, active: true })
    const item = app.orderServiceAccount({
        requestedFor: people.requester,
        variables: { user_id: 'svc_bench', display_name: 'Bench', purpose: 'Benchmark.', consuming_system: 'Bench' },
    })
    const approval = app.flow.requestApproval(item, people.manager)
    app.flow.decide(approval, 'approved', people.manager)
    const result = measure(`${existingUsers.toLocaleString('en-US')} existing users`, () => app.flow.completeApproval(item, 'approved'))
    if (glide.rows('sys_user').length !== existingUsers + 1 || glide.rows(INVENTORY).length !== 1) {
        throw new Error('the measured provisioning did not create exactly one account and one inventory row')
    }
    return result
}

/** One run of the daily job over `rows` exploring inventory rows, `due` of whose GUI windows have ended. */
export function measureSweep(rows: number, due: number): Measure {
    // Provisioned a month earlier: the sweep refuses windows that ended before their row existed.
    const app = loadApp({ now: '2026-02-01 09:00:00' })
    const owner = app.seedPerson({ userName: 'owner' })
    const group = app.shippedRecord('sys_user_group', 'name', 'ServiceNow Service Accounts').sysId
    for (let i = 0; i < rows; i++) {
        const account = glide.seed('sys_user', { user_name: `svc_bench_${i}`, name: `Bench ${i}`, active: true, web_service_access_only: false })
        // As provisioning leaves it: lock-down writes only members of the service-account group.
        glide.seed('sys_user_grmember', { user: account, group })
        glide.seed(INVENTORY, {
            account,
            user_name: `svc_bench_${i}`,
            owner: owner.sysId,
            state: 'exploring',
            // Due rows ended yesterday; the others end in 30 days, outside the reminder window.
            gui_access_until: i < due ? '2026-03-01 09:00:00' : '2026-04-01 09:00:00',
        })
    }
    glide.setNow(NOW)
    const result = measure(`${rows.toLocaleString('en-US')} inventory rows, ${due} due`, () => app.runJob(SWEEP_JOB))
    const locked = glide.rows(INVENTORY).filter((r) => r.state === 'api_only').length
    if (locked !== due) throw new Error(`the measured sweep locked down ${locked} rows, expected ${due}`)
    return result
}
