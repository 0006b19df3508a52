/**
 * The daily job: window expiry, batches, running twice, racing a confirmation, reminders, the drift
 * backstop, bad data, and what it costs.
 */
import { glide } from '../../fakes/glide'
import { confirmFromForm } from '../../../src/server/lockdown/confirm-lockdown'
import { lockDownRows } from '../../../src/server/lockdown/lock-down'
import { runWindowSweep, selectDueRows } from '../../../src/server/lockdown/window-sweep'
import {
    INVENTORY,
    NOW,
    auditTrail,
    current,
    freshInstance,
    inventoryRow,
    joinServiceAccountGroup,
    seedAccount,
    seedPerson,
    serviceAccountGroupId,
    userRow,
} from './inventory-fixtures'

beforeEach(freshInstance)

describe('window expiry', () => {
    it('when a window has ended, then the job locks the account down; a window still open is left alone', () => {
        const ended = seedAccount({ guiAccessUntil: '2026-03-15 08:59:59' })
        const endsNow = seedAccount({ guiAccessUntil: NOW })
        const open = seedAccount({ guiAccessUntil: '2026-04-15 09:00:00' })

        const summary = runWindowSweep()

        expect(summary).toMatchObject({ due: 2, lockedDown: 2, alreadyLocked: 0, problems: 0, failed: 0, skipped: 0 })
        for (const account of [ended, endsNow]) {
            expect(userRow(account.userId)).toMatchObject({ web_service_access_only: '1', identity_type: 'machine' })
            expect(inventoryRow(account.rowId)).toMatchObject({ state: 'api_only', locked_down_on: NOW, locked_down_by: '', lockdown_method: 'window_expired' })
            expect(auditTrail(account.rowId)).toEqual([expect.stringContaining('because the GUI access window ended (by the daily lock-down job)')])
        }
        expect(userRow(open.userId).web_service_access_only).toBe('')
        expect(inventoryRow(open.rowId).state).toBe('exploring')
        expect(glide.events().filter((event) => event.name === 'x_seed_svcacct.lockdown.completed').map((event) => [event.sysId, event.parm1, event.parm2])).toEqual([
            [ended.rowId, ended.ownerId, 'window_expired'],
            [endsNow.rowId, endsNow.ownerId, 'window_expired'],
        ])
        expect(glide.logs()).toContainEqual({ level: 'info', message: expect.stringContaining('2 due, 2 locked down') })
    })

    it('when an instance has no identity_type column, then only web_service_access_only is set', () => {
        glide.removeField('sys_user', 'identity_type')
        const account = seedAccount()

        runWindowSweep()

        expect(userRow(account.userId).web_service_access_only).toBe('1')
        expect(userRow(account.userId)).not.toHaveProperty('identity_type')
    })

    it('when more rows are due than the batch size, then the oldest are done first and the rest wait for the next run', () => {
        glide.setProperty('x_seed_svcacct.lockdown.batch_size', '2')
        const accounts = ['2026-03-10 00:00:00', '2026-03-08 00:00:00', '2026-03-12 00:00:00', '2026-03-09 00:00:00'].map((until) => seedAccount({ guiAccessUntil: until }))

        const first = runWindowSweep()
        expect(first).toMatchObject({ due: 2, lockedDown: 2 })
        expect(accounts.map((a) => inventoryRow(a.rowId).state)).toEqual(['exploring', 'api_only', 'exploring', 'api_only'])
        expect(glide.logs()).toContainEqual({ level: 'info', message: expect.stringContaining('The batch was full; the rest wait for the next run.') })

        expect(runWindowSweep()).toMatchObject({ due: 2, lockedDown: 2 })
        expect(accounts.every((a) => inventoryRow(a.rowId).state === 'api_only')).toBe(true)
    })

    it('when the job runs twice, then the second run writes nothing and tells nobody again', () => {
        const account = seedAccount()
        runWindowSweep()
        const events = glide.events().length
        glide.resetCounters()

        const again = runWindowSweep()

        expect(again).toMatchObject({ due: 0, lockedDown: 0 })
        expect(glide.counters().totalWrites).toBe(0)
        expect(glide.events().length).toBe(events)
        expect(auditTrail(account.rowId)).toHaveLength(1)
    })

    it('when the owner confirms after the job selected the row, then the job skips it: one journal entry, one email, the owner stamp kept', () => {
        const account = seedAccount()
        const selected = selectDueRows(NOW, 200)
        glide.setUser({ sysId: account.ownerId, userName: 'owner', roles: [] })
        confirmFromForm(current(INVENTORY, account.rowId))
        glide.setUser({ sysId: 'system', userName: 'system', roles: [] })

        const outcomes = lockDownRows(selected, { method: 'window_expired', actorId: '', actorName: '', now: NOW }, serviceAccountGroupId)

        expect(outcomes).toEqual([{ sysId: account.rowId, userName: account.userName, outcome: 'not_exploring' }])
        expect(inventoryRow(account.rowId)).toMatchObject({ state: 'api_only', lockdown_method: 'owner_confirmed', locked_down_by: account.ownerId })
        expect(auditTrail(account.rowId)).toHaveLength(1)
        expect(glide.events().filter((event) => event.name === 'x_seed_svcacct.lockdown.completed')).toHaveLength(1)
    })

    it('when the user write fails, then the row is flagged write_failed, journalled and logged, and leaves the queue', () => {
        const account = seedAccount()
        glide.failNextWrite({ table: 'sys_user', operation: 'update', message: 'ACL refused' })

        expect(runWindowSweep()).toMatchObject({ due: 1, lockedDown: 0, failed: 1 })
        expect(inventoryRow(account.rowId)).toMatchObject({ state: 'exploring', lockdown_problem: `write_failed: ${account.userName} could not be made web-service-only (ACL refused)` })
        expect(userRow(account.userId).web_service_access_only).toBe('')
        expect(auditTrail(account.rowId)).toEqual([expect.stringMatching(/^Lock-down failed: .*\(ACL refused\)\. Nothing else was changed\. Fix the cause named above/)])
        expect(glide.logs()).toContainEqual({ level: 'error', message: expect.stringContaining(`${account.userName} (${INVENTORY} ${account.rowId}): Lock-down failed`) })

        glide.resetCounters()
        expect(runWindowSweep()).toMatchObject({ due: 0, failed: 0 })
        expect(glide.counters().totalWrites).toBe(0)
    })

    it('when the oldest due row keeps failing and the batch holds one row, then the next run still locks down the row behind it', () => {
        glide.setProperty('x_seed_svcacct.lockdown.batch_size', '1')
        const failing = seedAccount({ guiAccessUntil: '2026-03-05 00:00:00' })
        const behind = seedAccount({ guiAccessUntil: '2026-03-10 00:00:00' })
        glide.failNextWrite({ table: 'sys_user', operation: 'update' })

        expect(runWindowSweep()).toMatchObject({ due: 1, failed: 1, lockedDown: 0 })
        expect(runWindowSweep()).toMatchObject({ due: 1, failed: 0, lockedDown: 1 })

        expect(inventoryRow(behind.rowId).state).toBe('api_only')
        expect(inventoryRow(failing.rowId)).toMatchObject({ state: 'exploring', lockdown_problem: expect.stringMatching(/^write_failed: /) })
    })

    it('when an app admin clears write_failed after fixing the cause, then the next run locks the row down', () => {
        const account = seedAccount()
        glide.failNextWrite({ table: 'sys_user', operation: 'update' })
        runWindowSweep()
        const row = current(INVENTORY, account.rowId)
        row.setValue('lockdown_problem', '')
        row.update()

        expect(runWindowSweep()).toMatchObject({ due: 1, lockedDown: 1 })
        expect(inventoryRow(account.rowId)).toMatchObject({ state: 'api_only', lockdown_problem: '' })
    })
})

