/**
 * End-to-end scenarios on the BUILT app (dist/app), run by the offline harness.
 *
 * The approval flow cannot run offline: the scenarios play its part (the sysapproval_approver record
 * and the item's approval field, through GlideRecord, so the shipped business rules fire as they would
 * on the flow's writes). The flow's own structure is proven by the artifact tests.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GlideRecord, glide } from '../fakes/glide'
import { AppHarness, DIST_APP, loadApp, Person, SeededPeople } from './harness'

const INVENTORY = 'x_seed_svcacct_service_account'
const SWEEP_JOB = 'Service Account Lifecycle: lock down expired GUI windows'
const CONFIRM_ACTION = 'x_seed_svcacct_confirm_lockdown'
const CONFIRM_ITEM = "Confirm my service account's API calls are sorted"
const REQUEST = {
    user_id: 'svc_billing_sync',
    display_name: 'Billing sync',
    purpose: 'Nightly export of invoices to the billing platform.',
    consuming_system: 'Billing platform',
}

type Row = Record<string, string>

interface World {
    app: AppHarness
    people: SeededPeople
    item: string
}

function world(): World {
    const app = loadApp({ now: '2026-03-02 09:00:00' })
    const people = app.seedPeople()
    const item = app.orderServiceAccount({ requestedFor: people.requester, variables: REQUEST })
    return { app, people, item }
}

function accounts(): Row[] {
    return glide.rows('sys_user').filter((u) => u.user_name === REQUEST.user_id)
}

function theAccount(): Row {
    const found = accounts()
    expect(found).toHaveLength(1)
    return found[0]
}

function inventoryRows(): Row[] {
    return glide.rows(INVENTORY)
}

function groupId(app: AppHarness): string {
    return app.shippedRecord('sys_user_group', 'name', 'ServiceNow Service Accounts').sysId
}

/** Nothing of an account exists: no user, no membership, no inventory row, no credential task. */
function expectNothingProvisioned(): void {
    expect(accounts()).toEqual([])
    expect(glide.rows('sys_user_grmember')).toEqual([])
    expect(inventoryRows()).toEqual([])
    expect(glide.rows('sc_task')).toEqual([])
}

describe('a requester’s service account is provisioned only on a genuine approval', () => {
    it('when the manager approves with a genuine approval record, then the account, its group roles and its inventory row exist', () => {
        const { app, people, item } = world()

        const approval = app.flow.approve(item, people.manager)

        expect(glide.row('sysapproval_approver', approval)?.state).toBe('approved')
        const account = theAccount()
        expect(account.manager).toBe(people.requester.sysId)
        expect(account.active).toBe('1')
        expect(glide.rows('sys_user_grmember')).toEqual([expect.objectContaining({ user: account.sys_id, group: groupId(app) })])
        // Effective through the group: inherited rows granted by the group, no direct grant.
        const roles = glide.rows('sys_user_has_role').filter((r) => r.user === account.sys_id)
        expect(roles.map((r) => [app.roleName(r.role), r.inherited, r.granted_by]).sort()).toEqual([
            ['itil', '1', groupId(app)],
            ['rest_api_explorer', '1', groupId(app)],
        ])
        expect(inventoryRows()).toEqual([expect.objectContaining({ account: account.sys_id, owner: people.requester.sysId, state: 'exploring', request_item: item })])
    })

    it('when the manager rejects, then nothing is provisioned', () => {
        const { app, people, item } = world()

        app.flow.reject(item, people.manager)

        expectNothingProvisioned()
    })

    it('when someone sets the item’s approval to approved by hand, with no approval record, then nothing is provisioned', () => {
        const { app, people, item } = world()

        app.flow.forgeApproval(item, people.admin)

        expect(glide.row('sc_req_item', item)?.approval).toBe('approved')
        expect(glide.rows('sysapproval_approver')).toEqual([])
        expectNothingProvisioned()
    })

    it('when the approval is completed twice, then there is still one account, one membership and one inventory row', () => {
        const { app, people, item } = world()
        app.flow.approve(item, people.manager)

        // The flow (or an admin) moves the field away and back: the rule fires a second time.
        app.flow.completeApproval(item, 'rejected')
        app.flow.completeApproval(item, 'approved')

        theAccount()
        expect(glide.rows('sys_user_grmember')).toHaveLength(1)
        expect(inventoryRows()).toHaveLength(1)
        expect(glide.rows('sc_task')).toHaveLength(1)
    })
})

