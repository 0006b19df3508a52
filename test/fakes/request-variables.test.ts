/**
 * Catalog variables of a request item (ritm.variables.<name>), read by the app's one reader.
 */
import { readVariable } from '../../src/server/catalog/request-variables'
import { GlideRecord, glide } from './glide'

beforeEach(() => glide.reset())

function item(sysId: string): GlideRecord {
    const gr = new GlideRecord('sc_req_item')
    if (!gr.get(sysId)) throw new Error('no item')
    return gr
}

// Docs: catalog variable answers are stored in sc_item_option (value), linked to the item by
// sc_item_option_mtom (request_item) and to the question by item_option_new (name); the element's
// string form is its value ("Retrieve values from records": use toString() on dot-walked elements).
describe('seedRequestItem and variables', () => {
    test('when a request item is seeded with variables, then they are stored as the platform stores them', () => {
        const catItem = glide.seed('sc_cat_item', { name: 'Request a Service Account' })
        const id = glide.seedRequestItem({ fields: { cat_item: catItem, approval: 'requested' }, variables: { user_id: 'svc_billing', purpose: 'Billing sync' } })
        const questions = glide.rows('item_option_new')
        expect(questions.map((row) => [row.name, row.cat_item, row.order])).toEqual([
            ['user_id', catItem, '100'],
            ['purpose', catItem, '200'],
        ])
        expect(glide.rows('sc_item_option').map((row) => row.value)).toEqual(['svc_billing', 'Billing sync'])
        expect(glide.rows('sc_item_option_mtom').every((row) => row.request_item === id)).toBe(true)
        expect(glide.row('sc_req_item', id)).toMatchObject({ approval: 'requested', number: 'RITM0010001' })
        expect(glide.row('sc_request', glide.row('sc_req_item', id)?.request ?? '')?.number).toBe('REQ0010001')
    })

    test('when readVariable reads a variable, then it gets the value; String(element) is the value', () => {
        const id = glide.seedRequestItem({ variables: { user_id: ' svc_billing ', display_name: '' } })
        const ritm = item(id)
        expect(readVariable(ritm, 'userId')).toBe('svc_billing')
        expect(readVariable(ritm, 'displayName')).toBe('')
        const variables = (ritm as unknown as { variables: Record<string, unknown> }).variables
        expect(String(variables.user_id)).toBe(' svc_billing ')
        expect(`${variables.user_id}`).toBe(' svc_billing ')
    })

    test('when the catalog item declares a variable that was not answered, then it reads as empty', () => {
        const catItem = glide.seed('sc_cat_item', { name: 'Item' })
        glide.seed('item_option_new', { cat_item: catItem, name: 'consuming_system' })
        const ritm = item(glide.seedRequestItem({ fields: { cat_item: catItem }, variables: { user_id: 'svc_a' } }))
        expect(readVariable(ritm, 'consumingSystem')).toBe('')
        expect(readVariable(ritm, 'userId')).toBe('svc_a')
    })

    test('when an unknown variable is read, then it throws and lists the known ones', () => {
        const ritm = item(glide.seedRequestItem({ variables: { user_id: 'svc_a' } }))
        expect(() => readVariable(ritm, 'purpose')).toThrow(/has no variable "purpose" \(it has: user_id\)/)
    })

    test('when .variables is first accessed on a record, then one read is counted; again on the same record, none', () => {
        const a = glide.seedRequestItem({ variables: { user_id: 'svc_a', purpose: 'p' } })
        const b = glide.seedRequestItem({ variables: { user_id: 'svc_b' } })
        const gr = new GlideRecord('sc_req_item')
        gr.query()
        glide.resetCounters()
        const seen: string[] = []
        while (gr.next()) {
            seen.push(readVariable(gr, 'userId'))
            readVariable(gr, 'userId')
        }
        expect(seen).toEqual(['svc_a', 'svc_b'])
        expect(glide.counters().reads).toEqual({ sc_item_option_mtom: 2 })
        expect([a, b]).toHaveLength(2)
    })

    test('when variables are written, read on another table or on a new item, then the double refuses', () => {
        const ritm = item(glide.seedRequestItem({ variables: { user_id: 'svc_a' } }))
        const variables = (ritm as unknown as { variables: Record<string, unknown> }).variables
        expect(() => {
            variables.user_id = 'x'
        }).toThrow(/cannot assign ritm.variables.user_id/)
        expect(() => (variables.user_id as Record<string, unknown>).getDisplayValue).toThrow(/String\(ritm.variables.user_id\)/)
        expect(() => (new GlideRecord('sc_task') as unknown as Record<string, unknown>).variables).toThrow(/no column "variables"/)
        const fresh = new GlideRecord('sc_req_item')
        fresh.initialize()
        expect(() => readVariable(fresh, 'userId')).toThrow(/variables with no stored current record/)
    })
})
