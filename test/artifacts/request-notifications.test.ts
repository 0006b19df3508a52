/**
 * The requester is told of approval, rejection and expiry: every event the approval flow fires is
 * registered and drives one email notification on the request item, to the requester and the owner.
 */
import { readApp, decodeFlowValue } from './read-app'

const app = readApp()
const OUTCOMES = [
    { event: 'x_seed_svcacct.request.approved', name: 'Service account request approved', subject: /approved/ },
    { event: 'x_seed_svcacct.request.rejected', name: 'Service account request rejected', subject: /not approved/ },
    { event: 'x_seed_svcacct.request.expired', name: 'Service account request expired', subject: /expired/ },
]

describe.each(OUTCOMES)('$event', ({ event, name, subject }) => {
    it('is registered for sc_req_item, within the 40-character event name limit, with its suffix', () => {
        const registration = app.one('sysevent_register', { event_name: event })
        expect(event.length).toBeLessThanOrEqual(40)
        expect(registration.value('suffix')).toBe(event.replace('x_seed_svcacct.', ''))
        expect(registration.value('table')).toBe('sc_req_item')
        expect(registration.value('fired_by')).not.toBe('')
    })

    it(`sends "${name}" to the requester and the owner, naming the user ID and the request`, () => {
        const notification = app.one('sysevent_email_action', { event_name: event })
        expect(notification.value('name')).toBe(name)
        expect(notification.value('generation_type')).toBe('event')
        expect(notification.value('collection')).toBe('sc_req_item')
        expect(notification.value('active')).toBe('true')
        expect(notification.value('recipient_fields').split(',').sort()).toEqual(['opened_by', 'requested_for'])
        expect(notification.value('subject')).toMatch(subject)
        expect(notification.value('subject')).toContain('${event.parm1}')
        expect(notification.value('subject')).toContain('${number}')
        expect(notification.value('message_html')).toContain('${URI_REF}')
    })
})

it('the rejection and expiry messages differ, so the requester can tell them apart', () => {
    const body = (event: string) => app.one('sysevent_email_action', { event_name: event }).value('message_html')
    expect(body('x_seed_svcacct.request.expired')).toMatch(/no approver decided before the due date/)
    expect(body('x_seed_svcacct.request.rejected')).not.toMatch(/due date/)
})

it('every event the approval flow fires is one of these', () => {
    const flow = app.one('sys_hub_flow', { name: 'Service Account Request Approval' })
    const fired = app
        .records('sys_hub_action_instance_v2')
        .filter((a) => a.value('flow') === flow.sysId)
        .flatMap((a) => (decodeFlowValue(a.value('values')) as { name: string; value: string }[]).filter((i) => i.name === 'event_name'))
        .map((i) => i.value)
    expect(new Set(fired)).toEqual(new Set(OUTCOMES.map((o) => o.event)))
})
