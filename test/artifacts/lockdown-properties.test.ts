/** The system properties lock-down reads ship with the defaults the code falls back to. */
import { DEFAULTS, PROPERTY } from '../../src/server/config/properties'
import { readApp } from './read-app'

const app = readApp()

describe.each([
    ['guiWindowDays', 'gui_window.days'],
    ['reminderDays', 'reminder.days'],
    ['batchSize', 'lockdown.batch_size'],
] as const)('property for %s', (setting, suffix) => {
    const property = app.one('sys_properties', { name: PROPERTY[setting] })

    it(`is x_seed_svcacct.${suffix}, an integer defaulting to ${DEFAULTS[setting]}`, () => {
        expect(property.value('name')).toBe(`x_seed_svcacct.${suffix}`)
        expect(property.value('type')).toBe('integer')
        expect(property.value('value')).toBe(String(DEFAULTS[setting]))
        expect(property.value('description')).toContain(`Default: ${DEFAULTS[setting]}`)
    })

    it('can be changed by app admins only', () => {
        expect(property.value('write_roles')).toBe('x_seed_svcacct.admin')
    })
})
