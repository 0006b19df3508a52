/**
 * Is this request item's approval genuine? The item's `approval` field can be edited directly by
 * anyone who can write the item, so it proves nothing on its own; nor does an approved
 * sysapproval_approver row, which users with itil, catalog or approval_admin may be able to insert or
 * edit. Genuine means:
 *   - no approval record of the item was rejected or cancelled (a rejection or an expiry is final);
 *   - an approved record that the approval flow created (the flow runs as system, so the platform
 *     stamps sys_created_by = 'system') and that was decided by its approver (sys_updated_by = the
 *     approver's user name) or by an active approval delegate of the approver (sys_user_delegate,
 *     approvals ticked, the decision between starts and ends);
 *   - neither the requester nor the owner is a service account (service-account-parties.ts);
 *   - that approver, and whoever decided for them, is neither the requester nor the owner;
 *   - the approver is the one chooseApprover() names now: the owner's manager, or an active member of
 *     the fallback group.
 * The approval flow asks that same approver, so a real approval always passes.
 *
 * judgeApproval() is pure. verifyApproval() is the Glide shell: 1 read when there is no usable
 * approval record (the forged case stops there), else 4 (approvals, requester and owner, the
 * inventory, the manager), plus 1 when the fallback group decides and 1 when a delegate decided.
 * Never one per user.
 */
import { GlideRecord } from '@servicenow/glide'
import { PROPERTY } from '../config/properties.ts'
import { isTrue } from '../naming/user-id-rules.ts'
import { chooseApprover, type ApproverFacts, type ApproverRoute } from './approver-choice.ts'
import {
    describeServiceAccountParties,
    readManagedAccounts,
    readParties,
    serviceAccountParties,
    type PartyUser,
    type ServiceAccountParty,
} from './service-account-parties.ts'

/** sysapproval_approver.state of a decision that approves. */
export const APPROVED = 'approved'
/** States that end an approval for good: the approver's rejection; the flow's cancel at the due date (an expiry). */
export const ENDED_STATES: readonly string[] = ['rejected', 'cancelled']
/** State of an approval still waiting for its approver. */
export const PENDING = 'requested'
/**
 * Who creates the approval records: the approval flow runs as system (runAs: 'system' in
 * src/fluent/flows/service-account-approval.now.ts), and the platform stamps sys_created_by with the
 * session's user name.
 */
export const FLOW_USER_NAME = 'system'

export interface ApprovalRecord {
    sysId: string
    approverId: string
    /** The approver's display name, for the work note. */
    approverName: string
    approverUserName: string
    state: string
    /** sys_created_by: a user name. */
    createdBy: string
    /** sys_updated_by: the user name of whoever last changed the record (who decided). */
    updatedBy: string
    /** sys_updated_on, UTC 'yyyy-MM-dd HH:mm:ss'. */
    updatedOn: string
}

/** A sys_user_delegate row with approvals ticked: `delegateId` may approve for `userId`. */
export interface ApprovalDelegate {
    userId: string
    delegateId: string
    delegateUserName: string
    delegateName: string
    /** UTC; '' when open-ended. */
    starts: string
    ends: string
}

/** An approved record the flow created, with who decided it. */
export interface DecidedApproval extends ApprovalRecord {
    deciderId: string
    deciderName: string
    byDelegate: boolean
}

export interface ApprovalFacts extends ApproverFacts {
    /** Every sysapproval_approver row of the item, whatever its state. */
    records: ApprovalRecord[]
    /** Approval delegates of the approvers who may have decided for them. */
    delegates: ApprovalDelegate[]
    /** Among the approvers: the ones who are active members of the fallback approval group. */
    activeFallbackMembers: string[]
    fallbackGroupId: string
    /** The requester or the owner, when either is a service account. */
    serviceAccountParties: ServiceAccountParty[]
}

export type ApprovalRefusal =
    | 'no_approval_record'
    | 'approval_ended'
    | 'not_from_flow'
    | 'service_account_party'
    | 'self_approval'
    | 'ineligible_approver'
    | 'no_fallback_group'

export type ApprovalVerdict =
    | { genuine: true; approval: DecidedApproval; route: ApproverRoute; summary: string }
    | {
          genuine: false
          code: ApprovalRefusal
          message: string
          /** An approval record of the item still waits for its approver. */
          pending: boolean
      }

