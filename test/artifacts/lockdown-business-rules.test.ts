/** What ships for the lock-down business rules: the drift guard on sys_user and the portal confirmation. */
import { matchesCondition } from '../fakes/glide'
import { readApp } from './read-app'
import { expectCallsModule } from './lockdown-shipped'

const app = readApp()

describe('drift guard: "keep API-only accounts web-service-only" on sys_user', () => {
    const rule = app.one('sys_script', { name: 'Service Account Lifecycle: keep API-only accounts web-service-only' })

    // SDK 4.9 writes `when: 'async'` as async_always (its BusinessRulePlugin maps async -> async_always,
    // async_deprecated -> async).
    it('is an active async rule on sys_user updates only (scoped apps may only add async scripted rules to global tables)', () => {
        expect(rule.value('collection')).toBe('sys_user')
        expect(rule.value('active')).toBe('true')
        expect(rule.value('when')).toBe('async_always')
        expect([rule.value('action_insert'), rule.value('action_update'), rule.value('action_delete'), rule.value('action_query')]).toEqual([
            'false',
            'true',
            'false',
            'false',
        ])
    })

    it.each([
        ['true -> false', '1', '0', true],
        ['true -> empty', '1', '', true],
        ['false -> true', '0', '1', false],
        ['empty -> false', '', '0', false],
        ['true -> true', '1', '1', false],
    ])('its condition fires when web_service_access_only changes %s: %s', (_case, before, after, fires) => {
        const condition = rule.value('filter_condition')
        expect(matchesCondition('sys_user', { web_service_access_only: after }, condition, { web_service_access_only: before })).toBe(fires)
    })

    it('runs keepWebServiceOnly(current, previous) from the shipped module', () => {
        expectCallsModule(app, rule, 'src/server/lockdown/drift-guard.ts', 'keepWebServiceOnly', 'current, previous')
    })
})

describe('portal confirmation: "confirm lock-down from the portal" on sc_req_item', () => {
    const rule = app.one('sys_script', { name: 'Service Account Lifecycle: confirm lock-down from the portal' })
    const item = app.one('sc_cat_item', { name: "Confirm my service account's API calls are sorted" })

    it('is an active async rule on request item inserts', () => {
        expect(rule.value('collection')).toBe('sc_req_item')
        expect(rule.value('when')).toBe('async_always')
        expect([rule.value('action_insert'), rule.value('action_update'), rule.value('action_delete')]).toEqual(['true', 'false', 'false'])
    })

    it('fires only for the shipped confirmation item', () => {
        expect(rule.value('filter_condition')).toBe(`cat_item=${item.sysId}^EQ`)
        expect(matchesCondition('sc_req_item', { cat_item: item.sysId }, rule.value('filter_condition'))).toBe(true)
        const requestItem = app.one('sc_cat_item', { name: 'Request a Service Account' })
        expect(matchesCondition('sc_req_item', { cat_item: requestItem.sysId }, rule.value('filter_condition'))).toBe(false)
    })

    it('runs confirmFromRequestItem(current, previous) from the shipped module', () => {
        expectCallsModule(app, rule, 'src/server/lockdown/confirm-lockdown.ts', 'confirmFromRequestItem', 'current, previous')
    })
})
