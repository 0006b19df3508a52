/**
 * tableDefsFromDictionary turns the built dictionary into the double's table definitions. Tested on
 * a small fixture build (a table, a table extending it, a platform table the app augments) and on
 * this app's real build.
 */
import { rmSync } from 'node:fs'
import { parseAppDir, readApp } from '../artifacts/read-app'
import { writeAppFixture } from '../artifacts/fixture-app'
import { appSchema, defineAppTables, tableDefsFromDictionary } from './app-schema'
import type { TableSpec } from './glide'
import { GlideRecord, glide } from './glide'

const tableRecord = (sysId: string, name: string) => `<?xml version="1.0"?>
<record_update table="sys_db_object">
  <sys_db_object action="INSERT_OR_UPDATE">
    <sys_id>${sysId}</sys_id>
    <name>${name}</name>
  </sys_db_object>
</record_update>`

const FIXTURE = {
    'update/sys_db_object_a.xml': tableRecord('0000000000000000000000000000000a', 'x_app_child'),
    'update/sys_db_object_b.xml': tableRecord('0000000000000000000000000000000b', 'x_app_parent'),
    'dictionary/x_app_parent.xml': `<database>
  <element name="x_app_parent" type="collection" label="Parent" display="code">
    <element name="code" type="string" label="Code" max_length="40" mandatory="true"/>
    <element name="owner" type="reference" reference="sys_user" max_length="32" default_value="javascript:gs.getUserID()"/>
    <element name="opened" type="glide_date_time" max_length="40"/>
    <element name="purpose" type="multi_two_lines" max_length="4000"/>
  </element>
</database>`,
    // No display on the table element: the column flagged display="true" names it.
    'dictionary/x_app_child.xml': `<database>
  <element name="x_app_child" type="collection" label="Child" extends="x_app_parent">
    <element name="note" type="journal" display="false"/>
    <element name="title" type="string" display="true"/>
    <element name="done" type="boolean" default_value="false"/>
    <element name="state" type="choice" default_value="new"><choice><element value="new" label="New"/><element value="old" label="Old" inactive="true"/></choice></element>
  </element>
</database>`,
    // A column the app adds to sys_user (Table augments): the double already defines sys_user.
    'dictionary/sys_user.xml': `<database>
  <element name="sys_user" type="collection">
    <element name="x_app_note" type="string"/>
  </element>
</database>`,
}

describe('tableDefsFromDictionary', () => {
    let dir: string
    beforeAll(() => (dir = writeAppFixture(FIXTURE)))
    afterAll(() => rmSync(dir, { recursive: true, force: true }))

    it('when the app creates tables, then each becomes a spec with the double\'s types, display and parent', () => {
        const defs = tableDefsFromDictionary(parseAppDir(dir))
        expect(defs.x_app_parent).toEqual({
            fields: {
                code: { type: 'string', label: 'Code', mandatory: true, maxLength: 40 },
                owner: { type: 'reference', reference: 'sys_user', maxLength: 32, default: expect.any(Function) },
                opened: { type: 'datetime', maxLength: 40 },
                purpose: { type: 'string', maxLength: 4000 },
            },
            display: 'code',
        })
        expect(defs.x_app_child).toEqual({
            fields: {
                note: { type: 'journal' },
                title: { type: 'string' },
                done: { type: 'boolean', default: 'false' },
                state: { type: 'choice', choices: { new: 'New', old: 'Old' }, default: 'new' },
            },
            display: 'title',
            extends: 'x_app_parent',
        })
    })

    it('when a column defaults to the current user, then the double is given a function of its session', () => {
        const owner = tableDefsFromDictionary(parseAppDir(dir)).x_app_parent.fields.owner
        const evaluate = owner.default as (context: { userId: string; userName: string; now: string }) => string
        expect(evaluate({ userId: 'u1', userName: 'jdoe', now: '2026-03-01 09:00:00' })).toBe('u1')
    })

    it.each([
        ['a dictionary type the double does not model', '<element name="secret" type="password2"/>', /x_app_odd\.secret has dictionary type "password2"/],
        ['a script default the double cannot evaluate', '<element name="due" type="glide_date_time" default_value="javascript:gs.daysAgo(-3)"/>', /x_app_odd\.due has the script default "javascript:gs\.daysAgo\(-3\)"/],
    ])('when a column has %s, then it fails naming the column', (_label, column, message) => {
        const odd = writeAppFixture({
            'update/sys_db_object_d.xml': tableRecord('0000000000000000000000000000000d', 'x_app_odd'),
            'dictionary/x_app_odd.xml': `<database><element name="x_app_odd" type="collection">${column}</element></database>`,
        })
        expect(() => tableDefsFromDictionary(parseAppDir(odd))).toThrow(message)
        rmSync(odd, { recursive: true })
    })

    it('when the app only augments a platform table, then that table is left to the double', () => {
        expect(Object.keys(tableDefsFromDictionary(parseAppDir(dir)))).not.toContain('sys_user')
    })

    it('when a created table has no dictionary, then it fails naming the table', () => {
        const broken = writeAppFixture({ 'update/sys_db_object_c.xml': tableRecord('0000000000000000000000000000000c', 'x_app_lost') })
        expect(() => tableDefsFromDictionary(parseAppDir(broken))).toThrow(/No dictionary for x_app_lost/)
        rmSync(broken, { recursive: true })
    })
})

