import { glide } from '../../fakes/glide'
import {
    ELEVATED_ROLES,
    GLOBAL_SCOPE,
    MAX_CONTAINMENT_DEPTH,
    MAX_GROUP_ANCESTRY,
    planGroupRoles,
    readGroupRoleFacts,
    traceElevation,
    type ContainmentEdge,
    type GroupRoleFacts,
    type RoleRecord,
} from '../../../src/server/access/group-roles'

const role = (sysId: string, name: string, scope = GLOBAL_SCOPE): RoleRecord => ({ sysId, name, scope })

const ITIL = role('r-itil', 'itil')
const EXPLORER = role('r-explorer', 'rest_api_explorer')
const ADMIN = role('r-admin', 'admin')
const SECURITY_ADMIN = role('r-secadmin', 'security_admin')

/** containersOf over a fixed list of sys_user_role_contains rows, counting its calls. */
function containment(edges: ContainmentEdge[]) {
    const calls: string[][] = []
    const lookup = (ids: string[]) => {
        calls.push(ids)
        return edges.filter((e) => ids.includes(e.contains))
    }
    return { lookup, calls }
}

function facts(overrides: Partial<GroupRoleFacts> = {}): GroupRoleFacts {
    return {
        configuredNames: ['itil', 'rest_api_explorer'],
        roles: [ITIL, EXPLORER, ADMIN, SECURITY_ADMIN],
        elevation: { chains: new Map([[ADMIN.sysId, [ADMIN.sysId]], [SECURITY_ADMIN.sysId, [SECURITY_ADMIN.sysId]]]), complete: true },
        grants: [{ roleId: ITIL.sysId, inherits: true }],
        ...overrides,
    }
}

describe('traceElevation', () => {
    it('when no role contains an elevated role, then only the elevated roles are marked, after one lookup', () => {
        const { lookup, calls } = containment([{ role: 'r-itil', contains: 'r-approver' }])
        const trace = traceElevation(['r-admin'], lookup)
        expect([...trace.chains.keys()]).toEqual(['r-admin'])
        expect(trace.complete).toBe(true)
        expect(calls).toEqual([['r-admin']])
    })

    it('when a role contains an elevated role through others, then its chain runs down to the elevated role', () => {
        const { lookup } = containment([
            { role: 'r-mid', contains: 'r-admin' },
            { role: 'r-top', contains: 'r-mid' },
            { role: 'r-unrelated', contains: 'r-itil' },
        ])
        const trace = traceElevation(['r-admin'], lookup)
        expect(trace.chains.get('r-top')).toEqual(['r-top', 'r-mid', 'r-admin'])
        expect(trace.chains.has('r-unrelated')).toBe(false)
        expect(trace.complete).toBe(true)
    })

    it('when containment is cyclic, then the walk still ends', () => {
        const { lookup, calls } = containment([
            { role: 'r-a', contains: 'r-admin' },
            { role: 'r-b', contains: 'r-a' },
            { role: 'r-a', contains: 'r-b' },
            { role: 'r-admin', contains: 'r-b' },
        ])
        const trace = traceElevation(['r-admin'], lookup)
        expect(trace.complete).toBe(true)
        expect(calls.length).toBe(3)
    })

    it('when the chain is deeper than the bound, then the trace says it is incomplete', () => {
        const edges: ContainmentEdge[] = []
        for (let level = 0; level < MAX_CONTAINMENT_DEPTH + 1; level++) {
            edges.push({ role: `r-${level + 1}`, contains: level === 0 ? 'r-admin' : `r-${level}` })
        }
        const { lookup, calls } = containment(edges)
        const trace = traceElevation(['r-admin'], lookup)
        expect(trace.complete).toBe(false)
        expect(calls.length).toBe(MAX_CONTAINMENT_DEPTH)
    })

    it('when no elevated role exists on the instance, then nothing is looked up', () => {
        const { lookup, calls } = containment([])
        expect(traceElevation([], lookup)).toEqual({ chains: new Map(), complete: true })
        expect(calls).toEqual([])
    })
})

