/**
 * The user-ID check the catalog form runs as the requester types (through the client-callable
 * ServiceAccountRequestAjax Script Include). Any logged-in user may call it, so it answers no more than
 * the form needs: the format problems, or "taken" — never whether the holder is active, nor the holder's
 * exact spelling of the name.
 *
 * It runs in the requester's session. There the platform's "user query" rule hides inactive users from
 * anyone without admin, so a user ID held only by an inactive user looks free on the form. Routing
 * (the flow, as system) and provisioning (in the background) see every user and refuse it.
 */
import { readSettings } from '../config/properties.ts'
import { validateUserId, type UserIdCheck, type UserIdRules } from './user-id-rules.ts'

export interface FormCheckAnswer {
    ok: boolean
    /** The value that was checked (trimmed), so the form can ignore answers to an older value. */
    userId: string
    /** One sentence per problem, ready to show under the field. */
    messages: string[]
}

/** Longer input is refused before any rule runs: nothing legitimate is this long. */
export const MAX_FORM_INPUT_LENGTH = 200

/** Pure: turns the full check into what the form may see. */
export function toFormAnswer(check: UserIdCheck): FormCheckAnswer {
    const messages: string[] = []
    for (const problem of check.problems) {
        if (problem.code === 'taken_active' || problem.code === 'taken_inactive') {
            messages.push(`"${check.userId}" is already taken. User IDs are never reused; choose another.`)
        } else {
            messages.push(problem.message)
        }
    }
    return { ok: check.ok, userId: check.userId, messages }
}

export function checkUserIdForForm(raw: unknown, rules: UserIdRules): FormCheckAnswer {
    const text = raw === null || raw === undefined ? '' : String(raw)
    if (text.length > MAX_FORM_INPUT_LENGTH) {
        return { ok: false, userId: '', messages: [`Use at most ${rules.userIdMaxLength} characters.`] }
    }
    return toFormAnswer(validateUserId(text, rules))
}

/** Entry point for the Script Include bridge: reads the settings, checks, answers JSON. */
export function answerUserIdCheck(raw: unknown): string {
    return JSON.stringify(checkUserIdForForm(raw, readSettings().settings))
}
