/**
 * The business-rule engine wired to the Glide test double as the harness wires it: the double's write
 * hooks fire the rules, the double's matchesCondition decides their filter conditions. A test drives
 * records (GlideRecord insert/update), not functions.
 */
import * as glideModule from '../fakes/glide'
import { glide, GlideRecord, matchesCondition } from '../fakes/glide'
import { BusinessRuleEngine, businessRuleFromRecord, RecordLike } from './business-rules'
import { ModuleLoader } from './modules'
import { platformGlobals, ServerScripts } from './server-scripts'

const ROOT = 'x_seed_svcacct/service-account-lifecycle/1.0.0/src/server'
const ITEM = 'e1f357274cdb4466b21165c67e64108f'
const OTHER_ITEM = '0123456789abcdef0123456789abcdef'

/** A module that records each call, so a test sees what the rule's script passed it. */
const RECORDER = `
export const calls = [];
export function onApproval(current, previous) {
    calls.push({ item: current.getUniqueValue(), approval: current.getValue('approval'), before: previous ? previous.getValue('approval') : null, note: current.getValue('short_description') });
}
export function stamp(current) { current.setValue('short_description', 'stamped by a before rule'); }
export function refuse(current) { current.setAbortAction(true); }
export function saw(current) { calls.push({ table: current.getTableName(), n: current.getValue('n') }); }
`

function sysScript(fields: Record<string, string>): Record<string, string> {
    return {
        sys_id: fields.name,
        collection: 'sc_req_item',
        when: 'after',
        action_insert: 'false',
        action_update: 'true',
        action_delete: 'false',
        action_query: 'false',
        active: 'true',
        advanced: 'true',
        order: '100',
        filter_condition: '',
        condition: '',
        ...fields,
    }
}

function generated(exportName: string, args: string): string {
    return `// @fluent-module ${exportName};false;${ROOT}/recorder.ts\nconst { ${exportName} } = require('${ROOT}/recorder.ts');\n${exportName}(${args});`
}

function wire(rows: Record<string, string>[]) {
    glide.reset()
    const runtime = platformGlobals(glideModule)
    const loader = new ModuleLoader({ modules: [{ path: `${ROOT}/recorder.ts`, content: RECORDER }], glide: runtime })
    const engine = new BusinessRuleEngine({
        rules: rows.map(businessRuleFromRecord),
        scripts: new ServerScripts(loader, runtime),
        matches: (table, current, previous, query) => matchesCondition(table, current, query, previous ?? undefined),
        reread: (table, sysId) => {
            const record = new GlideRecord(table)
            return record.get(sysId) ? (record as unknown as RecordLike) : null
        },
    })
    glide.setWriteHooks({
        before: (op, current, previous) => engine.before(op, current as unknown as RecordLike, previous as unknown as RecordLike | null),
        after: (op, current, previous) => engine.after(op, current as unknown as RecordLike, previous as unknown as RecordLike | null),
    })
    const calls = () => (loader.load(`${ROOT}/recorder.ts`) as { calls: unknown[] }).calls
    return { engine, calls }
}

function item(catItem: string, approval = 'requested'): string {
    return glide.seed('sc_req_item', { cat_item: catItem, approval })
}

function setApproval(id: string, approval: string): void {
    const gr = new GlideRecord('sc_req_item')
    gr.get(id)
    gr.setValue('approval', approval)
    gr.update()
}

const PROVISION_CONDITION = `approvalCHANGESTOapproved^cat_item=${ITEM}^EQ`

