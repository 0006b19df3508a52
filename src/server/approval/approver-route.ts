/**
 * The first step of the approval flow: decides who approves a service-account request and prepares the
 * request for that approver. The decision itself is chooseApprover() (pure, shared with provisioning);
 * this module is the Glide shell around it:
 *   - reads the request item, the owner's manager and the settings;
 *   - refuses to route a request whose user ID breaks the rules (the form can be bypassed);
 *   - refuses to route a request whose requester or owner is a service account (service-account-parties.ts);
 *   - checks the fallback group exists and is active before sending a request to it;
 *   - fills the read-only "roles_granted" variable, so the approver sees what the account will get;
 *   - records on the request, as a work note, who was asked and why the request was rerouted;
 *   - computes the approval due date from x_seed_svcacct.approval.due_days.
 * Cost: a fixed number of reads and writes per request, whatever the number of users.
 */
import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { LOG_SOURCE } from '../config/app.ts'
import { readSettings, type AppSettings } from '../config/properties.ts'
import { readVariable, REQUEST_VARIABLE } from '../catalog/request-variables.ts'
import { checkUserIdForForm } from '../naming/user-id-form-check.ts'
import { isTrue } from '../naming/user-id-rules.ts'
import { chooseApprover, type ApproverFacts, type ApproverRoute } from './approver-choice.ts'
import { approvalReason, describeRoles, notRoutedComment, routeWorkNote } from './approver-route-summary.ts'
import { describeServiceAccountParties, readManagedAccounts, readParties, serviceAccountParties } from './service-account-parties.ts'

export type RouteKind = 'manager' | 'fallback_group' | 'not_routed'

export type NotRoutedReason = 'missing_request' | 'no_owner' | 'invalid_user_id' | 'service_account_party' | 'no_fallback_group'

export interface RouteOutcome {
    route: RouteKind
    /** The owner's manager (route 'manager'). The flow asks requested_for.manager; this is for the record. */
    managerId: string
    /** The fallback approval group (route 'fallback_group'). */
    groupId: string
    /** Why: a FallbackReason for 'fallback_group', a NotRoutedReason for 'not_routed', '' for 'manager'. */
    reason: string
    /** When the approval expires, 'YYYY-MM-DD HH:mm:ss' in UTC. */
    dueDate: string
    /** Short text stored with the approval (160 characters at most). */
    approvalReason: string
    /** For 'not_routed': the customer-visible comment the flow closes the request with. */
    requesterComment: string
    /** The requested user ID, for the notifications (event parm1). */
    userId: string
}

const LOG_PREFIX = `${LOG_SOURCE}: approval routing:`

function notRouted(reason: NotRoutedReason, requesterComment: string, userId: string): RouteOutcome {
    return { route: 'not_routed', managerId: '', groupId: '', reason, dueDate: '', approvalReason: '', requesterComment, userId }
}

interface ManagerRecord {
    facts: ApproverFacts['manager']
    name: string
}

/** One read: the owner's manager. */
function readManager(managerId: string): ManagerRecord {
    if (!managerId) return { facts: null, name: '' }
    const manager = new GlideRecord('sys_user')
    // A manager reference to a deleted user counts as no manager.
    if (!manager.get(managerId)) return { facts: null, name: '' }
    return { facts: { sysId: managerId, active: isTrue(manager.getValue('active')) }, name: manager.getDisplayValue('name') }
}

/** The fallback group if it exists and is active; otherwise null. */
function readFallbackGroup(settings: AppSettings): { id: string; name: string } | null {
    if (!settings.fallbackApprovalGroupId) return null
    const group = new GlideRecord('sys_user_group')
    if (!group.get(settings.fallbackApprovalGroupId)) return null
    if (!isTrue(group.getValue('active'))) return null
    return { id: group.getUniqueValue(), name: group.getDisplayValue('name') }
}

export function approvalDueDate(days: number): string {
    const due = new GlideDateTime()
    due.addDaysUTC(days)
    return due.getValue()
}

/**
 * Sets a catalog variable's value on a request item. Variable values live in sc_item_option rows linked
 * to the item through sc_item_option_mtom; the row is created when the item was ordered without it.
 */
export function writeVariable(ritm: GlideRecord, name: string, value: string): boolean {
    const link = new GlideRecord('sc_item_option_mtom')
    link.addQuery('request_item', ritm.getUniqueValue())
    link.addQuery('sc_item_option.item_option_new.name', name)
    link.setLimit(1)
    link.query()
    if (link.next()) {
        const option = new GlideRecord('sc_item_option')
        if (option.get(link.getValue('sc_item_option') ?? '')) {
            option.setValue('value', value)
            return Boolean(option.update())
        }
    }
    const question = new GlideRecord('item_option_new')
    question.addQuery('cat_item', ritm.getValue('cat_item') ?? '')
    question.addQuery('name', name)
    question.setLimit(1)
    question.query()
    if (!question.next()) return false
    const option = new GlideRecord('sc_item_option')
    option.initialize()
    option.setValue('item_option_new', question.getUniqueValue())
    option.setValue('value', value)
    const optionId = option.insert()
    if (!optionId) return false
    const newLink = new GlideRecord('sc_item_option_mtom')
    newLink.initialize()
    newLink.setValue('request_item', ritm.getUniqueValue())
    newLink.setValue('sc_item_option', optionId)
    return Boolean(newLink.insert())
}

