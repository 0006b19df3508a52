/**
 * A small instance for provisioning tests, seeded into the Glide test double: the shipped groups
 * and properties, the stock roles (itil with its real sys_id, rest_api_explorer by name, the
 * elevated roles), an owner with an active manager, and one approved "Request a Service Account"
 * item with a genuine approval record. Each test changes what it is about.
 */
import { GlideRecord } from '@servicenow/glide'
import { glide } from '../../fakes/glide'
import { appSchema } from '../../fakes/app-schema'
import { REQUEST_SERVICE_ACCOUNT_ITEM_ID } from '../../../src/server/provisioning/catalog-item'

export const ITIL = '282bf1fac6112285017366cb5f867469'
export const ADMIN_ROLE = '2831a114c611228501d4ea6c309d626d'
export const NOW = '2026-03-01 09:00:00'
export const USER_ID = 'svc_billing_sync'

export interface World {
    groupId: string
    credentialGroupId: string
    fallbackGroupId: string
    explorerRoleId: string
    ownerId: string
    managerId: string
    itemId: string
    approvalId: string
}

export interface WorldOptions {
    /** Variables of the request item (defaults: a valid user ID, display name, purpose, system). */
    variables?: Record<string, string>
    /** Extra sc_req_item fields. */
    item?: Record<string, unknown>
    /** false: no approval record (the approval field was edited directly). */
    approvalRecord?: boolean
}

export function seedWorld(options: WorldOptions = {}): World {
    glide.reset()
    appSchema.defineAll()
    glide.setNow(NOW)

    const groupId = glide.seed('sys_user_group', { name: 'ServiceNow Service Accounts', active: true })
    const credentialGroupId = glide.seed('sys_user_group', { name: 'Service Account Administrators', active: true })
    const fallbackGroupId = glide.seed('sys_user_group', { name: 'Service Account Approvers', active: true })
    glide.setProperty('x_seed_svcacct.group', groupId)
    glide.setProperty('x_seed_svcacct.credential_task.group', credentialGroupId)
    glide.setProperty('x_seed_svcacct.approval.fallback_group', fallbackGroupId)
    glide.setProperty('x_seed_svcacct.group.roles', 'itil,rest_api_explorer')
    glide.setProperty('x_seed_svcacct.gui_window.days', '14')

    glide.seed('sys_user_role', { sys_id: ITIL, name: 'itil', sys_scope: 'global' })
    const explorerRoleId = glide.seed('sys_user_role', { name: 'rest_api_explorer', sys_scope: 'global' })
    glide.seed('sys_user_role', { sys_id: ADMIN_ROLE, name: 'admin', sys_scope: 'global' })
    const securityAdmin = glide.seed('sys_user_role', { name: 'security_admin', sys_scope: 'global' })
    glide.seed('sys_user_role', { name: 'impersonator', sys_scope: 'global' })
    glide.seed('sys_user_role', { name: 'oauth_admin', sys_scope: 'global' })
    // Stock-like containment: admin contains security_admin; itil contains nothing elevated.
    glide.seed('sys_user_role_contains', { role: ADMIN_ROLE, contains: securityAdmin })
    // The itil grant ships with the app (src/fluent/access/groups.now.ts); rest_api_explorer's does not.
    glide.seed('sys_group_has_role', { group: groupId, role: ITIL, inherits: true })

    const managerId = glide.seed('sys_user', { user_name: 'mia.manager', name: 'Mia Manager', active: true })
    const ownerId = glide.seed('sys_user', { user_name: 'olga.owner', name: 'Olga Owner', active: true, manager: managerId })

    const itemId = glide.seedRequestItem({
        fields: {
            cat_item: REQUEST_SERVICE_ACCOUNT_ITEM_ID,
            requested_for: ownerId,
            opened_by: ownerId,
            approval: 'approved',
            ...options.item,
        },
        variables: options.variables ?? {
            user_id: USER_ID,
            display_name: 'Billing Sync',
            purpose: 'Pushes invoices to the ERP',
            consuming_system: 'SAP ERP',
        },
    })
    const approvalId = options.approvalRecord === false ? '' : seedApproval(itemId, managerId, 'mia.manager')

    return { groupId, credentialGroupId, fallbackGroupId, explorerRoleId, ownerId, managerId, itemId, approvalId }
}

/**
 * An approval record as the flow makes it and its approver decides it: created by the system (the
 * flow runs as system), last updated by `decidedBy` (the approver's user name, unless a test says
 * otherwise).
 */
export function seedApproval(itemId: string, approverId: string, decidedBy: string, state = 'approved'): string {
    return glide.seed('sysapproval_approver', {
        sysapproval: itemId,
        document_id: itemId,
        approver: approverId,
        state,
        sys_created_by: 'system',
        sys_updated_by: decidedBy,
    })
}

/** The request item as the business rule receives it (its read is not counted). */
export function currentItem(itemId: string): GlideRecord {
    const item = new GlideRecord('sc_req_item')
    if (!item.get(itemId)) throw new Error(`no sc_req_item ${itemId}`)
    glide.resetCounters()
    return item
}

/** Many users, memberships and inventory rows, to show provisioning's cost does not grow with them. */
export function seedCrowd(world: World, size: number): void {
    for (let n = 0; n < size; n++) {
        const user = glide.seed('sys_user', { user_name: `crowd.user${n}`, name: `Crowd User ${n}`, active: true, manager: world.managerId })
        glide.seed('sys_user_grmember', { user, group: world.groupId })
        glide.seed('x_seed_svcacct_service_account', { account: user, user_name: `svc_crowd_${n}`, owner: world.ownerId, state: 'api_only' })
    }
}