describe('shipped-style business rules on the double', () => {
    it('when the item’s approval changes to approved, then the rule fires once with current and previous', () => {
        const { calls } = wire([sysScript({ name: 'provision', filter_condition: PROVISION_CONDITION, script: generated('onApproval', 'current, previous') })])
        const id = item(ITEM)

        setApproval(id, 'approved')

        expect(calls()).toEqual([{ item: id, approval: 'approved', before: 'requested', note: null }])
    })

    it('when an approved item is updated again without the approval changing, then the rule does not fire (CHANGESTO)', () => {
        const { calls } = wire([sysScript({ name: 'provision', filter_condition: PROVISION_CONDITION, script: generated('onApproval', 'current, previous') })])
        const id = item(ITEM, 'approved')

        setApproval(id, 'approved')

        expect(calls()).toEqual([])
    })

    it('when another catalog item is approved, then the rule does not fire (cat_item=)', () => {
        const { calls } = wire([sysScript({ name: 'provision', filter_condition: PROVISION_CONDITION, script: generated('onApproval', 'current, previous') })])
        const id = item(OTHER_ITEM)

        setApproval(id, 'approved')

        expect(calls()).toEqual([])
    })

    it('when the approval becomes rejected, then the rule does not fire', () => {
        const { calls } = wire([sysScript({ name: 'provision', filter_condition: PROVISION_CONDITION, script: generated('onApproval', 'current, previous') })])
        const id = item(ITEM)

        setApproval(id, 'rejected')

        expect(calls()).toEqual([])
    })

    it('when a before rule changes current, then the change is stored with the write', () => {
        wire([sysScript({ name: 'stamp', when: 'before', script: generated('stamp', 'current') })])
        const id = item(ITEM)

        setApproval(id, 'approved')

        expect(glide.row('sc_req_item', id)?.short_description).toBe('stamped by a before rule')
    })

    it('when a before rule aborts, then the write does not happen and no after rule fires', () => {
        const { calls } = wire([
            sysScript({ name: 'refuse', when: 'before', script: generated('refuse', 'current') }),
            sysScript({ name: 'provision', filter_condition: PROVISION_CONDITION, script: generated('onApproval', 'current, previous') }),
        ])
        const id = item(ITEM)

        setApproval(id, 'approved')

        expect(glide.row('sc_req_item', id)?.approval).toBe('requested')
        expect(calls()).toEqual([])
    })

    it('when a write uses setWorkflow(false), then no rule fires for it; the same write without it fires the rule', () => {
        const probe = 'x_seed_svcacct_probe'
        const { calls } = wire([sysScript({ name: 'saw', collection: probe, action_insert: 'true', script: generated('saw', 'current') })])
        glide.defineTable(probe, { fields: { n: { type: 'string' } } })
        const insert = (n: string, workflow: boolean) => {
            const gr = new GlideRecord(probe)
            gr.initialize()
            gr.setValue('n', n)
            if (!workflow) gr.setWorkflow(false)
            gr.insert()
        }

        insert('quiet', false)
        insert('loud', true)

        expect(calls()).toEqual([{ table: probe, n: 'loud' }])
    })

    it('when a condition uses an operator the double does not implement, then the write throws', () => {
        wire([sysScript({ name: 'odd', filter_condition: 'approvalCHANGESapproved^EQ', script: generated('onApproval', 'current, previous') })])
        const id = item(ITEM)

        expect(() => setApproval(id, 'approved')).toThrow(/CHANGES/)
    })

    it('when an async rule’s condition holds at the write, then it runs later on the record as re-read, without previous', () => {
        const { calls, engine } = wire([sysScript({ name: 'async', when: 'async_always', filter_condition: PROVISION_CONDITION, script: generated('onApproval', 'current, previous') })])
        const id = item(ITEM)

        setApproval(id, 'approved')
        const gr = new GlideRecord('sc_req_item')
        gr.get(id)
        gr.setValue('short_description', 'written after the rule was queued')
        gr.update()
        expect(calls()).toEqual([])

        engine.drainAsync()
        expect(calls()).toEqual([{ item: id, approval: 'approved', before: null, note: 'written after the rule was queued' }])
        expect(glide.row('sc_req_item', id)?.short_description).toBe('written after the rule was queued')
    })
})
