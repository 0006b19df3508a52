/**
 * Reading and writing records in the double, against the documented scoped GlideRecord API.
 */
import { GlideDateTime, GlideRecord, glide } from './glide'

beforeEach(() => glide.reset())

function user(sysId: string): GlideRecord {
    const gr = new GlideRecord('sys_user')
    if (!gr.get(sysId)) throw new Error(`no user ${sysId}`)
    return gr
}

// Docs: GlideRecord - Scoped getValue(): "Returns null if the field is empty ... Boolean values return
// as "0" and "1" string values instead of false and true." setValue(), and "Setting a GlideRecord
// variable to 'NULL'" (markdown/api-reference/scripts/r_SettingAGlideRecordVariableToNull.md).
describe('getValue and setValue', () => {
    test('when a boolean is set as true/false, "true"/"false" or 1/0, then getValue answers "1"/"0"', () => {
        const gr = new GlideRecord('sys_user')
        gr.initialize()
        gr.setValue('active', false)
        expect(gr.getValue('active')).toBe('0')
        gr.setValue('locked_out', 'true')
        expect(gr.getValue('locked_out')).toBe('1')
        gr.setValue('web_service_access_only', 1)
        expect(gr.getValue('web_service_access_only')).toBe('1')
        expect(() => gr.setValue('active', 'yes')).toThrow(/boolean column/)
    })

    test('when a column is empty, then getValue answers null; "NULL" and null empty a column', () => {
        const id = glide.seed('sys_user', { user_name: 'a', email: 'a@example.com', title: 'T' })
        const gr = user(id)
        expect(gr.getValue('manager')).toBeNull()
        gr.setValue('email', 'NULL')
        gr.setValue('title', null)
        expect(gr.getValue('email')).toBeNull()
        expect(gr.getValue('title')).toBeNull()
        gr.update()
        expect(glide.row('sys_user', id)?.email).toBe('')
    })

    test('when integers and date/times are set, then they are stored in their internal form', () => {
        const gr = new GlideRecord('sys_user')
        gr.initialize()
        gr.setValue('failed_attempts', 3)
        gr.setValue('last_login_time', new GlideDateTime('2026-02-03 04:05:06'))
        expect(gr.getValue('failed_attempts')).toBe('3')
        expect(gr.getValue('last_login_time')).toBe('2026-02-03 04:05:06')
        gr.setValue('last_login_time', '2026-02-04')
        expect(gr.getValue('last_login_time')).toBe('2026-02-04 00:00:00')
        expect(() => gr.setValue('failed_attempts', '3.5')).toThrow(/not an integer/)
        expect(() => gr.setValue('last_login_time', '04/02/2026')).toThrow(/not UTC 'yyyy-MM-dd HH:mm:ss'/)
    })

    test('when a reference is set, then it holds the sys_id; passing a record instead throws', () => {
        const boss = glide.seed('sys_user', { user_name: 'boss', name: 'The Boss' })
        const gr = new GlideRecord('sys_user')
        gr.initialize()
        gr.setValue('manager', boss)
        expect(gr.getValue('manager')).toBe(boss)
        expect(() => gr.setValue('manager', user(boss))).toThrow(/pass the sys_id/)
    })

    test('when a platform-maintained column is set, then the double refuses', () => {
        const gr = new GlideRecord('sys_user')
        gr.initialize()
        expect(() => gr.setValue('sys_created_on', '2026-01-01 00:00:00')).toThrow(/the platform maintains sys_created_on/)
    })
})

// Docs: GlideRecord - Scoped getDisplayValue(): references show the display field of the referenced
// record, choices their label, date/times the user's time zone (UTC in the double).
describe('display values', () => {
    test('when a reference, choice, boolean or record display value is read, then the display form is answered', () => {
        const boss = glide.seed('sys_user', { user_name: 'boss', name: 'The Boss' })
        const id = glide.seed('sys_user', { user_name: 'svc', name: 'Service', manager: boss, identity_type: 'machine', locked_out: true })
        const gr = user(id)
        expect(gr.getDisplayValue('manager')).toBe('The Boss')
        expect(gr.getDisplayValue('identity_type')).toBe('Machine')
        expect(gr.getDisplayValue('locked_out')).toBe('true')
        expect(gr.getDisplayValue('active')).toBe('true')
        expect(gr.getDisplayValue('web_service_access_only')).toBe('false')
        expect(gr.getDisplayValue()).toBe('Service')
        expect(gr.getDisplayValue('manager.manager')).toBe('')
    })

    test('when a task record is displayed, then its number is its display value', () => {
        const id = glide.seed('sc_req_item', {})
        const gr = new GlideRecord('sc_req_item')
        gr.get(id)
        expect(gr.getDisplayValue()).toBe('RITM0010001')
        expect(gr.getDisplayValue('approval')).toBe('Not Yet Requested')
    })
})

