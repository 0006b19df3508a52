/**
 * The dist/app reader, tested on small fixtures written to a temp dir (shapes copied from SDK 4.9
 * builds), so it is proven independently of this app's own build.
 */
import { copyFileSync, rmSync, utimesSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { writeAppFixture } from './fixture-app'
import { assertBuiltAfterSources, decodeFlowValue, decodeFlowValues, parseAppDir, readApp } from './read-app'

const SCOPE_ID = '35bf2b1439e74fbdbdcc60b5181bb8a6'
const ADMIN_ROLE = 'b7979ffd19454968abedf4486e2fae10'
const AUDITOR_ROLE = '267c4e79e8bf4ee8bbd9143a11a337cd'

const gzipBase64 = (value: unknown) => gzipSync(Buffer.from(JSON.stringify(value), 'utf8')).toString('base64')

const role = (sysId: string, name: string) => `<?xml version="1.0"?>
<record_update table="sys_user_role">
  <sys_user_role action="INSERT_OR_UPDATE">
    <sys_id>${sysId}</sys_id>
    <sys_scope display_value="x_seed_svcacct">${SCOPE_ID}</sys_scope>
    <assignable_by/>
    <description>Reads &amp; audits &lt;everything&gt;.</description>
    <name>${name}</name>
  </sys_user_role>
</record_update>`

const FILES: Record<string, string> = {
    [`scope/sys_app_${SCOPE_ID}.xml`]: `<?xml version="1.0"?>
<record_update table="sys_app">
  <sys_app action="INSERT_OR_UPDATE">
    <sys_id>${SCOPE_ID}</sys_id>
    <name>Service Account Lifecycle</name>
    <scope>x_seed_svcacct</scope>
  </sys_app>
</record_update>`,
    [`update/sys_user_role_${ADMIN_ROLE}.xml`]: role(ADMIN_ROLE, 'x_seed_svcacct.admin'),
    [`update/sys_user_role_${AUDITOR_ROLE}.xml`]: role(AUDITOR_ROLE, 'x_seed_svcacct.auditor'),
    'update/sys_user_role_contains_c4336c81f8c14b67b3fed9f4db0bfd75.xml': `<?xml version="1.0"?>
<record_update table="sys_user_role_contains">
  <sys_user_role_contains action="INSERT_OR_UPDATE">
    <sys_id>c4336c81f8c14b67b3fed9f4db0bfd75</sys_id>
    <contains name="x_seed_svcacct.auditor">${AUDITOR_ROLE}</contains>
    <role name="x_seed_svcacct.admin">${ADMIN_ROLE}</role>
  </sys_user_role_contains>
</record_update>`,
    'update/sys_security_acl_134d480750d8472dba4558d710591e95.xml': `<?xml version="1.0"?>
<record_update table="sys_security_acl">
  <sys_security_acl action="INSERT_OR_UPDATE">
    <sys_id>134d480750d8472dba4558d710591e95</sys_id>
    <condition/>
    <operation display_value="delete">delete</operation>
  </sys_security_acl>
</record_update>`,
    // bom.json's record_update has no table attribute; code sits in CDATA.
    'update/sys_module_cea468057987487887428b427ec3768d.xml': `<?xml version="1.0"?>
<record_update>
  <sys_module action="INSERT_OR_UPDATE">
    <sys_id>cea468057987487887428b427ec3768d</sys_id>
    <path>x_seed_svcacct/service-account-lifecycle/1.0.0/bom.json</path>
    <content><![CDATA[if (a < b && c > d) { return "<ok/>" }
  indented]]></content>
  </sys_module>
</record_update>`,
    // Choice lists: a wrapper element whose children are records, with a delete_multiple statement.
    'author_elective_update/sys_choice_x_seed_svcacct_service_account_state.xml': `<?xml version="1.0"?>
<record_update>
  <sys_choice_v2 action="INSERT_OR_UPDATE" field="state" table="x_seed_svcacct_service_account" version="4">
    <sys_choice_set action="INSERT_OR_UPDATE">
      <sys_id>1c658e242df348f3a227a1ac3acc84f9</sys_id>
      <element>state</element>
      <name>x_seed_svcacct_service_account</name>
    </sys_choice_set>
    <sys_choice action="delete_multiple" query="name=x_seed_svcacct_service_account^element=state^value=exploring"/>
    <sys_choice action="INSERT_OR_UPDATE">
      <sys_id>50a8fccc57e3491fb9c89cbead53fdd6</sys_id>
      <element>state</element>
      <value>exploring</value>
      <sequence>100</sequence>
    </sys_choice>
    <sys_choice action="INSERT_OR_UPDATE">
      <sys_id>14c200c6d92648609733bbd1e3070f4f</sys_id>
      <element>state</element>
      <value>api_only</value>
      <sequence>200</sequence>
    </sys_choice>
  </sys_choice_v2>
</record_update>`,
    'update/sys_hub_step_instance_0000000000000000000000000000beef.xml': `<?xml version="1.0"?>
<record_update table="sys_hub_step_instance">
  <sys_hub_step_instance action="INSERT_OR_UPDATE">
    <sys_id>0000000000000000000000000000beef</sys_id>
    <label>plain text</label>
    <values>${gzipBase64([{ name: 'log_message', value: 'approved ✓' }])}</values>
  </sys_hub_step_instance>
</record_update>`,
    'dictionary/x_seed_svcacct_service_account.xml': `<?xml version="1.0"?>
<database>
  <element name="x_seed_svcacct_service_account" type="collection" label="Service Account" audit="true" display="user_name" access="public">
    <element name="account" type="reference" label="Account" max_length="32" mandatory="false" read_only="true" display="false" reference="sys_user"/>
    <element name="user_name" type="string" label="User ID" max_length="40" mandatory="true" read_only="true" display="true"/>
    <element name="state" type="choice" default_value="exploring" label="State" max_length="40" mandatory="false" read_only="true" choice="3" display="false">
      <choice>
        <element value="exploring" label="Exploring (GUI access on)" inactive="false" sequence="100" language="en"/>
        <element value="retired" label="Retired" inactive="true" sequence="300" language="en"/>
      </choice>
    </element>
    <element name="audit_trail" type="journal" label="Audit trail" max_length="40" mandatory="false" read_only="false" display="false"/>
  </element>
</database>`,
    // A table extending task, as SDK 4.9 writes it.
    'dictionary/x_seed_svcacct_probe_task.xml': `<?xml version="1.0"?>
<database>
  <element name="x_seed_svcacct_probe_task" type="collection" label="Probe task" extends="task" audit="false" access="public">
    <element name="flag" type="boolean" default_value="true" label="Flag" max_length="40" mandatory="false" read_only="false" display="false"/>
  </element>
</database>`,
}

let dir: string

beforeAll(() => {
    dir = writeAppFixture(FILES)
    // A real sys_hub_flow file from an SDK 4.9 build (trimmed): the flow, its trigger, action and
    // logic instances as siblings, and the delete_multiple statements that prune stale children.
    copyFileSync(join(__dirname, 'fixtures/sys_hub_flow_sample.xml'), join(dir, 'update/sys_hub_flow_00a909e522ea4f758c645e1f3295b51b.xml'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('records', () => {
    it('when a file holds one record, then it is listed under its table with its sys_id and file', () => {
        const roles = parseAppDir(dir).records('sys_user_role')
        expect(roles.map((r) => r.value('name')).sort()).toEqual(['x_seed_svcacct.admin', 'x_seed_svcacct.auditor'])
        const admin = roles.find((r) => r.sysId === ADMIN_ROLE)
        expect(admin?.file).toBe(`update/sys_user_role_${ADMIN_ROLE}.xml`)
        expect(admin?.action).toBe('INSERT_OR_UPDATE')
    })

    it('when a field carries a display attribute, then both its value and the attribute are kept', () => {
        const app = parseAppDir(dir)
        const contains = app.one('sys_user_role_contains', () => true)
        expect(contains.value('role')).toBe(ADMIN_ROLE)
        expect(contains.display('role')).toBe('x_seed_svcacct.admin')
        expect(contains.fields.contains.attributes).toEqual({ name: 'x_seed_svcacct.auditor' })
        const acl = app.one('sys_security_acl', { operation: 'delete' })
        expect(acl.display('operation')).toBe('delete')
        expect(acl.display('condition')).toBeUndefined()
    })

    it('when text has entities, CDATA or an empty element, then the text is returned as written', () => {
        const app = parseAppDir(dir)
        expect(app.bySysId(AUDITOR_ROLE)?.value('description')).toBe('Reads & audits <everything>.')
        expect(app.bySysId(AUDITOR_ROLE)?.value('assignable_by')).toBe('')
        expect(app.one('sys_module', () => true).value('content')).toBe('if (a < b && c > d) { return "<ok/>" }\n  indented')
    })

    it('when a record_update has no table attribute, then the record element names the table', () => {
        expect(parseAppDir(dir).records('sys_module')).toHaveLength(1)
    })

    it('when a test asks for a field the record lacks, then it fails naming the fields there are', () => {
        const admin = parseAppDir(dir).bySysId(ADMIN_ROLE)
        expect(() => admin?.value('nmae')).toThrow(/no field "nmae".*name/)
        expect(admin?.has('nmae')).toBe(false)
    })

    it('when one() finds no or several matches, then it throws listing the shipped records', () => {
        const app = parseAppDir(dir)
        expect(app.one('sys_user_role', { name: 'x_seed_svcacct.auditor' }).sysId).toBe(AUDITOR_ROLE)
        expect(() => app.one('sys_user_role', { name: 'x_seed_svcacct.owner' })).toThrow(
            /found 0\. Shipped sys_user_role records: x_seed_svcacct\.(admin|auditor), x_seed_svcacct/,
        )
        expect(() => app.one('sys_user_role', (r) => r.value('name').startsWith('x_seed'))).toThrow(/found 2/)
        expect(() => app.one('sys_nothing', {})).toThrow(/found 0.*none/)
    })

    it('bySysId finds a record of any table, and nothing for an unknown sys_id', () => {
        const app = parseAppDir(dir)
        expect(app.bySysId('134d480750d8472dba4558d710591e95')?.table).toBe('sys_security_acl')
        expect(app.bySysId('ffffffffffffffffffffffffffffffff')).toBeUndefined()
    })

    it('scope() returns the sys_app record from dist/app/scope', () => {
        const scope = parseAppDir(dir).scope()
        expect(scope.value('scope')).toBe('x_seed_svcacct')
        expect(scope.value('name')).toBe('Service Account Lifecycle')
    })

    it('when a wrapper element holds records (choice lists), then each inner record is read', () => {
        const app = parseAppDir(dir)
        expect(app.records('sys_choice').map((c) => c.value('value'))).toEqual(['exploring', 'api_only'])
        expect(app.records('sys_choice_set')).toHaveLength(1)
        expect(app.records('sys_choice_v2')).toHaveLength(0)
        expect(app.deletions('sys_choice')[0].attributes.query).toContain('value=exploring')
    })
})

describe('flow files (sibling records)', () => {
    const FLOW = '00a909e522ea4f758c645e1f3295b51b'

    it('when a sys_hub_flow file carries its trigger, actions and logic, then each is a record of its own table', () => {
        const app = parseAppDir(dir)
        expect(app.one('sys_hub_flow', { sys_id: FLOW }).value('name')).toBe('Probe approval flow')
        const ofFlow = (table: string) => app.records(table).filter((r) => r.value('flow') === FLOW)
        expect(ofFlow('sys_hub_trigger_instance_v2').map((t) => t.value('trigger_type'))).toEqual(['service_catalog'])
        expect(ofFlow('sys_hub_action_instance_v2')).toHaveLength(2)
        expect(ofFlow('sys_hub_flow_logic_instance_v2')).toHaveLength(2)
        expect(app.records('sys_hub_action_instance_v2').every((r) => r.file === `update/sys_hub_flow_${FLOW}.xml`)).toBe(true)
    })

    it('when the flow file prunes old children, then those statements are deletions, not records', () => {
        const app = parseAppDir(dir)
        expect(app.deletions('sys_hub_action_instance_v2')).toHaveLength(1)
        expect(app.deletions('sys_hub_action_instance_v2')[0].attributes.query).toMatch(new RegExp(`^flow=${FLOW}\\^sys_idNOT IN`))
        expect(app.deletions('sys_hub_alias_mapping')).toHaveLength(2)
        expect(app.records('sys_hub_alias_mapping')).toHaveLength(0)
    })

    it('when an action instance holds gzip+base64 values, then they decode to the action inputs', () => {
        const app = parseAppDir(dir)
        const approval = app.one('sys_hub_action_instance_v2', (r) => r.value('order') === '1')
        const inputs = app.decodeFlowValue(approval.value('values')) as { name: string; value: string }[]
        const byName = Object.fromEntries(inputs.map((i) => [i.name, i.value]))
        expect(byName.table).toBe('sc_req_item')
        expect(byName.record).toBe('{{Service Catalog_1.request_item}}')
        expect(byName.approval_conditions).toContain('G[{{static.363f18415e5a490ca4debd62109a8237}}]')
    })

    it('decodeFlowValues decodes every gzip field of a record (trigger inputs, logic conditions)', () => {
        const app = parseAppDir(dir)
        const trigger = decodeFlowValues(app.records('sys_hub_trigger_instance_v2')[0])
        expect(Object.keys(trigger)).toEqual(['trigger_inputs'])
        expect(trigger.trigger_inputs).toEqual([expect.objectContaining({ name: 'run_flow_in', value: 'background' })])
        const ifApproved = app.one('sys_hub_flow_logic_instance_v2', { order: '2' })
        const logic = decodeFlowValues(ifApproved).values as { inputs: { name: string; value: string }[] }
        expect(logic.inputs).toEqual([expect.objectContaining({ name: 'condition', value: expect.stringMatching(/approval_state}}=approved$/) })])
    })
})

describe('decodeFlowValue', () => {
    it('when a value was gzipped and base64-encoded, then the JSON comes back, unicode included', () => {
        const value = { inputs: [{ name: 'log_message', value: 'approved ✓' }], n: 3 }
        expect(decodeFlowValue(gzipBase64(value))).toEqual(value)
        const step = parseAppDir(dir).bySysId('0000000000000000000000000000beef')
        expect(step && decodeFlowValues(step)).toEqual({ values: [{ name: 'log_message', value: 'approved ✓' }] })
    })

    it('when a value is not gzip+base64, then it says so', () => {
        expect(() => decodeFlowValue('plain text')).toThrow(/Not a gzip\+base64 flow value/)
        expect(() => decodeFlowValue('')).toThrow(/Not a gzip\+base64 flow value/)
    })

    it('when a value decompresses to something other than JSON, then it says so', () => {
        const notJson = gzipSync(Buffer.from('state=4^EQ')).toString('base64')
        expect(() => decodeFlowValue(notJson)).toThrow(/not JSON.*state=4/)
    })
})

describe('dictionary', () => {
    it('when a table is described, then its columns come back typed', () => {
        const table = parseAppDir(dir).dictionary('x_seed_svcacct_service_account')
        expect(table).toMatchObject({ name: 'x_seed_svcacct_service_account', label: 'Service Account', display: 'user_name', extends: undefined })
        expect(Object.keys(table.columns)).toEqual(['account', 'user_name', 'state', 'audit_trail'])
        expect(table.columns.account).toMatchObject({ type: 'reference', reference: 'sys_user', maxLength: 32, mandatory: false, readOnly: true })
        expect(table.columns.user_name).toMatchObject({ type: 'string', reference: undefined, mandatory: true, display: true, maxLength: 40 })
        expect(table.columns.audit_trail.type).toBe('journal')
    })

    it('when a column has choices and a default, then they are read in order', () => {
        const state = parseAppDir(dir).dictionary('x_seed_svcacct_service_account').columns.state
        expect(state.defaultValue).toBe('exploring')
        expect(state.choices).toEqual([
            { value: 'exploring', label: 'Exploring (GUI access on)', sequence: 100, inactive: false },
            { value: 'retired', label: 'Retired', sequence: 300, inactive: true },
        ])
    })

    it('when a table extends another, then extends names the parent', () => {
        const app = parseAppDir(dir)
        expect(app.dictionaryTables()).toEqual(['x_seed_svcacct_probe_task', 'x_seed_svcacct_service_account'])
        expect(app.dictionary('x_seed_svcacct_probe_task').extends).toBe('task')
        expect(app.dictionary('x_seed_svcacct_probe_task').columns.flag).toMatchObject({ type: 'boolean', defaultValue: 'true' })
    })

    it('when a table has no dictionary, then it throws naming the tables there are', () => {
        expect(() => parseAppDir(dir).dictionary('x_seed_svcacct_nothing')).toThrow(/No dictionary for x_seed_svcacct_nothing.*x_seed_svcacct_probe_task/)
    })
})

describe('errors', () => {
    it('when dist/app is missing, then it says to build first', () => {
        expect(() => readApp(join(tmpdir(), 'no-such-dist-app'))).toThrow(/No built app at .*no-such-dist-app: run npm run build first/)
        expect(() => parseAppDir(join(tmpdir(), 'no-such-dist-app'))).toThrow(/run npm run build first/)
    })

    it('when a file has an unknown root element, then it refuses rather than skipping it', () => {
        const bad = writeAppFixture({ 'update/x.xml': '<?xml version="1.0"?><unload><x/></unload>' })
        expect(() => parseAppDir(bad)).toThrow(/update\/x\.xml: unknown root element <unload>/)
        rmSync(bad, { recursive: true })
    })

    it('when two files describe the same table, then it refuses', () => {
        const dictionary = '<database><element name="t" type="collection"><element name="c" type="string"/></element></database>'
        const bad = writeAppFixture({ 'dictionary/a.xml': dictionary, 'dictionary/b.xml': dictionary })
        expect(() => parseAppDir(bad)).toThrow(/Table t has two dictionaries: dictionary\/a\.xml and dictionary\/b\.xml/)
        rmSync(bad, { recursive: true })
    })

    it('when a source file is newer than dist/app, then the build is reported stale', () => {
        const repo = writeAppFixture({
            'src/server/a.ts': 'export {}',
            'src/fluent/generated/keys.ts': 'export {}',
            'package.json': '{}',
            'dist/app/update/r.xml': '<record_update/>',
        })
        const at = (path: string, seconds: number) => utimesSync(join(repo, path), seconds, seconds)
        at('src/server/a.ts', 1000)
        at('package.json', 1000)
        at('dist/app/update/r.xml', 2000)
        at('src/fluent/generated/keys.ts', 3000) // written by the build after dist/app: not a source
        expect(() => assertBuiltAfterSources(join(repo, 'dist/app'), repo)).not.toThrow()
        at('src/server/a.ts', 2500)
        expect(() => assertBuiltAfterSources(join(repo, 'dist/app'), repo)).toThrow(/older than the sources under src\/: run npm run build first/)
        rmSync(repo, { recursive: true })
    })
})
