/**
 * The approval flow's routing step (src/server/approval/approver-route.ts) against the Glide test
 * double: who is asked, why it was rerouted, what is recorded on the request, the due date, and the
 * requests it refuses to send for approval.
 */
import { GlideRecord, glide } from '../../fakes/glide'
import {
    answerRolesDescription,
    routeApproval,
    routeApprovalStep,
    type RouteOutcome,
} from '../../../src/server/approval/approver-route'
import { FALLBACK_EXPLANATION } from '../../../src/server/approval/approver-choice'
import { appSchema } from '../../fakes/app-schema'

const FALLBACK_GROUP_PROPERTY = 'x_seed_svcacct.approval.fallback_group'

interface World {
    catItem: string
    requester: string
    owner: string
    manager: string
    group: string
}

/** A requester, an owner with an active manager, and the fallback group named by the property. */
function world(): World {
    const catItem = glide.seed('sc_cat_item', { name: 'Request a Service Account' })
    glide.seed('item_option_new', { cat_item: catItem, name: 'roles_granted', order: 600 })
    const manager = glide.seed('sys_user', { user_name: 'beth.anglin', name: 'Beth Anglin', active: true })
    const owner = glide.seed('sys_user', { user_name: 'abel.tuter', name: 'Abel Tuter', active: true, manager })
    const requester = glide.seed('sys_user', { user_name: 'fred.luddy', name: 'Fred Luddy', active: true })
    const group = glide.seed('sys_user_group', { name: 'Service Account Approvers', active: true })
    glide.setProperty(FALLBACK_GROUP_PROPERTY, group)
    return { catItem, requester, owner, manager, group }
}

function order(w: World, overrides: { requester?: string; owner?: string | null; userId?: string } = {}): string {
    const fields: Record<string, unknown> = { cat_item: w.catItem, opened_by: overrides.requester ?? w.requester }
    if (overrides.owner !== null) fields.requested_for = overrides.owner ?? w.owner
    return glide.seedRequestItem({
        fields,
        variables: {
            requested_for: overrides.owner ?? w.owner,
            user_id: overrides.userId ?? 'svc_billing',
            display_name: 'Billing sync',
            purpose: 'Copies invoices to the ERP.',
            consuming_system: 'SAP ERP',
            roles_granted: '',
        },
    })
}

function workNotes(ritm: string): string[] {
    return glide.journal('sc_req_item', ritm, 'work_notes')
}

function variableValue(ritm: string, name: string): string | undefined {
    const question = glide.rows('item_option_new').filter((q) => q.name === name).map((q) => q.sys_id)
    const options = glide
        .rows('sc_item_option_mtom')
        .filter((link) => link.request_item === ritm)
        .map((link) => glide.row('sc_item_option', String(link.sc_item_option)))
        .filter((option) => option && question.includes(String(option.item_option_new)))
    return options.length === 1 ? String(options[0]?.value ?? '') : undefined
}

beforeEach(() => {
    glide.reset()
    appSchema.defineAll()
    glide.setNow('2026-03-01 09:00:00')
})

describe('routeApproval: who is asked', () => {
    it("when the owner's manager is active and is not the requester, then the manager is asked", () => {
        const w = world()
        const outcome = routeApproval(order(w))
        expect(outcome).toMatchObject<Partial<RouteOutcome>>({ route: 'manager', managerId: w.manager, groupId: '', reason: '' })
    })

    it('when the owner has no manager, then the fallback group is asked, because no_manager', () => {
        const w = world()
        const owner = glide.seed('sys_user', { user_name: 'no.manager', name: 'No Manager', active: true })
        expect(routeApproval(order(w, { owner }))).toMatchObject({ route: 'fallback_group', groupId: w.group, reason: 'no_manager' })
    })

    it('when the manager record no longer exists, then it counts as no manager', () => {
        const w = world()
        const owner = glide.seed('sys_user', { user_name: 'orphan', name: 'Orphan', active: true, manager: 'a'.repeat(32) })
        expect(routeApproval(order(w, { owner }))).toMatchObject({ route: 'fallback_group', reason: 'no_manager' })
    })

    it('when the manager is inactive, then the fallback group is asked, because manager_inactive', () => {
        const w = world()
        const inactiveManager = glide.seed('sys_user', { user_name: 'gone', name: 'Gone Away', active: false })
        const owner = glide.seed('sys_user', { user_name: 'o2', name: 'O Two', active: true, manager: inactiveManager })
        expect(routeApproval(order(w, { owner }))).toMatchObject({ route: 'fallback_group', reason: 'manager_inactive' })
    })

    it('when the manager orders for their report (self-approval), then the fallback group is asked, because manager_is_requester', () => {
        const w = world()
        expect(routeApproval(order(w, { requester: w.manager }))).toMatchObject({ route: 'fallback_group', reason: 'manager_is_requester' })
    })

    it('when the owner is their own manager (self-approval), then the fallback group is asked, because manager_is_owner', () => {
        const w = world()
        const self = glide.seed('sys_user', { user_name: 'self', name: 'Self Managed', active: true })
        const user = new GlideRecord('sys_user')
        user.get(self)
        user.setValue('manager', self)
        user.update()
        expect(routeApproval(order(w, { owner: self }))).toMatchObject({ route: 'fallback_group', reason: 'manager_is_owner' })
    })
})