// Docs: GlideRecord - Scoped initialize(), newRecord(), isNewRecord(), insert() ("Sys_id of the
// inserted record, or null if the record is not inserted"), update() ("Returns null if the update
// fails"; "If the record does not already exist, it is inserted"), deleteRecord() (true/false).
describe('insert, update and deleteRecord', () => {
    test('when a record is inserted, then its sys_id is returned and defaults, sys_ columns and the number are set', () => {
        glide.setUser({ sysId: 'u1', userName: 'jdoe', roles: [] })
        glide.setNow('2026-03-01 09:00:00')
        const gr = new GlideRecord('sc_req_item')
        gr.initialize()
        expect(gr.isNewRecord()).toBe(true)
        gr.setValue('short_description', 'Please')
        const id = gr.insert()
        expect(id).toMatch(/^[0-9a-f]{32}$/)
        expect(gr.isNewRecord()).toBe(false)
        expect(gr.getUniqueValue()).toBe(id)
        expect(glide.row('sc_req_item', id ?? '')).toMatchObject({
            number: 'RITM0010001',
            short_description: 'Please',
            active: '1',
            state: '1',
            approval: 'not requested',
            opened_by: 'u1',
            opened_at: '2026-03-01 09:00:00',
            quantity: '1',
            sys_class_name: 'sc_req_item',
            sys_created_by: 'jdoe',
            sys_created_on: '2026-03-01 09:00:00',
            sys_updated_on: '2026-03-01 09:00:00',
            sys_mod_count: '0',
        })
        const next = new GlideRecord('sc_task')
        next.initialize()
        next.insert()
        expect(next.getValue('number')).toBe('SCTASK0010001')
    })

    test('when newRecord() is called, then defaults and a sys_id are assigned before insert', () => {
        const gr = new GlideRecord('sys_user')
        gr.newRecord()
        const id = gr.getUniqueValue()
        expect(id).toMatch(/^[0-9a-f]{32}$/)
        expect(gr.getValue('active')).toBe('1')
        expect(gr.isNewRecord()).toBe(true)
        expect(gr.insert()).toBe(id)
    })

    test('when initialize() is called, then no sys_id exists until insert; a set sys_id is kept', () => {
        const gr = new GlideRecord('sys_user')
        gr.initialize()
        expect(gr.getUniqueValue()).toBeNull()
        gr.setValue('sys_id', 'aaaabbbbccccddddeeeeffff00001111')
        expect(gr.insert()).toBe('aaaabbbbccccddddeeeeffff00001111')
    })

    test('when a boolean without default is not set, then it stays empty (NULL) after insert', () => {
        const gr = new GlideRecord('sys_user')
        gr.initialize()
        const id = gr.insert() ?? ''
        expect(glide.row('sys_user', id)?.web_service_access_only).toBe('')
        expect(glide.row('sys_user', id)?.locked_out).toBe('0')
    })

    test('when a record is updated, then only its changes are written and the sys_id is returned', () => {
        const id = glide.seed('sys_user', { user_name: 'a', title: 'Old' })
        const stale = user(id)
        const gr = user(id)
        gr.setValue('title', 'New')
        glide.advance({ hours: 1 })
        expect(gr.update()).toBe(id)
        stale.setValue('email', 'a@example.com')
        stale.update()
        expect(glide.row('sys_user', id)).toMatchObject({ title: 'New', email: 'a@example.com', sys_mod_count: '2', sys_updated_on: '2026-01-01 01:00:00' })
    })

    test('when update() is called on a new record, then it inserts it', () => {
        const gr = new GlideRecord('sys_user')
        gr.initialize()
        gr.setValue('user_name', 'fresh')
        const id = gr.update()
        expect(id).not.toBeNull()
        expect(glide.row('sys_user', id ?? '')?.user_name).toBe('fresh')
    })

    test('when a record is deleted, then true is returned and it is gone; with no record, false', () => {
        const id = glide.seed('sys_user', { user_name: 'a' })
        const gr = user(id)
        expect(gr.deleteRecord()).toBe(true)
        expect(glide.row('sys_user', id)).toBeUndefined()
        expect(gr.deleteRecord()).toBe(false)
        expect(new GlideRecord('sys_user').deleteRecord()).toBe(false)
    })

    test('when insert() is called on a record read from the database, then the double refuses', () => {
        const gr = user(glide.seed('sys_user', { user_name: 'a' }))
        expect(() => gr.insert()).toThrow(/call initialize\(\) or newRecord\(\) first/)
    })

    test('when next() passes a row deleted since query(), then the row is skipped', () => {
        const a = glide.seed('sys_user', { user_name: 'a' })
        glide.seed('sys_user', { user_name: 'b' })
        const gr = new GlideRecord('sys_user')
        gr.query()
        user(a).deleteRecord()
        expect(gr.next()).toBe(true)
        expect(gr.getValue('user_name')).toBe('b')
    })
})

