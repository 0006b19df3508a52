/**
 * What provisioning does for one approved request item, decided without touching the database.
 *
 * planProvisioning() is the whole decision: not ours | already provisioned | refused (with every
 * reason and what to do) | create (the exact records, in write order). It asks the shell for facts
 * through ProvisioningLookups, in an order that stops early: an item already provisioned or without a
 * genuine approval costs only the reads needed to say so. Every lookup is a fixed number of reads.
 *
 * The shell (provision-service-account.ts) performs the plan's writes and undoes them on failure.
 */
import { PROPERTY, type AppSettings } from '../config/properties.ts'
import type { UserIdCheck } from '../naming/user-id-rules.ts'
import type { ApprovalCheck, ApprovalRefusal, ApprovalSubject } from '../approval/verify-approval.ts'
import { MACHINE_IDENTITY } from '../approval/service-account-parties.ts'
import { planGroupRoles, type GroupRoleFacts, type RoleRecord } from '../access/group-roles.ts'
import { REQUEST_SERVICE_ACCOUNT_ITEM_ID } from './catalog-item.ts'

/** The request item as provisioning sees it: fields and catalog variables, as strings. */
export interface RequestFacts {
    itemId: string
    itemNumber: string
    requestId: string
    catalogItemId: string
    /** sc_req_item.approval. */
    approval: string
    /** sc_req_item.active: false once the item is closed. */
    active: boolean
    /** sc_req_item.state. */
    state: string
    /** sc_req_item.opened_by. */
    requesterId: string
    /** sc_req_item.requested_for: the owner. */
    ownerId: string
    userId: string
    displayName: string
    purpose: string
    consumingSystem: string
}

export interface ExistingProvisioning {
    inventoryId: string
    userName: string
    accountId: string
}

export interface GroupRecord {
    sysId: string
    name: string
    active: boolean
    /** sys_user_group.parent, '' when none: members inherit the parent's roles. */
    parentId: string
}

export interface GuiWindowEnd {
    /** UTC, 'yyyy-MM-dd HH:mm:ss': what is stored. */
    value: string
}

/** The facts the plan asks for. Each answer costs a fixed number of reads. */
export interface ProvisioningLookups {
    existingProvisioning(itemId: string): ExistingProvisioning | null
    approval(subject: ApprovalSubject, fallbackGroupId: string): ApprovalCheck
    userId(rawUserId: string, settings: AppSettings): UserIdCheck
    groups(groupIds: string[]): GroupRecord[]
    groupRoles(group: GroupRecord, roleNames: string[]): GroupRoleFacts
    /** sys_user.identity_type exists on this instance (recent releases only). */
    identityTypeSupported(): boolean
    guiWindowEnd(days: number): GuiWindowEnd
}

export type ProblemCode =
    | 'item_closed'
    | 'not_approved'
    | 'approval_not_genuine'
    | 'owner_missing'
    | 'owner_inactive'
    | 'user_id_invalid'
    | 'user_id_taken'
    | 'group_missing'
    | 'group_inactive'
    | 'role_problem'
    | 'credential_group_missing'
    | 'credential_group_inactive'

export interface Problem {
    code: ProblemCode
    /** What is wrong. */
    message: string
    /** What to do about it. */
    remedy: string
}

export type FieldValues = { [field: string]: string }

export interface CreatePlan {
    kind: 'create'
    userName: string
    /** Group roles to grant first (sys_group_has_role, inherited), before any account exists. */
    grants: FieldValues[]
    /** sys_user. */
    account: FieldValues
    /** sys_user_grmember, without `user` (the new account's sys_id, known after its insert). */
    membership: FieldValues
    /** x_seed_svcacct_service_account, without `account`. */
    inventory: FieldValues
    /** sc_task, the credential hand-over. */
    credentialTask: FieldValues
    /** The request item update that reports success: state and work note. */
    itemUpdate: FieldValues
    /** One line for the system log. */
    log: string
}

export type ProvisioningPlan =
    | { kind: 'not_ours'; log: string }
    | { kind: 'already_provisioned'; existing: ExistingProvisioning; log: string }
    | { kind: 'refused'; problems: Problem[]; workNote: string; log: string; closeItem?: ItemClosure }
    | CreatePlan

/**
 * Closing an item that can never be provisioned: Closed Incomplete, with a comment the requester sees.
 * Without it such an item would stay approved and open for good, since its approval flow has ended.
 */
export interface ItemClosure {
    state: string
    comment: string
}

