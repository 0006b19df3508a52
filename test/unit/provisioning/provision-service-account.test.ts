import { glide } from '../../fakes/glide'
import { provisionOnApproval, provisionRequestItem } from '../../../src/server/provisioning/provision-service-account'
import { ADMIN_ROLE, ITIL, USER_ID, currentItem, seedApproval, seedCrowd, seedWorld, type World } from './provisioning-world'

const INVENTORY = 'x_seed_svcacct_service_account'
/** Tables provisioning creates rows in; a refusal or an undone failure leaves them as they were. */
const CREATED_TABLES = ['sys_user', 'sys_user_grmember', 'sys_group_has_role', INVENTORY, 'sc_task']

function snapshot(): Record<string, number> {
    return Object.fromEntries(CREATED_TABLES.map((table) => [table, glide.rows(table).length]))
}

function provision(world: World) {
    const item = currentItem(world.itemId)
    provisionOnApproval(item, item)
}

const workNotes = (world: World) => glide.journal('sc_req_item', world.itemId, 'work_notes')
const lastWorkNote = (world: World) => workNotes(world).at(-1) ?? ''
const errors = () => glide.logs().filter((entry) => entry.level === 'error')
const accounts = () => glide.rows('sys_user').filter((user) => user.user_name === USER_ID)

/** Every way a run must leave nothing behind: no account, no membership, no inventory, no task, item not in progress. */
function expectNothingProvisioned(world: World, before: Record<string, number>) {
    expect(accounts()).toEqual([])
    const after = snapshot()
    for (const table of ['sys_user', 'sys_user_grmember', INVENTORY, 'sc_task']) expect(after[table]).toBe(before[table])
    expect(glide.row('sc_req_item', world.itemId)?.state).not.toBe('2')
}

describe('provisioning on approval: the happy path', () => {
    let world: World
    beforeEach(() => {
        world = seedWorld()
        provision(world)
    })

    it('creates the account: user name, display name, manager = owner, active, no password, machine identity, GUI access for now', () => {
        expect(accounts()).toHaveLength(1)
        const account = accounts()[0]
        expect(account).toMatchObject({
            user_name: USER_ID,
            first_name: 'Billing Sync',
            manager: world.ownerId,
            active: '1',
            password_needs_reset: '0',
            web_service_access_only: '0',
            identity_type: 'machine',
        })
        expect(account.internal_integration_user ?? '').not.toBe('1')
        expect(account.user_password ?? '').toBe('')
    })

    it('adds the account to the group and never writes sys_user_has_role', () => {
        const account = accounts()[0]
        const memberships = glide.rows('sys_user_grmember').filter((m) => m.user === account.sys_id)
        expect(memberships).toEqual([expect.objectContaining({ group: world.groupId })])
        expect(glide.rows('sys_user_has_role').filter((r) => r.user === account.sys_id)).toEqual([])
        expect(glide.counters().writes.sys_user_has_role ?? 0).toBe(0)
    })

    it('grants the missing rest_api_explorer role to the group (inherited) and leaves the shipped itil grant alone', () => {
        const grants = glide.rows('sys_group_has_role').filter((g) => g.group === world.groupId)
        expect(grants.map((g) => [g.role, g.inherits])).toEqual(
            expect.arrayContaining([
                [ITIL, '1'],
                [world.explorerRoleId, '1'],
            ]),
        )
        expect(grants).toHaveLength(2)
    })

    it('records the account in the inventory with GUI access until now + 14 days', () => {
        const account = accounts()[0]
        expect(glide.rows(INVENTORY)).toEqual([
            expect.objectContaining({
                account: account.sys_id,
                user_name: USER_ID,
                owner: world.ownerId,
                purpose: 'Pushes invoices to the ERP',
                consuming_system: 'SAP ERP',
                request_item: world.itemId,
                state: 'exploring',
                gui_access_until: '2026-03-15 09:00:00',
            }),
        ])
        const inventoryId = glide.rows(INVENTORY)[0].sys_id
        expect(glide.journal(INVENTORY, inventoryId, 'audit_trail').join('\n')).toContain("approved by the owner's manager, Mia Manager")
    })

    it('opens the credential task for the administrators group, with vault instructions and no secret', () => {
        const tasks = glide.rows('sc_task')
        expect(tasks).toEqual([expect.objectContaining({ request_item: world.itemId, assignment_group: world.credentialGroupId })])
        expect(tasks[0].short_description).toContain(USER_ID)
        expect(tasks[0].description).toMatch(/vault/)
        expect(tasks[0].description).toMatch(/Never write a password, secret or token/)
    })

    it('moves the item to Work in Progress with a work note telling the owner what to do next', () => {
        expect(glide.row('sc_req_item', world.itemId)?.state).toBe('2')
        const note = lastWorkNote(world)
        expect(note).toContain(`Service account ${USER_ID} was created for Olga Owner.`)
        expect(note).toContain('credential task')
        expect(note).toContain('REST API Explorer')
        expect(note).toContain('When your calls are sorted, confirm it')
        expect(note).toContain('GUI access ends on 2026-03-15 09:00:00 UTC')
        expect(errors()).toEqual([])
    })
})

