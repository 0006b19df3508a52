import { GlideRecord, glide } from '../../fakes/glide'
import { appSchema } from '../../fakes/app-schema'
import { verifyApproval } from '../../../src/server/approval/verify-approval'

/*
 * The Glide shell of the approval check: which records it reads, and how many reads it costs.
 * Approval records are written the way the flow and the approver write them: inserted in the
 * system's session (the flow runs as system), decided in the approver's session.
 */
const INVENTORY = 'x_seed_svcacct_service_account'

function seedParties() {
    glide.reset()
    appSchema.defineAll()
    glide.setNow('2026-03-01 09:00:00')
    const fallbackGroupId = glide.seed('sys_user_group', { name: 'Service Account Approvers', active: true })
    const managerId = glide.seed('sys_user', { user_name: 'mia.manager', name: 'Mia Manager', active: true })
    const ownerId = glide.seed('sys_user', { user_name: 'olga.owner', name: 'Olga Owner', active: true, manager: managerId })
    const memberId = glide.seed('sys_user', { user_name: 'fay.fallback', name: 'Fay Fallback', active: true })
    glide.seed('sys_user_grmember', { user: memberId, group: fallbackGroupId })
    const itemId = glide.seedRequestItem({ fields: { requested_for: ownerId, opened_by: ownerId, approval: 'approved' } })
    const subject = { requestItemId: itemId, requesterId: ownerId, ownerId }
    return { fallbackGroupId, managerId, ownerId, memberId, itemId, subject }
}

function as(userName: string): void {
    glide.setUser({ sysId: userName === 'system' ? 'system' : 'x'.repeat(32), userName, roles: [] })
}

/** The flow asks `approverId` (as system); then `decider` sets the decision in their own session. */
function approval(itemId: string, approverId: string, decision: string, decider: string): string {
    as('system')
    const record = new GlideRecord('sysapproval_approver')
    record.initialize()
    record.setValue('sysapproval', itemId)
    record.setValue('approver', approverId)
    record.setValue('state', 'requested')
    const id = record.insert()!
    as(decider)
    record.setValue('state', decision)
    record.update()
    as('system')
    return id
}

describe('verifyApproval', () => {
    it("when the owner's manager approved, then it is genuine after 4 reads (approvals, requester and owner, inventory, manager)", () => {
        const w = seedParties()
        approval(w.itemId, w.managerId, 'approved', 'mia.manager')
        glide.resetCounters()
        const check = verifyApproval(w.subject, w.fallbackGroupId)
        expect(check.verdict).toMatchObject({ genuine: true, approval: { approverId: w.managerId, approverName: 'Mia Manager' } })
        expect(check.owner).toEqual({ sysId: w.ownerId, name: 'Olga Owner', active: true })
        expect(glide.counters()).toMatchObject({ reads: { sysapproval_approver: 1, sys_user: 2, [INVENTORY]: 1 }, totalReads: 4, totalWrites: 0 })
    })

    it('when there is no approval record, then it stops after one read', () => {
        const w = seedParties()
        glide.resetCounters()
        const check = verifyApproval(w.subject, w.fallbackGroupId)
        expect(check).toEqual({ verdict: expect.objectContaining({ genuine: false, code: 'no_approval_record' }), owner: null })
        expect(glide.counters().totalReads).toBe(1)
    })

    it('when an approval of another item exists, then it does not count', () => {
        const w = seedParties()
        const other = glide.seedRequestItem({ fields: { requested_for: w.ownerId, opened_by: w.ownerId } })
        approval(other, w.managerId, 'approved', 'mia.manager')
        expect(verifyApproval(w.subject, w.fallbackGroupId).verdict).toMatchObject({ genuine: false, code: 'no_approval_record' })
    })

    it('when an approval of the item was rejected, then it stops after one read, even if another approval says approved', () => {
        const w = seedParties()
        approval(w.itemId, w.managerId, 'approved', 'mia.manager')
        approval(w.itemId, w.memberId, 'rejected', 'fay.fallback')
        glide.resetCounters()
        expect(verifyApproval(w.subject, w.fallbackGroupId).verdict).toMatchObject({ genuine: false, code: 'approval_ended' })
        expect(glide.counters().totalReads).toBe(1)
    })

    it('when the owner has no manager and an active fallback member approved, then it is genuine after 4 reads', () => {
        const w = seedParties()
        const lone = glide.seed('sys_user', { user_name: 'lone.owner', name: 'Lone Owner', active: true })
        approval(w.itemId, w.memberId, 'approved', 'fay.fallback')
        glide.resetCounters()
        const check = verifyApproval({ ...w.subject, ownerId: lone, requesterId: lone }, w.fallbackGroupId)
        expect(check.verdict).toMatchObject({ genuine: true, route: { kind: 'fallback_group', reason: 'no_manager' } })
        expect(glide.counters().reads).toEqual({ sysapproval_approver: 1, sys_user: 1, [INVENTORY]: 1, sys_user_grmember: 1 })
    })

    it('when the fallback approver is no longer active, then it is not genuine', () => {
        const w = seedParties()
        const lone = glide.seed('sys_user', { user_name: 'lone.owner', name: 'Lone Owner', active: true })
        const gone = glide.seed('sys_user', { user_name: 'gone.member', name: 'Gone Member', active: false })
        glide.seed('sys_user_grmember', { user: gone, group: w.fallbackGroupId })
        approval(w.itemId, gone, 'approved', 'gone.member')
        const check = verifyApproval({ ...w.subject, ownerId: lone, requesterId: lone }, w.fallbackGroupId)
        expect(check.verdict).toMatchObject({ genuine: false, code: 'ineligible_approver' })
    })

    it('when the manager requested for their report and approved it, then it is a self-approval', () => {
        const w = seedParties()
        approval(w.itemId, w.managerId, 'approved', 'mia.manager')
        const check = verifyApproval({ ...w.subject, requesterId: w.managerId }, w.fallbackGroupId)
        expect(check.verdict).toMatchObject({ genuine: false, code: 'self_approval' })
    })
})

