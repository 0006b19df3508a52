/**
 * Owner confirmation: the UI action on the inventory record and the portal path (request item).
 */
import { glide } from '../../fakes/glide'
import { confirmFromForm, confirmFromRequestItem } from '../../../src/server/lockdown/confirm-lockdown'
import { ADMIN_ROLES, INVENTORY, NOW, auditTrail, current, freshInstance, inventoryRow, seedAccount, seedPerson, userRow } from './inventory-fixtures'

beforeEach(freshInstance)

describe('UI action "Confirm API calls are sorted"', () => {
    it('when the owner confirms, then the user becomes web-service-only and Machine, the row api_only, stamped, journalled and the owner told', () => {
        const account = seedAccount({ guiAccessUntil: '2026-03-25 09:00:00' })
        glide.setUser({ sysId: account.ownerId, userName: 'owner_jane', name: 'Jane Owner', roles: [] })
        const form = current(INVENTORY, account.rowId)

        confirmFromForm(form)

        expect(userRow(account.userId)).toMatchObject({ web_service_access_only: '1', identity_type: 'machine' })
        expect(inventoryRow(account.rowId)).toMatchObject({
            state: 'api_only',
            locked_down_on: NOW,
            locked_down_by: account.ownerId,
            lockdown_method: 'owner_confirmed',
        })
        expect(auditTrail(account.rowId)).toEqual([
            `Locked down: ${account.userName} is now web-service-only (no UI, portal or SSO login) with identity type Machine, because the owner confirmed the API calls are sorted (by Jane Owner).`,
        ])
        expect(glide.events()).toEqual([
            { name: 'x_seed_svcacct.lockdown.completed', table: INVENTORY, sysId: account.rowId, parm1: account.ownerId, parm2: 'owner_confirmed' },
        ])
        expect(glide.messages()).toEqual([{ type: 'info', message: expect.stringContaining('is now web-service-only') }])
    })

    it('when someone who is neither owner nor admin clicks it, then it is refused and nothing is written', () => {
        const account = seedAccount({ guiAccessUntil: '2026-03-25 09:00:00' })
        const stranger = seedPerson('mallory')
        glide.setUser({ sysId: stranger, userName: 'mallory', roles: ['x_seed_svcacct.auditor'] })
        const form = current(INVENTORY, account.rowId)
        glide.resetCounters()

        confirmFromForm(form)

        expect(glide.counters().totalWrites).toBe(0)
        expect(userRow(account.userId).web_service_access_only).toBe('')
        expect(inventoryRow(account.rowId).state).toBe('exploring')
        expect(auditTrail(account.rowId)).toEqual([])
        expect(glide.events()).toEqual([])
        expect(glide.messages()).toEqual([{ type: 'error', message: `Only the owner of ${account.userName} or an app admin can confirm that its API calls are sorted.` }])
        expect(glide.logs()).toContainEqual({ level: 'warn', message: expect.stringContaining('mallory tried to confirm lock-down') })
    })

    it('when an app admin who is not the owner confirms, then the method is admin and the admin is recorded', () => {
        const account = seedAccount({ guiAccessUntil: '2026-03-25 09:00:00' })
        const admin = seedPerson('ada')
        glide.setUser({ sysId: admin, userName: 'ada', roles: ADMIN_ROLES })

        confirmFromForm(current(INVENTORY, account.rowId))

        expect(inventoryRow(account.rowId)).toMatchObject({ state: 'api_only', locked_down_by: admin, lockdown_method: 'admin' })
        expect(glide.events().map((event) => event.parm2)).toEqual(['admin'])
    })

    it('when the row is already api_only, then nothing is written and the user is told', () => {
        const account = seedAccount({ state: 'api_only', webServiceAccessOnly: true })
        glide.setUser({ sysId: account.ownerId, userName: 'owner', roles: [] })
        const form = current(INVENTORY, account.rowId)
        glide.resetCounters()

        confirmFromForm(form)

        expect(glide.counters().totalWrites).toBe(0)
        expect(glide.messages()).toEqual([{ type: 'info', message: `${account.userName} is already API only; nothing to do.` }])
    })

    it('when the user is already web-service-only, then the user is not written and the row is recorded as api_only', () => {
        const account = seedAccount({ webServiceAccessOnly: true, guiAccessUntil: '2026-03-25 09:00:00' })
        glide.setUser({ sysId: account.ownerId, userName: 'owner', roles: [] })
        const form = current(INVENTORY, account.rowId)
        glide.resetCounters()

        confirmFromForm(form)

        expect(glide.counters().writes).toEqual({ [INVENTORY]: 1 })
        expect(inventoryRow(account.rowId).state).toBe('api_only')
        expect(auditTrail(account.rowId)[0]).toContain('was already web-service-only; the user was not changed')
        expect(glide.events()).toEqual([])
    })

    it('when the row has no user, then confirming is refused and the row is flagged for an app admin', () => {
        const account = seedAccount({ account: false, guiAccessUntil: '2026-03-25 09:00:00' })
        glide.setUser({ sysId: account.ownerId, userName: 'owner', roles: [] })

        confirmFromForm(current(INVENTORY, account.rowId))

        expect(inventoryRow(account.rowId)).toMatchObject({ state: 'exploring', lockdown_problem: expect.stringMatching(/^no_user: /) })
        expect(glide.messages()[0]).toMatchObject({ type: 'error', message: expect.stringContaining('cannot be locked down') })
    })

    it('when the user cannot be written, then the row stays exploring, the failure is journalled and logged as an error', () => {
        const account = seedAccount({ guiAccessUntil: '2026-03-25 09:00:00' })
        glide.setUser({ sysId: account.ownerId, userName: 'owner', roles: [] })
        glide.failNextWrite({ table: 'sys_user', operation: 'update', message: 'Write operation against sys_user refused by cross-scope policy' })

        confirmFromForm(current(INVENTORY, account.rowId))

        expect(userRow(account.userId).web_service_access_only).toBe('')
        expect(inventoryRow(account.rowId).state).toBe('exploring')
        expect(auditTrail(account.rowId)[0]).toMatch(/^Lock-down failed: .* could not be made web-service-only \(Write operation against sys_user refused by cross-scope policy\)/)
        expect(inventoryRow(account.rowId).lockdown_problem).toMatch(/^write_failed: /)
        expect(glide.logs().filter((log) => log.level === 'error').length).toBeGreaterThan(0)
        expect(glide.events()).toEqual([])
        expect(glide.messages()[0].type).toBe('error')
    })

    it('when the row points at a person outside the service-account group, then confirming is refused, the person untouched and the row flagged', () => {
        const person = seedPerson('jane.admin')
        const account = seedAccount({ account: person, userName: 'jane.admin', guiAccessUntil: '2026-03-25 09:00:00' })
        glide.setUser({ sysId: seedPerson('ada'), userName: 'ada', name: 'Ada Admin', roles: ADMIN_ROLES })

        confirmFromForm(current(INVENTORY, account.rowId))

        expect(userRow(person)).toMatchObject({ web_service_access_only: '', sys_mod_count: '0' })
        expect(inventoryRow(account.rowId)).toMatchObject({ state: 'exploring', lockdown_problem: expect.stringMatching(/^not_service_account: /) })
        expect(glide.messages()).toEqual([
            {
                type: 'error',
                message: 'jane.admin cannot be locked down: its user jane.admin is not a member of the service-account group, so the app will not change its login access. An app admin has to fix the inventory row (see its audit trail).',
            },
        ])
    })

    it('when the group setting is unusable, then nothing is written and the confirmer is told why', () => {
        glide.setProperty('x_seed_svcacct.group', 'not-a-sys-id')
        const account = seedAccount({ guiAccessUntil: '2026-03-25 09:00:00' })
        glide.setUser({ sysId: account.ownerId, userName: 'owner', roles: [] })
        glide.resetCounters()

        confirmFromForm(current(INVENTORY, account.rowId))

        expect(glide.counters().totalWrites).toBe(0)
        expect(glide.messages()).toEqual([{ type: 'error', message: expect.stringMatching(/could not be locked down\. Nothing was changed: x_seed_svcacct\.group is empty or not a group sys_id/) }])
    })
})