describe('planGroupRoles', () => {
    it('when every configured role exists, is global and harmless, then it grants only the missing ones', () => {
        const plan = planGroupRoles(facts())
        expect(plan.problems).toEqual([])
        expect(plan.roles).toEqual([ITIL, EXPLORER])
        expect(plan.grantsToCreate).toEqual([EXPLORER])
    })

    it('when the group already carries every role, then nothing is granted', () => {
        const plan = planGroupRoles(facts({ grants: [{ roleId: ITIL.sysId, inherits: true }, { roleId: EXPLORER.sysId, inherits: true }] }))
        expect(plan.grantsToCreate).toEqual([])
    })

    it.each(ELEVATED_ROLES)('when the property names the elevated role %s, then it is refused with the property to fix', (name) => {
        const plan = planGroupRoles(facts({ configuredNames: ['itil', name] }))
        expect(plan.problems).toEqual([expect.objectContaining({ code: 'elevated', role: name })])
        expect(plan.problems[0].message).toContain('x_seed_svcacct.group.roles')
        expect(plan.problems[0].message).toContain(`"${name}"`)
        expect(plan.grantsToCreate).toEqual([])
    })

    it('when a configured role contains an elevated role, then it is refused, naming the chain', () => {
        const soapPlus = role('r-soap', 'soap_plus')
        const plan = planGroupRoles(
            facts({
                configuredNames: ['itil', 'soap_plus'],
                roles: [ITIL, soapPlus, ADMIN],
                elevation: { chains: new Map([['r-admin', ['r-admin']], ['r-soap', ['r-soap', 'r-mid', 'r-admin']]]), complete: true },
            }),
        )
        expect(plan.problems).toHaveLength(1)
        expect(plan.problems[0]).toMatchObject({ code: 'contains_elevated', role: 'soap_plus' })
        // Roles between the two are not read by name: they appear as sys_ids.
        expect(plan.problems[0].message).toContain('soap_plus > r-mid > admin')
    })

    it('when a configured role does not exist, then it is refused as missing', () => {
        const plan = planGroupRoles(facts({ roles: [ITIL, ADMIN] }))
        expect(plan.problems).toEqual([expect.objectContaining({ code: 'missing', role: 'rest_api_explorer' })])
        expect(plan.roles).toEqual([])
    })

    it('when a configured role is scoped, then it is refused (assignable-by check)', () => {
        const scoped = role('r-scoped', 'x_other.reader', 'a1b2c3')
        const plan = planGroupRoles(facts({ configuredNames: ['itil', 'x_other.reader'], roles: [ITIL, scoped] }))
        expect(plan.problems).toEqual([expect.objectContaining({ code: 'scoped', role: 'x_other.reader' })])
        expect(plan.problems[0].message).toContain('KB0791211')
    })

    it('when the group holds a configured role without inheritance, then it is refused rather than granted twice', () => {
        const plan = planGroupRoles(facts({ grants: [{ roleId: ITIL.sysId, inherits: false }] }))
        expect(plan.problems).toEqual([expect.objectContaining({ code: 'not_inherited', role: 'itil' })])
        expect(plan.grantsToCreate).toEqual([])
    })

    it('when the property names no role, then it is refused', () => {
        expect(planGroupRoles(facts({ configuredNames: [] })).problems).toEqual([expect.objectContaining({ code: 'none_configured' })])
    })

    it('when containment could not be traced to the end, then the roles are refused as unverified', () => {
        const plan = planGroupRoles(facts({ elevation: { chains: new Map([['r-admin', ['r-admin']]]), complete: false } }))
        expect(plan.problems).toEqual([expect.objectContaining({ code: 'containment_unverified' })])
    })

    it('when several roles are wrong, then every one is reported at once', () => {
        const plan = planGroupRoles(facts({ configuredNames: ['admin', 'nope', 'itil'] }))
        expect(plan.problems.map((p) => p.code)).toEqual(['elevated', 'missing'])
    })
})

