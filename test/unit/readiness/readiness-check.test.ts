import { GlideRecord, glide } from '../../fakes/glide'
import { APP_PRIVILEGES, APP_SCOPE_ID, APPROVAL_FLOW_ID } from '../../../src/server/readiness/app-records'
import {
    answerReadinessCheck,
    readApprovalFlow,
    readGroups,
    readPrivileges,
    readUserFields,
    runReadinessCheck,
} from '../../../src/server/readiness/readiness-check'

const OTHER_SCOPE = 'f'.repeat(32)

function seedPrivilege(targetName: string, operation: string, status: string, scope = APP_SCOPE_ID): void {
    glide.seed('sys_scope_privilege', {
        source_scope: scope,
        target_scope: 'global',
        target_name: targetName,
        target_type: 'sys_db_object',
        operation,
        status,
    })
}

function seedGroup(name: string, members: { active: boolean }[] = [{ active: true }], active = true): string {
    const group = glide.seed('sys_user_group', { name, active })
    members.forEach((member, index) => {
        const user = glide.seed('sys_user', { user_name: `${name.replace(/\W/g, '_')}_${index}`, active: member.active })
        glide.seed('sys_user_grmember', { group, user })
    })
    return group
}

/** The service-account group with the default roles granted, and the elevated roles that exist on every instance. */
function seedServiceAccountGroup(): { group: string; itil: string; explorer: string } {
    const itil = glide.seed('sys_user_role', { name: 'itil', sys_scope: 'global' })
    const explorer = glide.seed('sys_user_role', { name: 'rest_api_explorer', sys_scope: 'global' })
    for (const name of ['admin', 'security_admin', 'impersonator', 'oauth_admin']) glide.seed('sys_user_role', { name, sys_scope: 'global' })
    const group = glide.seed('sys_user_group', { name: 'ServiceNow Service Accounts', active: true })
    glide.seed('sys_group_has_role', { group, role: itil, inherits: true })
    glide.seed('sys_group_has_role', { group, role: explorer, inherits: true })
    glide.setProperty('x_seed_svcacct.group', group)
    return { group, itil, explorer }
}

/** An instance where everything the app needs is in place. */
function seedReadyInstance(): void {
    seedServiceAccountGroup()
    for (const privilege of APP_PRIVILEGES) seedPrivilege(privilege.targetName, privilege.operation, 'allowed')
    glide.seed('sys_hub_flow', { sys_id: APPROVAL_FLOW_ID, name: 'Service account approval', active: true, status: 'published' })
    glide.setProperty('x_seed_svcacct.approval.fallback_group', seedGroup('Service Account Approvers'))
    glide.setProperty('x_seed_svcacct.credential_task.group', seedGroup('Service Account Administrators'))
}

const ADMIN = { sysId: 'a'.repeat(32), userName: 'app.admin', roles: ['x_seed_svcacct.admin', 'x_seed_svcacct.auditor'] }

beforeEach(() => {
    glide.reset()
})

describe('readPrivileges', () => {
    it('when the instance holds privileges of several apps, then it returns only this app’s, with their status', () => {
        seedPrivilege('sys_user', 'create', 'allowed')
        seedPrivilege('sys_user', 'write', 'requested')
        seedPrivilege('incident', 'read', 'allowed', OTHER_SCOPE)
        expect(readPrivileges()).toEqual([
            { targetName: 'sys_user', operation: 'create', status: 'allowed' },
            { targetName: 'sys_user', operation: 'write', status: 'requested' },
        ])
    })
})

describe('readApprovalFlow', () => {
    it('when the flow is on the instance, then it reports its name and whether it is active', () => {
        glide.seed('sys_hub_flow', { sys_id: APPROVAL_FLOW_ID, name: 'Approval', active: false })
        expect(readApprovalFlow(APPROVAL_FLOW_ID)).toEqual({ sysId: APPROVAL_FLOW_ID, name: 'Approval', active: false })
    })

    it('when the flow is missing, then it answers null', () => {
        glide.seed('sys_hub_flow', { name: 'Someone else’s flow', active: true })
        expect(readApprovalFlow(APPROVAL_FLOW_ID)).toBeNull()
    })
})

