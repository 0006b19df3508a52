/**
 * What the catalog form may learn about a user ID (src/server/naming/user-id-form-check.ts): any
 * logged-in user can call it, so it says "taken" and nothing about the holder.
 */
import { glide } from '../../fakes/glide'
import { answerUserIdCheck, checkUserIdForForm } from '../../../src/server/naming/user-id-form-check'
import { parseSettings } from '../../../src/server/config/properties'

const RULES = parseSettings(() => '').settings

beforeEach(() => glide.reset())

describe('checkUserIdForForm', () => {
    it('when the user ID is free and valid, then the answer is ok with no messages', () => {
        expect(checkUserIdForForm('svc_billing', RULES)).toEqual({ ok: true, userId: 'svc_billing', messages: [] })
    })

    it('when an active user holds it, then the answer says only "taken"', () => {
        glide.seed('sys_user', { user_name: 'SVC_BILLING', active: true })
        const answer = checkUserIdForForm('svc_billing', RULES)
        expect(answer.ok).toBe(false)
        expect(answer.messages).toEqual(['"svc_billing" is already taken. User IDs are never reused; choose another.'])
    })

    it('when an inactive user holds it and the session sees inactive users (an admin’s), then the answer is the same as for an active holder (nothing about the holder leaks)', () => {
        glide.setUser({ sysId: 'a'.repeat(32), userName: 'admin', roles: ['admin'], interactive: true })
        glide.seed('sys_user', { user_name: 'svc_billing', active: false })
        const inactive = checkUserIdForForm('svc_billing', RULES)
        glide.seed('sys_user', { user_name: 'svc_other', active: true })
        const active = checkUserIdForForm('svc_other', RULES)
        expect(inactive.ok).toBe(false)
        expect(inactive.messages).toEqual(active.messages.map((m) => m.replace('svc_other', 'svc_billing')))
        expect(JSON.stringify(inactive)).not.toMatch(/inactive|active user/)
    })

    it('in a requester’s session (interactive, no admin), the platform’s user query rule hides an inactive holder: the form calls the ID available; routing and provisioning, which run in the background, refuse it', () => {
        glide.setUser({ sysId: 'r'.repeat(32), userName: 'rob.requester', roles: [], interactive: true })
        glide.seed('sys_user', { user_name: 'svc_billing', active: false })
        expect(checkUserIdForForm('svc_billing', RULES).ok).toBe(true)
        glide.setUser({ sysId: 'system', userName: 'system', roles: [] })
        expect(checkUserIdForForm('svc_billing', RULES).ok).toBe(false)
    })

    it('when the format is wrong, then the rule messages are passed on', () => {
        const answer = checkUserIdForForm('Admin', RULES)
        expect(answer.ok).toBe(false)
        expect(answer.messages.length).toBeGreaterThanOrEqual(2)
        expect(answer.messages.join(' ')).toMatch(/lower case/)
    })

    it('when the input is absurdly long, then it is refused without reading anything', () => {
        glide.resetCounters()
        const answer = checkUserIdForForm('x'.repeat(5000), RULES)
        expect(answer).toEqual({ ok: false, userId: '', messages: ['Use at most 40 characters.'] })
        expect(glide.counters().totalReads).toBe(0)
    })
})

describe('answerUserIdCheck (the Script Include entry point)', () => {
    it('reads the prefix from the system property and answers JSON', () => {
        glide.setProperty('x_seed_svcacct.user_id.prefix', 'int_')
        expect(JSON.parse(answerUserIdCheck('int_billing'))).toEqual({ ok: true, userId: 'int_billing', messages: [] })
        expect(JSON.parse(answerUserIdCheck('svc_billing')).ok).toBe(false)
    })

    it('when the parameter is missing, then the answer asks for a user ID', () => {
        expect(JSON.parse(answerUserIdCheck(null))).toEqual({ ok: false, userId: '', messages: ['Enter a user ID.'] })
    })
})
