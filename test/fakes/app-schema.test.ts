/**
 * tableDefsFromDictionary turns the built dictionary into the double's table definitions. Tested on
 * a small fixture build (a table, a table extending it, a platform table the app augments) and on
 * this app's real build.
 */
import { rmSync } from 'node:fs'
import { parseAppDir, readApp } from '../artifacts/read-app'
import { writeAppFixture } from '../artifacts/fixture-app'
import type { TableDef } from './app-schema'
import { defineAppTables, tableDefsFromDictionary } from './app-schema'

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
    <element name="code" type="string" max_length="40"/>
    <element name="owner" type="reference" reference="sys_user" max_length="32"/>
  </element>
</database>`,
    // No display on the table element: the column flagged display="true" names it.
    'dictionary/x_app_child.xml': `<database>
  <element name="x_app_child" type="collection" label="Child" extends="x_app_parent">
    <element name="note" type="journal" display="false"/>
    <element name="title" type="string" display="true"/>
    <element name="state" type="choice" default_value="new"><choice><element value="new" label="New"/></choice></element>
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

    it('when the app creates tables, then each becomes a definition with typed fields, display and parent', () => {
        expect(tableDefsFromDictionary(parseAppDir(dir))).toEqual({
            x_app_parent: {
                fields: { code: { type: 'string' }, owner: { type: 'reference', reference: 'sys_user' } },
                display: 'code',
            },
            x_app_child: {
                fields: { note: { type: 'journal' }, title: { type: 'string' }, state: { type: 'choice' } },
                display: 'title',
                extends: 'x_app_parent',
            },
        })
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
        const defined: [string, TableDef][] = []
        const names = defineAppTables({ defineTable: (name, def) => defined.push([name, def]) }, parseAppDir(dir))
        expect(names).toEqual(['x_app_parent', 'x_app_child'])
        expect(defined.map(([name]) => name)).toEqual(names)
        expect(defined[1][1].extends).toBe('x_app_parent')
        rmSync(dir, { recursive: true })
    })
})

describe("this app's build", () => {
    const app = readApp()
    const defs = tableDefsFromDictionary(app)

    it('defines the inventory table with every shipped column, displayed by user ID', () => {
        const inventory = defs.x_seed_svcacct_service_account
        const dictionary = app.dictionary('x_seed_svcacct_service_account')
        expect(Object.keys(inventory.fields)).toEqual(Object.keys(dictionary.columns))
        expect(inventory.display).toBe('user_name')
        expect(inventory.fields.owner).toEqual({ type: 'reference', reference: 'sys_user' })
        expect(inventory.fields.audit_trail).toEqual({ type: 'journal' })
    })

    it('defines exactly the tables the app creates', () => {
        expect(Object.keys(defs).sort()).toEqual(app.records('sys_db_object').map((table) => table.value('name')).sort())
    })
})