describe('readUserFields', () => {
    it('when sys_user has both columns, then both are reported present', () => {
        expect(readUserFields()).toEqual({ webServiceAccessOnly: true, identityType: true })
    })

    it('when a release lacks identity_type or web_service_access_only, then that column is reported missing', () => {
        glide.removeField('sys_user', 'identity_type')
        expect(readUserFields()).toEqual({ webServiceAccessOnly: true, identityType: false })
        glide.removeField('sys_user', 'web_service_access_only')
        expect(readUserFields()).toEqual({ webServiceAccessOnly: false, identityType: false })
    })
})

describe('readGroups', () => {
    it('when a group has an active member, then it reports it; inactive members do not count', () => {
        const staffed = seedGroup('Staffed', [{ active: false }, { active: true }])
        const onlyInactive = seedGroup('Only inactive', [{ active: false }])
        const empty = seedGroup('Empty', [])
        const inactive = seedGroup('Inactive', [{ active: true }], false)
        const byName = Object.fromEntries(readGroups([staffed, onlyInactive, empty, inactive]).map((g) => [g.name, g]))
        expect(byName).toEqual({
            Staffed: { sysId: staffed, name: 'Staffed', active: true, hasActiveMember: true },
            'Only inactive': { sysId: onlyInactive, name: 'Only inactive', active: true, hasActiveMember: false },
            Empty: { sysId: empty, name: 'Empty', active: true, hasActiveMember: false },
            Inactive: { sysId: inactive, name: 'Inactive', active: false, hasActiveMember: true },
        })
    })

    it('when a named group does not exist, or no group is named, then it is simply absent', () => {
        expect(readGroups(['b'.repeat(32), ''])).toEqual([])
        expect(glide.counters().totalReads).toBe(1)
        glide.resetCounters()
        expect(readGroups(['', ''])).toEqual([])
        expect(glide.counters().totalReads).toBe(0)
    })

    it('when both properties name the same group, then it is read once', () => {
        const group = seedGroup('Both')
        expect(readGroups([group, group])).toHaveLength(1)
        expect(glide.counters().totalReads).toBe(2)
    })
})