/** sc_req_item.state: Work in Progress. The credential task's closure completes the item. */
export const ITEM_WORK_IN_PROGRESS = '2'
/** sc_req_item.state: Closed Incomplete. */
export const ITEM_CLOSED_INCOMPLETE = '4'
/** sc_req_item.state values of a closed item: Closed Complete, Closed Incomplete, Closed Skipped. */
export const ITEM_CLOSED_STATES: readonly string[] = ['3', ITEM_CLOSED_INCOMPLETE, '7']
/** x_seed_svcacct_service_account.state of a new account. */
export const INVENTORY_EXPLORING = 'exploring'
/** sys_user.identity_type for integration accounts (platform-facts: set only where the column exists). */
export { MACHINE_IDENTITY }

const RETRY = 'then use Retry provisioning on this request item'
const RESUBMIT = 'Submit a new request'

const FORGED =
    "The request must be approved through its approval record, by the owner's manager (or, when the owner has no valid manager, by a member of the fallback approval group) or their approval delegate. An app admin should find out who set the approval field or the approval record."

/** What to do, per reason the approval does not count. */
const APPROVAL_REMEDY: Record<ApprovalRefusal, string> = {
    no_approval_record: FORGED,
    not_from_flow: FORGED,
    approval_ended: 'A rejected or expired request is never provisioned. Submit a new request if the account is still needed.',
    service_account_party: 'Submit a new request as a person, naming a person as the owner.',
    self_approval: 'Someone other than the requester and the owner must approve: submit a new request.',
    ineligible_approver: 'Submit a new request; it goes to the approver who may decide now.',
    no_fallback_group: `An app admin must set ${PROPERTY.fallbackApprovalGroup} to an active group with members; then submit a new request.`,
}

/** The comment to the requester when the item is closed because its approval can never count. */
const CLOSING_COMMENT: Partial<Record<ApprovalRefusal, string>> = {
    self_approval:
        'Your service-account request was approved only by its requester or its owner, who may not approve their own request, so no account was created and the request is closed. Submit it again and let another approver decide.',
    ineligible_approver:
        'Your service-account request was approved by someone who may not approve it now (for example, because the owner’s manager changed), so no account was created and the request is closed. Submit it again: it will go to the approver who may decide.',
    service_account_party:
        'A service account cannot request or own another service account, so no account was created and the request is closed. Submit a new request as yourself, with a person as the owner.',
}

