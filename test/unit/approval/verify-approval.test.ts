import { glide } from '../../fakes/glide'
import { verifyApproval } from '../../../src/server/approval/verify-approval'

/*
 * The Glide shell of the approval check: which records it reads, and how many reads it costs.
 */
function seedParties() {
    glide.reset()
    const fallbackGroupId = glide.seed('sys_user_group', { name: 'Service Account Approvers', active: true })
    const managerId = glide.seed('sys_user', { user_name: 'mia.manager', name: 'Mia Manager', active: true })
    const ownerId = glide.seed('sys_user', { user_name: 'olga.owner', name: 'Olga Owner', active: true, manager: managerId })
    const memberId = glide.seed('sys_user', { user_name: 'fay.fallback', name: 'Fay Fallback', active: true })
    glide.seed('sys_user_grmember', { user: memberId, group: fallbackGroupId })
    const itemId = glide.seedRequestItem({ fields: { requested_for: ownerId, opened_by: ownerId, approval: 'approved' } })
    const subject = { requestItemId: itemId, requesterId: ownerId, ownerId }
    return { fallbackGroupId, managerId, ownerId, memberId, itemId, subject }
}

describe('verifyApproval', () => {
    it("when the owner's manager approved, then it is genuine after 3 reads (approvals, owner, manager)", () => {
        const w = seedParties()
        glide.seed('sysapproval_approver', { sysapproval: w.itemId, approver: w.managerId, state: 'approved' })
        glide.resetCounters()
        const check = verifyApproval(w.subject, w.fallbackGroupId)
        expect(check.verdict).toMatchObject({ genuine: true, approval: { approverId: w.managerId, approverName: 'Mia Manager' } })
        expect(check.owner).toEqual({ sysId: w.ownerId, name: 'Olga Owner', active: true })
        expect(glide.counters()).toMatchObject({ reads: { sysapproval_approver: 1, sys_user: 2 }, totalReads: 3, totalWrites: 0 })
    })

    it('when there is no approval record, then it stops after one read', () => {
        const w = seedParties()
        glide.resetCounters()
        const check = verifyApproval(w.subject, w.fallbackGroupId)
        expect(check).toEqual({ verdict: expect.objectContaining({ genuine: false, code: 'no_approval_record' }), owner: null })
        expect(glide.counters().totalReads).toBe(1)
    })

    it('when an approval of another item, or a rejected one, exists, then it does not count', () => {
        const w = seedParties()
        const other = glide.seedRequestItem({ fields: { requested_for: w.ownerId, opened_by: w.ownerId } })
        glide.seed('sysapproval_approver', { sysapproval: other, approver: w.managerId, state: 'approved' })
        glide.seed('sysapproval_approver', { sysapproval: w.itemId, approver: w.managerId, state: 'rejected' })
        expect(verifyApproval(w.subject, w.fallbackGroupId).verdict).toMatchObject({ genuine: false, code: 'no_approval_record' })
    })

    it('when the owner has no manager and an active fallback member approved, then it is genuine after 3 reads', () => {
        const w = seedParties()
        const lone = glide.seed('sys_user', { user_name: 'lone.owner', name: 'Lone Owner', active: true })
        glide.seed('sysapproval_approver', { sysapproval: w.itemId, approver: w.memberId, state: 'approved' })
        glide.resetCounters()
        const check = verifyApproval({ ...w.subject, ownerId: lone, requesterId: lone }, w.fallbackGroupId)
        expect(check.verdict).toMatchObject({ genuine: true, route: { kind: 'fallback_group', reason: 'no_manager' } })
        expect(glide.counters().reads).toEqual({ sysapproval_approver: 1, sys_user: 1, sys_user_grmember: 1 })
    })

    it('when the fallback approver is no longer active, then it is not genuine', () => {
        const w = seedParties()
        const lone = glide.seed('sys_user', { user_name: 'lone.owner', name: 'Lone Owner', active: true })
        const gone = glide.seed('sys_user', { user_name: 'gone.member', name: 'Gone Member', active: false })
        glide.seed('sys_user_grmember', { user: gone, group: w.fallbackGroupId })
        glide.seed('sysapproval_approver', { sysapproval: w.itemId, approver: gone, state: 'approved' })
        const check = verifyApproval({ ...w.subject, ownerId: lone, requesterId: lone }, w.fallbackGroupId)
        expect(check.verdict).toMatchObject({ genuine: false, code: 'ineligible_approver' })
    })

    it('when the manager requested for their report and approved it, then it is a self-approval', () => {
        const w = seedParties()
        glide.seed('sysapproval_approver', { sysapproval: w.itemId, approver: w.managerId, state: 'approved' })
        const check = verifyApproval({ ...w.subject, requesterId: w.managerId }, w.fallbackGroupId)
        expect(check.verdict).toMatchObject({ genuine: false, code: 'self_approval' })
    })
})
