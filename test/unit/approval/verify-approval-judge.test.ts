import {
    decisionOf,
    judgeApproval,
    type ApprovalDelegate,
    type ApprovalFacts,
    type ApprovalRecord,
} from '../../../src/server/approval/verify-approval'

const REQUESTER = 'u-requester'
const OWNER = 'u-owner'
const MANAGER = 'u-manager'
const FALLBACK_GROUP = 'g-fallback'
const DECIDED_ON = '2026-03-01 10:00:00'

/** An approval record as the flow creates it (as system) and its approver decides it (in their session). */
const approvedBy = (approverId: string, approverName = approverId, changes: Partial<ApprovalRecord> = {}): ApprovalRecord => ({
    sysId: `a-${approverId}`,
    approverId,
    approverName,
    approverUserName: `${approverId}.name`,
    state: 'approved',
    createdBy: 'system',
    updatedBy: `${approverId}.name`,
    updatedOn: DECIDED_ON,
    ...changes,
})

const delegation = (userId: string, delegateId: string, changes: Partial<ApprovalDelegate> = {}): ApprovalDelegate => ({
    userId,
    delegateId,
    delegateUserName: `${delegateId}.name`,
    delegateName: `Delegate ${delegateId}`,
    starts: '2026-02-01 00:00:00',
    ends: '2026-04-01 00:00:00',
    ...changes,
})

function facts(overrides: Partial<ApprovalFacts> = {}): ApprovalFacts {
    return {
        requesterId: REQUESTER,
        ownerId: OWNER,
        manager: { sysId: MANAGER, active: true },
        records: [approvedBy(MANAGER, 'Mia Manager')],
        delegates: [],
        activeFallbackMembers: [],
        fallbackGroupId: FALLBACK_GROUP,
        serviceAccountParties: [],
        ...overrides,
    }
}

describe('judgeApproval', () => {
    it("when the owner's manager approved, then the approval is genuine", () => {
        const verdict = judgeApproval(facts())
        expect(verdict).toMatchObject({ genuine: true, approval: { approverId: MANAGER, deciderId: MANAGER }, route: { kind: 'manager' } })
    })

    it('when there is no approval record (the field was edited directly), then it is not genuine', () => {
        const verdict = judgeApproval(facts({ records: [] }))
        expect(verdict).toMatchObject({ genuine: false, code: 'no_approval_record', pending: false })
    })

    it('when the only approval record still waits for its approver, then it is not genuine, and it says an approval is pending', () => {
        const verdict = judgeApproval(facts({ records: [approvedBy(MANAGER, 'Mia', { state: 'requested' })] }))
        expect(verdict).toMatchObject({ genuine: false, code: 'no_approval_record', pending: true })
    })

    it("when someone other than the owner's manager approved, then it is not genuine", () => {
        const verdict = judgeApproval(facts({ records: [approvedBy('u-colleague', 'Carl Colleague')] }))
        expect(verdict).toMatchObject({ genuine: false, code: 'ineligible_approver' })
        if (!verdict.genuine) expect(verdict.message).toContain('Carl Colleague')
    })

    it('when a fallback group member approved although the manager route applies, then it is not genuine', () => {
        const verdict = judgeApproval(facts({ records: [approvedBy('u-member')], activeFallbackMembers: ['u-member'] }))
        expect(verdict).toMatchObject({ genuine: false, code: 'ineligible_approver' })
    })

    it('when the manager is the requester and approved their own request, then it is not genuine', () => {
        const verdict = judgeApproval(facts({ requesterId: MANAGER, records: [approvedBy(MANAGER)], activeFallbackMembers: [MANAGER] }))
        expect(verdict).toMatchObject({ genuine: false, code: 'self_approval' })
    })

    it('when the manager is the requester and an active fallback member approved, then it is genuine', () => {
        const verdict = judgeApproval(
            facts({ requesterId: MANAGER, records: [approvedBy('u-member', 'Fay Fallback')], activeFallbackMembers: ['u-member'] }),
        )
        expect(verdict).toMatchObject({ genuine: true, route: { kind: 'fallback_group', reason: 'manager_is_requester' } })
    })

    it('when the owner has no manager and a non-member approved, then it is not genuine', () => {
        const verdict = judgeApproval(facts({ manager: null, records: [approvedBy('u-stranger')], activeFallbackMembers: [] }))
        expect(verdict).toMatchObject({ genuine: false, code: 'ineligible_approver' })
    })

    it('when the owner has an inactive manager who approved, then it is not genuine', () => {
        const verdict = judgeApproval(facts({ manager: { sysId: MANAGER, active: false } }))
        expect(verdict).toMatchObject({ genuine: false, code: 'ineligible_approver' })
    })

    it('when the fallback group must approve but no group is configured, then it says which property to set', () => {
        const verdict = judgeApproval(facts({ manager: null, records: [approvedBy('u-member')], fallbackGroupId: '' }))
        expect(verdict).toMatchObject({ genuine: false, code: 'no_fallback_group' })
        if (!verdict.genuine) expect(verdict.message).toContain('x_seed_svcacct.approval.fallback_group')
    })

    it('when the owner approved their own request as a fallback member, then it is not genuine', () => {
        const verdict = judgeApproval(facts({ manager: null, records: [approvedBy(OWNER)], activeFallbackMembers: [OWNER] }))
        expect(verdict).toMatchObject({ genuine: false, code: 'self_approval' })
    })

    it('when both an ineligible user and the manager approved, then the manager’s approval counts', () => {
        const verdict = judgeApproval(facts({ records: [approvedBy('u-colleague'), approvedBy(MANAGER)] }))
        expect(verdict).toMatchObject({ genuine: true, approval: { approverId: MANAGER } })
    })
})