export function planProvisioning(request: RequestFacts, settings: AppSettings, lookups: ProvisioningLookups): ProvisioningPlan {
    const item = request.itemNumber || request.itemId
    if (request.catalogItemId !== REQUEST_SERVICE_ACCOUNT_ITEM_ID) {
        return { kind: 'not_ours', log: `${item} is not a "Request a Service Account" item; provisioning ignores it.` }
    }

    // A second firing (re-approval, a retried update) finds the first one's inventory row: nothing twice.
    const existing = lookups.existingProvisioning(request.itemId)
    if (existing) {
        return {
            kind: 'already_provisioned',
            existing,
            log: `${item} is already provisioned (service account ${existing.userName}); nothing was done again.`,
        }
    }

    // A rejected, expired or otherwise closed item is never provisioned, whatever its approval field says.
    if (!request.active || ITEM_CLOSED_STATES.includes(request.state)) {
        return refuse(item, [
            {
                code: 'item_closed',
                message: `The request item is closed (state ${request.state || 'empty'}${request.active ? '' : ', inactive'}).`,
                remedy: `A closed request is never provisioned. ${RESUBMIT} if the account is still needed.`,
            },
        ])
    }

    if (request.approval !== 'approved') {
        return refuse(item, [
            {
                code: 'not_approved',
                message: `The item's approval is "${request.approval}", not approved.`,
                remedy: 'Provisioning runs only for approved items.',
            },
        ])
    }

    // Nothing else is looked at before the approval is known to be genuine.
    const check = lookups.approval(
        { requestItemId: request.itemId, requesterId: request.requesterId, ownerId: request.ownerId },
        settings.fallbackApprovalGroupId,
    )
    if (!check.verdict.genuine) {
        const verdict = check.verdict
        const plan = refuse(item, [{ code: 'approval_not_genuine', message: verdict.message, remedy: APPROVAL_REMEDY[verdict.code] }])
        // An approval that can never count, with no other approval still to come, would leave the item
        // approved and open for good (the flow has ended): close it and tell the requester.
        const comment = CLOSING_COMMENT[verdict.code]
        if (comment && !verdict.pending) {
            plan.closeItem = { state: ITEM_CLOSED_INCOMPLETE, comment }
            plan.workNote = `${plan.workNote}\nThe item was closed (Closed Incomplete) and the requester was told to submit a new request.`
        }
        return plan
    }

    const problems: Problem[] = []
    const owner = check.owner
    if (!owner) {
        problems.push({ code: 'owner_missing', message: 'The request names no owner, or the owner no longer exists.', remedy: `${RESUBMIT} with an active owner.` })
    } else if (!owner.active) {
        problems.push({ code: 'owner_inactive', message: `The owner, ${owner.name}, is inactive.`, remedy: `${RESUBMIT} with an active owner.` })
    }

    // The same rules as the form (src/server/naming/user-id-rules.ts): the form can be bypassed,
    // and the user ID may have been taken since it was checked.
    const userIdCheck = lookups.userId(request.userId, settings)
    for (const problem of userIdCheck.problems) {
        const taken = problem.code === 'taken_active' || problem.code === 'taken_inactive'
        problems.push({
            code: taken ? 'user_id_taken' : 'user_id_invalid',
            message: `User ID "${userIdCheck.userId}": ${problem.message}`,
            remedy: taken ? `Choose another user ID and ${RESUBMIT.toLowerCase()}.` : `${RESUBMIT} with a valid user ID.`,
        })
    }

    const groupIds = [settings.serviceAccountGroupId, settings.credentialTaskGroupId].filter((id) => id !== '')
    const groups = groupIds.length > 0 ? lookups.groups(groupIds) : []
    const group = groups.find((g) => g.sysId === settings.serviceAccountGroupId)
    const credentialGroup = groups.find((g) => g.sysId === settings.credentialTaskGroupId)
    problems.push(...groupProblems(group, PROPERTY.serviceAccountGroup, 'group_missing', 'group_inactive', 'service-account group'))
    problems.push(
        ...groupProblems(credentialGroup, PROPERTY.credentialTaskGroup, 'credential_group_missing', 'credential_group_inactive', 'credential task group'),
    )

    let roles: RoleRecord[] = []
    let grantsToCreate: RoleRecord[] = []
    if (group) {
        const rolePlan = planGroupRoles(lookups.groupRoles(group, settings.groupRoles))
        for (const problem of rolePlan.problems) {
            problems.push({ code: 'role_problem', message: problem.message, remedy: `Once fixed, ${RETRY}.` })
        }
        roles = rolePlan.roles
        grantsToCreate = rolePlan.grantsToCreate
    }

    if (problems.length > 0 || !owner || !group || !credentialGroup) return refuse(item, problems)

    const userName = userIdCheck.userId
    const displayName = request.displayName || userName
    const windowEnd = lookups.guiWindowEnd(settings.guiWindowDays)
    const roleNames = roles.map((r) => r.name).join(', ')

    // sys_user: see platform-facts "Users, groups, roles". No password is set (the credential task
    // sets it out of band), internal_integration_user is never set, and the account keeps UI access
    // (web_service_access_only=false) only for the GUI window; lock-down turns it off for good.
    // `name` is calculated from first_name + last_name on stock instances (unverified here), so the
    // display name goes in first_name and is also written to name for instances where it is not.
    const account: FieldValues = {
        user_name: userName,
        first_name: displayName,
        name: displayName,
        manager: owner.sysId,
        active: 'true',
        password_needs_reset: 'false',
        web_service_access_only: 'false',
    }
    if (lookups.identityTypeSupported()) account.identity_type = MACHINE_IDENTITY

    return {
        kind: 'create',
        userName,
        grants: grantsToCreate.map((role) => ({ group: group.sysId, role: role.sysId, inherits: 'true' })),
        account,
        membership: { group: group.sysId },
        inventory: {
            user_name: userName,
            owner: owner.sysId,
            purpose: request.purpose,
            consuming_system: request.consumingSystem,
            request_item: request.itemId,
            state: INVENTORY_EXPLORING,
            gui_access_until: windowEnd.value,
            audit_trail: `Provisioned from ${item}, ${check.verdict.summary}. Member of ${group.name} (${roleNames}). GUI access until ${windowEnd.value} UTC.`,
        },
        credentialTask: {
            request_item: request.itemId,
            request: request.requestId,
            assignment_group: credentialGroup.sysId,
            short_description: `Set and hand over the initial credential for service account ${userName}`,
            description: credentialTaskInstructions(userName, owner.name, item),
        },
        itemUpdate: {
            state: ITEM_WORK_IN_PROGRESS,
            work_notes: successNote({ userName, ownerName: owner.name, groupName: group.name, roleNames, windowEnd: windowEnd.value, credentialGroupName: credentialGroup.name }),
        },
        log: `${item}: created service account ${userName} for ${owner.name} (${check.verdict.summary}).`,
    }
}

