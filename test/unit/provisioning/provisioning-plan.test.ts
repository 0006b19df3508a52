import { parseSettings, type AppSettings } from '../../../src/server/config/properties'
import { planProvisioning, type ProvisioningLookups, type RequestFacts } from '../../../src/server/provisioning/provisioning-plan'
import { REQUEST_SERVICE_ACCOUNT_ITEM_ID } from '../../../src/server/provisioning/catalog-item'
import { checkUserIdFormat, type UserIdCheck } from '../../../src/server/naming/user-id-rules'
import type { ApprovalCheck } from '../../../src/server/approval/verify-approval'
import type { GroupRoleFacts } from '../../../src/server/access/group-roles'

/*
 * The pure decision, with its lookups answered by plain objects (no Glide). Which lookups are asked
 * matters: an item already provisioned, or without a genuine approval, must stop before the rest.
 */

const GROUP = 'a'.repeat(32)
const CREDENTIAL_GROUP = 'b'.repeat(32)
const FALLBACK_GROUP = 'c'.repeat(32)

const settings: AppSettings = parseSettings((name) =>
    ({
        'x_seed_svcacct.group': GROUP,
        'x_seed_svcacct.credential_task.group': CREDENTIAL_GROUP,
        'x_seed_svcacct.approval.fallback_group': FALLBACK_GROUP,
    })[name],
).settings

const request: RequestFacts = {
    itemId: 'ritm-1',
    itemNumber: 'RITM0010001',
    requestId: 'req-1',
    catalogItemId: REQUEST_SERVICE_ACCOUNT_ITEM_ID,
    approval: 'approved',
    active: true,
    state: '1',
    requesterId: 'u-owner',
    ownerId: 'u-owner',
    userId: 'svc_billing_sync',
    displayName: 'Billing Sync',
    purpose: 'Pushes invoices to ERP',
    consumingSystem: 'SAP ERP',
}

const genuine: ApprovalCheck = {
    verdict: {
        genuine: true,
        approval: {
            sysId: 'a-1',
            approverId: 'u-manager',
            approverName: 'Mia Manager',
            approverUserName: 'mia.manager',
            state: 'approved',
            createdBy: 'system',
            updatedBy: 'mia.manager',
            updatedOn: '2026-03-01 09:00:00',
            deciderId: 'u-manager',
            deciderName: 'Mia Manager',
            byDelegate: false,
        },
        route: { kind: 'manager', managerId: 'u-manager' },
        summary: "approved by the owner's manager, Mia Manager",
    },
    owner: { sysId: 'u-owner', name: 'Olga Owner', active: true },
}

const roleFacts: GroupRoleFacts = {
    configuredNames: ['itil', 'rest_api_explorer'],
    roles: [
        { sysId: 'r-itil', name: 'itil', scope: 'global' },
        { sysId: 'r-explorer', name: 'rest_api_explorer', scope: 'global' },
        { sysId: 'r-admin', name: 'admin', scope: 'global' },
    ],
    elevation: { chains: new Map([['r-admin', ['r-admin']]]), complete: true },
    grants: [{ roleId: 'r-itil', inherits: true }],
}

function lookups(overrides: Partial<ProvisioningLookups> = {}) {
    const asked: string[] = []
    const base: ProvisioningLookups = {
        existingProvisioning: () => null,
        approval: () => genuine,
        userId: (raw, rules): UserIdCheck => {
            const problems = checkUserIdFormat(raw, rules)
            return { ok: problems.length === 0, userId: raw.trim(), problems }
        },
        groups: (ids) =>
            ids.map((sysId) => ({ sysId, name: sysId === GROUP ? 'ServiceNow Service Accounts' : 'Service Account Administrators', active: true, parentId: '' })),
        groupRoles: () => roleFacts,
        identityTypeSupported: () => true,
        guiWindowEnd: (days) => ({ value: `2026-03-${String(1 + days).padStart(2, '0')} 09:00:00` }),
    }
    const merged = { ...base, ...overrides }
    const tracked = {} as ProvisioningLookups
    for (const key of Object.keys(merged) as (keyof ProvisioningLookups)[]) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        ;(tracked as any)[key] = (...args: unknown[]) => {
            asked.push(key)
            // eslint-disable-next-line @typescript-eslint/no-explicit-any
            return (merged[key] as any)(...args)
        }
    }
    return { lookups: tracked, asked }
}