describe('routeApproval: what is recorded on the request', () => {
    it("when the manager is asked, then a work note names the manager and the due date", () => {
        const w = world()
        const ritm = order(w)
        routeApproval(ritm)
        expect(workNotes(ritm)).toEqual([
            "Approval requested from Beth Anglin, the owner's manager. The approval is due by 2026-03-06 09:00:00 (UTC); without a decision by then the request expires.",
        ])
    })

    it('when the request is rerouted, then the work note names the group, the reason and its explanation', () => {
        const w = world()
        const ritm = order(w, { requester: w.manager })
        routeApproval(ritm)
        const [note] = workNotes(ritm)
        expect(note).toContain('rerouted to the "Service Account Approvers" group')
        expect(note).toContain('(reason: manager_is_requester)')
        expect(note).toContain(FALLBACK_EXPLANATION.manager_is_requester)
    })

    it('when routed, then the roles the account will get are written into the roles_granted variable, from the property', () => {
        const w = world()
        glide.setProperty('x_seed_svcacct.group.roles', 'itil,rest_api_explorer')
        const ritm = order(w)
        routeApproval(ritm)
        const text = variableValue(ritm, 'roles_granted') ?? ''
        expect(text.split('\n').map((line) => line.split(':')[0])).toEqual(['itil', 'rest_api_explorer'])
    })

    it('when the item was ordered without a roles_granted answer, then the answer row is created', () => {
        const w = world()
        const ritm = glide.seedRequestItem({
            fields: { cat_item: w.catItem, opened_by: w.requester, requested_for: w.owner },
            variables: { user_id: 'svc_billing', consuming_system: 'SAP ERP' },
        })
        routeApproval(ritm)
        expect(variableValue(ritm, 'roles_granted')).toMatch(/^itil: /)
    })

    it('when routed, then the due date is now plus x_seed_svcacct.approval.due_days (UTC)', () => {
        const w = world()
        expect(routeApproval(order(w)).dueDate).toBe('2026-03-06 09:00:00')
        glide.setProperty('x_seed_svcacct.approval.due_days', '10')
        expect(routeApproval(order(w)).dueDate).toBe('2026-03-11 09:00:00')
    })

    it('when routed, then the approval reason names the user ID and consuming system', () => {
        const w = world()
        expect(routeApproval(order(w)).approvalReason).toBe('Service account svc_billing for SAP ERP. Roles and purpose are on the request.')
    })

    it('whatever the number of users, then routing costs the same reads and writes', () => {
        const w = world()
        const first = order(w)
        glide.resetCounters()
        routeApproval(first)
        const few = glide.counters()
        for (let i = 0; i < 200; i++) glide.seed('sys_user', { user_name: `user${i}`, active: true, manager: w.manager })
        const second = order(w, { userId: 'svc_other' })
        glide.resetCounters()
        routeApproval(second)
        expect(glide.counters()).toEqual(few)
        // The item, its variables (read again for the consuming system after the work note reloads the
        // item), the user-ID check, the requester and the owner (one query), which of them the
        // inventory names, the owner's manager, and the roles_granted answer (its link and its row).
        expect(few.reads).toEqual({
            sc_req_item: 1,
            sc_item_option_mtom: 3,
            sys_user: 3,
            x_seed_svcacct_service_account: 1,
            sc_item_option: 1,
        })
        expect(few.totalWrites).toBeLessThanOrEqual(2)
    })
})