function groupProblems(
    group: GroupRecord | undefined,
    property: string,
    missing: ProblemCode,
    inactive: ProblemCode,
    label: string,
): Problem[] {
    const remedy = `An app admin must set ${property} to the sys_id of an active group, ${RETRY}.`
    if (!group) return [{ code: missing, message: `The ${label} named by ${property} does not exist.`, remedy }]
    if (!group.active) return [{ code: inactive, message: `The ${label} "${group.name}" (${property}) is inactive.`, remedy }]
    return []
}

type RefusedPlan = Extract<ProvisioningPlan, { kind: 'refused' }>

function refuse(item: string, problems: Problem[]): RefusedPlan {
    const lines = problems.map((p) => `- ${p.message} ${p.remedy}`)
    return {
        kind: 'refused',
        problems,
        workNote: ['Service account NOT provisioned. Nothing was created.', ...lines].join('\n'),
        log: `${item}: service account not provisioned: ${problems.map((p) => p.message).join(' ')}`,
    }
}

export function credentialTaskInstructions(userName: string, ownerName: string, item: string): string {
    return [
        `Service account ${userName} was created for ${ownerName} (${item}). It has no credential yet.`,
        '1. Set its initial credential. Better: set up OAuth client credentials for the integration instead of a password.',
        `2. Hand the credential to ${ownerName} through the credential vault, out of band.`,
        'Never write a password, secret or token in this task, the request item, comments, work notes or email.',
        '3. Close this task as Closed Complete once the owner has the credential. That completes the request item.',
    ].join('\n')
}

interface SuccessNoteFacts {
    userName: string
    ownerName: string
    groupName: string
    roleNames: string
    windowEnd: string
    credentialGroupName: string
}

export function successNote(f: SuccessNoteFacts): string {
    return [
        `Service account ${f.userName} was created for ${f.ownerName}.`,
        `Done: user ${f.userName} (manager: ${f.ownerName}), member of ${f.groupName} (roles: ${f.roleNames}), recorded in the Service Account inventory; a credential task went to ${f.credentialGroupName}.`,
        'Next, for the owner:',
        `1. Get the credential through the credential task on this request: ${f.credentialGroupName} hands it to you through the vault. It is never written in this request.`,
        `2. Log in as ${f.userName} and explore the REST API Explorer to work out the calls your integration needs.`,
        '3. When your calls are sorted, confirm it on the Service Account record, so the account becomes web-service-only.',
        `4. GUI access ends on ${f.windowEnd} UTC. After that the account can only call web services.`,
    ].join('\n')
}

export interface CompensationReport {
    /** Labels of the records this run created and then deleted. */
    undone: string[]
    /** Records this run created that could not be deleted: an admin must remove them. */
    leftBehind: string[]
    /** The account, when it could not be deleted but was made harmless (inactive, locked out, web-service-only). */
    neutralized: string[]
}

/** The work note when a write failed part-way: what failed, what was undone, and exactly what remains. */
export function failureNote(userName: string, failedStep: string, reason: string, report: CompensationReport): string {
    const lines = [`Service account ${userName} NOT provisioned: creating the ${failedStep} failed (${reason}).`]
    if (report.leftBehind.length === 0 && report.neutralized.length === 0) {
        lines.push(report.undone.length > 0 ? `Everything this run created was removed again: ${report.undone.join(', ')}.` : 'Nothing was created.')
        lines.push(`An app admin should find the cause in the system log (Service Account Lifecycle), fix it, ${RETRY}.`)
        return lines.join('\n')
    }
    if (report.undone.length > 0) lines.push(`Removed again: ${report.undone.join(', ')}.`)
    if (report.neutralized.length > 0) {
        const membershipGone = report.undone.some((label) => label.startsWith('group membership'))
        lines.push(
            `Could NOT be deleted, made harmless instead: ${report.neutralized.join(', ')} is inactive, locked out and web-service-only${membershipGone ? ', and in no group (it holds no role)' : ''}. ` +
                `While it exists its user ID stays taken, so Retry provisioning would refuse it: an admin with the admin role should delete that user, then ${RETRY}; or submit a new request with another user ID.`,
        )
    }
    if (report.leftBehind.length > 0) {
        lines.push(`Could NOT be removed: ${report.leftBehind.join(', ')}. An admin must delete these by hand before using Retry provisioning.`)
    }
    return lines.join('\n')
}
