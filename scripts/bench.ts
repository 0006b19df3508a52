/**
 * `npm run bench`: database reads and writes of the BUILT app, from the Glide test double's counters
 * (a read is one query()/get(), a write one insert/update/delete), plus wall time.
 *
 * - One provisioning (the approval completes on one request item), with 10 and with 10,000 existing users.
 * - One lock-down sweep (the daily job) over 1,000 and over 10,000 inventory rows, 10 of them due.
 *
 * Wall time is the in-memory harness's, shown for scale only: it says nothing about an instance's speed.
 * The cases are in test/harness/cost.ts; test/harness/cost.test.ts asserts what they must show.
 */
import { measureProvisioning, measureSweep, type Measure } from '../test/harness/cost'
import { ensureBuilt } from './ensure-built'

function byTable(map: Record<string, number>): string {
    return Object.entries(map)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([table, n]) => `${table} ${n}`)
        .join(', ')
}

function print(title: string, measures: Measure[]): void {
    const out = [`\n${title}`, `  ${'case'.padEnd(34)}${'reads'.padStart(7)}${'writes'.padStart(8)}${'wall ms'.padStart(10)}`]
    for (const m of measures) {
        out.push(`  ${m.label.padEnd(34)}${String(m.counters.totalReads).padStart(7)}${String(m.counters.totalWrites).padStart(8)}${m.ms.toFixed(1).padStart(10)}`)
    }
    for (const m of measures) out.push(`    ${m.label}: reads: ${byTable(m.counters.reads)}; writes: ${byTable(m.counters.writes)}`)
    process.stdout.write(`${out.join('\n')}\n`)
}

function main(): void {
    ensureBuilt()
    process.stdout.write('Service Account Lifecycle: database work of the built app, counted by the Glide test double.\n')
    print('One provisioning (from the approval update that fires the provisioning rule; that update is 1 write)', [measureProvisioning(10), measureProvisioning(10_000)])
    print('One lock-down sweep (the daily job)', [measureSweep(1_000, 10), measureSweep(10_000, 10)])
}

main()