describe('readGroupRoleFacts (Glide shell)', () => {
    function seedRoles() {
        glide.reset()
        const group = glide.seed('sys_user_group', { name: 'ServiceNow Service Accounts', active: true })
        const itil = glide.seed('sys_user_role', { name: 'itil', sys_scope: 'global' })
        glide.seed('sys_user_role', { name: 'rest_api_explorer', sys_scope: 'global' })
        const admin = glide.seed('sys_user_role', { name: 'admin', sys_scope: 'global' })
        glide.seed('sys_user_role', { name: 'unrelated', sys_scope: 'global' })
        glide.seed('sys_group_has_role', { group, role: itil, inherits: true })
        return { group, itil, admin }
    }

    it('given the group’s name and parent (provisioning knows them), reads roles by name, one containment level, and the grants: 3 reads', () => {
        const { group, itil, admin } = seedRoles()
        glide.resetCounters()
        const read = readGroupRoleFacts(group, ['itil', 'rest_api_explorer'], { name: 'ServiceNow Service Accounts', parentId: '' })
        expect(read.roles.map((r) => r.name).sort()).toEqual(['admin', 'itil', 'rest_api_explorer'])
        expect(read.grants).toEqual([{ roleId: itil, inherits: true, groupId: group, roleName: 'itil' }])
        expect([...read.elevation.chains.keys()]).toEqual([admin])
        expect(glide.counters()).toMatchObject({
            reads: { sys_user_role: 1, sys_user_role_contains: 1, sys_group_has_role: 1 },
            totalReads: 3,
            totalWrites: 0,
        })
    })

    it('without them (the readiness check), reads the group once more', () => {
        const { group } = seedRoles()
        glide.resetCounters()
        const read = readGroupRoleFacts(group, ['itil', 'rest_api_explorer'])
        expect(read.group).toEqual({ sysId: group, name: 'ServiceNow Service Accounts' })
        expect(glide.counters().reads).toEqual({ sys_user_role: 1, sys_user_role_contains: 1, sys_user_group: 1, sys_group_has_role: 1 })
    })

    it('reads every role the group holds, not only the configured ones, and refuses the elevated and the unconfigured', () => {
        const { group, admin } = seedRoles()
        const catalog = glide.seed('sys_user_role', { name: 'catalog_admin', sys_scope: 'global' })
        glide.seed('sys_group_has_role', { group, role: admin, inherits: true })
        glide.seed('sys_group_has_role', { group, role: catalog, inherits: true })
        const plan = planGroupRoles(readGroupRoleFacts(group, ['itil', 'rest_api_explorer']))
        expect(plan.problems.map((p) => [p.code, p.role])).toEqual([
            ['held_elevated', 'admin'],
            ['held_not_configured', 'catalog_admin'],
        ])
        expect(plan.problems[0].message).toBe(
            'The service-account group "ServiceNow Service Accounts" holds the elevated role "admin" directly, so every new service account would inherit it. An admin must remove "admin" from the group "ServiceNow Service Accounts" (User Administration > Groups > ServiceNow Service Accounts > Roles).',
        )
        expect(plan.problems[1].message).toContain('or add it to x_seed_svcacct.group.roles if it is safe to grant')
    })

    it('reads the parent group’s roles too (one more read per ancestor), and names the parent that holds an elevated role', () => {
        const { group } = seedRoles()
        const securityAdmin = glide.seed('sys_user_role', { name: 'security_admin', sys_scope: 'global' })
        const parent = glide.seed('sys_user_group', { name: 'IT Staff', active: true })
        glide.seed('sys_group_has_role', { group: parent, role: securityAdmin, inherits: true })
        glide.resetCounters()
        const read = readGroupRoleFacts(group, ['itil', 'rest_api_explorer'], { name: 'ServiceNow Service Accounts', parentId: parent })
        expect(glide.counters().reads).toEqual({ sys_user_role: 1, sys_user_role_contains: 1, sys_user_group: 1, sys_group_has_role: 1 })
        const plan = planGroupRoles(read)
        expect(plan.problems).toEqual([expect.objectContaining({ code: 'held_elevated', role: 'security_admin' })])
        expect(plan.problems[0].message).toContain('through its parent group "IT Staff"')
        expect(plan.problems[0].message).toContain('remove "security_admin" from the group "IT Staff"')
    })

    it('does not grant a configured role the group already inherits from its parent', () => {
        const { group, itil } = seedRoles()
        const explorer = glide.rows('sys_user_role').find((r) => r.name === 'rest_api_explorer')!.sys_id
        const parent = glide.seed('sys_user_group', { name: 'Integrations', active: true })
        glide.seed('sys_group_has_role', { group: parent, role: explorer, inherits: true })
        const plan = planGroupRoles(readGroupRoleFacts(group, ['itil', 'rest_api_explorer'], { name: 'G', parentId: parent }))
        expect(plan.problems).toEqual([])
        expect(plan.grantsToCreate).toEqual([])
        expect(itil).toBeTruthy()
    })

    it('when the chain of parent groups is longer than it follows, then it refuses as unverifiable', () => {
        const { group } = seedRoles()
        let parent = ''
        for (let level = 0; level <= MAX_GROUP_ANCESTRY; level++) parent = glide.seed('sys_user_group', { name: `Level ${level}`, active: true, parent })
        const plan = planGroupRoles(readGroupRoleFacts(group, ['itil', 'rest_api_explorer'], { name: 'G', parentId: parent }))
        expect(plan.problems).toEqual([expect.objectContaining({ code: 'ancestry_unverified' })])
    })

    it('refuses a role marked Elevated privilege, configured or held, and any role containing one', () => {
        const { group } = seedRoles()
        const privileged = glide.seed('sys_user_role', { name: 'data_privacy_admin', sys_scope: 'global', elevated_privilege: true })
        const wrapper = glide.seed('sys_user_role', { name: 'privacy_wrapper', sys_scope: 'global' })
        glide.seed('sys_user_role_contains', { role: wrapper, contains: privileged })
        const configured = planGroupRoles(readGroupRoleFacts(group, ['itil', 'data_privacy_admin'], { name: 'G', parentId: '' }))
        expect(configured.problems).toEqual([expect.objectContaining({ code: 'elevated', role: 'data_privacy_admin' })])
        glide.seed('sys_group_has_role', { group, role: wrapper, inherits: true })
        const held = planGroupRoles(readGroupRoleFacts(group, ['itil', 'rest_api_explorer'], { name: 'G', parentId: '' }))
        expect(held.problems).toEqual([expect.objectContaining({ code: 'held_elevated', role: 'privacy_wrapper' })])
        expect(held.problems[0].message).toContain('it contains "data_privacy_admin"')
    })

    it('refuses user_admin (it administers users and groups)', () => {
        const { group } = seedRoles()
        glide.seed('sys_user_role', { name: 'user_admin', sys_scope: 'global' })
        const plan = planGroupRoles(readGroupRoleFacts(group, ['itil', 'user_admin'], { name: 'G', parentId: '' }))
        expect(plan.problems).toEqual([expect.objectContaining({ code: 'elevated', role: 'user_admin' })])
    })

    it('follows containment upwards one read per level', () => {
        const { group, admin } = seedRoles()
        const mid = glide.seed('sys_user_role', { name: 'mid', sys_scope: 'global' })
        const top = glide.seed('sys_user_role', { name: 'soap_all', sys_scope: 'global' })
        glide.seed('sys_user_role_contains', { role: mid, contains: admin })
        glide.seed('sys_user_role_contains', { role: top, contains: mid })
        glide.resetCounters()
        const read = readGroupRoleFacts(group, ['itil', 'soap_all'])
        expect(read.elevation.chains.get(top)).toEqual([top, mid, admin])
        expect(glide.counters().reads.sys_user_role_contains).toBe(3)
        expect(planGroupRoles(read).problems).toEqual([expect.objectContaining({ code: 'contains_elevated', role: 'soap_all' })])
    })
})