describe('provisioning on approval: costs', () => {
    function countFor(crowd: number) {
        const world = seedWorld()
        seedCrowd(world, crowd)
        const item = currentItem(world.itemId)
        provisionOnApproval(item, item)
        expect(accounts()).toHaveLength(1)
        return glide.counters()
    }

    it('uses the same reads and writes with 10 and with 10,000 existing users and accounts', () => {
        const small = countFor(10)
        const large = countFor(10_000)
        expect(large).toEqual(small)
        // One provisioning, first on this instance (rest_api_explorer still to be granted):
        expect(small.writes).toEqual({ sys_group_has_role: 1, sys_user: 1, sys_user_grmember: 1, [INVENTORY]: 1, sc_task: 1, sc_req_item: 1 })
        expect(small.totalWrites).toBe(6)
        expect(small.reads).toEqual(EXPECTED_READS)
        expect(small.totalReads).toBe(13)
    })

    it('writes one grant less once the group carries every role', () => {
        const world = seedWorld()
        glide.seed('sys_group_has_role', { group: world.groupId, role: world.explorerRoleId, inherits: true })
        const item = currentItem(world.itemId)
        provisionOnApproval(item, item)
        expect(glide.counters().totalWrites).toBe(5)
    })
})

/**
 * Reads of one provisioning (docs/provisioning.md): the item's variables; the inventory row for
 * the item (idempotency); the approval records; the requester and the owner (one query), the owner's
 * manager, the user-ID check and its repeat right before the insert (4 on sys_user); which of the
 * requester and owner the inventory names (a second inventory read); both groups in one query; the
 * roles by name; one containment level; the group's grants; the request item re-read for its update.
 */
const EXPECTED_READS = {
    sc_item_option_mtom: 1,
    x_seed_svcacct_service_account: 2,
    sysapproval_approver: 1,
    sys_user: 4,
    sys_user_group: 1,
    sys_user_role: 1,
    sys_user_role_contains: 1,
    sys_group_has_role: 1,
    sc_req_item: 1,
}