// Brief (the double's contract): a read is one query() or get(); a write is one insert/update/deleteRecord.
describe('counters', () => {
    test('when records are read and written, then reads and writes are counted per table; seeds are not', () => {
        const id = glide.seed('sys_user', { user_name: 'a' })
        glide.seed('sys_user_group', { name: 'g' })
        const gr = new GlideRecord('sys_user')
        gr.query()
        while (gr.next()) gr.getValue('user_name')
        const one = user(id)
        one.setValue('title', 'x')
        one.update()
        const member = new GlideRecord('sys_user_grmember')
        member.initialize()
        member.setValue('user', id)
        member.insert()
        expect(glide.counters()).toEqual({
            reads: { sys_user: 2 },
            writes: { sys_user: 1, sys_user_grmember: 1 },
            totalReads: 2,
            totalWrites: 2,
        })
        glide.resetCounters()
        expect(glide.counters()).toEqual({ reads: {}, writes: {}, totalReads: 0, totalWrites: 0 })
    })

    test('when values are only read from a current record, then nothing more is counted', () => {
        const boss = glide.seed('sys_user', { user_name: 'boss', name: 'Boss' })
        const gr = user(glide.seed('sys_user', { user_name: 'a', manager: boss }))
        glide.resetCounters()
        gr.getValue('manager.user_name')
        gr.getDisplayValue('manager')
        expect(glide.counters().totalReads).toBe(0)
    })
})

// Docs: insert() returns null "if the record is not inserted", update() "null if the update fails",
// deleteRecord() false; getLastErrorMessage() "Retrieves the last error message".
describe('failNextWrite', () => {
    test('when the next insert on a table is set to fail, then insert returns null, the error is logged, and only once', () => {
        glide.failNextWrite({ table: 'sys_user_grmember', operation: 'insert', message: 'ACL refused' })
        const other = new GlideRecord('sys_user')
        other.initialize()
        expect(other.insert()).not.toBeNull()

        const gr = new GlideRecord('sys_user_grmember')
        gr.initialize()
        expect(gr.insert()).toBeNull()
        expect(gr.getLastErrorMessage()).toBe('ACL refused')
        expect(glide.rows('sys_user_grmember')).toHaveLength(0)
        expect(glide.logs()).toEqual([{ level: 'error', message: 'ACL refused' }])
        expect(glide.counters().writes).toEqual({ sys_user: 1, sys_user_grmember: 1 })

        expect(gr.insert()).not.toBeNull()
        expect(glide.rows('sys_user_grmember')).toHaveLength(1)
    })

    test('when an update or delete is set to fail, then update returns null and deleteRecord false, nothing changes', () => {
        const id = glide.seed('sys_user', { user_name: 'a' })
        glide.failNextWrite({ operation: 'update' })
        const gr = user(id)
        gr.setValue('title', 'x')
        expect(gr.update()).toBeNull()
        expect(glide.row('sys_user', id)?.title).toBe('')
        expect(glide.logs()[0].level).toBe('error')

        glide.failNextWrite({ table: 'sys_user', operation: 'delete', message: 'no' })
        expect(gr.deleteRecord()).toBe(false)
        expect(glide.row('sys_user', id)).toBeDefined()
        expect(gr.deleteRecord()).toBe(true)
    })
})

