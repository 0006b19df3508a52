/** What ships for telling the owner: the registered events and the two email notifications. */
import { EVENT } from '../../src/server/lockdown/lockdown-rules'
import { readApp } from './read-app'
import { INVENTORY } from './lockdown-shipped'

const app = readApp()

describe('lock-down events', () => {
    it.each(Object.values(EVENT))('%s is registered on the inventory table, within the 40-character limit', (name) => {
        const event = app.one('sysevent_register', { event_name: name })
        expect(name.length).toBeLessThanOrEqual(40)
        expect(`x_seed_svcacct.${event.value('suffix')}`).toBe(name)
        expect(event.value('table')).toBe(INVENTORY)
        expect(event.value('fired_by')).not.toBe('')
    })
})

describe.each([
    ['Service account locked down (web service access only)', EVENT.lockedDown],
    ['Service account GUI access ends soon', EVENT.reminder],
])('notification "%s"', (name, eventName) => {
    const notification = app.one('sysevent_email_action', { name })

    it('is an active email sent on the app event the code queues', () => {
        expect(notification.value('active')).toBe('true')
        expect(notification.value('collection')).toBe(INVENTORY)
        expect(notification.value('generation_type')).toBe('event')
        expect(notification.value('event_name')).toBe(eventName)
    })

    it('goes to the owner of the inventory row, not to whoever triggered it', () => {
        expect(notification.value('recipient_fields')).toBe('owner')
        expect(notification.value('send_self')).toBe('false')
    })

    it('names the account in the subject and only uses columns the inventory table ships', () => {
        expect(notification.value('subject')).toContain('${user_name}')
        const columns = Object.keys(app.dictionary(INVENTORY).columns)
        const used = [...`${notification.value('subject')} ${notification.value('message_html')}`.matchAll(/\$\{([a-z_]+)(\.[a-z_]+)?\}/g)].map((m) => m[1])
        expect(used.length).toBeGreaterThan(0)
        expect(used.filter((field) => !columns.includes(field))).toEqual([])
    })
})

describe('the reminder tells the date and how to confirm early', () => {
    const reminder = app.one('sysevent_email_action', { name: 'Service account GUI access ends soon' })
    const body = reminder.value('message_html')

    it('gives the end of the window', () => {
        expect(reminder.value('subject')).toContain('${gui_access_until}')
        expect(body).toContain('${gui_access_until}')
    })

    it('names the portal item and the UI action exactly as they ship', () => {
        const item = app.one('sc_cat_item', { name: "Confirm my service account's API calls are sorted" })
        const action = app.one('sys_ui_action', { action_name: 'x_seed_svcacct_confirm_lockdown' })
        expect(body).toContain(`<em>${item.value('name')}</em>`)
        expect(body).toContain(`<em>${action.value('name')}</em>`)
    })
})