describe('approvals that do not count', () => {
    it('when an itil user inserts an approved approval record for the manager and sets the item approved, then nothing is provisioned', () => {
        const { app, people, item } = world()
        const ivy = app.seedPerson({ userName: 'ivy.itil', name: 'Ivy Itil' })
        app.seedRole(ivy, 'itil')

        app.step(ivy, () => {
            const approval = new GlideRecord('sysapproval_approver')
            approval.initialize()
            approval.setValue('approver', people.manager.sysId)
            approval.setValue('sysapproval', item)
            approval.setValue('document_id', item)
            approval.setValue('source_table', 'sc_req_item')
            approval.setValue('state', 'approved')
            approval.insert()
        })
        app.flow.forgeApproval(item, ivy)

        expectNothingProvisioned()
        expect(glide.journal('sc_req_item', item, 'work_notes').at(-1)).toContain('was created by "ivy.itil", not by the approval flow')
    })

    it('when the flow asked the fallback group and the requester, a member, approved their own request, then nothing is provisioned and the item is closed with a comment', () => {
        const { app } = world()
        const approvers = app.shippedRecord('sys_user_group', 'name', 'Service Account Approvers').sysId
        const nora = app.seedPerson({ userName: 'nora.nomanager', name: 'Nora Nomanager' })
        const peer = app.seedPerson({ userName: 'pat.peer', name: 'Pat Peer' })
        for (const member of [nora, peer]) glide.seed('sys_user_grmember', { user: member.sysId, group: approvers })
        const item = app.orderServiceAccount({ requestedFor: nora, variables: REQUEST })

        // The flow asks every member of the group (rule "Any"); Nora approves; Pat's is no longer required.
        const mine = app.flow.requestApproval(item, nora)
        const theirs = app.flow.requestApproval(item, peer)
        app.flow.decide(mine, 'approved', nora)
        app.step('system', () => {
            const other = new GlideRecord('sysapproval_approver')
            other.get(theirs)
            other.setValue('state', 'not_required')
            other.update()
        })
        app.flow.completeApproval(item, 'approved')

        expect(accounts()).toEqual([])
        expect(inventoryRows()).toEqual([])
        expect(glide.rows('sc_task')).toEqual([])
        expect(glide.row('sc_req_item', item)?.state).toBe('4')
        expect(glide.journal('sc_req_item', item, 'comments').at(-1)).toContain('approved only by its requester or its owner')
    })

    it('when an owner logs in as their service account and orders another one owned by it, then approving it provisions nothing and closes it', () => {
        const { app, people, item } = world()
        app.flow.approve(item, people.manager)
        const first: Person = { sysId: theAccount().sys_id, userName: REQUEST.user_id, name: theAccount().name }

        const second = app.orderServiceAccount({ requestedFor: first, variables: { ...REQUEST, user_id: 'svc_second' } })
        // The played flow asks the "manager" of the owner svc_billing_sync: its owner, the requester.
        app.flow.approve(second, people.requester)

        expect(glide.rows('sys_user').filter((u) => u.user_name === 'svc_second')).toEqual([])
        expect(glide.row('sc_req_item', second)?.state).toBe('4')
        expect(glide.journal('sc_req_item', second, 'work_notes').at(-1)).toContain('is a service account in the Service Account inventory')
    })
})

describe('Retry provisioning', () => {
    it('when provisioning refused (a role property broken), the admin fixes it and clicks Retry, then the script action provisions in the background', () => {
        const { app, people, item } = world()
        app.step(people.admin, () => {
            const property = new GlideRecord('sys_properties')
            property.get('name', 'x_seed_svcacct.group.roles')
            property.setValue('value', 'itil,no_such_role')
            property.update()
        })
        app.flow.approve(item, people.manager)
        expectNothingProvisioned()
        expect(glide.journal('sc_req_item', item, 'work_notes').at(-1)).toContain('no_such_role')

        app.step(people.admin, () => {
            const property = new GlideRecord('sys_properties')
            property.get('name', 'x_seed_svcacct.group.roles')
            property.setValue('value', 'itil,rest_api_explorer')
            property.update()
        })
        app.runUiAction('x_seed_svcacct_retry_provisioning', item, people.admin)

        theAccount()
        expect(inventoryRows()).toHaveLength(1)
        expect(app.scriptActionRuns).toEqual([expect.objectContaining({ name: 'Retry service account provisioning', sysId: item })])
    })

    it('when a user ID is held by an inactive user the app admin’s session cannot see, then the retry still refuses it (it runs in the background)', () => {
        const { app, people, item } = world()
        app.seedPerson({ userName: REQUEST.user_id, name: 'Left the company', active: false })
        app.flow.approve(item, people.manager)
        expect(accounts()).toHaveLength(1)

        app.runUiAction('x_seed_svcacct_retry_provisioning', item, people.admin)

        expect(accounts()).toHaveLength(1)
        expect(glide.journal('sc_req_item', item, 'work_notes').at(-1)).toContain('belongs to an inactive user')
    })
})