// Docs: "Journal fields" hold entries in sys_journal_field (name, element, element_id, value);
// GlideElement - Scoped getJournalEntry() reads them back (markdown/api-reference/server-api-reference/c_GlideElementScopedAPI.md).
describe('journal columns', () => {
    test('when work_notes is set and the record is updated or inserted, then one sys_journal_field row is added each time', () => {
        glide.setUser({ sysId: 'u1', userName: 'jdoe', roles: [] })
        const id = glide.seed('sc_req_item', {})
        const gr = new GlideRecord('sc_req_item')
        gr.get(id)
        gr.setValue('work_notes', 'First note')
        gr.update()
        gr.setValue('work_notes', 'Second note')
        gr.setValue('comments', 'For the requester')
        gr.update()
        gr.update()
        expect(glide.journal('sc_req_item', id, 'work_notes')).toEqual(['First note', 'Second note'])
        expect(glide.journal('sc_req_item', id, 'comments')).toEqual(['For the requester'])
        expect(glide.rows('sys_journal_field')[0]).toMatchObject({ name: 'sc_req_item', element: 'work_notes', element_id: id, value: 'First note', sys_created_by: 'jdoe' })

        const fresh = new GlideRecord('sc_task')
        fresh.initialize()
        fresh.setValue('work_notes', 'Created')
        const taskId = fresh.insert() ?? ''
        expect(glide.journal('sc_task', taskId, 'work_notes')).toEqual(['Created'])
    })

    test('when a journal column is read with getValue, then the double refuses', () => {
        const gr = new GlideRecord('sc_req_item')
        gr.initialize()
        expect(() => gr.getValue('work_notes')).toThrow(/journal column/)
        expect(() => gr.getDisplayValue('work_notes')).toThrow(/journal/)
    })

    test('when an app table has a journal column, then it is journaled the same way', () => {
        glide.defineTable('x_seed_svcacct_service_account', { fields: { user_name: { type: 'string' }, audit_trail: { type: 'journal' } }, display: 'user_name' })
        const gr = new GlideRecord('x_seed_svcacct_service_account')
        gr.initialize()
        gr.setValue('audit_trail', 'Provisioned')
        const id = gr.insert() ?? ''
        expect(glide.journal('x_seed_svcacct_service_account', id, 'audit_trail')).toEqual(['Provisioned'])
    })
})

// Docs: GlideRecord - Scoped canCreate(), canRead(), canWrite(), canDelete() (ACL answers), isValidField().
describe('access and schema answers', () => {
    test('when access is set, then canCreate/canRead/canWrite/canDelete answer it (default true)', () => {
        glide.setAccess('sys_user', 'create', false)
        glide.setAccess('sys_user', 'delete', false)
        const gr = new GlideRecord('sys_user')
        expect([gr.canCreate(), gr.canRead(), gr.canWrite(), gr.canDelete()]).toEqual([false, true, true, false])
        expect(new GlideRecord('sys_user_group').canCreate()).toBe(true)
    })

    test('when isValidField is asked, then own, inherited and sys_ columns are valid', () => {
        const gr = new GlideRecord('sc_req_item')
        expect(gr.isValidField('cat_item')).toBe(true)
        expect(gr.isValidField('work_notes')).toBe(true)
        expect(gr.isValidField('sys_updated_on')).toBe(true)
        expect(gr.isValidField('identity_type')).toBe(false)
    })

    test('when identity_type is removed from sys_user, then isValidField answers false and using it throws', () => {
        expect(new GlideRecord('sys_user').isValidField('identity_type')).toBe(true)
        glide.removeField('sys_user', 'identity_type')
        const gr = new GlideRecord('sys_user')
        gr.initialize()
        expect(gr.isValidField('identity_type')).toBe(false)
        expect(() => gr.setValue('identity_type', 'machine')).toThrow(/no column "identity_type"/)
        glide.reset()
        expect(new GlideRecord('sys_user').isValidField('identity_type')).toBe(true)
    })

    test('when getTableName is asked, then the GlideRecord table is answered', () => {
        expect(new GlideRecord('sys_user_group').getTableName()).toBe('sys_user_group')
    })
})

// Brief (the double's contract): glide.defineTable adds app tables; glide.reset() drops them.
describe('app tables', () => {
    test('when an app table is defined, then it can be used and a reset drops it', () => {
        glide.defineTable('x_seed_svcacct_service_account', {
            display: 'user_name',
            fields: {
                user_name: { type: 'string' },
                account: { type: 'reference', reference: 'sys_user' },
                state: { type: 'choice', choices: { exploring: 'Exploring', api_only: 'API only' }, default: 'exploring' },
            },
        })
        const gr = new GlideRecord('x_seed_svcacct_service_account')
        gr.initialize()
        gr.setValue('user_name', 'svc_a')
        gr.insert()
        expect(gr.getValue('state')).toBe('exploring')
        expect(gr.getDisplayValue('state')).toBe('Exploring')
        expect(glide.schema('x_seed_svcacct_service_account').fields.account).toEqual({ type: 'reference', reference: 'sys_user' })
        glide.reset()
        expect(() => new GlideRecord('x_seed_svcacct_service_account')).toThrow(/unknown table/)
    })

    test('when a table definition references an unknown table or is defined twice, then it throws', () => {
        expect(() => glide.defineTable('x_seed_svcacct_bad', { fields: { a: { type: 'reference', reference: 'nope' } } })).toThrow(/unknown table "nope"/)
        expect(() => new GlideRecord('x_seed_svcacct_bad')).toThrow(/unknown table/)
        glide.defineTable('x_seed_svcacct_ok', { fields: {} })
        expect(() => glide.defineTable('x_seed_svcacct_ok', { fields: {} })).toThrow(/already defined/)
    })
})
