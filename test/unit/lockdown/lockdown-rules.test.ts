import {
    addDays,
    confirmationMethod,
    findProblem,
    formatGlideDateTime,
    mayConfirm,
    parseGlideDateTime,
    planDriftRestore,
    planLockDown,
    planReminder,
    planReopen,
    PROBLEM_REMEDY,
    type AccountUser,
    type InventoryRow,
    type LockDownRequest,
} from '../../../src/server/lockdown/lockdown-rules'

const NOW = '2026-03-15 09:00:00'

function row(overrides: Partial<InventoryRow> = {}): InventoryRow {
    return {
        sysId: 'row1',
        userName: 'svc_billing',
        accountId: 'user1',
        ownerId: 'owner1',
        state: 'exploring',
        guiAccessUntil: '2026-03-14 09:00:00',
        createdOn: '2026-03-01 09:00:00',
        reminderSentOn: null,
        lockdownProblem: null,
        ...overrides,
    }
}

function user(overrides: Partial<AccountUser> = {}): AccountUser {
    return { sysId: 'user1', userName: 'svc_billing', webServiceAccessOnly: false, identityType: 'human', hasIdentityType: true, inServiceAccountGroup: true, ...overrides }
}

const job: LockDownRequest = { method: 'window_expired', actorId: '', actorName: '', now: NOW }
const owner: LockDownRequest = { method: 'owner_confirmed', actorId: 'owner1', actorName: 'Olivia Owner', now: NOW }

describe('date-times', () => {
    it('when a Glide value is parsed and formatted, then it round-trips', () => {
        expect(formatGlideDateTime(parseGlideDateTime(NOW) as number)).toBe(NOW)
    })
    it('when the value is not a real date-time, then it parses to null', () => {
        expect(parseGlideDateTime('2026-02-30 00:00:00')).toBeNull()
        expect(parseGlideDateTime('15/03/2026')).toBeNull()
        expect(parseGlideDateTime(null)).toBeNull()
    })
    it('when days are added, then month ends roll over in UTC', () => {
        expect(addDays('2026-02-27 23:30:00', 3)).toBe('2026-03-02 23:30:00')
    })
})

describe('who may confirm', () => {
    it('when the actor is the owner, then they may', () => {
        expect(mayConfirm('owner1', 'owner1', false)).toBe(true)
    })
    it('when the actor is neither owner nor admin, then they may not', () => {
        expect(mayConfirm('someone', 'owner1', false)).toBe(false)
    })
    it('when the row has no owner, then only an app admin may', () => {
        expect(mayConfirm('', null, false)).toBe(false)
        expect(mayConfirm('someone', null, false)).toBe(false)
        expect(mayConfirm('admin1', null, true)).toBe(true)
    })
    it('when an owner is also an app admin, then the method recorded is owner_confirmed', () => {
        expect(confirmationMethod('owner1', 'owner1')).toBe('owner_confirmed')
        expect(confirmationMethod('admin1', 'owner1')).toBe('admin')
    })
})