describe('defineAppTables', () => {
    it('when given a registry, then it defines every app table there, parents before children', () => {
        const dir = writeAppFixture(FIXTURE)
        const defined: [string, TableSpec][] = []
        const names = defineAppTables({ defineTable: (name, def) => defined.push([name, def]) }, parseAppDir(dir))
        expect(names).toEqual(['x_app_parent', 'x_app_child'])
        expect(defined.map(([name]) => name)).toEqual(names)
        expect(defined[1][1].extends).toBe('x_app_parent')
        rmSync(dir, { recursive: true })
    })
})

describe("this app's build, in the Glide double", () => {
    const app = readApp()
    const defs = tableDefsFromDictionary(app)

    it('defines the inventory table with every shipped column, displayed by user ID', () => {
        const inventory = defs.x_seed_svcacct_service_account
        const dictionary = app.dictionary('x_seed_svcacct_service_account')
        expect(Object.keys(inventory.fields)).toEqual(Object.keys(dictionary.columns))
        expect(inventory.display).toBe('user_name')
        expect(inventory.fields.owner).toMatchObject({ type: 'reference', reference: 'sys_user', mandatory: true })
        expect(inventory.fields.audit_trail.type).toBe('journal')
        expect(inventory.fields.gui_access_until.type).toBe('datetime')
        expect(inventory.fields.state).toMatchObject({ type: 'choice', default: 'exploring', choices: { exploring: 'Exploring (GUI access on)', api_only: 'API only', retired: 'Retired' } })
    })

    it('defines exactly the tables the app creates', () => {
        expect(Object.keys(defs).sort()).toEqual(app.records('sys_db_object').map((table) => table.value('name')).sort())
    })

    describe('defineAppTables()', () => {
        beforeEach(() => {
            glide.reset()
            defineAppTables()
        })

        it('gives the double every shipped column of the inventory, and its display column', () => {
            const schema = glide.schema('x_seed_svcacct_service_account')
            expect(schema.display).toBe('user_name')
            for (const [name, column] of Object.entries(app.dictionary('x_seed_svcacct_service_account').columns)) {
                expect([name, schema.fields[name]?.reference]).toEqual([name, column.reference])
            }
        })

        it('a new inventory row starts in the shipped default state, exploring', () => {
            const row = new GlideRecord('x_seed_svcacct_service_account')
            row.initialize()
            row.setValue('user_name', 'svc_billing')
            const id = row.insert()
            expect(glide.row('x_seed_svcacct_service_account', String(id))?.state).toBe('exploring')
        })

        it('a column the table does not ship is refused', () => {
            const row = new GlideRecord('x_seed_svcacct_service_account')
            expect(() => row.setValue('password', 'x')).toThrow(/no column "password"/)
        })

        it('glide.reset() drops the app tables; defining them again works (appSchema.defineAll)', () => {
            glide.reset()
            expect(() => new GlideRecord('x_seed_svcacct_service_account')).toThrow(/unknown table/)
            expect(appSchema.defineAll()).toContain('x_seed_svcacct_service_account')
        })
    })
})
