/**
 * Cross-scope privileges on dist/app for request routing and provisioning. What the code needs is not
 * written down by hand: the request and provisioning scenarios below run the server modules against
 * the Glide test double, which records every table and operation they touch (glide.touched(): reads,
 * dot-walked tables included, creates, writes and deletes, refused ones included). Each global table
 * and operation touched must be a shipped sys_scope_privilege, allowed, on the global table.
 */
import { GlideRecord } from '@servicenow/glide'
import { readApp } from './read-app'
import { glide, type AccessEntry } from '../fakes/glide'
import { routeApproval } from '../../src/server/approval/approver-route'
import { provisionOnApproval } from '../../src/server/provisioning/provision-service-account'
import { completeItemOnCredentialTask } from '../../src/server/provisioning/credential-task'
import { RETRY_EVENT, retryProvisioning, retryProvisioningFromEvent } from '../../src/server/provisioning/retry-provisioning'
import { currentItem, seedApproval, seedWorld, USER_ID } from '../unit/provisioning/provisioning-world'

const app = readApp()
const APP_TABLE_PREFIX = 'x_seed_svcacct_'

const privileges = () => app.records('sys_scope_privilege')
const key = (table: string, operation: string) => `${table}:${operation}`

/** Runs `body` on a fresh world and returns what it touched. */
function touchedBy(body: () => void): AccessEntry[] {
    glide.resetCounters()
    body()
    return glide.touched()
}

function provision(itemId: string): void {
    const item = currentItem(itemId)
    provisionOnApproval(item, item)
}

/** The scenarios whose table/operation needs are checked, each on its own fresh world. */
const SCENARIOS: Record<string, () => AccessEntry[]> = {
    'routing a request to the manager': () => {
        const world = seedWorld({ item: { approval: 'not requested' }, approvalRecord: false })
        return touchedBy(() => routeApproval(world.itemId))
    },
    'routing a request to the fallback group': () => {
        const world = seedWorld({ item: { approval: 'not requested' }, approvalRecord: false })
        const item = new GlideRecord('sc_req_item')
        item.get(world.itemId)
        item.setValue('opened_by', world.managerId)
        item.update()
        return touchedBy(() => routeApproval(world.itemId))
    },
    'provisioning, first on the instance': () => {
        const world = seedWorld()
        return touchedBy(() => provision(world.itemId))
    },
    'provisioning approved by the fallback group': () => {
        const world = seedWorld({ approvalRecord: false })
        const lone = glide.seed('sys_user', { user_name: 'lone.owner', name: 'Lone', active: true })
        const member = glide.seed('sys_user', { user_name: 'fay.fallback', name: 'Fay', active: true })
        glide.seed('sys_user_grmember', { user: member, group: world.fallbackGroupId })
        const item = new GlideRecord('sc_req_item')
        item.get(world.itemId)
        item.setValue('requested_for', lone)
        item.setValue('opened_by', lone)
        item.update()
        seedApproval(world.itemId, member, 'fay.fallback')
        return touchedBy(() => provision(world.itemId))
    },
    'provisioning approved by the manager’s delegate': () => {
        const world = seedWorld({ approvalRecord: false })
        const deputy = glide.seed('sys_user', { user_name: 'dan.deputy', name: 'Dan', active: true })
        glide.seed('sys_user_delegate', { user: world.managerId, delegate: deputy, approvals: true })
        seedApproval(world.itemId, world.managerId, 'dan.deputy')
        return touchedBy(() => provision(world.itemId))
    },
    'a self-approval that closes the item': () => {
        const world = seedWorld({ approvalRecord: false })
        seedApproval(world.itemId, world.ownerId, 'olga.owner')
        return touchedBy(() => provision(world.itemId))
    },
    'a failed run undone, the account not deletable': () => {
        const world = seedWorld()
        glide.setTableAccess('sys_user', 'delete', false)
        glide.failNextWrite({ table: 'sc_req_item', operation: 'update' })
        return touchedBy(() => provision(world.itemId))
    },
    'a run that finds its user ID taken at the last moment': () => {
        const world = seedWorld()
        glide.setWriteHooks({
            after: (operation, current) => {
                if (operation !== 'insert' || current.getTableName() !== 'sys_group_has_role') return
                glide.setWriteHooks(null)
                glide.seed('sys_user', { user_name: USER_ID, active: true })
            },
        })
        return touchedBy(() => provision(world.itemId))
    },
    'Retry provisioning: the button, then the script action': () => {
        const world = seedWorld()
        return touchedBy(() => {
            glide.setUser({ sysId: 'a'.repeat(32), userName: 'app.admin', roles: ['x_seed_svcacct.admin'], interactive: true })
            retryProvisioning(currentItem(world.itemId))
            glide.setUser({ sysId: 'system', userName: 'system', roles: [] })
            const event = glide.events().find((e) => e.name === RETRY_EVENT)!
            const current = new GlideRecord(event.table)
            current.get(event.sysId)
            retryProvisioningFromEvent(current)
        })
    },
    'the credential task closes and completes the item': () => {
        const world = seedWorld()
        provision(world.itemId)
        const task = new GlideRecord('sc_task')
        task.addQuery('request_item', world.itemId)
        task.query()
        task.next()
        task.setValue('state', '3')
        task.update()
        return touchedBy(() => completeItemOnCredentialTask(task, task))
    },
}

const needs = new Map<string, string[]>()
for (const [scenario, run] of Object.entries(SCENARIOS)) {
    for (const entry of run()) {
        if (entry.table.startsWith(APP_TABLE_PREFIX)) continue
        const k = key(entry.table, entry.operation)
        needs.set(k, [...(needs.get(k) ?? []), scenario])
    }
}

describe('cross-scope privileges for routing and provisioning, derived from what the code touches', () => {
    it('the scenarios touch the tables and operations expected of them (the derivation works)', () => {
        for (const expected of ['sys_user:create', 'sys_user:write', 'sys_user:delete', 'sys_user_delegate:read', 'sysapproval_approver:read', 'sc_task:delete', 'sys_group_has_role:create']) {
            expect([...needs.keys()]).toContain(expected)
        }
    })

    it.each([...needs.keys()].sort().map((k) => [k, needs.get(k)![0]]))('%s is a shipped privilege, allowed, on the global table (needed first by: %s)', (k) => {
        const [table, operation] = k.split(':')
        const found = privileges().filter((p) => p.value('target_name') === table && p.value('operation') === operation)
        expect(found).toHaveLength(1)
        expect(found[0].value('status')).toBe('allowed')
        expect(found[0].value('target_scope')).toBe('global')
        expect(found[0].value('target_type')).toBe('sys_db_object')
    })

    it('come from the app scope and each table/operation appears once', () => {
        const scopeId = app.scope().sysId
        const keys = privileges().map((p) => key(p.value('target_name'), p.value('operation')))
        expect(new Set(keys).size).toBe(keys.length)
        for (const p of privileges()) expect(p.value('source_scope')).toBe(scopeId)
    })

    it('grant nothing provisioning does not use on these tables (no write on sys_user_group, no delete of grants or approvals)', () => {
        const granted = new Set(privileges().map((p) => key(p.value('target_name'), p.value('operation'))))
        for (const denied of ['sys_user_group:write', 'sys_user_group:create', 'sys_group_has_role:delete', 'sys_user_role:create', 'sysapproval_approver:write', 'sys_user_has_role:create', 'sys_user_delegate:write']) {
            expect(granted.has(denied)).toBe(false)
            expect(needs.has(denied)).toBe(false)
        }
    })
})