describe('judgeApproval: a rejected or expired request stays refused', () => {
    it.each(['rejected', 'cancelled'])('when any approval record of the item is %s, then nothing counts, not even an approval next to it', (state) => {
        const verdict = judgeApproval(facts({ records: [approvedBy(MANAGER, 'Mia'), approvedBy('u-other', 'Otto', { state })] }))
        expect(verdict).toMatchObject({ genuine: false, code: 'approval_ended' })
        if (!verdict.genuine) expect(verdict.message).toContain(`${state} (approver Otto)`)
    })

    it('when the other approvals are no longer required (the group approved through one member), then they do not matter', () => {
        const verdict = judgeApproval(
            facts({ manager: null, records: [approvedBy('u-member'), approvedBy('u-peer', 'Peer', { state: 'not_required' })], activeFallbackMembers: ['u-member'] }),
        )
        expect(verdict).toMatchObject({ genuine: true })
    })
})

describe('judgeApproval: only approval records the flow created and the approver decided count', () => {
    it('when an approved record was inserted by someone, not by the flow, then it is not genuine and the note names who', () => {
        const verdict = judgeApproval(facts({ records: [approvedBy(MANAGER, 'Mia Manager', { createdBy: 'ivy.itil', updatedBy: 'ivy.itil' })] }))
        expect(verdict).toMatchObject({ genuine: false, code: 'not_from_flow' })
        if (!verdict.genuine) expect(verdict.message).toContain('was created by "ivy.itil", not by the approval flow')
    })

    it("when someone else set the manager's pending record to approved, then it is not genuine", () => {
        const verdict = judgeApproval(facts({ records: [approvedBy(MANAGER, 'Mia Manager', { updatedBy: 'ivy.itil' })] }))
        expect(verdict).toMatchObject({ genuine: false, code: 'not_from_flow' })
        if (!verdict.genuine) expect(verdict.message).toContain('set to approved by "ivy.itil", who is neither Mia Manager nor an active approval delegate')
    })

    it("when the manager's approval delegate approved within the delegation, then it is genuine and says who decided", () => {
        const verdict = judgeApproval(
            facts({ records: [approvedBy(MANAGER, 'Mia Manager', { updatedBy: 'u-deputy.name' })], delegates: [delegation(MANAGER, 'u-deputy')] }),
        )
        expect(verdict).toMatchObject({ genuine: true, approval: { approverId: MANAGER, deciderId: 'u-deputy', byDelegate: true } })
        if (verdict.genuine) expect(verdict.summary).toBe("approved by Delegate u-deputy, approval delegate of the owner's manager, Mia Manager")
    })

    it('when the delegation had ended, or had not started, when the record was decided, then it is not genuine', () => {
        const record = approvedBy(MANAGER, 'Mia', { updatedBy: 'u-deputy.name' })
        expect(judgeApproval(facts({ records: [record], delegates: [delegation(MANAGER, 'u-deputy', { ends: '2026-02-28 00:00:00' })] }))).toMatchObject({
            code: 'not_from_flow',
        })
        expect(judgeApproval(facts({ records: [record], delegates: [delegation(MANAGER, 'u-deputy', { starts: '2026-03-02 00:00:00' })] }))).toMatchObject({
            code: 'not_from_flow',
        })
    })

    it('when a delegation has no end, then it lasts', () => {
        const record = approvedBy(MANAGER, 'Mia', { updatedBy: 'u-deputy.name' })
        expect(judgeApproval(facts({ records: [record], delegates: [delegation(MANAGER, 'u-deputy', { starts: '', ends: '' })] }))).toMatchObject({ genuine: true })
    })

    it("when someone delegates for another approver, not this one, then it does not count", () => {
        const record = approvedBy(MANAGER, 'Mia', { updatedBy: 'u-deputy.name' })
        expect(judgeApproval(facts({ records: [record], delegates: [delegation('u-someone-else', 'u-deputy')] }))).toMatchObject({ code: 'not_from_flow' })
    })

    it('when the requester decided as the manager’s delegate, then it is a self-approval', () => {
        const record = approvedBy(MANAGER, 'Mia', { updatedBy: `${REQUESTER}.name` })
        const verdict = judgeApproval(facts({ records: [record], delegates: [delegation(MANAGER, REQUESTER)] }))
        expect(verdict).toMatchObject({ genuine: false, code: 'self_approval' })
    })

    it('compares user names without regard to case, as the platform does', () => {
        expect(decisionOf(approvedBy(MANAGER, 'Mia', { createdBy: 'System', updatedBy: 'U-MANAGER.NAME' }), [])).toMatchObject({ deciderId: MANAGER })
    })
})

describe('judgeApproval: service accounts may not request or own service accounts', () => {
    it('when the owner (or the requester) is a service account, then it is not genuine, whoever approved', () => {
        const verdict = judgeApproval(facts({ serviceAccountParties: [{ role: 'owner', name: 'svc_first', reason: 'managed_by_app' }] }))
        expect(verdict).toMatchObject({ genuine: false, code: 'service_account_party' })
        if (!verdict.genuine) expect(verdict.message).toContain('The owner, svc_first, is a service account in the Service Account inventory.')
    })
})
