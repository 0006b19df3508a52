import { judgeApproval, type ApprovalFacts, type ApprovalRecord } from '../../../src/server/approval/verify-approval'

const REQUESTER = 'u-requester'
const OWNER = 'u-owner'
const MANAGER = 'u-manager'
const FALLBACK_GROUP = 'g-fallback'

const approvedBy = (approverId: string, approverName = approverId): ApprovalRecord => ({ sysId: `a-${approverId}`, approverId, approverName })

function facts(overrides: Partial<ApprovalFacts> = {}): ApprovalFacts {
    return {
        requesterId: REQUESTER,
        ownerId: OWNER,
        manager: { sysId: MANAGER, active: true },
        approvals: [approvedBy(MANAGER, 'Mia Manager')],
        activeFallbackMembers: [],
        fallbackGroupId: FALLBACK_GROUP,
        ...overrides,
    }
}

describe('judgeApproval', () => {
    it("when the owner's manager approved, then the approval is genuine", () => {
        const verdict = judgeApproval(facts())
        expect(verdict).toMatchObject({ genuine: true, approval: { approverId: MANAGER }, route: { kind: 'manager' } })
    })

    it('when there is no approval record (the field was edited directly), then it is not genuine', () => {
        const verdict = judgeApproval(facts({ approvals: [] }))
        expect(verdict).toMatchObject({ genuine: false, code: 'no_approval_record' })
    })

    it("when someone other than the owner's manager approved, then it is not genuine", () => {
        const verdict = judgeApproval(facts({ approvals: [approvedBy('u-colleague', 'Carl Colleague')] }))
        expect(verdict).toMatchObject({ genuine: false, code: 'ineligible_approver' })
        if (!verdict.genuine) expect(verdict.message).toContain('Carl Colleague')
    })

    it('when a fallback group member approved although the manager route applies, then it is not genuine', () => {
        const verdict = judgeApproval(facts({ approvals: [approvedBy('u-member')], activeFallbackMembers: ['u-member'] }))
        expect(verdict).toMatchObject({ genuine: false, code: 'ineligible_approver' })
    })

    it('when the manager is the requester and approved their own request, then it is not genuine', () => {
        const verdict = judgeApproval(
            facts({ requesterId: MANAGER, approvals: [approvedBy(MANAGER)], activeFallbackMembers: [MANAGER] }),
        )
        expect(verdict).toMatchObject({ genuine: false, code: 'self_approval' })
    })

    it('when the manager is the requester and an active fallback member approved, then it is genuine', () => {
        const verdict = judgeApproval(
            facts({ requesterId: MANAGER, approvals: [approvedBy('u-member', 'Fay Fallback')], activeFallbackMembers: ['u-member'] }),
        )
        expect(verdict).toMatchObject({ genuine: true, route: { kind: 'fallback_group', reason: 'manager_is_requester' } })
    })

    it('when the owner has no manager and a non-member approved, then it is not genuine', () => {
        const verdict = judgeApproval(facts({ manager: null, approvals: [approvedBy('u-stranger')], activeFallbackMembers: [] }))
        expect(verdict).toMatchObject({ genuine: false, code: 'ineligible_approver' })
    })

    it('when the owner has an inactive manager who approved, then it is not genuine', () => {
        const verdict = judgeApproval(facts({ manager: { sysId: MANAGER, active: false } }))
        expect(verdict).toMatchObject({ genuine: false, code: 'ineligible_approver' })
    })

    it('when the fallback group must approve but no group is configured, then it says which property to set', () => {
        const verdict = judgeApproval(facts({ manager: null, approvals: [approvedBy('u-member')], fallbackGroupId: '' }))
        expect(verdict).toMatchObject({ genuine: false, code: 'no_fallback_group' })
        if (!verdict.genuine) expect(verdict.message).toContain('x_seed_svcacct.approval.fallback_group')
    })

    it('when the owner approved their own request as a fallback member, then it is not genuine', () => {
        const verdict = judgeApproval(facts({ manager: null, approvals: [approvedBy(OWNER)], activeFallbackMembers: [OWNER] }))
        expect(verdict).toMatchObject({ genuine: false, code: 'self_approval' })
    })

    it('when both an ineligible user and the manager approved, then the manager’s approval counts', () => {
        const verdict = judgeApproval(facts({ approvals: [approvedBy('u-colleague'), approvedBy(MANAGER)] }))
        expect(verdict).toMatchObject({ genuine: true, approval: { approverId: MANAGER } })
    })
})
