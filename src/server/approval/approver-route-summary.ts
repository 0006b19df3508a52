/**
 * What the approval routing step writes for people to read: the roles line shown to the approver,
 * the work note that records who was asked and why, the approval reason, and the comment a requester
 * gets when a request cannot go to approval. Pure: no Glide.
 */
import type { ApproverRoute } from './approver-choice.ts'

/**
 * One line per role the service-account group grants (x_seed_svcacct.group.roles). The approver reads
 * these next to the request, so each says precisely what the role allows.
 */
export const ROLE_DESCRIPTIONS: Record<string, string> = {
    itil:
        'fulfiller access to ITSM task records (incidents, requests, changes) through the UI and the APIs: ' +
        'the account can read, create and update them.',
    rest_api_explorer:
        'opens the REST API Explorer page, to try API calls while GUI access lasts. It is not needed to call ' +
        'the APIs, and it stops working once the account is web-service-only.',
}

export function describeRole(role: string): string {
    const known = ROLE_DESCRIPTIONS[role]
    return known ? `${role}: ${known}` : `${role}: granted by your administrators' configuration; ask them what it allows.`
}

/** The text of the read-only "Roles this account will get" variable. */
export function describeRoles(roles: string[]): string {
    if (roles.length === 0) return 'No roles: the service-account group grants none.'
    return roles.map(describeRole).join('\n')
}

/** The platform stores the approval reason in 160 characters. */
export const APPROVAL_REASON_LENGTH = 160

export function approvalReason(userId: string, consumingSystem: string): string {
    const text = `Service account ${userId || '(no user ID)'} for ${consumingSystem || 'an unnamed integration'}. Roles and purpose are on the request.`
    return text.length <= APPROVAL_REASON_LENGTH ? text : `${text.slice(0, APPROVAL_REASON_LENGTH - 1)}…`
}

export interface RouteNoteFacts {
    route: ApproverRoute
    managerName: string
    groupName: string
    dueDate: string
}

/** The work note that records who was asked to approve, and why the request was rerouted. */
export function routeWorkNote(facts: RouteNoteFacts): string {
    const due = `The approval is due by ${facts.dueDate} (UTC); without a decision by then the request expires.`
    if (facts.route.kind === 'manager') {
        return `Approval requested from ${facts.managerName || 'the owner\u2019s manager'}, the owner's manager. ${due}`
    }
    return (
        `Approval rerouted to the "${facts.groupName}" group instead of the owner's manager ` +
        `(reason: ${facts.route.reason}). ${facts.route.explanation} ${due}`
    )
}

/**
 * The customer-visible comment when the request cannot be sent for approval at all. The flow writes it
 * through an encoded template (field=value^field=value), so a caret from user input is replaced.
 */
export function notRoutedComment(problems: string[]): string {
    const text =
        'This service-account request was closed without approval, and nothing was created. ' +
        `${problems.join(' ')} Submit a new request once this is fixed.`
    return text.replace(/\^/g, ' ')
}