describe('portal path: "Confirm my service account\'s API calls are sorted"', () => {
    function submit(openedBy: string, serviceAccount: string): string {
        const catItem = glide.seed('sc_cat_item', { name: "Confirm my service account's API calls are sorted" })
        return glide.seedRequestItem({
            fields: { cat_item: catItem, opened_by: openedBy, requested_for: openedBy },
            variables: { service_account: serviceAccount },
        })
    }

    it('when the owner submits it, then the account is locked down and the request item closes complete with a comment', () => {
        const account = seedAccount({ guiAccessUntil: '2026-03-25 09:00:00' })
        const ritmId = submit(account.ownerId, account.rowId)
        // The async rule does not run as the requester: its session user is not relied upon.
        glide.setUser({ sysId: 'system', userName: 'system', roles: [] })

        confirmFromRequestItem(current('sc_req_item', ritmId))

        expect(userRow(account.userId).web_service_access_only).toBe('1')
        expect(inventoryRow(account.rowId)).toMatchObject({ state: 'api_only', locked_down_by: account.ownerId, lockdown_method: 'owner_confirmed' })
        expect(glide.row('sc_req_item', ritmId)?.state).toBe('3')
        expect(glide.journal('sc_req_item', ritmId, 'comments')).toEqual([expect.stringContaining('is now web-service-only')])
        expect(glide.events().map((event) => event.name)).toEqual(['x_seed_svcacct.lockdown.completed'])
    })

    it('when someone else submits it for an account they do not own, then it is refused and the item closes incomplete', () => {
        const account = seedAccount({ guiAccessUntil: '2026-03-25 09:00:00' })
        const ritmId = submit(seedPerson('mallory'), account.rowId)

        confirmFromRequestItem(current('sc_req_item', ritmId))

        expect(userRow(account.userId).web_service_access_only).toBe('')
        expect(inventoryRow(account.rowId).state).toBe('exploring')
        expect(auditTrail(account.rowId)).toEqual([])
        expect(glide.row('sc_req_item', ritmId)?.state).toBe('4')
        expect(glide.journal('sc_req_item', ritmId, 'comments')).toEqual([`Only the owner of ${account.userName} or an app admin can confirm that its API calls are sorted.`])
        expect(glide.logs()).toContainEqual({ level: 'warn', message: expect.stringContaining('refused') })
    })

    it('when an app admin who is not the owner submits it, then it is refused: admins use the UI action', () => {
        const account = seedAccount({ guiAccessUntil: '2026-03-25 09:00:00' })
        const admin = seedPerson('ada')
        glide.setUser({ sysId: admin, userName: 'ada', roles: ADMIN_ROLES })
        const ritmId = submit(admin, account.rowId)

        confirmFromRequestItem(current('sc_req_item', ritmId))

        expect(inventoryRow(account.rowId).state).toBe('exploring')
        expect(glide.row('sc_req_item', ritmId)?.state).toBe('4')
    })

    it('when no account was chosen, then nothing changes and the item closes incomplete', () => {
        const ritmId = submit(seedPerson('someone'), '')

        confirmFromRequestItem(current('sc_req_item', ritmId))

        expect(glide.row('sc_req_item', ritmId)?.state).toBe('4')
        expect(glide.journal('sc_req_item', ritmId, 'comments')).toEqual(['No service account was chosen, so nothing was changed.'])
    })
})
