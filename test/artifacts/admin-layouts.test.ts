/**
 * What ships for the inventory's form and list: the important things first (the account, its
 * owner, its state, GUI access until), every element a real column, and the related lists (the
 * request item, its approvals, the journal) with relationship scripts that find the right rows.
 */
import { defineAppTables } from '../fakes/app-schema'
import { GlideRecord, glide } from '../fakes/glide'
import type { AppRecord } from './read-app'
import { readApp } from './read-app'

const app = readApp()
const INVENTORY = 'x_seed_svcacct_service_account'
const columns = app.dictionary(INVENTORY).columns
const FIRST = ['account', 'owner', 'state', 'gui_access_until']

const byPosition = (a: AppRecord, b: AppRecord) => Number(a.value('position')) - Number(b.value('position'))

describe('the inventory form (default view)', () => {
    const form = app.one('sys_ui_form', { name: INVENTORY })
    const sections = app
        .records('sys_ui_form_section')
        .filter((link) => link.value('sys_ui_form') === form.sysId)
        .sort(byPosition)
        .map((link) => app.one('sys_ui_section', (section) => section.sysId === link.value('sys_ui_section')))
    const elementsOf = (section: AppRecord) =>
        app
            .records('sys_ui_element')
            .filter((element) => element.value('sys_ui_section') === section.sysId)
            .sort(byPosition)
    const fieldsOf = (section: AppRecord) =>
        elementsOf(section)
            .filter((element) => element.value('type') === '')
            .map((element) => element.value('element'))

    it('is the default view of the inventory table', () => {
        expect(form.value('view')).toBe('Default view')
    })

    it('has the sections Service account, Lock-down and Activity, in that order', () => {
        expect(sections.map((section) => section.value('caption'))).toEqual(['Service account', 'Lock-down', 'Activity'])
    })

    it('opens with the account and its state side by side, then the owner and GUI access until', () => {
        const elements = elementsOf(sections[0]).map((element) => element.value('element'))
        expect(elements.slice(0, 2)).toEqual(['.begin_split', 'account'])
        const left = elements.slice(1, elements.indexOf('.split'))
        const right = elements.slice(elements.indexOf('.split') + 1, elements.indexOf('.end_split'))
        expect([left[0], right[0]]).toEqual(['account', 'state'])
        expect([left[1], right[1]]).toEqual(['owner', 'gui_access_until'])
    })

    it('shows every column of the table exactly once, except the journal (shown by the activity formatter and the journal list)', () => {
        const shown = sections.flatMap(fieldsOf)
        expect(new Set(shown).size).toBe(shown.length)
        const expected = Object.keys(columns).filter((name) => columns[name].type !== 'journal' && !name.startsWith('sys_'))
        expect([...shown].sort()).toEqual(expected.sort())
    })

    it('ends with the activity formatter in its own section', () => {
        const activity = elementsOf(sections[2])
        expect(activity.map((element) => [element.value('element'), element.value('type')])).toEqual([['activity.xml', 'formatter']])
    })
})

describe('the inventory list (default view)', () => {
    const list = app.one('sys_ui_list', (record) => record.value('name') === INVENTORY && !record.has('parent'))
    const shown = app
        .records('sys_ui_list_element')
        .filter((element) => element.value('list_id') === list.sysId)
        .sort(byPosition)
        .map((element) => element.value('element'))

    it('puts the account, owner, state and GUI access until first', () => {
        expect(shown.slice(0, 4)).toEqual(FIRST)
    })

    it('shows only columns of the table, each once', () => {
        expect(new Set(shown).size).toBe(shown.length)
        for (const name of shown) expect(columns[name]?.name).toBe(name)
    })
})

