/**
 * The cost benches (`npm run bench:unit`): one line per scenario and instance size, read from the
 * Glide test double's counters, printed as a table, and held to one rule: a scenario's reads and
 * writes, table by table, are the same at every size.
 */
import { glide } from '../fakes/glide'

export interface CostLine {
    scenario: string
    size: number
    reads: number
    writes: number
    /** Reads and writes per table. */
    detail: string
}

/** The counters as they stand now, as one line. */
export function costLine(scenario: string, size: number): CostLine {
    const c = glide.counters()
    return { scenario, size, reads: c.totalReads, writes: c.totalWrites, detail: `reads ${JSON.stringify(c.reads)} writes ${JSON.stringify(c.writes)}` }
}

export function printCostTable(title: string, sizeLabel: string, lines: CostLine[]): void {
    const width = Math.max(...lines.map((l) => l.scenario.length)) + 2
    const out = ['', `${title} (Glide test double counters: one read = one query()/get(), one write = one insert/update/delete)`, '']
    out.push(`${'scenario'.padEnd(width)}${sizeLabel.padStart(16)}${'reads'.padStart(8)}${'writes'.padStart(8)}`)
    for (const l of lines) out.push(`${l.scenario.padEnd(width)}${String(l.size).padStart(16)}${String(l.reads).padStart(8)}${String(l.writes).padStart(8)}`)
    const largest = Math.max(...lines.map((l) => l.size))
    out.push('', `Per table, at ${largest.toLocaleString('en-US')}:`)
    for (const l of lines.filter((line) => line.size === largest)) out.push(`  ${l.scenario}: ${l.detail}`)
    process.stdout.write(`${out.join('\n')}\n\n`)
}

/** Each scenario whose per-table counts differ between sizes (none, when cost does not grow). */
export function scenariosThatGrow(lines: CostLine[]): string[] {
    return [...new Set(lines.map((l) => l.scenario))].filter(
        (scenario) => new Set(lines.filter((l) => l.scenario === scenario).map((l) => l.detail)).size !== 1,
    )
}
