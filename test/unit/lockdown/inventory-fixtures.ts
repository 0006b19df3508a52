/**
 * Seeds for the lock-down tests: service-account users, owners and inventory rows, as provisioning
 * leaves them (user web_service_access_only empty or false and a member of the service-account group,
 * row exploring with a GUI window).
 */
import { defineAppTables } from '../../fakes/app-schema'
import { GlideRecord } from '@servicenow/glide'
import { glide } from '../../fakes/glide'

export const INVENTORY = 'x_seed_svcacct_service_account'
export const ADMIN_ROLES = ['x_seed_svcacct.admin', 'x_seed_svcacct.auditor']
export const NOW = '2026-03-15 09:00:00'
export const SERVICE_ACCOUNT_GROUP = 'x_seed_svcacct.group'

/** sys_id of the service-account group of the current instance (set by freshInstance). */
export let serviceAccountGroupId = ''

/**
 * Fresh double with the app's tables (from the built dictionary), a fixed clock, and the
 * service-account group named by x_seed_svcacct.group, as after install.
 */
export function freshInstance(): void {
    glide.reset()
    defineAppTables()
    glide.setNow(NOW)
    serviceAccountGroupId = glide.seed('sys_user_group', { name: 'ServiceNow Service Accounts', active: true })
    glide.setProperty(SERVICE_ACCOUNT_GROUP, serviceAccountGroupId)
}

/** Adds a user to the service-account group, as provisioning does. */
export function joinServiceAccountGroup(userId: string): string {
    return glide.seed('sys_user_grmember', { user: userId, group: serviceAccountGroupId })
}

export function seedPerson(userName: string): string {
    return glide.seed('sys_user', { user_name: userName, name: userName, active: true })
}

export interface AccountSeed {
    userName?: string
    owner?: string
    state?: 'exploring' | 'api_only' | 'retired'
    guiAccessUntil?: string | null
    createdOn?: string
    /** web_service_access_only on the user: undefined leaves it empty, as on most instances. */
    webServiceAccessOnly?: boolean
    identityType?: string
    /** false: the row has no user; a string: the account points at that (possibly missing) sys_id. */
    account?: false | string
    /** false: the user is not in the service-account group (default: it is, as provisioning leaves it). */
    inGroup?: boolean
    /** The user's own user_name, when it should differ from the row's User ID. */
    accountUserName?: string
    reminderSentOn?: string
    lockdownProblem?: string
}

export interface SeededAccount {
    rowId: string
    userId: string
    ownerId: string
    userName: string
}

let counter = 0

export function seedAccount(seed: AccountSeed = {}): SeededAccount {
    counter += 1
    const userName = seed.userName ?? `svc_account_${counter}`
    const ownerId = seed.owner ?? seedPerson(`owner_${counter}`)
    const userFields: Record<string, unknown> = { user_name: seed.accountUserName ?? userName, name: userName, active: true }
    if (seed.webServiceAccessOnly !== undefined) userFields.web_service_access_only = seed.webServiceAccessOnly
    if (seed.identityType) userFields.identity_type = seed.identityType
    const userId = seed.account === undefined ? glide.seed('sys_user', userFields) : seed.account || ''
    if (seed.account === undefined && seed.inGroup !== false) joinServiceAccountGroup(userId)
    const row: Record<string, unknown> = {
        user_name: userName,
        owner: ownerId,
        purpose: 'Billing sync',
        consuming_system: 'Billing',
        state: seed.state ?? 'exploring',
        account: userId,
    }
    if (seed.guiAccessUntil !== null) row.gui_access_until = seed.guiAccessUntil ?? '2026-03-14 09:00:00'
    if (seed.createdOn) row.sys_created_on = seed.createdOn
    else row.sys_created_on = '2026-03-01 09:00:00'
    if (seed.reminderSentOn) row.reminder_sent_on = seed.reminderSentOn
    if (seed.lockdownProblem) row.lockdown_problem = seed.lockdownProblem
    const rowId = glide.seed(INVENTORY, row)
    return { rowId, userId, ownerId, userName }
}

/**
 * A record as a form or a business rule hands it over (`current`): one read, before the caller resets
 * the counters. Typed as the platform's GlideRecord; jest maps @servicenow/glide to the double.
 */
export function current(table: string, sysId: string): GlideRecord {
    const record = new GlideRecord(table)
    if (!record.get(sysId)) throw new Error(`no ${table} ${sysId}`)
    return record
}

export function inventoryRow(rowId: string): Record<string, string> {
    const row = glide.row(INVENTORY, rowId)
    if (!row) throw new Error(`no inventory row ${rowId}`)
    return row
}

export function userRow(userId: string): Record<string, string> {
    const row = glide.row('sys_user', userId)
    if (!row) throw new Error(`no user ${userId}`)
    return row
}

export function auditTrail(rowId: string): string[] {
    return glide.journal(INVENTORY, rowId, 'audit_trail')
}
