/**
 * The people a service-account request is about: its requester (sc_req_item.opened_by) and its owner
 * (requested_for). Neither may be a service account itself. Provisioning makes the owner the manager
 * of each new account, and an account may log in to the UI while its GUI window lasts. So an owner
 * could log in as their account svc_x and order another account with svc_x as its owner: requester and
 * owner are svc_x, svc_x's manager is the owner, the request routes to that "manager", and the owner
 * approves an account of their own. Routing and provisioning both refuse such a request.
 *
 * A user counts as a service account when the app manages it (an inventory row names it as `account`),
 * when its identity type is Machine (where sys_user.identity_type exists), or when it is web-service-only.
 *
 * serviceAccountParties() is pure. readParties() and readManagedAccounts() are the Glide shell: one read
 * each, whatever the number of users or accounts.
 */
import { GlideRecord } from '@servicenow/glide'
import { isTrue } from '../naming/user-id-rules.ts'
import { INVENTORY_TABLE } from '../config/app.ts'

/** sys_user.identity_type of an integration account (platform-facts: choice human, machine, ai_agent, unclassified). */
export const MACHINE_IDENTITY = 'machine'

export interface PartyUser {
    sysId: string
    name: string
    userName: string
    active: boolean
    /** sys_user.manager, '' when empty. */
    managerId: string
    webServiceOnly: boolean
    /** identity_type = machine; false on releases without the column. */
    machineIdentity: boolean
}

export type PartyRole = 'requester' | 'owner'
export type ServiceAccountReason = 'managed_by_app' | 'machine_identity' | 'web_service_only'

export interface ServiceAccountParty {
    role: PartyRole
    name: string
    reason: ServiceAccountReason
}

const WHY: Record<ServiceAccountReason, string> = {
    managed_by_app: 'is a service account in the Service Account inventory',
    machine_identity: 'is a machine identity (Identity type = Machine)',
    web_service_only: 'is web-service-only, an integration account',
}

/** Which of the requester and the owner is a service account, and why (the strongest reason first). */
export function serviceAccountParties(
    parties: { role: PartyRole; user: PartyUser | null }[],
    managedAccountIds: ReadonlySet<string>,
): ServiceAccountParty[] {
    const found: ServiceAccountParty[] = []
    for (const { role, user } of parties) {
        if (!user) continue
        const reason: ServiceAccountReason | null = managedAccountIds.has(user.sysId)
            ? 'managed_by_app'
            : user.machineIdentity
              ? 'machine_identity'
              : user.webServiceOnly
                ? 'web_service_only'
                : null
        if (reason) found.push({ role, name: user.name || user.userName || user.sysId, reason })
    }
    return found
}

/** One sentence per party, e.g. 'The owner, svc_billing, is a service account in the Service Account inventory.' */
export function describeServiceAccountParties(found: ServiceAccountParty[]): string {
    return found.map((p) => `The ${p.role}, ${p.name}, ${WHY[p.reason]}.`).join(' ')
}

/** One read: the users with these sys_ids (the requester and the owner), by sys_id. */
export function readParties(userIds: string[]): Map<string, PartyUser> {
    const users = new Map<string, PartyUser>()
    const ids = userIds.filter((id, index) => id !== '' && userIds.indexOf(id) === index)
    if (ids.length === 0) return users
    const user = new GlideRecord('sys_user')
    // identity_type exists on recent releases only (platform-facts): read it only where it does.
    const identityType = user.isValidField('identity_type')
    user.addQuery('sys_id', 'IN', ids.join(','))
    user.query()
    while (user.next()) {
        users.set(user.getUniqueValue(), {
            sysId: user.getUniqueValue(),
            name: user.getValue('name') ?? user.getValue('user_name') ?? '',
            userName: user.getValue('user_name') ?? '',
            active: isTrue(user.getValue('active')),
            managerId: user.getValue('manager') ?? '',
            webServiceOnly: isTrue(user.getValue('web_service_access_only')),
            machineIdentity: identityType && user.getValue('identity_type') === MACHINE_IDENTITY,
        })
    }
    return users
}

/** One read: which of these users the app manages (an inventory row names them as its account). */
export function readManagedAccounts(userIds: string[]): Set<string> {
    const managed = new Set<string>()
    const ids = userIds.filter((id) => id !== '')
    if (ids.length === 0) return managed
    const row = new GlideRecord(INVENTORY_TABLE)
    row.addQuery('account', 'IN', ids.join(','))
    row.query()
    while (row.next()) managed.add(row.getValue('account') ?? '')
    return managed
}