describe('provisioning refuses, and creates nothing, when', () => {
    it('the approval field was edited directly (no approval record)', () => {
        const world = seedWorld({ approvalRecord: false })
        const before = snapshot()
        provision(world)
        expectNothingProvisioned(world, before)
        expect(snapshot()).toEqual(before)
        expect(lastWorkNote(world)).toMatch(/NOT provisioned\. Nothing was created\./)
        expect(lastWorkNote(world)).toContain('no approval record approves it')
        expect(errors()).toHaveLength(1)
        // The forged case stops after the approval lookup: item variables, inventory, approvals; then the note.
        expect(glide.counters().writes).toEqual({ sc_req_item: 1 })
    })

    it('the approval came from someone who is not the owner’s manager', () => {
        const world = seedWorld({ approvalRecord: false })
        const colleague = glide.seed('sys_user', { user_name: 'carl.colleague', name: 'Carl Colleague', active: true })
        seedApproval(world.itemId, colleague, 'carl.colleague')
        const before = snapshot()
        provision(world)
        expectNothingProvisioned(world, before)
        expect(lastWorkNote(world)).toContain('Carl Colleague')
        expect(lastWorkNote(world)).toContain("only the owner's manager may approve")
    })

    it('the manager’s approval record is still pending while the field says approved', () => {
        const world = seedWorld({ approvalRecord: false })
        seedApproval(world.itemId, world.managerId, 'system', 'requested')
        const before = snapshot()
        provision(world)
        expectNothingProvisioned(world, before)
    })

    it('the user ID was taken between approval and provisioning', () => {
        const world = seedWorld()
        glide.seed('sys_user', { user_name: USER_ID, name: 'Someone Quicker', active: true })
        const before = snapshot()
        provision(world)
        expect(glide.rows('sys_user').filter((u) => u.user_name === USER_ID)).toHaveLength(1)
        expect(snapshot()).toEqual(before)
        expect(lastWorkNote(world)).toContain('already taken by an active user')
        expect(lastWorkNote(world)).toContain('Choose another user ID and submit a new request.')
    })

    it('the user ID breaks the rules (the form was bypassed)', () => {
        const world = seedWorld({ variables: { user_id: 'admin', display_name: 'Admin', purpose: 'x', consuming_system: 'y' } })
        const before = snapshot()
        provision(world)
        expect(snapshot()).toEqual(before)
        expect(lastWorkNote(world)).toContain('User ID "admin"')
    })

    it('the group is missing', () => {
        const world = seedWorld()
        glide.setProperty('x_seed_svcacct.group', 'f'.repeat(32))
        const before = snapshot()
        provision(world)
        expectNothingProvisioned(world, before)
        expect(snapshot()).toEqual(before)
        expect(lastWorkNote(world)).toContain('x_seed_svcacct.group')
        expect(lastWorkNote(world)).toContain('Retry provisioning')
    })

    it('a configured role is missing on the instance', () => {
        const world = seedWorld()
        glide.setProperty('x_seed_svcacct.group.roles', 'itil,rest_api_explorer,soap_query')
        const before = snapshot()
        provision(world)
        expectNothingProvisioned(world, before)
        expect(snapshot()).toEqual(before)
        expect(lastWorkNote(world)).toContain('The role "soap_query" listed in x_seed_svcacct.group.roles does not exist')
        expect(errors()[0].message).toContain('soap_query')
    })

    it.each(['admin', 'security_admin', 'impersonator', 'oauth_admin'])('the property names the elevated role %s', (role) => {
        const world = seedWorld()
        glide.setProperty('x_seed_svcacct.group.roles', `itil,${role}`)
        const before = snapshot()
        provision(world)
        expect(snapshot()).toEqual(before)
        expect(lastWorkNote(world)).toContain(`The role "${role}" is listed in x_seed_svcacct.group.roles`)
    })

    it('the property names a role that contains admin, two levels down', () => {
        const world = seedWorld()
        const soapAll = glide.seed('sys_user_role', { name: 'soap_all', sys_scope: 'global' })
        const middle = glide.seed('sys_user_role', { name: 'integration_power', sys_scope: 'global' })
        glide.seed('sys_user_role_contains', { role: soapAll, contains: middle })
        glide.seed('sys_user_role_contains', { role: middle, contains: ADMIN_ROLE })
        glide.setProperty('x_seed_svcacct.group.roles', 'itil,soap_all')
        const before = snapshot()
        provision(world)
        expect(snapshot()).toEqual(before)
        expect(lastWorkNote(world)).toContain('"soap_all" listed in x_seed_svcacct.group.roles contains the elevated role "admin"')
    })

    it('the property names a scoped role', () => {
        const world = seedWorld()
        glide.seed('sys_user_role', { name: 'x_other.reader', sys_scope: 'e'.repeat(32) })
        glide.setProperty('x_seed_svcacct.group.roles', 'itil,x_other.reader')
        const before = snapshot()
        provision(world)
        expect(snapshot()).toEqual(before)
        expect(lastWorkNote(world)).toContain('belongs to an application scope')
    })
})

describe('provisioning is idempotent', () => {
    it('a second firing creates nothing twice and writes nothing', () => {
        const world = seedWorld()
        provision(world)
        const after = snapshot()
        const notes = workNotes(world).length
        provision(world)
        expect(snapshot()).toEqual(after)
        expect(glide.counters().totalWrites).toBe(0)
        expect(workNotes(world)).toHaveLength(notes)
        expect(glide.logs().at(-1)?.message).toContain('already provisioned')
    })

    it('a re-approval after a refusal provisions once the cause is fixed', () => {
        const world = seedWorld()
        glide.setProperty('x_seed_svcacct.group.roles', 'itil,nope')
        provision(world)
        expect(accounts()).toEqual([])
        glide.setProperty('x_seed_svcacct.group.roles', 'itil,rest_api_explorer')
        provision(world)
        expect(accounts()).toHaveLength(1)
    })
})

