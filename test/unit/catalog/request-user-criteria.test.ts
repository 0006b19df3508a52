/**
 * The user criteria script that decides who sees "Request a Service Account", run from the text that
 * ships (src/fluent/catalog/request-user-criteria.server.js) against the Glide test double. The platform
 * gives the script `user_id` (the user being evaluated) and reads `answer`.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { GlideRecord, glide } from '../../fakes/glide'
import { appSchema } from '../../fakes/app-schema'

const SCRIPT = readFileSync(join(__dirname, '../../../src/fluent/catalog/request-user-criteria.server.js'), 'utf8')

function evaluate(userId: string | null): unknown {
    return new Function('user_id', 'GlideRecord', `var answer;\n${SCRIPT}\nreturn answer;`)(userId, GlideRecord)
}

beforeEach(() => {
    glide.reset()
    appSchema.defineAll()
})

describe('who may order a service account', () => {
    it('when the user is active and signs in interactively, then they may (no role needed)', () => {
        expect(evaluate(glide.seed('sys_user', { user_name: 'abel.tuter', active: true }))).toBe(true)
        expect(evaluate(glide.seed('sys_user', { user_name: 'beth.anglin', active: true, web_service_access_only: false }))).toBe(true)
    })

    it('when the user is inactive, then they may not', () => {
        expect(evaluate(glide.seed('sys_user', { user_name: 'gone', active: false }))).toBe(false)
    })

    it('when the user is web-service-only (an integration), then they may not', () => {
        expect(evaluate(glide.seed('sys_user', { user_name: 'svc_erp', active: true, web_service_access_only: true }))).toBe(false)
    })

    it('when the user is a machine identity, then they may not', () => {
        expect(evaluate(glide.seed('sys_user', { user_name: 'int.erp', active: true, identity_type: 'machine' }))).toBe(false)
        expect(evaluate(glide.seed('sys_user', { user_name: 'ann.person', active: true, identity_type: 'human' }))).toBe(true)
    })

    it('when the user is a service account of the app (logged in during its GUI window), then they may not', () => {
        const account = glide.seed('sys_user', { user_name: 'svc_first', active: true, web_service_access_only: false })
        glide.seed('x_seed_svcacct_service_account', { account, user_name: 'svc_first', state: 'exploring' })
        expect(evaluate(account)).toBe(false)
    })

    it('on a release without sys_user.identity_type, active people still may', () => {
        glide.removeField('sys_user', 'identity_type')
        expect(evaluate(glide.seed('sys_user', { user_name: 'abel.tuter', active: true }))).toBe(true)
    })

    it('when the user is the guest user, then they may not', () => {
        expect(evaluate(glide.seed('sys_user', { user_name: 'guest', active: true }))).toBe(false)
    })

    it('when there is no such user, or no user at all, then the answer is no', () => {
        expect(evaluate('c'.repeat(32))).toBe(false)
        expect(evaluate(null)).toBe(false)
    })

    it('costs two reads: the user, and the inventory by account', () => {
        const id = glide.seed('sys_user', { user_name: 'abel.tuter', active: true })
        glide.resetCounters()
        evaluate(id)
        expect(glide.counters().reads).toEqual({ sys_user: 1, x_seed_svcacct_service_account: 1 })
    })
})