describe('routeApproval: requests it will not send for approval', () => {
    it('when the user ID breaks the rules (the form was bypassed), then it is not routed and the requester is told why', () => {
        const w = world()
        const ritm = order(w, { userId: 'admin' })
        const outcome = routeApproval(ritm)
        expect(outcome).toMatchObject({ route: 'not_routed', reason: 'invalid_user_id', userId: 'admin' })
        expect(outcome.requesterComment).toMatch(/^This service-account request was closed without approval, and nothing was created\. The user ID "admin" cannot be used:/)
        expect(outcome.requesterComment).toMatch(/reserved/)
        expect(workNotes(ritm)[0]).toMatch(/^Not sent for approval: the user ID "admin" breaks the naming rules/)
    })

    it('when the user ID was taken since the form checked it, then it is not routed', () => {
        const w = world()
        glide.seed('sys_user', { user_name: 'svc_billing', active: false })
        const outcome = routeApproval(order(w))
        expect(outcome).toMatchObject({ route: 'not_routed', reason: 'invalid_user_id' })
        expect(outcome.requesterComment).toContain('already taken')
    })

    it('when the owner is one of the app’s service accounts (ordered by its owner, logged in as it), then it is not routed', () => {
        const w = world()
        const account = glide.seed('sys_user', { user_name: 'svc_first', name: 'svc_first', active: true, manager: w.owner })
        glide.seed('x_seed_svcacct_service_account', { account, user_name: 'svc_first', owner: w.owner, state: 'exploring' })
        const ritm = order(w, { requester: account, owner: account })
        const outcome = routeApproval(ritm)
        expect(outcome).toMatchObject({ route: 'not_routed', reason: 'service_account_party' })
        expect(outcome.requesterComment).toContain('The requester, svc_first, is a service account in the Service Account inventory.')
        expect(outcome.requesterComment).toContain('Submit the request as yourself, with a person as the owner.')
        expect(workNotes(ritm)[0]).toMatch(/^Not sent for approval: The requester, svc_first, is a service account/)
    })

    it.each([
        ['a machine identity', { identity_type: 'machine' }],
        ['web-service-only', { web_service_access_only: true }],
    ])('when the owner is %s, then it is not routed', (_label, fields) => {
        const w = world()
        const integration = glide.seed('sys_user', { user_name: 'int.erp', name: 'ERP integration', active: true, manager: w.manager, ...fields })
        expect(routeApproval(order(w, { owner: integration }))).toMatchObject({ route: 'not_routed', reason: 'service_account_party' })
    })

    it('when the request has no owner, then it is not routed', () => {
        const w = world()
        const ritm = glide.seedRequestItem({
            fields: { cat_item: w.catItem, opened_by: w.requester },
            variables: { user_id: 'svc_billing', consuming_system: 'x' },
        })
        expect(routeApproval(ritm)).toMatchObject({ route: 'not_routed', reason: 'no_owner' })
    })

    it('when the fallback group property is empty, then it is not routed, the admins get an error log and the request a work note', () => {
        const w = world()
        glide.setProperty(FALLBACK_GROUP_PROPERTY, '')
        const ritm = order(w, { requester: w.manager })
        expect(routeApproval(ritm)).toMatchObject({ route: 'not_routed', reason: 'no_fallback_group' })
        expect(glide.logs().some((log) => log.level === 'error' && /fallback approval group/.test(log.message))).toBe(true)
        expect(workNotes(ritm)[0]).toMatch(/An administrator must set the property to an active group with members/)
    })

    it('when the fallback group is inactive, then it is not routed', () => {
        const w = world()
        const inactive = glide.seed('sys_user_group', { name: 'Old approvers', active: false })
        glide.setProperty(FALLBACK_GROUP_PROPERTY, inactive)
        expect(routeApproval(order(w, { requester: w.manager }))).toMatchObject({ route: 'not_routed', reason: 'no_fallback_group' })
    })

    it('when the manager is valid, then a broken fallback group does not matter', () => {
        const w = world()
        glide.setProperty(FALLBACK_GROUP_PROPERTY, '')
        expect(routeApproval(order(w))).toMatchObject({ route: 'manager' })
    })

    it('when the request item does not exist, then it is not routed and an error is logged', () => {
        world()
        expect(routeApproval('b'.repeat(32))).toMatchObject({ route: 'not_routed', reason: 'missing_request' })
        expect(glide.logs().filter((log) => log.level === 'error')).toHaveLength(1)
    })
})

describe('routeApprovalStep (the flow action script step)', () => {
    it('sets every output the action declares', () => {
        const w = world()
        const outputs: Record<string, unknown> = {}
        routeApprovalStep({ request_item_id: ` ${order(w, { requester: w.manager })} ` }, outputs)
        expect(outputs).toEqual({
            route: 'fallback_group',
            manager: '',
            approval_group: w.group,
            reason: 'manager_is_requester',
            due_date: '2026-03-06 09:00:00',
            approval_reason: 'Service account svc_billing for SAP ERP. Roles and purpose are on the request.',
            requester_comment: '',
            user_id: 'svc_billing',
        })
    })
})

describe('answerRolesDescription (the order form)', () => {
    it('describes the roles named by the property', () => {
        glide.setProperty('x_seed_svcacct.group.roles', 'itil')
        expect(JSON.parse(answerRolesDescription()).text).toMatch(/^itil: fulfiller access/)
    })
})
