/**
 * The drift guard business rule on sys_user (keepWebServiceOnly) and the sanctioned exception,
 * "Reopen GUI window".
 */
import { GlideRecord } from '@servicenow/glide'
import { glide } from '../../fakes/glide'
import { keepWebServiceOnly } from '../../../src/server/lockdown/drift-guard'
import { reopenGuiWindow } from '../../../src/server/lockdown/reopen-gui-window'
import { runWindowSweep } from '../../../src/server/lockdown/window-sweep'
import { ADMIN_ROLES, INVENTORY, auditTrail, current, freshInstance, inventoryRow, seedAccount, seedPerson, userRow } from './inventory-fixtures'

beforeEach(freshInstance)

/** Someone clears the flag on the user form; returns the user record as the async rule gets it. */
function clearFlag(userId: string, by: string): GlideRecord {
    glide.setUser({ sysId: seedPerson(by), userName: by, roles: ['admin'] })
    const user = current('sys_user', userId)
    user.setValue('web_service_access_only', false)
    user.update()
    glide.setUser({ sysId: 'system', userName: 'system', roles: [] })
    return current('sys_user', userId)
}

describe('drift guard (sys_user rule)', () => {
    it('when someone clears web_service_access_only on an api_only account, then it is set again and the journal names who cleared it', () => {
        const account = seedAccount({ state: 'api_only', webServiceAccessOnly: true })
        const user = clearFlag(account.userId, 'jsmith')
        glide.resetCounters()

        keepWebServiceOnly(user)

        expect(userRow(account.userId).web_service_access_only).toBe('1')
        expect(auditTrail(account.rowId)).toEqual([
            `Drift guard (business rule): "Web service access only" was cleared on ${account.userName} by jsmith and has been set again. This account is API only; to give it GUI access, an app admin uses "Reopen GUI window" on this record.`,
        ])
        expect(glide.logs()).toContainEqual({ level: 'warn', message: expect.stringContaining('was cleared on') })
        // The inventory lookup, the membership (IN), the user (IN) and the row re-read; one write each.
        expect(glide.counters()).toMatchObject({ reads: { [INVENTORY]: 2, sys_user_grmember: 1, sys_user: 1 }, writes: { [INVENTORY]: 1, sys_user: 1 } })
    })

    it('when the row points at a user outside the service-account group, then the flag is NOT set on that user and the row is flagged, once', () => {
        const person = seedPerson('jane.admin')
        const account = seedAccount({ state: 'api_only', account: person, userName: 'jane.admin' })
        const user = clearFlag(person, 'jsmith')

        keepWebServiceOnly(user)

        expect(userRow(person).web_service_access_only).toBe('0')
        expect(inventoryRow(account.rowId).lockdown_problem).toMatch(/^not_service_account: /)
        expect(auditTrail(account.rowId)).toEqual([expect.stringMatching(/^Drift guard \(business rule\): "Web service access only" is cleared on jane\.admin and was NOT set again: /)])
        expect(glide.logs()).toContainEqual({ level: 'warn', message: expect.stringContaining('was NOT set again') })

        // Flagged rows are left to an app admin: clearing again, or the daily backstop, adds nothing.
        keepWebServiceOnly(clearFlag(person, 'jsmith'))
        expect(runWindowSweep().driftRestored).toBe(0)
        expect(userRow(person).web_service_access_only).toBe('0')
        expect(auditTrail(account.rowId)).toHaveLength(1)
    })

    it('when the user was renamed away from the row\'s User ID, then it is not written and the row is flagged user_name_mismatch', () => {
        const account = seedAccount({ state: 'api_only', webServiceAccessOnly: true })
        const renamed = current('sys_user', account.userId)
        renamed.setValue('user_name', 'renamed.person')
        renamed.update()

        keepWebServiceOnly(clearFlag(account.userId, 'jsmith'))

        expect(userRow(account.userId).web_service_access_only).toBe('0')
        expect(inventoryRow(account.rowId).lockdown_problem).toMatch(/^user_name_mismatch: /)
    })

    it('when the group setting is unusable, then nothing is written and an error says why', () => {
        const account = seedAccount({ state: 'api_only', webServiceAccessOnly: true })
        glide.setProperty('x_seed_svcacct.group', '')
        const user = clearFlag(account.userId, 'jsmith')
        glide.resetCounters()

        keepWebServiceOnly(user)

        expect(glide.counters().totalWrites).toBe(0)
        expect(glide.logs()).toContainEqual({ level: 'error', message: expect.stringContaining('drift guard (business rule), 1 account(s) to check: Nothing was changed: x_seed_svcacct.group is empty') })
    })

    it('when the user is not a service account, then the rule only looks and writes nothing', () => {
        const person = seedPerson('jane')
        const user = current('sys_user', person)
        glide.resetCounters()

        keepWebServiceOnly(user)

        expect(glide.counters()).toMatchObject({ totalReads: 1, totalWrites: 0 })
    })

    it('when the account is exploring, then clearing the flag is allowed', () => {
        const account = seedAccount({ guiAccessUntil: '2026-04-01 00:00:00', webServiceAccessOnly: true })
        keepWebServiceOnly(clearFlag(account.userId, 'jsmith'))
        expect(userRow(account.userId).web_service_access_only).toBe('0')
        expect(auditTrail(account.rowId)).toEqual([])
    })

    it('when the flag was set again before the async rule ran, then it writes nothing', () => {
        const account = seedAccount({ state: 'api_only', webServiceAccessOnly: true })
        const stale = clearFlag(account.userId, 'jsmith')
        const user = current('sys_user', account.userId)
        user.setValue('web_service_access_only', true)
        user.update()
        glide.resetCounters()

        keepWebServiceOnly(stale)

        expect(glide.counters().totalWrites).toBe(0)
    })

    it('when the flag cannot be set again, then the failure is journalled and logged as an error', () => {
        const account = seedAccount({ state: 'api_only', webServiceAccessOnly: true })
        const user = clearFlag(account.userId, 'jsmith')
        glide.failNextWrite({ table: 'sys_user', operation: 'update', message: 'refused' })

        keepWebServiceOnly(user)

        expect(userRow(account.userId).web_service_access_only).toBe('0')
        expect(auditTrail(account.rowId)).toEqual([expect.stringContaining('could not be set again (refused)')])
        expect(glide.logs()).toContainEqual({ level: 'error', message: expect.stringContaining('could not be set again') })
    })
})