describe('planProvisioning', () => {
    it('when everything is in order, then it plans the account, membership, grants, inventory, task and note', () => {
        const { lookups: l } = lookups()
        const plan = planProvisioning(request, settings, l)
        if (plan.kind !== 'create') throw new Error(`expected create, got ${plan.kind}`)

        expect(plan.account).toEqual({
            user_name: 'svc_billing_sync',
            first_name: 'Billing Sync',
            name: 'Billing Sync',
            manager: 'u-owner',
            active: 'true',
            password_needs_reset: 'false',
            web_service_access_only: 'false',
            identity_type: 'machine',
        })
        expect(plan.account).not.toHaveProperty('internal_integration_user')
        expect(plan.account).not.toHaveProperty('user_password')
        expect(plan.grants).toEqual([{ group: GROUP, role: 'r-explorer', inherits: 'true' }])
        expect(plan.membership).toEqual({ group: GROUP })
        expect(plan.inventory).toMatchObject({
            user_name: 'svc_billing_sync',
            owner: 'u-owner',
            purpose: 'Pushes invoices to ERP',
            consuming_system: 'SAP ERP',
            request_item: 'ritm-1',
            state: 'exploring',
            gui_access_until: '2026-03-15 09:00:00',
        })
        expect(plan.credentialTask).toMatchObject({ request_item: 'ritm-1', request: 'req-1', assignment_group: CREDENTIAL_GROUP })
        expect(plan.credentialTask.description).toMatch(/vault/)
        expect(plan.credentialTask.description).toMatch(/Never write a password/)
        expect(plan.itemUpdate.state).toBe('2')
        const note = plan.itemUpdate.work_notes
        expect(note).toContain('svc_billing_sync')
        expect(note).toContain('credential task')
        expect(note).toContain('REST API Explorer')
        expect(note).toContain('confirm')
        expect(note).toContain('2026-03-15 09:00:00 UTC')
    })

    it('when the instance has no identity_type column, then the account does not set it', () => {
        const { lookups: l } = lookups({ identityTypeSupported: () => false })
        const plan = planProvisioning(request, settings, l)
        expect(plan.kind === 'create' && plan.account).not.toHaveProperty('identity_type')
    })

    it('when no display name was given, then the user ID names the account', () => {
        const { lookups: l } = lookups()
        const plan = planProvisioning({ ...request, displayName: '' }, settings, l)
        expect(plan.kind === 'create' && plan.account.first_name).toBe('svc_billing_sync')
    })

    it('when the item was already provisioned, then nothing else is looked at and nothing is planned', () => {
        const { lookups: l, asked } = lookups({
            existingProvisioning: () => ({ inventoryId: 'inv-1', userName: 'svc_billing_sync', accountId: 'u-svc' }),
        })
        expect(planProvisioning(request, settings, l)).toMatchObject({ kind: 'already_provisioned' })
        expect(asked).toEqual(['existingProvisioning'])
    })

    it('when the item is another catalog item, then nothing is looked at', () => {
        const { lookups: l, asked } = lookups()
        expect(planProvisioning({ ...request, catalogItemId: 'f'.repeat(32) }, settings, l).kind).toBe('not_ours')
        expect(asked).toEqual([])
    })

    it('when the approval is not genuine, then it refuses before checking anything else', () => {
        const { lookups: l, asked } = lookups({
            approval: () => ({ verdict: { genuine: false, code: 'no_approval_record', message: 'No approval record.', pending: false }, owner: null }),
        })
        const plan = planProvisioning(request, settings, l)
        expect(plan).toMatchObject({ kind: 'refused', problems: [{ code: 'approval_not_genuine' }] })
        expect(asked).toEqual(['existingProvisioning', 'approval'])
        if (plan.kind === 'refused') expect(plan.workNote).toMatch(/^Service account NOT provisioned\. Nothing was created\./)
        // A forged or missing approval leaves the item as it is, for an admin to look into.
        expect(plan).not.toHaveProperty('closeItem')
    })

    it.each([
        ['inactive', { active: false, state: '2' }],
        ['Closed Complete', { state: '3' }],
        ['Closed Incomplete (rejected or expired)', { state: '4' }],
        ['Closed Skipped', { state: '7' }],
    ])('when the item is %s, then it refuses before looking up the approval', (_label, fields) => {
        const { lookups: l, asked } = lookups()
        expect(planProvisioning({ ...request, ...fields }, settings, l)).toMatchObject({ kind: 'refused', problems: [{ code: 'item_closed' }] })
        expect(asked).toEqual(['existingProvisioning'])
    })

    it.each([
        ['self_approval', 'approved only by its requester or its owner'],
        ['ineligible_approver', 'approved by someone who may not approve it now'],
        ['service_account_party', 'A service account cannot request or own another service account'],
    ] as const)('when the approval can never count (%s) and no approval is pending, then the item is closed with a comment for the requester', (code, comment) => {
        const { lookups: l } = lookups({ approval: () => ({ verdict: { genuine: false, code, message: 'Why.', pending: false }, owner: null }) })
        const plan = planProvisioning(request, settings, l)
        if (plan.kind !== 'refused') throw new Error(`expected refused, got ${plan.kind}`)
        expect(plan.closeItem).toEqual({ state: '4', comment: expect.stringContaining(comment) })
        expect(plan.closeItem?.comment).toMatch(/Submit/)
        expect(plan.workNote).toContain('The item was closed (Closed Incomplete)')
    })

    it('when another approval is still pending, then the item stays open: that approver may still decide', () => {
        const { lookups: l } = lookups({ approval: () => ({ verdict: { genuine: false, code: 'self_approval', message: 'Why.', pending: true }, owner: null }) })
        expect(planProvisioning(request, settings, l)).not.toHaveProperty('closeItem')
    })

    it.each(['no_approval_record', 'not_from_flow', 'approval_ended', 'no_fallback_group'] as const)('when the approval is refused as %s, then the item is not closed by provisioning', (code) => {
        const { lookups: l } = lookups({ approval: () => ({ verdict: { genuine: false, code, message: 'Why.', pending: false }, owner: null }) })
        expect(planProvisioning(request, settings, l)).not.toHaveProperty('closeItem')
    })

    it('when the item is not approved (retry on a pending item), then it refuses without asking for the approval', () => {
        const { lookups: l, asked } = lookups()
        expect(planProvisioning({ ...request, approval: 'requested' }, settings, l)).toMatchObject({ kind: 'refused', problems: [{ code: 'not_approved' }] })
        expect(asked).toEqual(['existingProvisioning'])
    })

    it('when the user ID was taken meanwhile, then it refuses and asks for another user ID', () => {
        const { lookups: l } = lookups({
            userId: (raw) => ({
                ok: false,
                userId: raw,
                problems: [{ code: 'taken_active', message: `"${raw}" is already taken by an active user. Choose another user ID.` }],
            }),
        })
        const plan = planProvisioning(request, settings, l)
        expect(plan).toMatchObject({ kind: 'refused', problems: [{ code: 'user_id_taken' }] })
        if (plan.kind === 'refused') expect(plan.workNote).toContain('Choose another user ID and submit a new request.')
    })

    it('when the user ID breaks the form rules (the form was bypassed), then it refuses', () => {
        const { lookups: l } = lookups()
        const plan = planProvisioning({ ...request, userId: 'Billing' }, settings, l)
        expect(plan.kind).toBe('refused')
        if (plan.kind === 'refused') expect(plan.problems.every((p) => p.code === 'user_id_invalid')).toBe(true)
    })

    it('when the group is missing, then it refuses naming the property and the retry', () => {
        const { lookups: l, asked } = lookups({ groups: (ids) => ids.filter((id) => id !== GROUP).map((sysId) => ({ sysId, name: 'x', active: true, parentId: '' })) })
        const plan = planProvisioning(request, settings, l)
        expect(plan).toMatchObject({ kind: 'refused', problems: [{ code: 'group_missing' }] })
        if (plan.kind === 'refused') expect(plan.workNote).toMatch(/x_seed_svcacct\.group .*Retry provisioning/)
        expect(asked).not.toContain('groupRoles')
    })

    it('when the credential task group is inactive, then it refuses', () => {
        const { lookups: l } = lookups({
            groups: (ids) => ids.map((sysId) => ({ sysId, name: sysId, active: sysId !== CREDENTIAL_GROUP, parentId: '' })),
        })
        expect(planProvisioning(request, settings, l)).toMatchObject({ kind: 'refused', problems: [{ code: 'credential_group_inactive' }] })
    })

    it('when a configured role is missing, then it refuses with the role named', () => {
        const { lookups: l } = lookups({ groupRoles: () => ({ ...roleFacts, roles: roleFacts.roles.filter((r) => r.name !== 'rest_api_explorer') }) })
        const plan = planProvisioning(request, settings, l)
        expect(plan).toMatchObject({ kind: 'refused', problems: [{ code: 'role_problem' }] })
        if (plan.kind === 'refused') expect(plan.workNote).toContain('"rest_api_explorer"')
    })

    it('when the owner is inactive, then it refuses', () => {
        const { lookups: l } = lookups({ approval: () => ({ ...genuine, owner: { sysId: 'u-owner', name: 'Olga Owner', active: false } }) })
        expect(planProvisioning(request, settings, l)).toMatchObject({ kind: 'refused', problems: [{ code: 'owner_inactive' }] })
    })

    it('when several things are wrong, then the note lists every one', () => {
        const { lookups: l } = lookups({
            groups: () => [],
            userId: (raw) => ({ ok: false, userId: raw, problems: [{ code: 'taken_inactive', message: 'taken' }] }),
        })
        const plan = planProvisioning(request, settings, l)
        expect(plan.kind === 'refused' && plan.problems.map((p) => p.code)).toEqual(['user_id_taken', 'group_missing', 'credential_group_missing'])
    })
})