describe('a write that fails halfway is undone', () => {
    const steps = [
        { table: 'sys_user', operation: 'insert', step: `user ${USER_ID}`, undone: [] as string[] },
        { table: 'sys_user_grmember', operation: 'insert', step: 'group membership', undone: ['user'] },
        { table: INVENTORY, operation: 'insert', step: 'inventory record', undone: ['group membership', 'user'] },
        { table: 'sc_task', operation: 'insert', step: 'credential task', undone: ['inventory record', 'group membership', 'user'] },
        { table: 'sc_req_item', operation: 'update', step: 'request item update', undone: ['credential task', 'inventory record', 'group membership', 'user'] },
    ] as const

    it.each(steps)('when the $table $operation is refused, then nothing of the account remains and the note says so', ({ table, operation, step, undone }) => {
        const world = seedWorld()
        const before = snapshot()
        glide.failNextWrite({ table, operation, message: 'Operation against file was aborted by Business Rule' })
        provision(world)

        expectNothingProvisioned(world, before)
        const note = lastWorkNote(world)
        expect(note).toContain(`creating the ${step} failed`)
        expect(note).toContain('aborted by Business Rule')
        for (const label of undone) expect(note).toContain(label)
        if (undone.length === 0) expect(note).toContain('Nothing was created.')
        expect(note).not.toContain('Could NOT be removed')
        expect(errors().length).toBeGreaterThanOrEqual(1)
        // The group's role grant is configuration, not part of the account: it stays.
        expect(glide.rows('sys_group_has_role')).toHaveLength(2)
    })

    it('when the account cannot be deleted (sys_user refuses deletes from the app’s scope), then it is made harmless and the note says exactly what remains', () => {
        const world = seedWorld()
        glide.setTableAccess('sys_user', 'delete', false)
        glide.failNextWrite({ table: INVENTORY, operation: 'insert', message: 'refused' })
        provision(world)

        expect(accounts()).toEqual([expect.objectContaining({ active: '0', locked_out: '1', web_service_access_only: '1' })])
        expect(glide.rows('sys_user_grmember').filter((m) => m.user === accounts()[0].sys_id)).toEqual([])
        const note = lastWorkNote(world)
        expect(note).toContain('Removed again: group membership')
        expect(note).toMatch(/Could NOT be deleted, made harmless instead: user svc_billing_sync \(sys_user [0-9a-f]{32}\) is inactive, locked out and web-service-only, and in no group \(it holds no role\)\./)
        expect(note).toContain('Retry provisioning would refuse it')
        expect(note).not.toContain('Could NOT be removed')
        expect(glide.logs().map((l) => l.message)).toContain(
            "Delete operation against 'sys_user' from scope 'x_seed_svcacct' has been refused due to the table's cross-scope access policy",
        )
    })

    it('when the account can be neither deleted nor deactivated, then the note names it as left behind', () => {
        const world = seedWorld()
        glide.setTableAccess('sys_user', 'delete', false)
        glide.setTableAccess('sys_user', 'write', false)
        glide.failNextWrite({ table: INVENTORY, operation: 'insert', message: 'refused' })
        provision(world)
        expect(accounts()).toEqual([expect.objectContaining({ active: '1' })])
        expect(lastWorkNote(world)).toMatch(/Could NOT be removed: user svc_billing_sync \(sys_user [0-9a-f]{32}\)\. An admin must delete these by hand/)
    })

    it('when a membership cannot be deleted either, then the note names it and does not claim the account holds no role', () => {
        const world = seedWorld()
        glide.setTableAccess('sys_user', 'delete', false)
        glide.failNextWrite({ table: INVENTORY, operation: 'insert', message: 'refused' })
        glide.failNextWrite({ table: 'sys_user_grmember', operation: 'delete', message: 'delete refused' })
        provision(world)
        const note = lastWorkNote(world)
        expect(note).toMatch(/Could NOT be removed: group membership \(sys_user_grmember [0-9a-f]{32}\)/)
        expect(note).not.toContain('in no group')
    })

    it('when a grant is refused, then no account is made', () => {
        const world = seedWorld()
        const before = snapshot()
        glide.failNextWrite({ table: 'sys_group_has_role', operation: 'insert', message: 'not allowed' })
        provision(world)
        expect(snapshot()).toEqual(before)
        expect(lastWorkNote(world)).toContain('creating the group role grant failed')
    })
})

describe('provisionRequestItem', () => {
    it('ignores an item of another catalog item', () => {
        const world = seedWorld({ item: { cat_item: 'f'.repeat(32) } })
        const outcome = provisionRequestItem(currentItem(world.itemId))
        expect(outcome.kind).toBe('not_ours')
        expect(glide.counters().totalWrites).toBe(0)
    })

    it('on a release without sys_user.identity_type, creates the account without it', () => {
        const world = seedWorld()
        glide.removeField('sys_user', 'identity_type')
        provision(world)
        expect(accounts()).toHaveLength(1)
        expect(accounts()[0]).not.toHaveProperty('identity_type')
    })

    it('reports created, with the work note as its message', () => {
        const world = seedWorld()
        const outcome = provisionRequestItem(currentItem(world.itemId))
        expect(outcome.kind).toBe('created')
        expect(outcome.message).toBe(lastWorkNote(world))
    })
})