describe('the related lists on the inventory form', () => {
    const container = app.one('sys_ui_related_list', { name: INVENTORY })
    const entries = app
        .records('sys_ui_related_list_entry')
        .filter((entry) => entry.value('list_id') === container.sysId)
        .sort(byPosition)
    const relationships = entries.map((entry) => {
        const id = entry.value('related_list').replace(/^REL:/, '')
        return app.one('sys_relationship', (rel) => rel.sysId === id)
    })

    it('are, in order, the request item, its approvals and the journal, on the default view', () => {
        expect(container.value('view')).toBe('Default view')
        expect(entries.map((entry) => entry.value('related_list').startsWith('REL:'))).toEqual([true, true, true])
        expect(relationships.map((rel) => [rel.value('basic_apply_to'), rel.value('basic_query_from')])).toEqual([
            [INVENTORY, 'sc_req_item'],
            [INVENTORY, 'sysapproval_approver'],
            [INVENTORY, 'sys_journal_field'],
        ])
    })

    it('each has a column layout of its own', () => {
        for (const rel of relationships) {
            const layout = app.one('sys_ui_list', (record) => record.has('relationship') && record.value('relationship') === rel.sysId)
            expect(layout.value('parent')).toBe(INVENTORY)
            expect(layout.value('name')).toBe(rel.value('basic_query_from'))
            expect(app.records('sys_ui_list_element').filter((element) => element.value('list_id') === layout.sysId).length).toBeGreaterThan(2)
        }
    })
})

/**
 * The relationship scripts, as built, run against the Glide test double the way the platform runs
 * them: `current` is a GlideRecord on the related table, `parent` the inventory row on the form.
 */
describe('the related lists find the right rows', () => {
    const scriptOf = (queryFrom: string) =>
        app.one('sys_relationship', (rel) => rel.value('basic_apply_to') === INVENTORY && rel.value('basic_query_from') === queryFrom).value('query_with')

    function related(queryFrom: string, inventoryRowId: string): string[] {
        const parent = new GlideRecord(INVENTORY)
        expect(parent.get(inventoryRowId)).toBe(true)
        const current = new GlideRecord(queryFrom)
        new Function('current', 'parent', scriptOf(queryFrom))(current, parent)
        current.query()
        const found: string[] = []
        while (current.next()) found.push(current.getUniqueValue())
        return found
    }

    let owner: string
    let item: string
    let otherItem: string
    let row: string
    let handMadeRow: string

    beforeEach(() => {
        glide.reset()
        defineAppTables()
        owner = glide.seed('sys_user', { user_name: 'owner', active: true })
        item = glide.seedRequestItem({ fields: { requested_for: owner, opened_by: owner, approval: 'approved' } })
        otherItem = glide.seedRequestItem({ fields: { requested_for: owner, opened_by: owner, approval: 'requested' } })
        row = glide.seed(INVENTORY, { user_name: 'svc_billing', owner, request_item: item, state: 'exploring' })
        handMadeRow = glide.seed(INVENTORY, { user_name: 'svc_legacy', owner, state: 'api_only' })
    })

    it('the request item: the one the row was provisioned from', () => {
        expect(related('sc_req_item', row)).toEqual([item])
    })

    it('approvals: those of the row’s request item only', () => {
        const mine = glide.seed('sysapproval_approver', { approver: owner, sysapproval: item, state: 'approved' })
        glide.seed('sysapproval_approver', { approver: owner, sysapproval: otherItem, state: 'requested' })
        expect(related('sysapproval_approver', row)).toEqual([mine])
    })

    it('journal: the row’s own entries, not another row’s or another table’s', () => {
        const entry = glide.seed('sys_journal_field', { name: INVENTORY, element_id: row, element: 'audit_trail', value: 'Provisioned.' })
        glide.seed('sys_journal_field', { name: INVENTORY, element_id: handMadeRow, element: 'audit_trail', value: 'Other row.' })
        glide.seed('sys_journal_field', { name: 'sc_req_item', element_id: row, element: 'work_notes', value: 'Same id, other table.' })
        expect(related('sys_journal_field', row)).toEqual([entry])
    })

    it('a row with no request item (its item deleted), shows no request item and no approvals (not all of them)', () => {
        glide.seed('sysapproval_approver', { approver: owner, sysapproval: item, state: 'approved' })
        expect(related('sc_req_item', handMadeRow)).toEqual([])
        expect(related('sysapproval_approver', handMadeRow)).toEqual([])
    })
})
