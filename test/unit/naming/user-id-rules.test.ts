/**
 * The user-ID rules (src/server/naming/user-id-rules.ts): format rules are pure; the "taken" rule
 * reads sys_user once, through the Glide test double.
 */
import { glide } from '../../fakes/glide'
import { parseSettings } from '../../../src/server/config/properties'
import { checkUserIdFormat, isTrue, validateUserId, type UserIdRules } from '../../../src/server/naming/user-id-rules'

const defaults = parseSettings(() => '').settings
const RULES: UserIdRules = {
    userIdPrefix: defaults.userIdPrefix,
    userIdMaxLength: defaults.userIdMaxLength,
    reservedNames: defaults.reservedNames,
}

function codes(userId: string, rules: UserIdRules = RULES): string[] {
    return validateUserId(userId, rules).problems.map((p) => p.code)
}

beforeEach(() => glide.reset())

describe('validateUserId', () => {
    it('when the user ID follows every rule and nobody has it, then it is valid, after one read of sys_user', () => {
        glide.seed('sys_user', { user_name: 'svc_other', active: true })
        glide.resetCounters()
        expect(validateUserId('svc_billing.sync-2', RULES)).toEqual({ ok: true, userId: 'svc_billing.sync-2', problems: [] })
        expect(glide.counters().reads).toEqual({ sys_user: 1 })
    })

    it('when it has characters outside [a-z0-9._-], then it is refused as invalid_characters', () => {
        expect(codes('svc_billing sync')).toEqual(['invalid_characters'])
        expect(codes('svc_billing@erp')).toEqual(['invalid_characters'])
        expect(codes('svc_bïlling')).toEqual(['invalid_characters'])
    })

    it('when it is longer than the limit, then it is refused as too_long, and the limit is the configured one', () => {
        expect(codes(`svc_${'a'.repeat(36)}`)).toEqual([]) // exactly 40
        expect(codes(`svc_${'a'.repeat(37)}`)).toEqual(['too_long'])
        expect(codes('svc_billing_sync', { ...RULES, userIdMaxLength: 12 })).toEqual(['too_long'])
    })

    it('when it does not start with the prefix, then it is refused as missing_prefix, with a suggestion', () => {
        const check = validateUserId('billing', RULES)
        expect(check.problems.map((p) => p.code)).toEqual(['missing_prefix'])
        expect(check.problems[0].message).toContain('"svc_billing"')
    })

    it('when the prefix is configured differently, then that prefix is required', () => {
        expect(codes('svc_billing', { ...RULES, userIdPrefix: 'int_' })).toEqual(['missing_prefix'])
        expect(codes('int_billing', { ...RULES, userIdPrefix: 'int_' })).toEqual([])
    })

    it('when it is a reserved or elevated name, with or without the prefix, then it is refused as reserved', () => {
        for (const name of ['admin', 'system', 'guest', 'maint']) {
            expect(codes(`svc_${name}`)).toEqual(['reserved'])
            expect(codes(name)).toContain('reserved')
        }
    })

    it('when an active user has it, then it is refused as taken_active', () => {
        glide.seed('sys_user', { user_name: 'svc_billing', active: true })
        expect(codes('svc_billing')).toEqual(['taken_active'])
    })

    it('when an inactive user has it, then it is refused as taken_inactive (user IDs are never reused)', () => {
        glide.seed('sys_user', { user_name: 'svc_billing', active: false })
        expect(codes('svc_billing')).toEqual(['taken_inactive'])
    })

    it('when an existing user name differs only in case, then it is taken', () => {
        glide.seed('sys_user', { user_name: 'SVC_Billing', active: true })
        expect(codes('svc_billing')).toEqual(['taken_active'])
    })

    it('when it has upper case, then it is refused as not_lower_case and nothing is read', () => {
        glide.resetCounters()
        expect(codes('svc_Billing')).toEqual(['not_lower_case'])
        expect(glide.counters().totalReads).toBe(0)
    })

    it('when it is empty or blank, then it is refused as empty', () => {
        expect(codes('')).toEqual(['empty'])
        expect(codes('   ')).toEqual(['empty'])
    })

    it('when it breaks several rules, then each is reported', () => {
        expect(checkUserIdFormat('Admin Account', RULES).map((p) => p.code)).toEqual([
            'not_lower_case',
            'missing_prefix',
            'invalid_characters',
        ])
    })

    it('when the value has surrounding spaces, then they are trimmed before the check', () => {
        expect(validateUserId('  svc_billing  ', RULES)).toMatchObject({ ok: true, userId: 'svc_billing' })
    })
})

describe('isTrue', () => {
    it("accepts the platform's boolean spellings", () => {
        expect([isTrue('1'), isTrue('true'), isTrue(true), isTrue('TRUE')]).toEqual([true, true, true, true])
        expect([isTrue('0'), isTrue('false'), isTrue(null), isTrue(''), isTrue(undefined)]).toEqual([false, false, false, false, false])
    })
})