describe('a parallel run for the same item (the rule and a retry)', () => {
    /** Another run creates the account while this one writes the group grant, just before its own insert. */
    function parallelRunDuringGrant(also: () => void) {
        glide.setWriteHooks({
            after: (operation, current) => {
                if (operation !== 'insert' || current.getTableName() !== 'sys_group_has_role') return
                glide.setWriteHooks(null)
                also()
            },
        })
    }

    it('when the other run provisioned the item a moment ago, then nothing is created twice and no note is written', () => {
        const world = seedWorld()
        parallelRunDuringGrant(() => {
            const account = glide.seed('sys_user', { user_name: USER_ID, active: true })
            glide.seed(INVENTORY, { account, user_name: USER_ID, owner: world.ownerId, request_item: world.itemId, state: 'exploring' })
        })
        const outcome = provisionRequestItem(currentItem(world.itemId))
        expect(outcome.kind).toBe('already_provisioned')
        expect(accounts()).toHaveLength(1)
        expect(workNotes(world)).toEqual([])
    })

    it('when someone else took the user ID a moment ago, then nothing is created and the note says so', () => {
        const world = seedWorld()
        parallelRunDuringGrant(() => glide.seed('sys_user', { user_name: USER_ID, active: true }))
        const outcome = provisionRequestItem(currentItem(world.itemId))
        expect(outcome.kind).toBe('refused')
        expect(accounts()).toHaveLength(1)
        expect(glide.rows(INVENTORY)).toEqual([])
        expect(lastWorkNote(world)).toContain('was taken by another user a moment ago')
    })
})

describe('requests that can never be provisioned are closed', () => {
    it('when the requester approved their own request as a member of the fallback group, then the item is closed with a comment and nothing is created', () => {
        const world = seedWorld({ approvalRecord: false })
        const owner = glide.seed('sys_user', { user_name: 'nora.nomanager', name: 'Nora', active: true })
        glide.seed('sys_user_grmember', { user: owner, group: world.fallbackGroupId })
        const item = glide.seedRequestItem({
            fields: { cat_item: glide.row('sc_req_item', world.itemId)!.cat_item, requested_for: owner, opened_by: owner, approval: 'approved' },
            variables: { user_id: USER_ID, display_name: 'x', purpose: 'y', consuming_system: 'z' },
        })
        seedApproval(item, owner, 'nora.nomanager')
        const other = glide.seed('sys_user', { user_name: 'pat.peer', active: true })
        seedApproval(item, other, 'system', 'not_required')

        provisionOnApproval(currentItem(item), currentItem(item))

        expect(accounts()).toEqual([])
        expect(glide.row('sc_req_item', item)?.state).toBe('4')
        expect(glide.journal('sc_req_item', item, 'comments').at(-1)).toContain('approved only by its requester or its owner')
        expect(glide.journal('sc_req_item', item, 'work_notes').at(-1)).toContain('The item was closed (Closed Incomplete)')
        expect(glide.counters().writes).toEqual({ sc_req_item: 1 })
    })

    it('when the owner is one of the app’s service accounts, then nothing is created and the item is closed', () => {
        const world = seedWorld()
        const first = glide.seed('sys_user', { user_name: 'svc_first', name: 'svc_first', active: true, manager: world.managerId })
        glide.seed(INVENTORY, { account: first, user_name: 'svc_first', owner: world.ownerId, state: 'exploring' })
        const item = glide.seedRequestItem({
            fields: { cat_item: glide.row('sc_req_item', world.itemId)!.cat_item, requested_for: first, opened_by: first, approval: 'approved' },
            variables: { user_id: 'svc_second', display_name: 'x', purpose: 'y', consuming_system: 'z' },
        })
        seedApproval(item, world.managerId, 'mia.manager')

        provisionOnApproval(currentItem(item), currentItem(item))

        expect(glide.rows('sys_user').filter((u) => u.user_name === 'svc_second')).toEqual([])
        expect(glide.row('sc_req_item', item)?.state).toBe('4')
        expect(glide.journal('sc_req_item', item, 'work_notes').at(-1)).toContain('The owner, svc_first, is a service account in the Service Account inventory.')
    })

    it('when the item is closed, then nothing is looked up beyond the inventory and nothing is created', () => {
        const world = seedWorld({ item: { state: '4', active: false } })
        provision(world)
        expect(accounts()).toEqual([])
        expect(glide.counters().reads).toEqual({ sc_item_option_mtom: 1, [INVENTORY]: 1, sc_req_item: 1 })
    })
})
