/**
 * The approval flow as built (dist/app, flow values decoded): trigger, routing action, the approval
 * that asks requested_for.manager, the one that asks the fallback group, the due date, and what
 * happens on approval, rejection and expiry.
 */
import { readApp, decodeFlowValue, type AppRecord } from './read-app'

const app = readApp()

/** sys_ids of the platform's built-in flow definitions, as the SDK emits them. */
const BUILT_IN = {
    askForApproval: 'f8f2e9920b10030085c083eb37673abd',
    updateRecord: 'f9d01dd2c31332002841b63b12d3aea1',
    fireEvent: '80a30edeff30311077a95dac793bf19b',
    if: 'af4e1945c3e232002841b63b12d3ae3e',
    elseIf: '666e5545c3e232002841b63b12d3ae99',
    else: '1f781bf3c32232002841b63b12d3aee6',
    setFlowVariables: '4f787d1e0f9b0010ecf0cc52ff767ea0',
    endFlow: 'd176605ea76103004f27b0d2187901c7',
}
const REQUEST_ITEM = '{{Service Catalog_1.request_item}}'

interface Step {
    record: AppRecord
    uiId: string
    parent: string
    order: number
    /** action or logic definition sys_id */
    kind: string
    /** input name -> value, decoded */
    inputs: Record<string, string>
}

const flow = app.one('sys_hub_flow', { name: 'Service Account Request Approval' })
const ofFlow = (table: string) => app.records(table).filter((r) => r.value('flow') === flow.sysId)

function inputsOf(record: AppRecord): Record<string, string> {
    const decoded = decodeFlowValue(record.value('values')) as unknown
    const list = Array.isArray(decoded) ? decoded : ((decoded as { inputs: unknown[] }).inputs ?? [])
    const inputs: Record<string, string> = {}
    for (const entry of list as { name: string; value: string }[]) inputs[entry.name] = entry.value
    return inputs
}

const steps: Step[] = [...ofFlow('sys_hub_action_instance_v2'), ...ofFlow('sys_hub_flow_logic_instance_v2')]
    .map((record) => ({
        record,
        uiId: record.value('ui_id'),
        parent: record.has('parent_ui_id') ? record.value('parent_ui_id') : '',
        order: Number(record.value('order')),
        kind: record.table === 'sys_hub_action_instance_v2' ? record.value('action_type') : record.value('logic_definition'),
        inputs: inputsOf(record),
    }))
    .sort((a, b) => a.order - b.order)

const childrenOf = (step: Step) => steps.filter((s) => s.parent === step.uiId)
const topLevel = steps.filter((s) => s.parent === '')
const kinds = (list: Step[]) => list.map((s) => s.kind)

const routeDefinition = app.one('sys_hub_action_type_definition', { name: 'Route Service Account Approval' })
const route = steps.find((s) => s.kind === routeDefinition.sysId) as Step
const pill = (output: string) => `{{${route.uiId}.${output}}}`
const branch = (kind: string, condition: string) => {
    const found = topLevel.filter((s) => s.kind === kind && s.inputs.condition === condition)
    if (found.length !== 1) throw new Error(`expected one top-level branch "${condition}", found ${found.length}`)
    return found[0]
}
/** The branch that follows `first` in the same if/elseIf/else chain. */
const nextInChain = (first: Step, kind: string) => topLevel.find((s) => s.order > first.order && s.kind === kind) as Step

describe('the flow record', () => {
    it('runs as system, ships as a draft that install activates', () => {
        expect(flow.value('run_as')).toBe('system')
        expect(flow.value('type')).toBe('flow')
        expect(flow.value('status')).toBe('draft')
    })

    it('is started by the Service Catalog trigger, in the background', () => {
        const triggers = ofFlow('sys_hub_trigger_instance_v2')
        expect(triggers).toHaveLength(1)
        expect(triggers[0].value('name')).toBe('Service Catalog')
        const inputs = decodeFlowValue(triggers[0].value('trigger_inputs')) as { name: string; value: string }[]
        expect(inputs.find((i) => i.name === 'run_flow_in')?.value).toBe('background')
    })
})

