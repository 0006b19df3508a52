import { chooseApprover, FALLBACK_EXPLANATION, type ApproverFacts } from '../../../src/server/approval/approver-choice'

const REQUESTER = 'a0000000000000000000000000000001'
const OWNER = 'a0000000000000000000000000000002'
const MANAGER = 'a0000000000000000000000000000003'

function facts(overrides: Partial<ApproverFacts> = {}): ApproverFacts {
    return { requesterId: REQUESTER, ownerId: OWNER, manager: { sysId: MANAGER, active: true }, ...overrides }
}

describe('chooseApprover', () => {
    it("when the owner's manager is active and neither the requester nor the owner, then the manager approves", () => {
        expect(chooseApprover(facts())).toEqual({ kind: 'manager', managerId: MANAGER })
    })

    it('when the owner has no manager, then the fallback group approves, because no_manager', () => {
        expect(chooseApprover(facts({ manager: null }))).toEqual({
            kind: 'fallback_group',
            reason: 'no_manager',
            explanation: FALLBACK_EXPLANATION.no_manager,
        })
    })

    it('when the manager reference is empty, then it counts as no manager', () => {
        expect(chooseApprover(facts({ manager: { sysId: '', active: true } }))).toMatchObject({ kind: 'fallback_group', reason: 'no_manager' })
    })

    it('when the manager is inactive, then the fallback group approves, because manager_inactive', () => {
        expect(chooseApprover(facts({ manager: { sysId: MANAGER, active: false } }))).toMatchObject({
            kind: 'fallback_group',
            reason: 'manager_inactive',
        })
    })

    it('when the manager is the requester (self-approval), then the fallback group approves, because manager_is_requester', () => {
        expect(chooseApprover(facts({ requesterId: MANAGER }))).toMatchObject({ kind: 'fallback_group', reason: 'manager_is_requester' })
    })

    it('when the owner is their own manager (self-approval), then the fallback group approves, because manager_is_owner', () => {
        expect(chooseApprover(facts({ ownerId: MANAGER }))).toMatchObject({ kind: 'fallback_group', reason: 'manager_is_owner' })
    })

    it('when requester, owner and manager are one person, then the owner rule names the reason', () => {
        expect(chooseApprover({ requesterId: OWNER, ownerId: OWNER, manager: { sysId: OWNER, active: true } })).toMatchObject({
            reason: 'manager_is_owner',
        })
    })

    it('when the requester orders for themself and their manager is valid, then the manager approves', () => {
        expect(chooseApprover(facts({ requesterId: OWNER }))).toEqual({ kind: 'manager', managerId: MANAGER })
    })

    it('when the self-approving manager is also inactive, then the self-approval reason wins (it is the one to fix first)', () => {
        expect(chooseApprover(facts({ requesterId: MANAGER, manager: { sysId: MANAGER, active: false } }))).toMatchObject({
            reason: 'manager_is_requester',
        })
    })

    it('every fallback reason has a sentence a requester can read', () => {
        for (const text of Object.values(FALLBACK_EXPLANATION)) expect(text).toMatch(/^[A-Z].*\.$/)
    })
})