describe('verifyApproval: approval records not made by the flow and the approver', () => {
    it('when an itil user inserted an approved record for the manager, then it is not genuine, after one read', () => {
        const w = seedParties()
        as('ivy.itil')
        glide.seed('sysapproval_approver', { sysapproval: w.itemId, approver: w.managerId, state: 'approved' })
        as('system')
        glide.resetCounters()
        const check = verifyApproval(w.subject, w.fallbackGroupId)
        expect(check.verdict).toMatchObject({ genuine: false, code: 'not_from_flow' })
        expect(glide.counters().totalReads).toBe(1)
    })

    it("when an itil user set the manager's pending record to approved, then it is not genuine (one more read: the manager's delegates)", () => {
        const w = seedParties()
        approval(w.itemId, w.managerId, 'approved', 'ivy.itil')
        glide.resetCounters()
        expect(verifyApproval(w.subject, w.fallbackGroupId).verdict).toMatchObject({ genuine: false, code: 'not_from_flow' })
        expect(glide.counters().reads).toEqual({ sysapproval_approver: 1, sys_user_delegate: 1 })
    })

    it("when the manager's approval delegate decided during the delegation, then it is genuine, with one more read", () => {
        const w = seedParties()
        const deputy = glide.seed('sys_user', { user_name: 'dan.deputy', name: 'Dan Deputy', active: true })
        glide.seed('sys_user_delegate', { user: w.managerId, delegate: deputy, approvals: true, starts: '2026-02-01 00:00:00', ends: '2026-04-01 00:00:00' })
        approval(w.itemId, w.managerId, 'approved', 'dan.deputy')
        glide.resetCounters()
        const check = verifyApproval(w.subject, w.fallbackGroupId)
        expect(check.verdict).toMatchObject({ genuine: true, approval: { deciderId: deputy, byDelegate: true } })
        expect(glide.counters().totalReads).toBe(5)
    })

    it('when the delegation does not cover approvals, then the delegate’s decision does not count', () => {
        const w = seedParties()
        const deputy = glide.seed('sys_user', { user_name: 'dan.deputy', name: 'Dan Deputy', active: true })
        glide.seed('sys_user_delegate', { user: w.managerId, delegate: deputy, approvals: false, assignments: true })
        approval(w.itemId, w.managerId, 'approved', 'dan.deputy')
        expect(verifyApproval(w.subject, w.fallbackGroupId).verdict).toMatchObject({ genuine: false, code: 'not_from_flow' })
    })
})

describe('verifyApproval: a service account as requester or owner', () => {
    it('when the owner is an account in the inventory, then it is not genuine, whoever approved', () => {
        const w = seedParties()
        const account = glide.seed('sys_user', { user_name: 'svc_first', name: 'svc_first', active: true, manager: w.managerId })
        glide.seed(INVENTORY, { account, user_name: 'svc_first', owner: w.ownerId, state: 'exploring' })
        approval(w.itemId, w.managerId, 'approved', 'mia.manager')
        const check = verifyApproval({ ...w.subject, requesterId: account, ownerId: account }, w.fallbackGroupId)
        expect(check.verdict).toMatchObject({ genuine: false, code: 'service_account_party' })
    })

    it.each([
        ['identity type Machine', { identity_type: 'machine' }],
        ['web-service-only', { web_service_access_only: true }],
    ])('when the requester is %s, then it is not genuine', (_label, fields) => {
        const w = seedParties()
        const integration = glide.seed('sys_user', { user_name: 'int.user', name: 'Integration', active: true, ...fields })
        approval(w.itemId, w.managerId, 'approved', 'mia.manager')
        const check = verifyApproval({ ...w.subject, requesterId: integration }, w.fallbackGroupId)
        expect(check.verdict).toMatchObject({ genuine: false, code: 'service_account_party' })
    })

    it('on a release without sys_user.identity_type, the check still works from the other signs', () => {
        const w = seedParties()
        glide.removeField('sys_user', 'identity_type')
        approval(w.itemId, w.managerId, 'approved', 'mia.manager')
        expect(verifyApproval(w.subject, w.fallbackGroupId).verdict).toMatchObject({ genuine: true })
    })
})