function addWorkNote(ritm: GlideRecord, note: string): void {
    ritm.setValue('work_notes', note)
    ritm.update()
}

export function routeApproval(ritmId: string): RouteOutcome {
    const settings = readSettings().settings
    const ritm = new GlideRecord('sc_req_item')
    if (!ritmId || !ritm.get(ritmId)) {
        gs.error(`${LOG_PREFIX} request item "${ritmId}" was not found; nothing was routed.`)
        return notRouted('missing_request', '', '')
    }

    const userId = readVariable(ritm, 'userId')
    const formCheck = checkUserIdForForm(userId, settings)
    if (!formCheck.ok) {
        const comment = notRoutedComment([`The user ID "${userId}" cannot be used:`, ...formCheck.messages])
        addWorkNote(ritm, `Not sent for approval: the user ID "${userId}" breaks the naming rules (${formCheck.messages.join(' ')})`)
        return notRouted('invalid_user_id', comment, userId)
    }

    const ownerId = ritm.getValue('requested_for') ?? ''
    if (!ownerId) {
        addWorkNote(ritm, 'Not sent for approval: the request has no owner (Requested for is empty).')
        return notRouted('no_owner', notRoutedComment(['The request names no owner for the account.']), userId)
    }

    // The requester and the owner in one read, and whether the app manages either of them (one more).
    const requesterId = ritm.getValue('opened_by') ?? ''
    const users = readParties([ownerId, requesterId])
    const parties = serviceAccountParties(
        [
            { role: 'requester', user: users.get(requesterId) ?? null },
            { role: 'owner', user: users.get(ownerId) ?? null },
        ],
        readManagedAccounts([requesterId, ownerId]),
    )
    if (parties.length > 0) {
        const why = describeServiceAccountParties(parties)
        addWorkNote(ritm, `Not sent for approval: ${why} A service account may not request or own another service account.`)
        return notRouted(
            'service_account_party',
            notRoutedComment([why, 'A service account cannot request or own another service account. Submit the request as yourself, with a person as the owner.']),
            userId,
        )
    }

    const manager = readManager(users.get(ownerId)?.managerId ?? '')
    const route: ApproverRoute = chooseApprover({ requesterId, ownerId, manager: manager.facts })

    let group = { id: '', name: '' }
    if (route.kind === 'fallback_group') {
        const fallback = readFallbackGroup(settings)
        if (!fallback) {
            const problem =
                `the fallback approval group (property x_seed_svcacct.approval.fallback_group = "${settings.fallbackApprovalGroupId}") ` +
                'does not exist or is inactive'
            gs.error(`${LOG_PREFIX} ${ritm.getValue('number') ?? ritmId}: ${route.explanation} And ${problem}. Set the property to an active group with members.`)
            addWorkNote(
                ritm,
                `Not sent for approval: ${route.explanation} The request would go to the fallback approval group, but ${problem}. ` +
                    'An administrator must set the property to an active group with members; the requester can then order again.',
            )
            return notRouted(
                'no_fallback_group',
                notRoutedComment(['No approver could be found for it; the administrators have been told.']),
                userId,
            )
        }
        group = fallback
    }

    const dueDate = approvalDueDate(settings.approvalDueDays)
    if (!writeVariable(ritm, REQUEST_VARIABLE.rolesGranted, describeRoles(settings.groupRoles))) {
        gs.warn(`${LOG_PREFIX} ${ritm.getValue('number') ?? ritmId}: could not fill the ${REQUEST_VARIABLE.rolesGranted} variable.`)
    }
    addWorkNote(ritm, routeWorkNote({ route, managerName: manager.name, groupName: group.name, dueDate }))

    return {
        route: route.kind,
        managerId: route.kind === 'manager' ? route.managerId : '',
        groupId: group.id,
        reason: route.kind === 'fallback_group' ? route.reason : '',
        dueDate,
        approvalReason: approvalReason(userId, readVariable(ritm, 'consumingSystem')),
        requesterComment: '',
        userId,
    }
}

/** The flow action's script step: inputs and outputs are the step's declared variables. */
export function routeApprovalStep(inputs: { request_item_id?: unknown }, outputs: { [name: string]: unknown }): void {
    const outcome = routeApproval(String(inputs.request_item_id ?? '').trim())
    outputs.route = outcome.route
    outputs.manager = outcome.managerId
    outputs.approval_group = outcome.groupId
    outputs.reason = outcome.reason
    outputs.due_date = outcome.dueDate
    outputs.approval_reason = outcome.approvalReason
    outputs.requester_comment = outcome.requesterComment
    outputs.user_id = outcome.userId
}

/** For the order form (through the Script Include bridge): the roles the account will get, as JSON. */
export function answerRolesDescription(): string {
    return JSON.stringify({ text: describeRoles(readSettings().settings.groupRoles) })
}