describe('only the row\'s own service account is ever written', () => {
    it('when a row points at a person outside the service-account group, then the person is not touched and the row is flagged', () => {
        const person = seedPerson('jane.admin')
        const row = seedAccount({ account: person, userName: 'jane.admin' })

        expect(runWindowSweep()).toMatchObject({ due: 1, lockedDown: 0, problems: 1 })

        expect(userRow(person)).toMatchObject({ web_service_access_only: '', sys_mod_count: '0' })
        expect(inventoryRow(row.rowId)).toMatchObject({ state: 'exploring', lockdown_problem: expect.stringMatching(/^not_service_account: its user jane\.admin is not a member/) })
        expect(auditTrail(row.rowId)).toEqual([expect.stringMatching(/^Lock-down skipped: .*If it is a genuine service account, add it back/)])
        expect(glide.logs()).toContainEqual({ level: 'warn', message: expect.stringContaining(`(${INVENTORY} ${row.rowId}): Lock-down skipped`) })
    })

    it('when a row points at another service account (in the group, another user name), then neither is touched and the row is flagged', () => {
        const other = seedAccount({ guiAccessUntil: '2026-04-30 00:00:00' })
        const row = seedAccount({ account: other.userId, userName: 'svc_pointing_elsewhere' })

        expect(runWindowSweep()).toMatchObject({ lockedDown: 0, problems: 1 })
        expect(userRow(other.userId)).toMatchObject({ web_service_access_only: '', sys_mod_count: '0' })
        expect(inventoryRow(row.rowId).lockdown_problem).toMatch(/^user_name_mismatch: its User ID is "svc_pointing_elsewhere" but its user's user name is/)
    })

    it('when the membership is checked, then one query covers the whole batch, whatever its size', () => {
        for (let i = 0; i < 25; i += 1) seedAccount()
        glide.resetCounters()

        expect(runWindowSweep()).toMatchObject({ due: 25, lockedDown: 25 })
        expect(glide.counters().reads.sys_user_grmember).toBe(1)
        expect(glide.counters().reads.sys_user_group ?? 0).toBe(0)
    })

    it('when the group setting names no existing group, then nothing is written or flagged, every row stays due, and one error says why', () => {
        glide.setProperty('x_seed_svcacct.group', 'ffffffffffffffffffffffffffffffff')
        const accounts = [seedAccount(), seedAccount()]
        glide.resetCounters()

        expect(runWindowSweep()).toMatchObject({ due: 2, lockedDown: 0, problems: 0, failed: 2 })

        expect(glide.counters().totalWrites).toBe(0)
        for (const account of accounts) expect(inventoryRow(account.rowId)).toMatchObject({ state: 'exploring', lockdown_problem: '' })
        expect(glide.logs().filter((log) => log.level === 'error')).toEqual([
            { level: 'error', message: expect.stringMatching(/lock-down of 2 account\(s\): Nothing was changed: x_seed_svcacct\.group names group f{32}, which does not exist/) },
        ])
    })

    it('when the group setting is empty, then nothing is written either', () => {
        glide.setProperty('x_seed_svcacct.group', '')
        const account = seedAccount()

        expect(runWindowSweep()).toMatchObject({ due: 1, lockedDown: 0, failed: 1 })
        expect(inventoryRow(account.rowId).lockdown_problem).toBe('')
        expect(glide.logs()).toContainEqual({ level: 'error', message: expect.stringContaining('x_seed_svcacct.group is empty or not a group sys_id') })
    })

    it('when a flagged user is added back to the group and the flag cleared, then the next run locks it down', () => {
        const account = seedAccount({ inGroup: false })
        runWindowSweep()
        joinServiceAccountGroup(account.userId)
        const row = current(INVENTORY, account.rowId)
        row.setValue('lockdown_problem', '')
        row.update()

        expect(runWindowSweep()).toMatchObject({ lockedDown: 1 })
        expect(userRow(account.userId).web_service_access_only).toBe('1')
    })
})

describe('bad data: each case is logged, journalled, flagged and skipped; the rest of the job goes on', () => {
    function seedBadData() {
        return {
            good: seedAccount(),
            noUser: seedAccount({ account: false }),
            deletedUser: seedAccount({ account: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' }),
            pastAtCreation: seedAccount({ createdOn: '2026-03-05 10:00:00', guiAccessUntil: '2026-03-05 09:00:00' }),
            noWindowEnd: seedAccount({ guiAccessUntil: null }),
            alreadyLocked: seedAccount({ webServiceAccessOnly: true }),
        }
    }

    it('when the due set holds bad rows, then each gets a warning and a journal entry, and the good row is still locked down', () => {
        const rows = seedBadData()

        const summary = runWindowSweep()

        expect(summary).toMatchObject({ due: 6, lockedDown: 1, alreadyLocked: 1, problems: 4, failed: 0 })
        expect(inventoryRow(rows.good.rowId).state).toBe('api_only')
        const expected: [keyof typeof rows, string, RegExp][] = [
            ['noUser', 'no_user', /it has no user \(Account is empty/],
            ['deletedUser', 'user_deleted', /its user \(sys_id a{32}\) no longer exists/],
            ['pastAtCreation', 'window_past_at_creation', /its GUI window ended \(2026-03-05 09:00:00 UTC\) before the row was created \(2026-03-05 10:00:00 UTC\)/],
            ['noWindowEnd', 'no_window_end', /it has no valid "GUI access until" date/],
        ]
        for (const [key, code, detail] of expected) {
            const row = inventoryRow(rows[key].rowId)
            expect(row.state).toBe('exploring')
            expect(row.lockdown_problem.startsWith(`${code}: `)).toBe(true)
            expect(auditTrail(rows[key].rowId)).toEqual([expect.stringMatching(detail)])
            expect(glide.logs()).toContainEqual({ level: 'warn', message: expect.stringMatching(new RegExp(`${rows[key].userName} \\(${INVENTORY} ${rows[key].rowId}\\): Lock-down skipped`)) })
        }
    })

    it('when a user is already web-service-only, then it is not written; its row is recorded as api_only with an info log', () => {
        const rows = seedBadData()
        const before = userRow(rows.alreadyLocked.userId).sys_mod_count

        runWindowSweep()

        expect(userRow(rows.alreadyLocked.userId).sys_mod_count).toBe(before)
        expect(inventoryRow(rows.alreadyLocked.rowId)).toMatchObject({ state: 'api_only', lockdown_method: 'window_expired' })
        expect(auditTrail(rows.alreadyLocked.rowId)).toEqual([expect.stringContaining('was already web-service-only; the user was not changed')])
        expect(glide.logs()).toContainEqual({ level: 'info', message: expect.stringContaining(`${rows.alreadyLocked.userName}: ${rows.alreadyLocked.userName} was already web-service-only`) })
    })

    it('when the job runs again, then flagged rows are not selected or reported again (they cannot fill the batch)', () => {
        const rows = seedBadData()
        runWindowSweep()
        glide.resetCounters()

        expect(runWindowSweep()).toMatchObject({ due: 0, problems: 0 })
        expect(glide.counters().totalWrites).toBe(0)
        expect(auditTrail(rows.noUser.rowId)).toHaveLength(1)
    })

    it('when an app admin fixes a flagged row and clears the problem, then the next run locks it down', () => {
        const rows = seedBadData()
        runWindowSweep()
        const row = current(INVENTORY, rows.noWindowEnd.rowId)
        row.setValue('gui_access_until', '2026-03-14 09:00:00')
        row.setValue('lockdown_problem', '')
        row.update()

        expect(runWindowSweep()).toMatchObject({ due: 1, lockedDown: 1 })
        expect(userRow(rows.noWindowEnd.userId).web_service_access_only).toBe('1')
    })
})

describe('reminder', () => {
    it('when the window ends within the reminder days, then the owner is reminded once with the date, and never again', () => {
        const soon = seedAccount({ guiAccessUntil: '2026-03-17 09:00:00' })
        const later = seedAccount({ guiAccessUntil: '2026-03-19 09:00:00' })

        expect(runWindowSweep().reminders).toBe(1)
        expect(glide.events().filter((event) => event.name === 'x_seed_svcacct.lockdown.reminder')).toEqual([
            { name: 'x_seed_svcacct.lockdown.reminder', table: INVENTORY, sysId: soon.rowId, parm1: soon.ownerId, parm2: '2026-03-17 09:00:00' },
        ])
        expect(inventoryRow(soon.rowId).reminder_sent_on).toBe(NOW)
        expect(auditTrail(soon.rowId)).toEqual(['Reminder sent to the owner: GUI access ends 2026-03-17 09:00:00 UTC unless they confirm earlier.'])
        expect(inventoryRow(later.rowId).reminder_sent_on).toBe('')

        // Same day again, then the next day: only the second account is reminded, once.
        expect(runWindowSweep().reminders).toBe(0)
        glide.advance({ days: 1 })
        expect(runWindowSweep().reminders).toBe(1)
        glide.advance({ days: 1 })
        expect(runWindowSweep().reminders).toBe(0)
        expect(glide.events().filter((event) => event.name === 'x_seed_svcacct.lockdown.reminder').map((event) => event.sysId)).toEqual([soon.rowId, later.rowId])
    })

    it('when the reminder days property is 0, then no reminder is sent', () => {
        glide.setProperty('x_seed_svcacct.reminder.days', '0')
        seedAccount({ guiAccessUntil: '2026-03-16 09:00:00' })
        expect(runWindowSweep().reminders).toBe(0)
        expect(glide.events()).toEqual([])
    })

    it('when the row has no owner, then nobody is emailed, the row is stamped and the problem journalled once', () => {
        const account = seedAccount({ guiAccessUntil: '2026-03-16 09:00:00' })
        const row = current(INVENTORY, account.rowId)
        row.setValue('owner', '')
        row.update()

        expect(runWindowSweep().reminders).toBe(0)
        expect(glide.events()).toEqual([])
        expect(auditTrail(account.rowId)).toEqual([expect.stringContaining('No reminder sent: the row has no owner.')])
        runWindowSweep()
        expect(auditTrail(account.rowId)).toHaveLength(1)
    })

    it('when the window has already ended, then no reminder is sent: the lock-down email says it all', () => {
        seedAccount({ guiAccessUntil: '2026-03-15 08:00:00' })
        expect(runWindowSweep()).toMatchObject({ reminders: 0, lockedDown: 1 })
    })
})

describe('drift backstop', () => {
    it('when an api_only account has lost the flag (false or empty), then the job restores it and journals it', () => {
        const cleared = seedAccount({ state: 'api_only', webServiceAccessOnly: false })
        const empty = seedAccount({ state: 'api_only' })
        const fine = seedAccount({ state: 'api_only', webServiceAccessOnly: true })
        const exploring = seedAccount({ guiAccessUntil: '2026-04-15 09:00:00', webServiceAccessOnly: false })

        expect(runWindowSweep().driftRestored).toBe(2)

        for (const account of [cleared, empty]) {
            expect(userRow(account.userId).web_service_access_only).toBe('1')
            expect(auditTrail(account.rowId)).toEqual([expect.stringMatching(/^Drift guard \(daily job\): "Web service access only" was cleared on svc_account_\d+ by system and has been set again\./)])
        }
        expect(auditTrail(fine.rowId)).toEqual([])
        expect(userRow(exploring.userId).web_service_access_only).toBe('0')
    })
})

describe('cost', () => {
    /** n inventory rows, of which `due` have an ended window; the rest are what a real inventory holds. */
    function seedInventory(n: number, due: number): void {
        for (let i = 0; i < n; i += 1) {
            if (i < due) seedAccount({ guiAccessUntil: '2026-03-10 00:00:00' })
            else if (i % 10 < 7) seedAccount({ state: 'api_only', webServiceAccessOnly: true })
            else if (i % 10 < 9) seedAccount({ guiAccessUntil: '2026-04-30 00:00:00' })
            else seedAccount({ state: 'retired', webServiceAccessOnly: true })
        }
    }

    function measure(n: number) {
        freshInstance()
        seedInventory(n, 10)
        glide.resetCounters()
        const summary = runWindowSweep()
        return { summary, counters: glide.counters() }
    }

    it('when the inventory grows from 1,000 to 10,000 rows with 10 due, then the job issues the same queries and writes only the 10 due accounts', () => {
        const small = measure(1_000)
        const large = measure(10_000)

        expect(small.summary).toMatchObject({ due: 10, lockedDown: 10, reminders: 0, driftRestored: 0 })
        expect(large.summary).toMatchObject({ due: 10, lockedDown: 10, reminders: 0, driftRestored: 0 })
        // due set + memberships (IN) + users (IN) + re-read (IN) + reminder set + drift set.
        expect(small.counters.reads).toEqual({ [INVENTORY]: 4, sys_user_grmember: 1, sys_user: 1 })
        expect(large.counters.reads).toEqual(small.counters.reads)
        // One user and one inventory write per due account; nothing else.
        expect(small.counters.writes).toEqual({ [INVENTORY]: 10, sys_user: 10 })
        expect(large.counters.writes).toEqual(small.counters.writes)
    })

    it('when nothing is due, then the job only queries', () => {
        seedInventory(200, 0)
        glide.resetCounters()
        runWindowSweep()
        expect(glide.counters()).toMatchObject({ totalWrites: 0, reads: { [INVENTORY]: 3 } })
    })

    it('when reminders and drift are due too, then each adds one write per row and a fixed number of queries', () => {
        seedInventory(300, 3)
        seedAccount({ guiAccessUntil: '2026-03-16 00:00:00' })
        seedAccount({ guiAccessUntil: '2026-03-17 00:00:00' })
        seedAccount({ state: 'api_only', webServiceAccessOnly: false })
        glide.resetCounters()

        expect(runWindowSweep()).toMatchObject({ lockedDown: 3, reminders: 2, driftRestored: 1 })
        expect(glide.counters().reads).toEqual({ [INVENTORY]: 5, sys_user_grmember: 2, sys_user: 2 })
        expect(glide.counters().writes).toEqual({ [INVENTORY]: 3 + 2 + 1, sys_user: 3 + 1 })
    })
})

it('a person who is not a service account is never touched by the job', () => {
    const person = seedPerson('jane')
    seedAccount()
    runWindowSweep()
    expect(glide.row('sys_user', person)?.web_service_access_only).toBe('')
})