describe('routing: one decision, made by the routing action', () => {
    it('runs first, on the request item', () => {
        expect(topLevel[0]).toBe(route)
        expect(route.inputs).toEqual({ request_item: REQUEST_ITEM })
    })

    it('its one script step hands the request item to ServiceAccountApprovalRouting.routeStep', () => {
        const scripts = app
            .records('sys_variable_value')
            .filter((v) => v.value('document') === 'sys_hub_step_instance' && /routeStep/.test(v.value('value')))
        expect(scripts).toHaveLength(1)
        const calls: unknown[][] = []
        const outputs = {}
        new Function('inputs', 'outputs', 'x_seed_svcacct', scripts[0].value('value'))({ request_item_id: 'abc' }, outputs, {
            ServiceAccountApprovalRouting: function Routing(this: Record<string, unknown>) {
                this.routeStep = (...args: unknown[]) => calls.push(args)
            },
        })
        expect(calls).toEqual([[{ request_item_id: 'abc' }, outputs]])
        const mapping = app.one('sys_element_mapping', (m) => m.value('field') === 'request_item_id' && m.value('value') === '{{action.request_item}}')
        expect(mapping.value('table')).toMatch(/^var__m_sys_hub_step_ext_input_/)
    })

    it('declares the outputs the flow branches on', () => {
        const outputs = app
            .records('sys_hub_action_output')
            .filter((o) => o.value('model') === routeDefinition.sysId)
            .map((o) => o.value('element'))
            .filter((name) => !name.startsWith('__')) // the platform's status outputs of every action
        expect(outputs.sort()).toEqual(['approval_group', 'approval_reason', 'due_date', 'reason', 'requester_comment', 'route', 'user_id'])
    })
})

describe("the manager path asks requested_for.manager", () => {
    const managerBranch = branch(BUILT_IN.if, `${pill('route')}=manager`)
    const [approval, decision] = childrenOf(managerBranch)

    it('holds one approval, then records its outcome', () => {
        expect(kinds(childrenOf(managerBranch))).toEqual([BUILT_IN.askForApproval, BUILT_IN.setFlowVariables])
    })

    it("asks the request item's requested_for.manager, any one of them approves or rejects", () => {
        expect(approval.inputs.approval_conditions).toBe('ApprovesRejectsAnyU[{{Service Catalog_1.request_item.requested_for.manager}}]')
        expect(approval.inputs.record).toBe(REQUEST_ITEM)
        expect(approval.inputs.table).toBe('sc_req_item')
        expect(approval.inputs.approval_field).toBe('approval')
        expect(approval.inputs.approval_reason).toBe(pill('approval_reason'))
    })

    it('is due at the date the routing action computed from the property, and is cancelled then', () => {
        expect(JSON.parse(approval.inputs.due_date)).toMatchObject({ action: 'cancel', date_type: 'actual', date: pill('due_date') })
    })

    it('puts its outcome in the approval_state flow variable', () => {
        expect(decision.record.value('flow_variables_assigned')).toBe('approval_state')
        expect(decision.inputs.approval_state).toBe(`{{${approval.uiId}.approval_state}}`)
    })
})

describe('the fallback path asks the fallback group (empty, inactive or self manager)', () => {
    const groupBranch = branch(BUILT_IN.elseIf, `${pill('route')}=fallback_group`)
    const [approval, decision] = childrenOf(groupBranch)

    it('follows the manager path in the same chain, and holds one approval, then records its outcome', () => {
        expect(groupBranch.order).toBeGreaterThan(branch(BUILT_IN.if, `${pill('route')}=manager`).order)
        expect(kinds(childrenOf(groupBranch))).toEqual([BUILT_IN.askForApproval, BUILT_IN.setFlowVariables])
    })

    it('asks the group the routing action returned (x_seed_svcacct.approval.fallback_group), no user', () => {
        expect(approval.inputs.approval_conditions).toBe(`ApprovesRejectsAnyG[${pill('approval_group')}]`)
        expect(approval.inputs.record).toBe(REQUEST_ITEM)
        expect(approval.inputs.table).toBe('sc_req_item')
    })

    it('has the same due date and expiry as the manager path', () => {
        expect(JSON.parse(approval.inputs.due_date)).toMatchObject({ action: 'cancel', date_type: 'actual', date: pill('due_date') })
    })

    it('puts its outcome in the approval_state flow variable', () => {
        expect(decision.inputs.approval_state).toBe(`{{${approval.uiId}.approval_state}}`)
    })

    it('the fallback property ships pointing at the shipped approver group', () => {
        const property = app.one('sys_properties', { name: 'x_seed_svcacct.approval.fallback_group' })
        expect(app.bySysId(property.value('value'))?.value('name')).toBe('Service Account Approvers')
    })
})