describe('the owner confirms, or the window passes: the account is locked down', () => {
    it('when the owner confirms, then the account becomes web-service-only', () => {
        const { app, people, item } = world()
        app.flow.approve(item, people.manager)
        const row = inventoryRows()[0]

        app.runUiAction(CONFIRM_ACTION, row.sys_id, people.requester)

        expect(theAccount().web_service_access_only).toBe('1')
        expect(glide.row(INVENTORY, row.sys_id)).toEqual(expect.objectContaining({ state: 'api_only', lockdown_method: 'owner_confirmed' }))
    })

    it('when the owner confirms from the portal, then the account becomes web-service-only and the confirmation item closes', () => {
        const { app, people, item } = world()
        app.flow.approve(item, people.manager)
        const row = inventoryRows()[0]

        const confirmation = app.order({
            catalogItem: app.catalogItem(CONFIRM_ITEM),
            requestedFor: people.requester,
            variables: { service_account: row.sys_id },
        })

        expect(theAccount().web_service_access_only).toBe('1')
        expect(glide.row(INVENTORY, row.sys_id)).toEqual(expect.objectContaining({ state: 'api_only', lockdown_method: 'owner_confirmed' }))
        expect(glide.row('sc_req_item', confirmation)?.state).toBe('3')
    })

    it('when someone else orders the portal confirmation for an account they do not own, then nothing changes', () => {
        const { app, people, item } = world()
        app.flow.approve(item, people.manager)
        const stranger: Person = app.seedPerson({ userName: 'sam.stranger', name: 'Sam Stranger' })

        const confirmation = app.order({ catalogItem: app.catalogItem(CONFIRM_ITEM), requestedFor: stranger, variables: { service_account: inventoryRows()[0].sys_id } })

        expect(theAccount().web_service_access_only).not.toBe('1')
        expect(inventoryRows()[0].state).toBe('exploring')
        expect(glide.row('sc_req_item', confirmation)?.state).toBe('4')
    })

    it('when someone other than the owner tries to confirm, then the action is not offered and nothing changes', () => {
        const { app, people, item } = world()
        app.flow.approve(item, people.manager)
        const stranger: Person = app.seedPerson({ userName: 'sam.stranger', name: 'Sam Stranger' })

        expect(() => app.runUiAction(CONFIRM_ACTION, inventoryRows()[0].sys_id, stranger)).toThrow(/not available/)
        expect(theAccount().web_service_access_only).not.toBe('1')
    })

    it('when the GUI window passes and the daily job runs, then the account is locked down', () => {
        const { app, people, item } = world()
        app.flow.approve(item, people.manager)
        const row = inventoryRows()[0]
        expect(glide.row(INVENTORY, row.sys_id)?.gui_access_until).not.toBe('')

        app.runJob(SWEEP_JOB)
        expect(theAccount().web_service_access_only).not.toBe('1')

        glide.advance({ days: 15 })
        app.runJob(SWEEP_JOB)

        expect(theAccount().web_service_access_only).toBe('1')
        expect(glide.row(INVENTORY, row.sys_id)).toEqual(expect.objectContaining({ state: 'api_only', lockdown_method: 'window_expired' }))
    })
})

/**
 * The scenarios can fail: the same steps on a copy of dist/app edited by hand, as someone could edit
 * the XML. Each edit must break what the scenarios check.
 */
describe('the built app, broken on purpose', () => {
    const copies: string[] = []
    afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

    /** A copy of dist/app with one shipped file's text replaced (in the one file also containing `where`). */
    function editedApp(table: string, find: RegExp | string, replace: string, where = ''): string {
        const copy = mkdtempSync(join(tmpdir(), 'dist-app-broken-'))
        copies.push(copy)
        cpSync(DIST_APP, copy, { recursive: true })
        const dir = join(copy, 'update')
        const contains = (text: string) => (typeof find === 'string' ? text.includes(find) : find.test(text))
        const files = readdirSync(dir).filter((f) => {
            const text = readFileSync(join(dir, f), 'utf8')
            return f.startsWith(`${table}_`) && contains(text) && text.includes(where)
        })
        if (files.length !== 1) throw new Error(`expected one ${table} file containing ${String(find)}, found ${files.length}`)
        const path = join(dir, files[0])
        writeFileSync(path, readFileSync(path, 'utf8').replace(find, replace))
        return copy
    }

    function approveIn(distApp: string): void {
        const app = loadApp({ distApp, now: '2026-03-02 09:00:00' })
        const people = app.seedPeople()
        const item = app.orderServiceAccount({ requestedFor: people.requester, variables: REQUEST })
        app.flow.approve(item, people.manager)
    }

    it('when the provisioning rule’s condition names another catalog item, then approving provisions nothing', () => {
        const distApp = editedApp('sys_script', /(<filter_condition>approvalCHANGESTOapproved\^cat_item=)[0-9a-f]{32}/, '$10123456789abcdef0123456789abcdef')

        approveIn(distApp)

        expectNothingProvisioned()
    })

    it('when the provisioning rule’s require path is broken, then approving fails with "unknown require path"', () => {
        const distApp = editedApp('sys_script', "/src/server/provisioning/provision-service-account.ts')", "/src/server/provisioning/provision-account.ts')")

        expect(() => approveIn(distApp)).toThrow(/unknown require path '.*provisioning\/provision-account\.ts'/)
    })

    it('when a shipped module imports a path that does not ship, then approving fails with "unknown require path"', () => {
        const distApp = editedApp('sys_module', "from '../config/properties.ts'", "from '../config/settings.ts'", '/src/server/provisioning/provision-service-account.ts</path>')

        expect(() => approveIn(distApp)).toThrow(/unknown require path '\.\.\/config\/settings\.ts'/)
    })
})
