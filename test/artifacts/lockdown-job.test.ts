/** What ships for the daily lock-down job. */
import { readApp } from './read-app'
import { expectCallsModule } from './lockdown-shipped'

const app = readApp()

describe('scheduled job "lock down expired GUI windows"', () => {
    const job = app.one('sysauto_script', { name: 'Service Account Lifecycle: lock down expired GUI windows' })

    it('is active and runs daily at 02:00', () => {
        expect(job.value('active')).toBe('true')
        expect(job.value('run_type')).toBe('daily')
        expect(job.value('run_time')).toBe('1970-01-01 02:00:00')
    })

    it('has a fixed start, so every build emits the same record', () => {
        expect(job.value('run_start')).toBe('2026-01-01 02:00:00')
    })

    it('is not conditional: nothing can silently stop it', () => {
        expect(job.value('conditional')).toBe('false')
    })

    it('runs runWindowSweep() from the shipped module', () => {
        expectCallsModule(app, job, 'src/server/lockdown/window-sweep.ts', 'runWindowSweep', '')
    })
})
