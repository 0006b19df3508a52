import '@servicenow/sdk/global'
import { ScheduledScript } from '@servicenow/sdk/core'
import { runWindowSweep } from '../../server/lockdown/window-sweep'

/**
 * Daily: locks down exploring accounts whose GUI window has ended, sends the reminders, and restores
 * any API-only account whose web_service_access_only was cleared (backstop of the sys_user rule).
 * Batch size: x_seed_svcacct.lockdown.batch_size. Safe to run twice or next to a confirmation.
 * executionStart is fixed so each build emits the same record (otherwise the build time is used).
 */
export const lockDownExpiredWindowsJob = ScheduledScript({
    $id: Now.ID['job-lock-down-expired-windows'],
    name: 'Service Account Lifecycle: lock down expired GUI windows',
    frequency: 'daily',
    executionTime: { hours: 2, minutes: 0, seconds: 0 },
    executionStart: '2026-01-01 02:00:00',
    active: true,
    script: runWindowSweep,
})
