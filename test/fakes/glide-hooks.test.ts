/**
 * Business-rule hooks (for the offline harness) and the condition evaluator.
 */
import type { GlideRecord as GlideRecordApi } from '@servicenow/glide'
import { GlideRecord, glide, matchesCondition, type WriteOperation } from './glide'

const APP_TABLE = 'x_seed_svcacct_service_account'

beforeEach(() => {
    glide.reset()
    glide.defineTable(APP_TABLE, {
        display: 'user_name',
        fields: { user_name: { type: 'string' }, state: { type: 'string' }, audit_trail: { type: 'journal' } },
    })
})

interface Call {
    phase: 'before' | 'after'
    operation: WriteOperation
    table: string
    current: string | null
    previous: string | null | undefined
}

function recordHooks(field = 'title'): Call[] {
    const calls: Call[] = []
    const describe = (phase: 'before' | 'after') => (operation: WriteOperation, current: GlideRecordApi, previous: GlideRecordApi | null) => {
        calls.push({ phase, operation, table: current.getTableName(), current: current.getValue(field), previous: previous ? previous.getValue(field) : undefined })
    }
    glide.setWriteHooks({ before: describe('before'), after: describe('after') })
    return calls
}

// Docs: Business rules run before/after insert, update, delete ("Business rules", markdown/api-reference/business-rules-classic/c_BusinessRules.md);
// `previous` holds the record before the update; GlideRecord - Scoped operation() answers insert/update/delete.
describe('write hooks', () => {
    test('when a record is inserted, updated and deleted, then before and after hooks see current and previous', () => {
        const calls = recordHooks()
        const gr = new GlideRecord('sys_user')
        gr.initialize()
        gr.setValue('title', 'one')
        gr.insert()
        gr.setValue('title', 'two')
        gr.update()
        gr.deleteRecord()
        expect(calls).toEqual([
            { phase: 'before', operation: 'insert', table: 'sys_user', current: 'one', previous: undefined },
            { phase: 'after', operation: 'insert', table: 'sys_user', current: 'one', previous: undefined },
            { phase: 'before', operation: 'update', table: 'sys_user', current: 'two', previous: 'one' },
            { phase: 'after', operation: 'update', table: 'sys_user', current: 'two', previous: 'one' },
            { phase: 'before', operation: 'delete', table: 'sys_user', current: 'two', previous: 'two' },
            { phase: 'after', operation: 'delete', table: 'sys_user', current: 'two', previous: 'two' },
        ])
    })

    test('when a before hook changes current, then the change is stored; after hooks see the stored record', () => {
        let afterNumber: string | null = null
        let afterOperation = ''
        glide.setWriteHooks({
            before: (_op, current) => current.setValue('short_description', 'Set by rule'),
            after: (_op, current) => {
                afterNumber = current.getValue('number')
                afterOperation = current.operation()
            },
        })
        const gr = new GlideRecord('sc_task')
        gr.initialize()
        const id = gr.insert() ?? ''
        expect(glide.row('sc_task', id)?.short_description).toBe('Set by rule')
        expect(afterNumber).toBe('SCTASK0010001')
        expect(afterOperation).toBe('insert')
        expect(() => gr.operation()).toThrow(/outside a write/)
    })

    test('when previous is changed or queried, then it refuses: it is a read-only snapshot', () => {
        const errors: string[] = []
        glide.setWriteHooks({
            before: (_op, _current, previous) => {
                try {
                    previous?.setValue('title', 'x')
                } catch (error) {
                    errors.push((error as Error).message)
                }
            },
        })
        const gr = new GlideRecord('sys_user')
        gr.get(glide.seed('sys_user', { user_name: 'a' }))
        gr.update()
        expect(errors).toEqual([expect.stringMatching(/read-only snapshot/)])
    })

    test('when a before hook aborts, then nothing is written: insert/update return null, deleteRecord false', () => {
        glide.setWriteHooks({ before: (_op, current) => current.setAbortAction(true) })
        const id = glide.seed('sys_user', { user_name: 'a' })
        const gr = new GlideRecord('sys_user')
        gr.initialize()
        expect(gr.insert()).toBeNull()
        expect(glide.rows('sys_user')).toHaveLength(1)

        const existing = new GlideRecord('sys_user')
        existing.get(id)
        existing.setValue('title', 'x')
        expect(existing.update()).toBeNull()
        expect(glide.row('sys_user', id)?.title).toBe('')
        expect(existing.deleteRecord()).toBe(false)
        expect(glide.row('sys_user', id)).toBeDefined()
    })

    test('when an abort is only for one write, then the next write of the same record runs', () => {
        let abortNext = true
        glide.setWriteHooks({
            before: (_op, current) => {
                if (abortNext) current.setAbortAction(true)
                abortNext = false
            },
        })
        const gr = new GlideRecord('sys_user')
        gr.initialize()
        expect(gr.insert()).toBeNull()
        expect(gr.insert()).not.toBeNull()
    })

    test('when setWorkflow(false) is set on an app-table record, then no hook runs for its writes', () => {
        const calls = recordHooks('user_name')
        const gr = new GlideRecord(APP_TABLE)
        gr.setWorkflow(false)
        gr.initialize()
        gr.setValue('user_name', 'svc_a')
        gr.insert()
        gr.setValue('state', 'api_only')
        gr.update()
        expect(calls).toEqual([])
        gr.setWorkflow(true)
        gr.update()
        expect(calls.map((call) => `${call.phase}:${call.operation}`)).toEqual(['before:update', 'after:update'])
    })

    test('when setWorkflow(false) is called on another scope\'s table, then the double refuses (the platform ignores it, KB0820691)', () => {
        expect(() => new GlideRecord('sys_user').setWorkflow(false)).toThrow(/KB0820691/)
        expect(() => new GlideRecord('sys_user').setWorkflow(true)).not.toThrow()
    })

    test('when a hook writes other records, then those writes run their own hooks, are counted, and see the session', () => {
        const calls: string[] = []
        glide.setWriteHooks({
            before: (op, current) => calls.push(`before ${op} ${current.getTableName()}`),
            after: (op, current) => {
                calls.push(`after ${op} ${current.getTableName()}`)
                if (current.getTableName() === 'sys_user' && op === 'insert') {
                    const member = new GlideRecord('sys_user_grmember')
                    member.initialize()
                    member.setValue('user', current.getUniqueValue())
                    member.insert()
                }
            },
        })
        const gr = new GlideRecord('sys_user')
        gr.initialize()
        const id = gr.insert()
        expect(calls).toEqual(['before insert sys_user', 'after insert sys_user', 'before insert sys_user_grmember', 'after insert sys_user_grmember'])
        expect(glide.rows('sys_user_grmember')[0].user).toBe(id)
        expect(glide.counters().writes).toEqual({ sys_user: 1, sys_user_grmember: 1 })
    })

    test('when a hook keeps writing the record that triggers it, then the double stops the loop', () => {
        glide.setWriteHooks({ after: (_op, current) => void current.update() })
        const gr = new GlideRecord('sys_user')
        gr.initialize()
        expect(() => gr.insert()).toThrow(/nested writes/)
    })

    test('when a write fails by failNextWrite, then no hook runs', () => {
        const calls = recordHooks()
        glide.failNextWrite({ table: 'sys_user' })
        const gr = new GlideRecord('sys_user')
        gr.initialize()
        expect(gr.insert()).toBeNull()
        expect(calls).toEqual([])
    })

    test('when hooks are removed, then writes run without them', () => {
        const calls = recordHooks()
        glide.setWriteHooks(null)
        const gr = new GlideRecord('sys_user')
        gr.initialize()
        gr.insert()
        expect(calls).toEqual([])
    })
})