describe('planLockDown', () => {
    it('when an exploring row is due and its user can still log in, then the user becomes web-service-only and Machine', () => {
        const plan = planLockDown(row(), user(), job)
        expect(plan.kind).toBe('lock')
        if (plan.kind !== 'lock') return
        expect(plan.user).toEqual({ web_service_access_only: 'true', identity_type: 'machine' })
        expect(plan.inventory).toEqual({
            state: 'api_only',
            locked_down_on: NOW,
            locked_down_by: '',
            lockdown_method: 'window_expired',
            lockdown_problem: '',
        })
        expect(plan.journal).toContain('the GUI access window ended (by the daily lock-down job)')
    })

    it('when the owner confirms, then the row is stamped with the owner and the method', () => {
        const plan = planLockDown(row({ guiAccessUntil: '2026-04-01 00:00:00' }), user(), owner)
        expect(plan.kind).toBe('lock')
        if (plan.kind !== 'lock') return
        expect(plan.inventory.locked_down_by).toBe('owner1')
        expect(plan.inventory.lockdown_method).toBe('owner_confirmed')
        expect(plan.journal).toContain('by Olivia Owner')
    })

    it('when the instance has no identity_type column, then only the flag is set', () => {
        const plan = planLockDown(row(), user({ hasIdentityType: false, identityType: null }), job)
        expect(plan.kind === 'lock' && plan.user).toEqual({ web_service_access_only: 'true' })
    })

    it('when the identity type is already Machine, then it is not written again', () => {
        const plan = planLockDown(row(), user({ identityType: 'machine' }), job)
        expect(plan.kind === 'lock' && plan.user).toEqual({ web_service_access_only: 'true' })
    })

    it('when the row is already api_only (a second run or a confirmation came first), then nothing is planned', () => {
        expect(planLockDown(row({ state: 'api_only' }), user(), job).kind).toBe('not_exploring')
        expect(planLockDown(row({ state: 'retired' }), user(), owner).kind).toBe('not_exploring')
    })

    it('when the user is already web-service-only, then the user is left alone and the row is recorded as api_only', () => {
        const plan = planLockDown(row(), user({ webServiceAccessOnly: true }), job)
        expect(plan.kind).toBe('already_locked')
        if (plan.kind !== 'already_locked') return
        expect(plan.inventory.state).toBe('api_only')
        expect(plan.journal).toContain('was already web-service-only; the user was not changed')
    })

    it.each([
        ['no_user', row({ accountId: null }), undefined, job],
        ['user_deleted', row(), undefined, job],
        ['no_window_end', row({ guiAccessUntil: null }), user(), job],
        ['window_past_at_creation', row({ guiAccessUntil: '2026-02-20 00:00:00', createdOn: '2026-03-01 09:00:00' }), user(), job],
        ['not_service_account', row(), user({ inServiceAccountGroup: false }), job],
        ['user_name_mismatch', row(), user({ userName: 'jane.doe' }), job],
    ] as const)('when the row has bad data (%s), then it is flagged and nothing else changes', (code, r, u, request) => {
        const plan = planLockDown(r, u, request)
        expect(plan.kind).toBe('problem')
        if (plan.kind !== 'problem') return
        expect(plan.code).toBe(code)
        expect(Object.keys(plan.inventory)).toEqual(['lockdown_problem'])
        expect(plan.inventory.lockdown_problem.startsWith(`${code}: `)).toBe(true)
        expect(plan.journal).toMatch(/^Lock-down skipped: /)
        expect(plan.journal.endsWith(PROBLEM_REMEDY[code])).toBe(true)
        expect(plan.log).toContain('svc_billing (x_seed_svcacct_service_account row1)')
    })

    it('when the user is not in the service-account group, then it is not locked down even if the window ended: the app never changes anyone else', () => {
        const plan = planLockDown(row(), user({ inServiceAccountGroup: false, userName: 'svc_billing' }), job)
        expect(plan).toMatchObject({ kind: 'problem', code: 'not_service_account' })
        expect(plan.kind === 'problem' && plan.detail).toBe('its user svc_billing is not a member of the service-account group, so the app will not change its login access')
    })

    it('when the user names differ, then the detail names both', () => {
        const plan = planLockDown(row(), user({ userName: 'jane.doe' }), job)
        expect(plan.kind === 'problem' && plan.detail).toBe(
            'its User ID is "svc_billing" but its user\'s user name is "jane.doe", so the app will not change that user\'s login access',
        )
    })

    it('when user names differ only in case, then it is still a mismatch (provisioning writes both the same)', () => {
        expect(findProblem(row(), user({ userName: 'SVC_billing' }), 'owner_confirmed')?.code).toBe('user_name_mismatch')
    })

    it('when the owner confirms early, then the window checks do not apply', () => {
        expect(findProblem(row({ guiAccessUntil: null }), user(), 'owner_confirmed')).toBeNull()
        expect(findProblem(row({ guiAccessUntil: '2026-02-20 00:00:00' }), user(), 'admin')).toBeNull()
    })

    it('when the owner confirms but the user is missing, then it is still refused as bad data', () => {
        expect(findProblem(row({ accountId: null }), undefined, 'owner_confirmed')?.code).toBe('no_user')
    })

    it('when the owner or an admin confirms for a user outside the service-account group, then it is refused as bad data', () => {
        expect(findProblem(row(), user({ inServiceAccountGroup: false }), 'owner_confirmed')?.code).toBe('not_service_account')
        expect(findProblem(row(), user({ inServiceAccountGroup: false }), 'admin')?.code).toBe('not_service_account')
    })

    it('when the window ended exactly at creation, then it is not flagged', () => {
        expect(findProblem(row({ guiAccessUntil: '2026-03-01 09:00:00' }), user(), 'window_expired')).toBeNull()
    })
})

describe('planReminder', () => {
    it('when the row is exploring and not yet reminded, then the owner is told and the row stamped', () => {
        const plan = planReminder(row({ guiAccessUntil: '2026-03-17 09:00:00' }), NOW)
        expect(plan).toMatchObject({ kind: 'remind', notify: true, inventory: { reminder_sent_on: NOW } })
        expect(plan.kind === 'remind' && plan.journal).toContain('GUI access ends 2026-03-17 09:00:00 UTC')
    })
    it('when a reminder was already sent, then it is not sent again', () => {
        expect(planReminder(row({ reminderSentOn: '2026-03-14 02:00:00' }), NOW).kind).toBe('skip')
    })
    it('when the row has no owner, then nobody is emailed but the row is stamped so it is reported once', () => {
        const plan = planReminder(row({ ownerId: null }), NOW)
        expect(plan).toMatchObject({ kind: 'remind', notify: false, inventory: { reminder_sent_on: NOW } })
    })
})

