/**
 * `npm run bench:unit`: database reads and writes of the lock-down paths, counted by the Glide test double,
 * with 1,000 and 10,000 inventory rows of which 10 are due. The counts are the cost model (round trips),
 * not timings: reads must not change with the size of the inventory, writes only with the due rows.
 */
import { glide } from '../../fakes/glide'
import { confirmFromForm } from '../../../src/server/lockdown/confirm-lockdown'
import { keepWebServiceOnly } from '../../../src/server/lockdown/drift-guard'
import { runWindowSweep } from '../../../src/server/lockdown/window-sweep'
import { INVENTORY, current, freshInstance, seedAccount } from './inventory-fixtures'
import { costLine, printCostTable, scenariosThatGrow, type CostLine } from '../cost-table'

const SIZES = [1_000, 10_000]
const DUE = 10

/** A realistic inventory: mostly API-only accounts, some still exploring, some retired; `due` windows ended. */
function seedInventory(size: number, due: number): void {
    for (let i = 0; i < size; i += 1) {
        if (i < due) seedAccount({ guiAccessUntil: '2026-03-10 00:00:00' })
        else if (i % 10 < 7) seedAccount({ state: 'api_only', webServiceAccessOnly: true })
        else if (i % 10 < 9) seedAccount({ guiAccessUntil: '2026-04-30 00:00:00' })
        else seedAccount({ state: 'retired', webServiceAccessOnly: true })
    }
}

function measure(size: number): CostLine[] {
    const lines: CostLine[] = []
    const record = (scenario: string) => {
        lines.push(costLine(scenario, size))
        glide.resetCounters()
    }

    freshInstance()
    seedInventory(size, DUE)
    glide.resetCounters()
    runWindowSweep()
    record(`daily job, ${DUE} due`)
    runWindowSweep()
    record('daily job again (nothing due)')

    const reminded = [seedAccount({ guiAccessUntil: '2026-03-16 00:00:00' }), seedAccount({ guiAccessUntil: '2026-03-17 00:00:00' })]
    glide.resetCounters()
    runWindowSweep()
    record(`daily job, ${reminded.length} reminders`)

    const confirming = seedAccount({ guiAccessUntil: '2026-04-30 00:00:00' })
    glide.setUser({ sysId: confirming.ownerId, userName: 'owner', roles: [] })
    const form = current(INVENTORY, confirming.rowId)
    glide.resetCounters()
    confirmFromForm(form)
    record('owner confirms (UI action)')

    const user = current('sys_user', confirming.userId)
    user.setValue('web_service_access_only', false)
    user.update()
    const cleared = current('sys_user', confirming.userId)
    glide.resetCounters()
    keepWebServiceOnly(cleared)
    record('drift guard restores one flag')
    return lines
}

describe('lock-down cost', () => {
    it('prints reads and writes per scenario and size; they do not grow with the inventory', () => {
        const lines = SIZES.flatMap(measure)
        printCostTable('Lock-down cost', 'inventory rows', lines)
        expect(scenariosThatGrow(lines)).toEqual([])
    })
})