describe('runReadinessCheck', () => {
    it('when everything is in place, then the instance is ready', () => {
        seedReadyInstance()
        const report = runReadinessCheck()
        expect(report.checks.filter((check) => !check.pass)).toEqual([])
        expect(report.ready).toBe(true)
    })

    it('when the flow is inactive and a privilege is requested, then it is not ready and says what to fix', () => {
        seedServiceAccountGroup()
        seedPrivilege('sys_user', 'write', 'requested')
        glide.seed('sys_hub_flow', { sys_id: APPROVAL_FLOW_ID, name: 'Service account approval', active: false })
        glide.setProperty('x_seed_svcacct.approval.fallback_group', seedGroup('Service Account Approvers'))
        glide.setProperty('x_seed_svcacct.credential_task.group', seedGroup('Service Account Administrators'))
        const report = runReadinessCheck()
        expect(report.ready).toBe(false)
        expect(report.checks.filter((check) => !check.pass).map((check) => [check.id, check.fix !== ''])).toEqual([
            ['cross-scope-privileges-allowed', true],
            ['approval-flow-active', true],
        ])
    })

    it('when a property is unusable, then the properties check fails and the problem is logged as a warning', () => {
        seedReadyInstance()
        glide.setProperty('x_seed_svcacct.reminder.days', 'soon')
        const report = runReadinessCheck()
        expect(report.checks.find((check) => check.id === 'properties-valid')).toMatchObject({ pass: false })
        expect(glide.logs().filter((log) => log.level === 'warn').map((log) => log.message)).toEqual([
            expect.stringContaining('x_seed_svcacct.reminder.days is "soon"'),
        ])
    })

    it('when the fallback group property names a deleted group, then that check fails and the others pass', () => {
        seedReadyInstance()
        glide.setProperty('x_seed_svcacct.approval.fallback_group', 'c'.repeat(32))
        const failing = runReadinessCheck().checks.filter((check) => !check.pass)
        expect(failing.map((check) => check.id)).toEqual(['fallback-approval-group-ready'])
        expect(failing[0].detail).toContain('which does not exist on this instance')
    })

    it('when a privilege the app ships was deleted on the instance, then the privileges check fails and names it', () => {
        seedReadyInstance()
        const deleted = glide.rows('sys_scope_privilege').find((p) => p.target_name === 'sys_user_grmember' && p.operation === 'create')!
        const privilege = new GlideRecord('sys_scope_privilege')
        privilege.get(deleted.sys_id)
        privilege.deleteRecord()

        const failing = runReadinessCheck().checks.filter((check) => !check.pass)

        expect(failing.map((check) => check.id)).toEqual(['cross-scope-privileges-allowed'])
        expect(failing[0].detail).toBe(`1 of the ${APP_PRIVILEGES.length} cross-scope privileges the app needs is missing: create on sys_user_grmember.`)
        expect(failing[0].fix).toContain('Target Name = sys_user_grmember, Operation = create')
    })

    it('reads a fixed number of times, however many privileges, members and users the instance holds', () => {
        seedReadyInstance()
        glide.resetCounters()
        runReadinessCheck()
        const small = glide.counters()

        const approvers = glide.rows('sys_user_group').find((g) => g.name === 'Service Account Approvers')!.sys_id
        for (let i = 0; i < 40; i++) {
            seedPrivilege(`table_${i}`, 'read', 'allowed')
            const user = glide.seed('sys_user', { user_name: `member_${i}`, active: true })
            glide.seed('sys_user_grmember', { group: approvers, user })
        }
        glide.resetCounters()
        runReadinessCheck()
        expect(glide.counters()).toEqual(small)
        expect(small.totalWrites).toBe(0)
        // privileges, flow, groups, 2 member checks, and group-roles.ts: roles, 1 containment level,
        // the service-account group (its parent), grants
        expect(small.totalReads).toBe(9)
    })

    it('when rest_api_explorer is missing on the instance, then the roles check fails and the group check waits for it', () => {
        seedReadyInstance()
        const explorer = glide.rows('sys_user_role').find((r) => r.name === 'rest_api_explorer')!.sys_id
        for (const grant of glide.rows('sys_group_has_role').filter((g) => g.role === explorer)) {
            const gr = new GlideRecord('sys_group_has_role')
            gr.get(grant.sys_id)
            gr.deleteRecord()
        }
        const role = new GlideRecord('sys_user_role')
        role.get(explorer)
        role.deleteRecord()
        const failing = runReadinessCheck().checks.filter((check) => !check.pass)
        expect(failing.map((check) => check.id)).toEqual(['group-roles-exist', 'group-carries-roles'])
        expect(failing[0].detail).toContain('rest_api_explorer (missing)')
    })

    it('when the group does not carry rest_api_explorer yet (fresh install), then it is still ready and says the app grants it', () => {
        seedReadyInstance()
        const explorer = glide.rows('sys_user_role').find((r) => r.name === 'rest_api_explorer')!.sys_id
        const grant = new GlideRecord('sys_group_has_role')
        grant.get(glide.rows('sys_group_has_role').find((g) => g.role === explorer)!.sys_id)
        grant.deleteRecord()
        const report = runReadinessCheck()
        expect(report.ready).toBe(true)
        expect(report.checks.find((check) => check.id === 'group-carries-roles')?.detail).toContain(
            'the app grants rest_api_explorer to the group itself when it provisions the next account',
        )
    })
})

describe('answerReadinessCheck (the readiness page)', () => {
    it('when an app admin asks, then it answers the report as JSON', () => {
        seedReadyInstance()
        glide.setUser(ADMIN)
        const answer = JSON.parse(answerReadinessCheck())
        expect(answer.ready).toBe(true)
        expect(answer.checks.length).toBeGreaterThan(5)
    })

    it('when an auditor or a user without role asks, then it refuses and reads nothing', () => {
        seedReadyInstance()
        for (const roles of [['x_seed_svcacct.auditor'], []]) {
            glide.setUser({ sysId: 'd'.repeat(32), userName: 'someone', roles })
            glide.resetCounters()
            expect(JSON.parse(answerReadinessCheck())).toEqual({
                error: 'Only users with the x_seed_svcacct.admin role can run the readiness check.',
            })
            expect(glide.counters().totalReads).toBe(0)
        }
    })
})
