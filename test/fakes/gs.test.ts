/**
 * The scoped GlideSystem (gs) of the double.
 */
import { GlideRecord, glide, gs } from './glide'

beforeEach(() => glide.reset())

// Docs: GlideSystem - Scoped getProperty(String key, Object alt): "If the property is not found, returns
// an alternate value" (markdown/api-reference/server-api-reference/c_GlideSystemScopedAPI.md). setProperty()
// "causes a system-wide cache flush": properties are served from a cache, so reads are not counted.
describe('getProperty', () => {
    test('when the property exists, then its value is answered; otherwise the alternate', () => {
        glide.setProperty('x_seed_svcacct.gui_window.days', '14')
        expect(gs.getProperty('x_seed_svcacct.gui_window.days', '5')).toBe('14')
        expect(gs.getProperty('x_seed_svcacct.missing', 'fallback')).toBe('fallback')
        expect(gs.getProperty('x_seed_svcacct.missing')).toBeUndefined()
        glide.setProperty('x_seed_svcacct.gui_window.days', '21')
        expect(gs.getProperty('x_seed_svcacct.gui_window.days', '5')).toBe('21')
        expect(glide.rows('sys_properties')).toHaveLength(1)
    })

    test('when a property is read, then no database read is counted', () => {
        glide.setProperty('a', '1')
        gs.getProperty('a', '')
        expect(glide.counters().totalReads).toBe(0)
    })

    test('when the property is empty, then the alternate is answered (assumption: an empty value is NULL)', () => {
        glide.setProperty('a', '')
        expect(gs.getProperty('a', 'alt')).toBe('alt')
    })
})

// Docs: info/warn/error/debug(message, parm1..parm5) "using the Java MessageFormat placeholder
// replacement pattern" ("This is an info message from {0}.{1}" -> "... from Abel.Tuter").
describe('logging', () => {
    test('when messages are logged, then each is captured with its level and {n} parameters are replaced', () => {
        gs.info('This is an info message from {0}.{1}', 'Abel', 'Tuter')
        gs.warn('plain')
        gs.error('Failed: {0}', 'reason')
        gs.debug('n={0}', 5)
        expect(glide.logs()).toEqual([
            { level: 'info', message: 'This is an info message from Abel.Tuter' },
            { level: 'warn', message: 'plain' },
            { level: 'error', message: 'Failed: reason' },
            { level: 'debug', message: 'n=5' },
        ])
    })

    test('when a message with parameters has a single quote, then MessageFormat quoting applies; without parameters it does not', () => {
        gs.info("Can't provision {0}", 'svc_a')
        gs.info("It''s {0}", 'fine')
        gs.info("Can't {0}")
        expect(glide.logs().map((entry) => entry.message)).toEqual(['Cant provision {0}', "It's fine", "Can't {0}"])
    })

    test('when a placeholder has a MessageFormat type, then the double refuses', () => {
        expect(() => gs.info('{0,number}', 5)).toThrow(/placeholders/)
    })
})

// Docs: getUserID(), getUserName(), getUserDisplayName(), hasRole() ("Returns true for users with the
// administrator role"), generateGUID() ("A 32-character hexadecimal GUID"), eventQueue(name, instance,
// parm1, parm2, queue), addInfoMessage(), addErrorMessage().
describe('session, events and messages', () => {
    test('when a user is set, then gs answers its id, name and roles; admin has every role', () => {
        glide.setUser({ sysId: 'u1', userName: 'jdoe', name: 'Jane Doe', roles: ['x_seed_svcacct.auditor'] })
        expect([gs.getUserID(), gs.getUserName(), gs.getUserDisplayName()]).toEqual(['u1', 'jdoe', 'Jane Doe'])
        expect(gs.hasRole('x_seed_svcacct.auditor')).toBe(true)
        expect(gs.hasRole('x_seed_svcacct.admin')).toBe(false)
        glide.setUser({ sysId: 'u2', userName: 'boss', roles: ['admin'] })
        expect(gs.hasRole('x_seed_svcacct.admin')).toBe(true)
        expect(gs.getUserDisplayName()).toBe('boss')
    })

    test('when no user is set, then the session is the system user without roles', () => {
        expect([gs.getUserID(), gs.getUserName(), gs.hasRole('itil')]).toEqual(['system', 'system', false])
    })

    test('when a GUID is generated, then it is 32 lower-case hex characters and unique', () => {
        const a = gs.generateGUID()
        expect(a).toMatch(/^[0-9a-f]{32}$/)
        expect(gs.generateGUID()).not.toBe(a)
    })

    test('when an event is queued for a record, then it is captured with the record and parameters', () => {
        const id = glide.seed('sc_req_item', {})
        const gr = new GlideRecord('sc_req_item')
        gr.get(id)
        gs.eventQueue('x_seed_svcacct.provisioned', gr, 'svc_a', 42)
        expect(glide.events()).toEqual([{ name: 'x_seed_svcacct.provisioned', table: 'sc_req_item', sysId: id, parm1: 'svc_a', parm2: '42' }])
        expect(() => gs.eventQueue('x', { sys_id: id })).toThrow(/must be a GlideRecord/)
        const fresh = new GlideRecord('sc_req_item')
        fresh.initialize()
        expect(() => gs.eventQueue('x', fresh)).toThrow(/no sys_id/)
    })

    test('when session messages are added, then they are captured by type', () => {
        gs.addInfoMessage('Saved')
        gs.addErrorMessage('Not saved')
        expect(glide.messages()).toEqual([
            { type: 'info', message: 'Saved' },
            { type: 'error', message: 'Not saved' },
        ])
    })
})

// Brief (the double's contract): glide.reset() restores a fresh state.
describe('reset', () => {
    test('when reset, then rows, logs, events, messages, counters, user, clock and failures are fresh', () => {
        glide.setUser({ sysId: 'u', userName: 'u', roles: ['admin'] })
        glide.setNow('2030-01-01 00:00:00')
        glide.seed('sys_user', {})
        gs.info('x')
        gs.addInfoMessage('y')
        glide.failNextWrite({})
        new GlideRecord('sys_user').query()
        glide.reset()
        expect([glide.rows('sys_user'), glide.logs(), glide.events(), glide.messages()]).toEqual([[], [], [], []])
        expect(glide.counters().totalReads).toBe(0)
        expect(glide.user().userName).toBe('system')
        expect(glide.now()).toBe('2026-01-01 00:00:00')
        const gr = new GlideRecord('sys_user')
        gr.initialize()
        expect(gr.insert()).not.toBeNull()
    })
})
