/**
 * Who approves a service-account request. The owner's manager approves, unless that manager is
 * missing, inactive, or the requester or owner themself (the platform does not prevent
 * self-approval). Then the fallback approval group approves, and the request records why.
 *
 * chooseApprover() is pure; the approval flow and the provisioning check both use it, so the
 * approver the flow asks is the approver provisioning accepts.
 */
export interface ApproverFacts {
    /** sc_req_item.opened_by: who ordered. */
    requesterId: string
    /** sc_req_item.requested_for: who will own the account. */
    ownerId: string
    /** The owner's manager, or null when the owner has none (or it no longer exists). */
    manager: { sysId: string; active: boolean } | null
}

export type FallbackReason = 'no_manager' | 'manager_inactive' | 'manager_is_requester' | 'manager_is_owner'

export type ApproverRoute =
    | { kind: 'manager'; managerId: string }
    | { kind: 'fallback_group'; reason: FallbackReason; explanation: string }

export const FALLBACK_EXPLANATION: Record<FallbackReason, string> = {
    no_manager: 'The owner has no manager in their user record.',
    manager_inactive: "The owner's manager is inactive.",
    manager_is_requester: "The owner's manager is the requester, who may not approve their own request.",
    manager_is_owner: 'The owner is recorded as their own manager, who may not approve their own request.',
}

function fallback(reason: FallbackReason): ApproverRoute {
    return { kind: 'fallback_group', reason, explanation: FALLBACK_EXPLANATION[reason] }
}

export function chooseApprover(facts: ApproverFacts): ApproverRoute {
    const manager = facts.manager
    if (!manager || !manager.sysId) return fallback('no_manager')
    if (manager.sysId === facts.ownerId) return fallback('manager_is_owner')
    if (manager.sysId === facts.requesterId) return fallback('manager_is_requester')
    if (!manager.active) return fallback('manager_inactive')
    return { kind: 'manager', managerId: manager.sysId }
}