describe('"Reopen GUI window" (app admins)', () => {
    function adminForm(rowId: string, values: Record<string, string>): GlideRecord {
        glide.setUser({ sysId: seedPerson('ada'), userName: 'ada', name: 'Ada Admin', roles: ADMIN_ROLES })
        const form = current(INVENTORY, rowId)
        for (const [field, value] of Object.entries(values)) form.setValue(field, value)
        return form
    }

    it('when an app admin gives a reason and a new end date, then the row is exploring again, the flag cleared, the reason journalled; the drift guard lets it be', () => {
        const account = seedAccount({ state: 'api_only', webServiceAccessOnly: true, reminderSentOn: '2026-03-01 02:00:00' })

        reopenGuiWindow(adminForm(account.rowId, { gui_access_until: '2026-03-22 09:00:00', reopen_reason: 'New endpoint for invoices' }))

        expect(inventoryRow(account.rowId)).toMatchObject({
            state: 'exploring',
            gui_access_until: '2026-03-22 09:00:00',
            reopen_reason: '',
            reminder_sent_on: '',
            locked_down_on: '',
            lockdown_method: '',
        })
        expect(userRow(account.userId).web_service_access_only).toBe('0')
        expect(auditTrail(account.rowId)).toEqual([
            `GUI window reopened by Ada Admin until 2026-03-22 09:00:00 UTC: ${account.userName} may log in to the UI again. Reason: New endpoint for invoices`,
        ])
        expect(glide.messages()).toEqual([{ type: 'info', message: expect.stringContaining('GUI access reopened') }])

        // The sys_user rule fires on the cleared flag, and finds no api_only row to protect.
        keepWebServiceOnly(current('sys_user', account.userId))
        expect(userRow(account.userId).web_service_access_only).toBe('0')
        expect(runWindowSweep().driftRestored).toBe(0)
    })

    it('when the new window ends, then the account is reminded and locked down again by the job', () => {
        const account = seedAccount({ state: 'api_only', webServiceAccessOnly: true })
        reopenGuiWindow(adminForm(account.rowId, { gui_access_until: '2026-03-22 09:00:00', reopen_reason: 'New endpoint' }))

        glide.advance({ days: 5 })
        expect(runWindowSweep()).toMatchObject({ reminders: 1, lockedDown: 0 })
        glide.advance({ days: 2 })
        expect(runWindowSweep()).toMatchObject({ lockedDown: 1 })
        expect(userRow(account.userId).web_service_access_only).toBe('1')
        expect(inventoryRow(account.rowId)).toMatchObject({ state: 'api_only', lockdown_method: 'window_expired' })
    })

    it.each([
        ['no reason', { gui_access_until: '2026-03-22 09:00:00' }, /Type the reason in "Reopen reason"/],
        ['no new date (the old, past one)', { reopen_reason: 'why' }, /Set "GUI access until"/],
        ['a date more than 90 days ahead', { gui_access_until: '2026-07-01 00:00:00', reopen_reason: 'why' }, /at most 90 days/],
    ])('when the admin gives %s, then nothing is saved and the admin is told what to fill in', (_case, values, message) => {
        const account = seedAccount({ state: 'api_only', webServiceAccessOnly: true })
        const form = adminForm(account.rowId, values)
        glide.resetCounters()

        reopenGuiWindow(form)

        expect(glide.counters().totalWrites).toBe(0)
        expect(inventoryRow(account.rowId).state).toBe('api_only')
        expect(userRow(account.userId).web_service_access_only).toBe('1')
        expect(glide.messages()).toEqual([{ type: 'error', message: expect.stringMatching(message) }])
    })

    it('when someone without the app admin role tries it, then it is refused and nothing is saved', () => {
        const account = seedAccount({ state: 'api_only', webServiceAccessOnly: true })
        glide.setUser({ sysId: account.ownerId, userName: 'owner', roles: [] })
        const form = current(INVENTORY, account.rowId)
        form.setValue('gui_access_until', '2026-03-22 09:00:00')
        form.setValue('reopen_reason', 'I want the UI back')
        glide.resetCounters()

        reopenGuiWindow(form)

        expect(glide.counters().totalWrites).toBe(0)
        expect(glide.messages()).toEqual([{ type: 'error', message: 'Only an app admin (x_seed_svcacct.admin) can reopen the GUI window.' }])
    })

    it('when the form carries other edits, then only the reopen fields are saved: owner, account and user ID stay as stored', () => {
        const account = seedAccount({ state: 'api_only', webServiceAccessOnly: true })
        const intruder = seedPerson('jane.admin')
        const before = inventoryRow(account.rowId)

        reopenGuiWindow(
            adminForm(account.rowId, {
                gui_access_until: '2026-03-22 09:00:00',
                reopen_reason: 'New endpoint',
                account: intruder,
                owner: intruder,
                user_name: 'jane.admin',
                purpose: 'Edited on the form',
            }),
        )

        expect(inventoryRow(account.rowId)).toMatchObject({
            account: account.userId,
            owner: before.owner,
            user_name: account.userName,
            purpose: before.purpose,
            state: 'exploring',
            gui_access_until: '2026-03-22 09:00:00',
            reopen_reason: '',
        })
        expect(userRow(account.userId).web_service_access_only).toBe('0')
        expect(userRow(intruder)).toMatchObject({ web_service_access_only: '', sys_mod_count: '0' })
    })

    it('when the row points at an integration user outside the service-account group, then nothing is reopened and the row is flagged', () => {
        const integration = glide.seed('sys_user', { user_name: 'int_payroll', name: 'int_payroll', active: true, web_service_access_only: true })
        const account = seedAccount({ state: 'api_only', account: integration, userName: 'int_payroll' })
        const form = adminForm(account.rowId, { gui_access_until: '2026-03-22 09:00:00', reopen_reason: 'why' })

        reopenGuiWindow(form)

        expect(userRow(integration)).toMatchObject({ web_service_access_only: '1', sys_mod_count: '0' })
        expect(inventoryRow(account.rowId)).toMatchObject({ state: 'api_only', lockdown_problem: expect.stringMatching(/^not_service_account: /), gui_access_until: '2026-03-14 09:00:00' })
        expect(auditTrail(account.rowId)).toEqual([expect.stringMatching(/^Reopen refused: its user int_payroll is not a member of the service-account group/)])
        expect(glide.messages()).toEqual([{ type: 'error', message: expect.stringMatching(/^Nothing was reopened: /) }])
    })

    it('when the user cannot be written, then the admin is told the account still cannot log in', () => {
        const account = seedAccount({ state: 'api_only', webServiceAccessOnly: true })
        const form = adminForm(account.rowId, { gui_access_until: '2026-03-22 09:00:00', reopen_reason: 'why' })
        glide.failNextWrite({ table: 'sys_user', operation: 'update' })

        reopenGuiWindow(form)

        expect(userRow(account.userId).web_service_access_only).toBe('1')
        expect(glide.messages()).toEqual([{ type: 'error', message: expect.stringContaining('could not be cleared') }])
        expect(glide.logs()).toContainEqual({ level: 'error', message: expect.stringContaining('could not be cleared') })
    })
})