describe('a request that cannot be routed is closed', () => {
    const notRouted = nextInChain(branch(BUILT_IN.elseIf, `${pill('route')}=fallback_group`), BUILT_IN.else)
    const [close, event, end] = childrenOf(notRouted)

    it('as Closed Incomplete and not approved, with the routing comment, tells the requester, and ends the flow', () => {
        expect(kinds(childrenOf(notRouted))).toEqual([BUILT_IN.updateRecord, BUILT_IN.fireEvent, BUILT_IN.endFlow])
        expect(close.inputs.record).toBe(REQUEST_ITEM)
        expect(close.inputs.values).toBe(`approval=rejected^state=4^comments=${pill('requester_comment')}^EQ`)
        expect(event.inputs.event_name).toBe('x_seed_svcacct.request.rejected')
        expect(end.kind).toBe(BUILT_IN.endFlow)
    })
})

describe('the outcome', () => {
    const approved = branch(BUILT_IN.if, '{{flow_variable.approval_state}}=approved')
    const rejected = branch(BUILT_IN.elseIf, '{{flow_variable.approval_state}}=rejected')
    const expired = nextInChain(rejected, BUILT_IN.else)

    it('is decided after the approval paths', () => {
        const routing = branch(BUILT_IN.if, `${pill('route')}=manager`)
        expect(approved.order).toBeGreaterThan(routing.order)
        expect(rejected.order).toBeGreaterThan(approved.order)
    })

    it('on approval, only tells the requester: no account work, the item is not closed (provisioning does both)', () => {
        expect(kinds(childrenOf(approved))).toEqual([BUILT_IN.fireEvent])
        expect(childrenOf(approved)[0].inputs).toMatchObject({ event_name: 'x_seed_svcacct.request.approved', record: REQUEST_ITEM })
    })

    it('on rejection, closes the item Closed Incomplete with a comment to the requester and tells them', () => {
        const [close, event] = childrenOf(rejected)
        expect(kinds(childrenOf(rejected))).toEqual([BUILT_IN.updateRecord, BUILT_IN.fireEvent])
        expect(close.inputs.table_name).toBe('sc_req_item')
        expect(close.inputs.record).toBe(REQUEST_ITEM)
        expect(close.inputs.values).toMatch(/^state=4\^comments=Your service-account request was rejected by its approver, so it is closed and no account was created\. .*\^EQ$/)
        expect(event.inputs.event_name).toBe('x_seed_svcacct.request.rejected')
    })

    it('on expiry (cancelled at the due date, or no decision), rejects and closes the item as expired and tells the requester', () => {
        const [close, event] = childrenOf(expired)
        expect(kinds(childrenOf(expired))).toEqual([BUILT_IN.updateRecord, BUILT_IN.fireEvent])
        expect(close.inputs.values).toMatch(/^approval=rejected\^state=4\^comments=Your service-account request expired: no approver decided before the approval due date.*\^EQ$/)
        expect(event.inputs).toMatchObject({ event_name: 'x_seed_svcacct.request.expired', parm2: pill('due_date') })
    })

    it('every event names the requested user ID for the notification', () => {
        for (const event of steps.filter((s) => s.kind === BUILT_IN.fireEvent)) {
            expect(event.inputs.parm1).toBe(pill('user_id'))
            expect(event.inputs.record).toBe(REQUEST_ITEM)
        }
    })

    it('nothing in the flow closes the item complete or writes anything but the request item', () => {
        const updates = steps.filter((s) => s.kind === BUILT_IN.updateRecord)
        expect(updates).toHaveLength(3)
        for (const update of updates) {
            expect(update.inputs.table_name).toBe('sc_req_item')
            expect(update.inputs.values).not.toMatch(/state=3/)
        }
        const allowed = new Set([routeDefinition.sysId, BUILT_IN.askForApproval, BUILT_IN.updateRecord, BUILT_IN.fireEvent])
        for (const action of steps.filter((s) => s.record.table === 'sys_hub_action_instance_v2')) expect(allowed.has(action.kind)).toBe(true)
    })
})