describe('planDriftRestore', () => {
    const apiOnly = row({ state: 'api_only' })
    it('when an api_only account lost the flag, then it is restored and the journal says who cleared it', () => {
        const plan = planDriftRestore(apiOnly, user(), 'jsmith', 'business rule')
        expect(plan.kind).toBe('restore')
        if (plan.kind !== 'restore') return
        expect(plan.user).toEqual({ web_service_access_only: 'true' })
        expect(plan.journal).toContain('was cleared on svc_billing by jsmith and has been set again')
        expect(plan.journal).toContain('Reopen GUI window')
    })
    it('when the row is exploring (a sanctioned reopen), then nothing is restored', () => {
        expect(planDriftRestore(row(), user(), 'admin', 'business rule').kind).toBe('none')
    })
    it('when the flag is still set, then nothing is restored', () => {
        expect(planDriftRestore(apiOnly, user({ webServiceAccessOnly: true }), '', 'daily job').kind).toBe('none')
    })
    it('when the user no longer exists, then the row is flagged once', () => {
        const plan = planDriftRestore(apiOnly, undefined, '', 'daily job')
        expect(plan.kind === 'problem' && plan.inventory.lockdown_problem).toMatch(/^user_deleted: /)
    })
    it.each([
        ['not_service_account', { inServiceAccountGroup: false }],
        ['user_name_mismatch', { userName: 'jane.doe' }],
    ] as const)('when the user is not the row\'s service account (%s), then nothing is restored and the row is flagged', (code, change) => {
        const plan = planDriftRestore(apiOnly, user(change), 'jsmith', 'business rule')
        expect(plan.kind).toBe('problem')
        if (plan.kind !== 'problem') return
        expect(plan.inventory.lockdown_problem.startsWith(`${code}: `)).toBe(true)
        expect(plan.journal).toMatch(/^Drift guard \(business rule\): "Web service access only" is cleared on \S+ and was NOT set again: /)
    })
    it('when a user outside the group is already web-service-only, then there is nothing to do and nothing is flagged', () => {
        expect(planDriftRestore(apiOnly, user({ inServiceAccountGroup: false, webServiceAccessOnly: true }), '', 'daily job').kind).toBe('none')
    })
})

describe('planReopen', () => {
    const apiOnly = row({ state: 'api_only' })
    const request = { actorName: 'ada.admin', actorIsAdmin: true, reason: 'New endpoint to explore', until: '2026-03-22 09:00:00', now: NOW }

    it('when an app admin gives a reason and a future end date, then the row goes back to exploring and the flag is cleared', () => {
        const plan = planReopen(apiOnly, user({ webServiceAccessOnly: true }), request)
        expect(plan.kind).toBe('reopen')
        if (plan.kind !== 'reopen') return
        expect(plan.user).toEqual({ web_service_access_only: 'false' })
        expect(plan.inventory).toMatchObject({ state: 'exploring', gui_access_until: '2026-03-22 09:00:00', reminder_sent_on: '', lockdown_method: '' })
        expect(plan.journal).toBe(
            'GUI window reopened by ada.admin until 2026-03-22 09:00:00 UTC: svc_billing may log in to the UI again. Reason: New endpoint to explore',
        )
    })

    it.each([
        ['a non-admin', { actorIsAdmin: false }, /Only an app admin/],
        ['no reason given', { reason: '   ' }, /Type the reason/],
        ['no end date', { until: null }, /Set "GUI access until"/],
        ['an end date in the past', { until: '2026-03-15 08:59:59' }, /in the future/],
        ['an end date beyond 90 days', { until: '2026-07-01 00:00:00' }, /at most 90 days/],
        ['a reason too long', { reason: 'x'.repeat(1001) }, /under 1000 characters/],
    ])('when the request comes from %s, then it is refused', (_case, change, message) => {
        const plan = planReopen(apiOnly, user(), { ...request, ...change })
        expect(plan.kind).toBe('refused')
        expect(plan.kind === 'refused' && plan.message).toMatch(message)
    })

    it.each([
        ['not_service_account', { inServiceAccountGroup: false }],
        ['user_name_mismatch', { userName: 'jane.doe' }],
    ] as const)('when the user is not the row\'s service account (%s), then nothing is reopened and the row is flagged', (code, change) => {
        const plan = planReopen(apiOnly, user({ webServiceAccessOnly: true, ...change }), request)
        expect(plan.kind).toBe('problem')
        if (plan.kind !== 'problem') return
        expect(plan.inventory).toEqual({ lockdown_problem: expect.stringMatching(new RegExp(`^${code}: `)) })
        expect(plan.message).toMatch(/^Nothing was reopened: /)
        expect(plan.journal.endsWith(PROBLEM_REMEDY[code])).toBe(true)
    })

    it('when someone without the admin role tries it on a user outside the group, then it is refused before anything is flagged', () => {
        expect(planReopen(apiOnly, user({ inServiceAccountGroup: false }), { ...request, actorIsAdmin: false }).kind).toBe('refused')
    })

    it('when the row is still exploring, then it is refused (edit the date instead)', () => {
        expect(planReopen(row(), user(), request).kind).toBe('refused')
    })
})
