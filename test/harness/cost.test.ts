/**
 * What the bench shows, asserted: on the built app, one provisioning costs the same with 10 or 10,000
 * users, and a sweep costs the same over 1,000 or 10,000 rows, writing only for the rows that are due.
 */
import { measureProvisioning, measureSweep } from './cost'

describe('cost of the built app (test double counters)', () => {
    it('when there are 10,000 users instead of 10, then one provisioning reads and writes exactly as much', () => {
        const small = measureProvisioning(10)
        const large = measureProvisioning(10_000)

        expect(large.counters.reads).toEqual(small.counters.reads)
        expect(large.counters.writes).toEqual(small.counters.writes)
    })

    it('when the inventory has 10,000 rows instead of 1,000, with 10 due, then the sweep reads as much and writes only for the 10', () => {
        const small = measureSweep(1_000, 10)
        const large = measureSweep(10_000, 10)

        expect(large.counters.reads).toEqual(small.counters.reads)
        expect(large.counters.writes).toEqual(small.counters.writes)
        expect(large.counters.writes['x_seed_svcacct_service_account']).toBe(10)
    })
})