function names(approvals: DecidedApproval[]): string {
    return approvals.map((a) => `"${a.deciderName || a.deciderId}"`).join(', ')
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

/** Within the delegation period (either bound may be open). UTC text compares in time order. */
function within(delegate: ApprovalDelegate, when: string): boolean {
    return (delegate.starts === '' || delegate.starts <= when) && (delegate.ends === '' || when <= delegate.ends)
}

/**
 * Who decided an approved record, if the flow created it and its approver or an active approval
 * delegate of the approver decided it; otherwise why not.
 */
export function decisionOf(record: ApprovalRecord, delegates: ApprovalDelegate[]): DecidedApproval | { refused: string } {
    const approver = record.approverName || record.approverUserName || record.approverId
    if (!same(record.createdBy, FLOW_USER_NAME)) {
        return { refused: `the approval record for ${approver} was created by "${record.createdBy}", not by the approval flow` }
    }
    if (record.approverUserName !== '' && same(record.updatedBy, record.approverUserName)) {
        return { ...record, deciderId: record.approverId, deciderName: approver, byDelegate: false }
    }
    const delegate = delegates.find((d) => d.userId === record.approverId && same(d.delegateUserName, record.updatedBy) && within(d, record.updatedOn))
    if (delegate) {
        return { ...record, deciderId: delegate.delegateId, deciderName: delegate.delegateName || delegate.delegateUserName, byDelegate: true }
    }
    return {
        refused: `the approval record for ${approver} was set to approved by "${record.updatedBy}", who is neither ${approver} nor an active approval delegate of theirs`,
    }
}

export function judgeApproval(facts: ApprovalFacts): ApprovalVerdict {
    const pending = facts.records.some((r) => r.state === PENDING)
    const refuse = (code: ApprovalRefusal, message: string): ApprovalVerdict => ({ genuine: false, code, message, pending })

    const ended = facts.records.filter((r) => ENDED_STATES.includes(r.state))
    if (ended.length > 0) {
        const which = ended.map((r) => `${r.state} (approver ${r.approverName || r.approverId})`).join(', ')
        return refuse('approval_ended', `An approval of this request was ${which}: a rejected or expired request is never provisioned, whatever its approval field says.`)
    }
    const approved = facts.records.filter((r) => r.state === APPROVED && r.approverId !== '')
    if (approved.length === 0) {
        return refuse(
            'no_approval_record',
            'The item is marked approved, but no approval record approves it: its approval field was set directly, not through an approval.',
        )
    }

    const decided: DecidedApproval[] = []
    const refusals: string[] = []
    for (const record of approved) {
        const decision = decisionOf(record, facts.delegates)
        if ('refused' in decision) refusals.push(decision.refused)
        else decided.push(decision)
    }
    if (decided.length === 0) {
        return refuse('not_from_flow', `The approval does not come from the approval flow: ${refusals.join('; ')}.`)
    }

    if (facts.serviceAccountParties.length > 0) {
        return refuse(
            'service_account_party',
            `${describeServiceAccountParties(facts.serviceAccountParties)} A service account may not request or own another service account: its approval would come from its own owner.`,
        )
    }

    // The platform does not prevent self-approval (platform-facts, "Catalog and flow"): guard here,
    // for the approver and for whoever decided for them.
    const parties = [facts.requesterId, facts.ownerId]
    const independent = decided.filter((a) => !parties.includes(a.approverId) && !parties.includes(a.deciderId))
    if (independent.length === 0) {
        return refuse(
            'self_approval',
            `The only approval comes from the requester or the owner (${names(decided)}), who may not approve their own request.`,
        )
    }

    const route = chooseApprover(facts)
    if (route.kind === 'manager') {
        const approval = independent.find((a) => a.approverId === route.managerId)
        if (approval) {
            const summary = approval.byDelegate
                ? `approved by ${approval.deciderName}, approval delegate of the owner's manager, ${approval.approverName}`
                : `approved by the owner's manager, ${approval.approverName}`
            return { genuine: true, approval, route, summary }
        }
        return refuse('ineligible_approver', `The approval comes from ${names(independent)}, but only the owner's manager may approve this request.`)
    }

    if (!facts.fallbackGroupId) {
        return refuse(
            'no_fallback_group',
            `${route.explanation} The fallback approval group must approve, but ${PROPERTY.fallbackApprovalGroup} names no group.`,
        )
    }
    const members = new Set(facts.activeFallbackMembers)
    const approval = independent.find((a) => members.has(a.approverId))
    if (approval) {
        const by = approval.byDelegate ? `${approval.deciderName} for ${approval.approverName}` : approval.approverName
        return {
            genuine: true,
            approval,
            route,
            summary: `approved by ${by}, a member of the fallback approval group (${route.explanation})`,
        }
    }
    return refuse(
        'ineligible_approver',
        `${route.explanation} Only an active member of the fallback approval group may approve, and ${names(independent)} is not one.`,
    )
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
 * Reads the approval records first and stops when none can count (1 read). Otherwise, when someone
 * other than an approver decided, the approvers' delegates (1); then the requester and the owner (1),
 * which of them the app manages (1), the owner's manager (1) and, when the fallback group decides,
 * its approving members (1).
 */
export function verifyApproval(subject: ApprovalSubject, fallbackGroupId: string): ApprovalCheck {
    const records = readApprovalRecords(subject.requestItemId)
    const facts: ApprovalFacts = {
        requesterId: subject.requesterId,
        ownerId: subject.ownerId,
        manager: null,
        records,
        delegates: [],
        activeFallbackMembers: [],
        fallbackGroupId,
        serviceAccountParties: [],
    }
    const stop = (): ApprovalCheck => ({ verdict: judgeApproval(facts), owner: null })

    const approved = records.filter((r) => r.state === APPROVED && r.approverId !== '')
    if (approved.length === 0 || records.some((r) => ENDED_STATES.includes(r.state))) return stop()

    const fromFlow = approved.filter((r) => same(r.createdBy, FLOW_USER_NAME))
    const byOthers = fromFlow.filter((r) => !same(r.updatedBy, r.approverUserName))
    if (byOthers.length > 0) {
        facts.delegates = readApprovalDelegates(
            byOthers.map((r) => r.approverId),
            byOthers.map((r) => r.updatedBy),
        )
    }
    if (!approved.some((r) => !('refused' in decisionOf(r, facts.delegates)))) return stop()

    const users = readParties([subject.ownerId, subject.requesterId])
    const owner = users.get(subject.ownerId) ?? null
    const requester = users.get(subject.requesterId) ?? null
    facts.serviceAccountParties = serviceAccountParties(
        [
            { role: 'requester', user: requester },
            { role: 'owner', user: owner },
        ],
        readManagedAccounts([subject.requesterId, subject.ownerId]),
    )
    facts.manager = readManager(owner)

    if (chooseApprover(facts).kind === 'fallback_group' && fallbackGroupId) {
        facts.activeFallbackMembers = readActiveMembers(
            fallbackGroupId,
            approved.map((a) => a.approverId),
        )
    }
    return {
        verdict: judgeApproval(facts),
        owner: owner ? { sysId: owner.sysId, name: owner.name, active: owner.active } : null,
    }
}

/** One read: every approval record of the item, whatever its state. */
function readApprovalRecords(requestItemId: string): ApprovalRecord[] {
    const records: ApprovalRecord[] = []
    const approval = new GlideRecord('sysapproval_approver')
    approval.addQuery('sysapproval', requestItemId)
    approval.query()
    while (approval.next()) {
        records.push({
            sysId: approval.getUniqueValue(),
            approverId: approval.getValue('approver') ?? '',
            approverName: approval.getDisplayValue('approver'),
            approverUserName: approval.getValue('approver.user_name') ?? '',
            state: approval.getValue('state') ?? '',
            createdBy: approval.getValue('sys_created_by') ?? '',
            updatedBy: approval.getValue('sys_updated_by') ?? '',
            updatedOn: approval.getValue('sys_updated_on') ?? '',
        })
    }
    return records
}

/**
 * One read: the approval delegates (sys_user_delegate, approvals ticked) of these approvers among
 * these user names. The period is judged per record, against when it was decided.
 */
function readApprovalDelegates(approverIds: string[], userNames: string[]): ApprovalDelegate[] {
    const delegates: ApprovalDelegate[] = []
    const names = userNames.filter((name) => name !== '')
    if (names.length === 0) return delegates
    const delegate = new GlideRecord('sys_user_delegate')
    delegate.addQuery('user', 'IN', approverIds.join(','))
    delegate.addQuery('approvals', true)
    delegate.addQuery('delegate.user_name', 'IN', names.join(','))
    delegate.query()
    while (delegate.next()) {
        delegates.push({
            userId: delegate.getValue('user') ?? '',
            delegateId: delegate.getValue('delegate') ?? '',
            delegateUserName: delegate.getValue('delegate.user_name') ?? '',
            delegateName: delegate.getDisplayValue('delegate'),
            starts: delegate.getValue('starts') ?? '',
            ends: delegate.getValue('ends') ?? '',
        })
    }
    return delegates
}

/** One read: the owner's manager; null when the owner has none, or it no longer exists. */
function readManager(owner: PartyUser | null): ApproverFacts['manager'] {
    if (!owner || !owner.managerId) return null
    const manager = new GlideRecord('sys_user')
    if (!manager.get(owner.managerId)) return null
    return { sysId: manager.getUniqueValue(), active: isTrue(manager.getValue('active')) }
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
