/**
 * User-ID rules for a service account. One module serves the catalog form (through the GlideAjax
 * bridge, as the requester types) and provisioning (again on the server: the form can be bypassed).
 *
 * checkUserIdFormat() is pure. findExistingUser() is the only database read: one query on sys_user.
 */
import { GlideRecord } from '@servicenow/glide'
import type { AppSettings } from '../config/properties.ts'

export type UserIdRules = Pick<AppSettings, 'userIdPrefix' | 'userIdMaxLength' | 'reservedNames'>

export type UserIdProblemCode =
    | 'empty'
    | 'not_lower_case'
    | 'missing_prefix'
    | 'invalid_characters'
    | 'too_long'
    | 'reserved'
    | 'taken_active'
    | 'taken_inactive'

export interface UserIdProblem {
    code: UserIdProblemCode
    message: string
}

export interface UserIdCheck {
    ok: boolean
    userId: string
    problems: UserIdProblem[]
}

const ALLOWED = /^[a-z0-9._-]+$/

/** Trims surrounding white space; nothing else is changed, so the requester sees what was checked. */
export function normalizeUserId(raw: unknown): string {
    return raw === null || raw === undefined ? '' : String(raw).trim()
}

export function checkUserIdFormat(rawUserId: unknown, rules: UserIdRules): UserIdProblem[] {
    const userId = normalizeUserId(rawUserId)
    if (userId === '') return [{ code: 'empty', message: 'Enter a user ID.' }]

    const problems: UserIdProblem[] = []
    if (userId !== userId.toLowerCase()) {
        problems.push({ code: 'not_lower_case', message: `Use lower case only: "${userId.toLowerCase()}".` })
    }
    const lower = userId.toLowerCase()
    if (!lower.startsWith(rules.userIdPrefix)) {
        problems.push({
            code: 'missing_prefix',
            message: `Start the user ID with "${rules.userIdPrefix}", for example "${rules.userIdPrefix}${lower.replace(/[^a-z0-9._-]/g, '') || 'billing_sync'}".`,
        })
    }
    if (!ALLOWED.test(lower)) {
        problems.push({
            code: 'invalid_characters',
            message: 'Use only lower-case letters, digits, dot, underscore and hyphen (a-z 0-9 . _ -).',
        })
    }
    if (userId.length > rules.userIdMaxLength) {
        problems.push({
            code: 'too_long',
            message: `Use at most ${rules.userIdMaxLength} characters (this one has ${userId.length}).`,
        })
    }
    const bare = lower.startsWith(rules.userIdPrefix) ? lower.slice(rules.userIdPrefix.length) : lower
    if (rules.reservedNames.includes(lower) || rules.reservedNames.includes(bare)) {
        problems.push({
            code: 'reserved',
            message: `"${bare}" is a reserved or elevated name and cannot be a service account. Name the account after the integration it serves.`,
        })
    }
    return problems
}

export interface ExistingUser {
    sysId: string
    userName: string
    active: boolean
}

/** Glide returns '1'/'0' or 'true'/'false' for booleans depending on the API path; accept both. */
export function isTrue(value: unknown): boolean {
    const text = String(value ?? '').toLowerCase()
    return text === 'true' || text === '1'
}

/**
 * Any sys_user with this user name, active or inactive. String equality in Glide queries is
 * case-insensitive on the platform's default collation, so "SVC_Billing" also blocks "svc_billing";
 * the lower-case comparison below keeps that true if an instance's collation differs.
 */
export function findExistingUser(userId: string): ExistingUser | null {
    const user = new GlideRecord('sys_user')
    user.addQuery('user_name', userId)
    user.setLimit(1)
    user.query()
    if (!user.next()) return null
    const userName = user.getValue('user_name') ?? ''
    if (userName.toLowerCase() !== userId.toLowerCase()) return null
    return { sysId: user.getUniqueValue(), userName, active: isTrue(user.getValue('active')) }
}

export function conflictProblem(existing: ExistingUser): UserIdProblem {
    return existing.active
        ? { code: 'taken_active', message: `"${existing.userName}" is already taken by an active user. Choose another user ID.` }
        : {
              code: 'taken_inactive',
              message: `"${existing.userName}" belongs to an inactive user. User IDs are never reused; choose another.`,
          }
}

/** The full check: format first (no database read), then one sys_user lookup if the format is good. */
export function validateUserId(rawUserId: unknown, rules: UserIdRules): UserIdCheck {
    const userId = normalizeUserId(rawUserId)
    const problems = checkUserIdFormat(userId, rules)
    if (problems.length === 0) {
        const existing = findExistingUser(userId)
        if (existing) problems.push(conflictProblem(existing))
    }
    return { ok: problems.length === 0, userId, problems }
}