// Docs: "Operators available for email notifications" in r_OpAvailableFiltersQueries.md: changes =
// VALCHANGES (stateVALCHANGES), changes from = CHANGESFROM (stateCHANGESFROM4), changes to = CHANGESTO
// (stateCHANGESTO4); ^EQ ends a condition (business-rule filter conditions end with it).
describe('matchesCondition', () => {
    const approved = { approval: 'approved', short_description: 'x' }
    const requested = { approval: 'requested', short_description: 'x' }

    test('when approval changes to approved, then approvalCHANGESTOapproved^EQ matches, and not otherwise', () => {
        expect(matchesCondition('sc_req_item', approved, 'approvalCHANGESTOapproved^EQ', requested)).toBe(true)
        expect(matchesCondition('sc_req_item', approved, 'approvalCHANGESTOapproved^EQ', approved)).toBe(false)
        expect(matchesCondition('sc_req_item', requested, 'approvalCHANGESTOapproved^EQ', approved)).toBe(false)
    })

    test('when CHANGESFROM and VALCHANGES are used, then they compare current with previous', () => {
        expect(matchesCondition('sc_req_item', approved, 'approvalCHANGESFROMrequested', requested)).toBe(true)
        expect(matchesCondition('sc_req_item', approved, 'approvalCHANGESFROMrejected', requested)).toBe(false)
        expect(matchesCondition('sc_req_item', approved, 'approvalVALCHANGES', requested)).toBe(true)
        expect(matchesCondition('sc_req_item', approved, 'approvalVALCHANGES', approved)).toBe(false)
        expect(matchesCondition('sc_req_item', approved, 'short_descriptionVALCHANGES^ORapprovalVALCHANGES', requested)).toBe(true)
    })

    test('when there is no previous (insert), then every set column has changed from empty', () => {
        expect(matchesCondition('sc_req_item', approved, 'approvalCHANGESTOapproved^EQ')).toBe(true)
        expect(matchesCondition('sc_req_item', approved, 'approvalCHANGESFROMrequested')).toBe(false)
        expect(matchesCondition('sc_req_item', approved, 'stageVALCHANGES')).toBe(false)
    })

    test('when a condition mixes change and value terms, then both must hold (the item sys_id embedded)', () => {
        const item = glide.seed('sc_cat_item', { name: 'Request a Service Account' })
        const condition = `approvalCHANGESTOapproved^cat_item=${item}^EQ`
        expect(matchesCondition('sc_req_item', { ...approved, cat_item: item }, condition, { ...requested, cat_item: item })).toBe(true)
        expect(matchesCondition('sc_req_item', { ...approved, cat_item: 'other' }, condition, requested)).toBe(false)
    })

    test('when the hooks pass GlideRecords, then the condition reads them, journal text included', () => {
        const seen: boolean[] = []
        glide.setWriteHooks({
            after: (_op, current, previous) => {
                seen.push(matchesCondition('sc_req_item', current, 'approvalCHANGESTOapproved^EQ', previous))
                seen.push(matchesCondition('sc_req_item', current, 'work_notesVALCHANGES^EQ', previous))
            },
        })
        const id = glide.seed('sc_req_item', { approval: 'requested' })
        const gr = new GlideRecord('sc_req_item')
        gr.get(id)
        gr.setValue('approval', 'approved')
        gr.update()
        gr.setValue('work_notes', 'Noted')
        gr.update()
        expect(seen).toEqual([true, false, false, true])
    })

    test('when rows carry booleans or dot-walks, then they are read as stored values', () => {
        const boss = glide.seed('sys_user', { user_name: 'boss', active: false })
        expect(matchesCondition('sys_user', { active: true, manager: boss }, 'active=true^manager.active=false')).toBe(true)
        expect(matchesCondition('sys_user', { active: '1' }, 'active=false')).toBe(false)
        expect(matchesCondition('sys_user', {}, '')).toBe(true)
    })

    test('when a change operator is used in a GlideRecord query, then it throws', () => {
        const gr = new GlideRecord('sc_req_item')
        expect(() => gr.addEncodedQuery('approvalCHANGESTOapproved')).toThrow(/business-rule condition operator/)
        expect(() => gr.addEncodedQuery('approvalVALCHANGES')).toThrow(/business-rule condition operator/)
    })

    test('when a condition uses CHANGES, an unknown column or text after ^EQ, then it throws', () => {
        expect(() => matchesCondition('sc_req_item', approved, 'approvalCHANGES')).toThrow(/VALCHANGES/)
        expect(() => matchesCondition('sc_req_item', approved, 'aproval=approved')).toThrow(/no column "aproval"/)
        expect(() => matchesCondition('sc_req_item', approved, 'approval=approved^EQ^active=true')).toThrow(/follows \^EQ/)
        expect(() => matchesCondition('sc_req_item', { aproval: 'x' }, 'active=true')).toThrow(/no column "aproval"/)
    })
})
