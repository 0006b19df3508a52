/**
 * What ships for "run every test with one click": one ATF Test Suite holding every ATF test the app
 * ships, each once. A new test that is not added to src/fluent/atf/suite.now.ts fails here.
 */
import { readApp } from './read-app'

const app = readApp()
const suite = app.one('sys_atf_test_suite', { name: 'Service Account Lifecycle' })
const members = app
    .records('sys_atf_test_suite_test')
    .filter((row) => row.value('test_suite') === suite.sysId)
    .sort((a, b) => Number(a.value('order')) - Number(b.value('order')))
const tests = app.records('sys_atf_test')
const nameOf = (testId: string) => app.bySysId(testId)?.value('name') ?? `(no shipped test ${testId})`

describe('the ATF suite', () => {
    it('is the only suite the app ships, and it is active', () => {
        expect(app.records('sys_atf_test_suite')).toHaveLength(1)
        expect(suite.value('active')).toBe('true')
    })

    it('holds every ATF test the app ships, each once', () => {
        const inSuite = members.map((row) => nameOf(row.value('test')))
        expect(new Set(inSuite).size).toBe(inSuite.length)
        expect([...inSuite].sort()).toEqual(tests.map((test) => test.value('name')).sort())
    })

    it('holds only shipped, active tests, and no membership row points elsewhere', () => {
        for (const row of app.records('sys_atf_test_suite_test')) {
            expect(row.value('test_suite')).toBe(suite.sysId)
            const test = app.bySysId(row.value('test'))
            expect(test?.table).toBe('sys_atf_test')
            expect(test?.value('active')).toBe('true')
        }
    })

    it('runs the readiness check first, and goes on after a failure so one run reports every test', () => {
        expect(nameOf(members[0].value('test'))).toBe('Service Account Lifecycle: readiness check passes')
        expect(members.map((row) => row.value('abort_on_failure'))).toEqual(members.map(() => 'false'))
        const orders = members.map((row) => Number(row.value('order')))
        expect(new Set(orders).size).toBe(orders.length)
    })
})
