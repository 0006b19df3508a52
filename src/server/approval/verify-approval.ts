/**
 * Is this request item's approval genuine? The item's `approval` field can be edited directly by
 * anyone who can write the item, so it proves nothing on its own. Genuine means: an approved
 * sysapproval_approver row for this item, from the approver chooseApprover() names for it now
 * (the owner's manager, or an active member of the fallback group), who is neither the requester
 * nor the owner. The approval flow asks that same approver, so a real approval always passes.
 *
 * judgeApproval() is pure. verifyApproval() is the Glide shell: 1 read when there is no approval
 * record (the forged case stops there), else 3 or 4, never one per user.
 */
import { GlideRecord } from '@servicenow/glide'
import { PROPERTY } from '../config/properties.ts'
import { isTrue } from '../naming/user-id-rules.ts'
import { chooseApprover, type ApproverFacts, type ApproverRoute } from './approver-choice.ts'

/** sysapproval_approver.state of a decision that approves. */
export const APPROVED = 'approved'

export interface ApprovalRecord {
    sysId: string
    approverId: string
    /** The approver's display name, for the work note. */
    approverName: string
}

export interface ApprovalFacts extends ApproverFacts {
    /** Approved sysapproval_approver rows for the item. */
    approvals: ApprovalRecord[]
    /** Among those approvers: the ones who are active members of the fallback approval group. */
    activeFallbackMembers: string[]
    fallbackGroupId: string
}

export type ApprovalRefusal = 'no_approval_record' | 'self_approval' | 'ineligible_approver' | 'no_fallback_group'

export type ApprovalVerdict =
    | { genuine: true; approval: ApprovalRecord; route: ApproverRoute; summary: string }
    | { genuine: false; code: ApprovalRefusal; message: string }

function names(approvals: ApprovalRecord[]): string {
    return approvals.map((a) => `"${a.approverName || a.approverId}"`).join(', ')
}

export function judgeApproval(facts: ApprovalFacts): ApprovalVerdict {
    if (facts.approvals.length === 0) {
        return {
            genuine: false,
            code: 'no_approval_record',
            message:
                'The item is marked approved, but no approval record approves it: its approval field was set directly, not through an approval.',
        }
    }
    // The platform does not prevent self-approval (platform-facts, "Catalog and flow"): guard here.
    const independent = facts.approvals.filter((a) => a.approverId !== facts.requesterId && a.approverId !== facts.ownerId)
    if (independent.length === 0) {
        return {
            genuine: false,
            code: 'self_approval',
            message: `The only approval comes from the requester or the owner (${names(facts.approvals)}), who may not approve their own request.`,
        }
    }

    const route = chooseApprover(facts)
    if (route.kind === 'manager') {
        const approval = independent.find((a) => a.approverId === route.managerId)
        if (approval) {
            return { genuine: true, approval, route, summary: `approved by the owner's manager, ${approval.approverName}` }
        }
        return {
            genuine: false,
            code: 'ineligible_approver',
            message: `The approval comes from ${names(independent)}, but only the owner's manager may approve this request.`,
        }
    }

    if (!facts.fallbackGroupId) {
        return {
            genuine: false,
            code: 'no_fallback_group',
            message: `${route.explanation} The fallback approval group must approve, but ${PROPERTY.fallbackApprovalGroup} names no group.`,
        }
    }
    const members = new Set(facts.activeFallbackMembers)
    const approval = independent.find((a) => members.has(a.approverId))
    if (approval) {
        return {
            genuine: true,
            approval,
            route,
            summary: `approved by ${approval.approverName}, a member of the fallback approval group (${route.explanation})`,
        }
    }
    return {
        genuine: false,
        code: 'ineligible_approver',
        message: `${route.explanation} Only an active member of the fallback approval group may approve, and ${names(independent)} is not one.`,
    }
}

export interface OwnerRecord {
    sysId: string
    name: string
    active: boolean
}

export interface ApprovalCheck {
    verdict: ApprovalVerdict
    /** The owner as read for the check; null when the check stopped before reading it, or it is gone. */
    owner: OwnerRecord | null
}

export interface ApprovalSubject {
    requestItemId: string
    requesterId: string
    ownerId: string
}

/**
 * Reads the approval records first and stops when there is none (1 read). Otherwise reads the owner
 * and the owner's manager (2 reads) and, when the fallback group decides, its approving members (1).
 */
export function verifyApproval(subject: ApprovalSubject, fallbackGroupId: string): ApprovalCheck {
    const approvals = readApprovals(subject.requestItemId)
    const facts: ApprovalFacts = {
        requesterId: subject.requesterId,
        ownerId: subject.ownerId,
        manager: null,
        approvals,
        activeFallbackMembers: [],
        fallbackGroupId,
    }
    if (approvals.length === 0) return { verdict: judgeApproval(facts), owner: null }

    const owner = readUser(subject.ownerId)
    const managerId = owner?.managerId ?? ''
    const manager = managerId ? readUser(managerId) : null
    facts.manager = manager ? { sysId: manager.sysId, active: manager.active } : null

    if (chooseApprover(facts).kind === 'fallback_group' && fallbackGroupId) {
        facts.activeFallbackMembers = readActiveMembers(
            fallbackGroupId,
            approvals.map((a) => a.approverId),
        )
    }
    return {
        verdict: judgeApproval(facts),
        owner: owner ? { sysId: owner.sysId, name: owner.name, active: owner.active } : null,
    }
}

function readApprovals(requestItemId: string): ApprovalRecord[] {
    const approvals: ApprovalRecord[] = []
    const approval = new GlideRecord('sysapproval_approver')
    approval.addQuery('sysapproval', requestItemId)
    approval.addQuery('state', APPROVED)
    approval.query()
    while (approval.next()) {
        approvals.push({
            sysId: approval.getUniqueValue(),
            approverId: approval.getValue('approver') ?? '',
            approverName: approval.getDisplayValue('approver'),
        })
    }
    return approvals.filter((a) => a.approverId !== '')
}

interface UserFacts extends OwnerRecord {
    managerId: string
}

function readUser(sysId: string): UserFacts | null {
    if (!sysId) return null
    const user = new GlideRecord('sys_user')
    if (!user.get(sysId)) return null
    return {
        sysId: user.getUniqueValue(),
        name: user.getValue('name') ?? user.getValue('user_name') ?? '',
        active: isTrue(user.getValue('active')),
        managerId: user.getValue('manager') ?? '',
    }
}

/** One read: which of these users are active members of the group. */
function readActiveMembers(groupId: string, userIds: string[]): string[] {
    const members: string[] = []
    const member = new GlideRecord('sys_user_grmember')
    member.addQuery('group', groupId)
    member.addQuery('user', 'IN', userIds.join(','))
    member.addQuery('user.active', true)
    member.query()
    while (member.next()) members.push(member.getValue('user') ?? '')
    return members
}
