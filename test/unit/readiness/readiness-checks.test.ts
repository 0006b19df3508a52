import { planGroupRoles, type GroupRoleFacts, type RoleRecord } from '../../../src/server/access/group-roles'
import { parseSettings } from '../../../src/server/config/properties'
import { APP_PRIVILEGES } from '../../../src/server/readiness/app-records'
import {
    checkApprovalFlowActive,
    checkGroupCarriesRoles,
    checkGroupRolesExist,
    checkCredentialTaskGroup,
    checkCrossScopePrivileges,
    checkFallbackApprovalGroup,
    checkIdentityType,
    checkPropertiesValid,
    checkWebServiceAccessOnly,
    evaluateReadiness,
    type GroupFact,
    type ReadinessFacts,
} from '../../../src/server/readiness/readiness-checks'

const APPROVERS = 'a'.repeat(32)
const CREDENTIALS = 'c'.repeat(32)
const SERVICE_ACCOUNTS = 'e'.repeat(32)

const role = (name: string, scope = 'global'): RoleRecord => ({ sysId: `${name}`.padEnd(32, '0'), name, scope })
const ITIL = role('itil')
const EXPLORER = role('rest_api_explorer')
const ADMIN_ROLE = role('admin')

/** Role facts where both default roles exist, are global, and the group carries both. */
function roleFacts(overrides: Partial<GroupRoleFacts> = {}): GroupRoleFacts {
    return {
        configuredNames: ['itil', 'rest_api_explorer'],
        roles: [ITIL, EXPLORER, ADMIN_ROLE],
        elevation: { chains: new Map([[ADMIN_ROLE.sysId, [ADMIN_ROLE.sysId]]]), complete: true },
        grants: [
            { roleId: ITIL.sysId, inherits: true },
            { roleId: EXPLORER.sysId, inherits: true },
        ],
        ...overrides,
    }
}

function group(sysId: string, overrides: Partial<GroupFact> = {}): GroupFact {
    return { sysId, name: `Group ${sysId.slice(0, 1)}`, active: true, hasActiveMember: true, ...overrides }
}

/** Facts of an instance where everything is in place. */
function readyFacts(): ReadinessFacts {
    const { settings, problems } = parseSettings(
        (name) =>
            ({
                'x_seed_svcacct.approval.fallback_group': APPROVERS,
                'x_seed_svcacct.credential_task.group': CREDENTIALS,
                'x_seed_svcacct.group': SERVICE_ACCOUNTS,
            })[name],
    )
    return {
        settings,
        settingsProblems: problems,
        privileges: APP_PRIVILEGES.map((p) => ({ ...p, status: 'allowed' })),
        approvalFlow: { sysId: 'f'.repeat(32), name: 'Service account request approval', active: true },
        userFields: { webServiceAccessOnly: true, identityType: true },
        groups: [group(APPROVERS), group(CREDENTIALS), group(SERVICE_ACCOUNTS, { name: 'ServiceNow Service Accounts' })],
        groupRoles: roleFacts(),
    }
}

describe('checkPropertiesValid', () => {
    it('when no property falls back to its default, then it passes with no fix', () => {
        const result = checkPropertiesValid([])
        expect(result).toMatchObject({ id: 'properties-valid', pass: true, fix: '' })
    })

    it('when a property is unusable, then it fails, quotes the problem and points to the properties page', () => {
        const { problems } = parseSettings((name) => (name === 'x_seed_svcacct.reminder.days' ? 'soon' : undefined))
        const result = checkPropertiesValid(problems)
        expect(result.pass).toBe(false)
        expect(result.detail).toContain('x_seed_svcacct.reminder.days is "soon"')
        expect(result.fix).toBe(
            'Open Service Accounts > Properties and correct the value named above. Until then the app uses the default shown.',
        )
    })

    it('when several properties are unusable, then the fix speaks of values in the plural', () => {
        const result = checkPropertiesValid(['one problem.', 'another problem.'])
        expect(result.detail).toBe('one problem. another problem.')
        expect(result.fix).toContain('correct the values named above')
    })
})

describe('checkGroupRolesExist', () => {
    const configured = ['itil', 'rest_api_explorer']

    it('when every configured role exists, is global and contains no elevated role, then it passes', () => {
        const result = checkGroupRolesExist(configured, planGroupRoles(roleFacts()))
        expect(result).toMatchObject({ id: 'group-roles-exist', pass: true, fix: '' })
        expect(result.detail).toBe('itil, rest_api_explorer: each exists, is a global role and contains no elevated role.')
    })

    it('when a configured role does not exist on the instance, then it fails and says to install or remove it', () => {
        const result = checkGroupRolesExist(configured, planGroupRoles(roleFacts({ roles: [ITIL, ADMIN_ROLE] })))
        expect(result.pass).toBe(false)
        expect(result.detail).toBe('Provisioning refuses to run until x_seed_svcacct.group.roles is corrected: rest_api_explorer (missing).')
        expect(result.fix).toContain('The role "rest_api_explorer" listed in x_seed_svcacct.group.roles does not exist on this instance.')
        expect(result.fix).toContain('install the plugin that provides "rest_api_explorer"')
        expect(result.fix).toContain('(Service Accounts > Properties.)')
    })

    it('when an elevated role is configured, then it fails and says to remove it', () => {
        const facts = roleFacts({ configuredNames: ['itil', 'admin'] })
        const result = checkGroupRolesExist(facts.configuredNames, planGroupRoles(facts))
        expect(result.pass).toBe(false)
        expect(result.detail).toContain('admin (elevated)')
        expect(result.fix).toContain('remove "admin"')
    })

    it('when a configured role contains an elevated role, then it fails and names the chain', () => {
        const wrapper = role('power_user')
        const facts = roleFacts({
            configuredNames: ['power_user'],
            roles: [wrapper, ADMIN_ROLE],
            elevation: { chains: new Map([[ADMIN_ROLE.sysId, [ADMIN_ROLE.sysId]], [wrapper.sysId, [wrapper.sysId, ADMIN_ROLE.sysId]]]), complete: true },
        })
        const result = checkGroupRolesExist(facts.configuredNames, planGroupRoles(facts))
        expect(result.pass).toBe(false)
        expect(result.detail).toContain('power_user (contains elevated)')
        expect(result.fix).toContain('contains the elevated role "admin" (power_user > admin)')
    })

    it('when a configured role belongs to an application scope, then it fails (assignable-by check)', () => {
        const scoped = role('x_other.reader', 'b'.repeat(32))
        const facts = roleFacts({ configuredNames: ['x_other.reader'], roles: [scoped, ADMIN_ROLE] })
        const result = checkGroupRolesExist(facts.configuredNames, planGroupRoles(facts))
        expect(result.pass).toBe(false)
        expect(result.detail).toContain('x_other.reader (scoped)')
        expect(result.fix).toContain('KB0791211')
    })

    it('when no role is configured, then it fails and gives the default', () => {
        const facts = roleFacts({ configuredNames: [] })
        const result = checkGroupRolesExist([], planGroupRoles(facts))
        expect(result.pass).toBe(false)
        expect(result.detail).toBe('Provisioning refuses to run until x_seed_svcacct.group.roles is corrected.')
        expect(result.fix).toContain('default: itil,rest_api_explorer')
    })
})

describe('checkGroupCarriesRoles', () => {
    const configured = ['itil', 'rest_api_explorer']
    const serviceAccounts = group(SERVICE_ACCOUNTS, { name: 'ServiceNow Service Accounts' })

    it('when the group carries every configured role, inherited, then it passes', () => {
        const result = checkGroupCarriesRoles(SERVICE_ACCOUNTS, serviceAccounts, configured, planGroupRoles(roleFacts()))
        expect(result).toMatchObject({ id: 'group-carries-roles', pass: true, fix: '' })
        expect(result.detail).toBe('"ServiceNow Service Accounts" carries itil, rest_api_explorer.')
    })

    it('when a role is not granted yet (rest_api_explorer after install), then it passes and says the app grants it', () => {
        const plan = planGroupRoles(roleFacts({ grants: [{ roleId: ITIL.sysId, inherits: true }] }))
        const result = checkGroupCarriesRoles(SERVICE_ACCOUNTS, serviceAccounts, configured, plan)
        expect(result.pass).toBe(true)
        expect(result.detail).toBe(
            '"ServiceNow Service Accounts" carries itil; the app grants rest_api_explorer to the group itself when it provisions the next account.',
        )
    })

    it('when the group holds a role with Inherits off, then it fails and says to tick Inherits', () => {
        const plan = planGroupRoles(roleFacts({ grants: [{ roleId: ITIL.sysId, inherits: false }, { roleId: EXPLORER.sysId, inherits: true }] }))
        const result = checkGroupCarriesRoles(SERVICE_ACCOUNTS, serviceAccounts, configured, plan)
        expect(result.pass).toBe(false)
        expect(result.detail).toBe('"ServiceNow Service Accounts" holds itil with Inherits off, so its members do not receive it.')
        expect(result.fix).toBe('Open User Administration > Groups > ServiceNow Service Accounts > Roles and tick Inherits on itil.')
    })

    it('when the group already holds an elevated role, then the roles check passes but this one fails, naming the role and how to remove it', () => {
        const plan = planGroupRoles(
            roleFacts({
                group: { sysId: SERVICE_ACCOUNTS, name: 'ServiceNow Service Accounts' },
                grants: [
                    { roleId: ITIL.sysId, inherits: true, groupId: SERVICE_ACCOUNTS, roleName: 'itil' },
                    { roleId: EXPLORER.sysId, inherits: true, groupId: SERVICE_ACCOUNTS, roleName: 'rest_api_explorer' },
                    { roleId: ADMIN_ROLE.sysId, inherits: true, groupId: SERVICE_ACCOUNTS, roleName: 'admin' },
                ],
            }),
        )
        expect(checkGroupRolesExist(configured, plan).pass).toBe(true)
        const result = checkGroupCarriesRoles(SERVICE_ACCOUNTS, serviceAccounts, configured, plan)
        expect(result.pass).toBe(false)
        expect(result.detail).toBe(
            '"ServiceNow Service Accounts" (or a parent group) holds roles new service accounts must not inherit: admin. Provisioning refuses to run until they are removed.',
        )
        expect(result.fix).toContain('remove "admin" from the group "ServiceNow Service Accounts"')
    })

    it('when the group property is empty or names no group, then it fails and names the group to set', () => {
        const plan = planGroupRoles(roleFacts())
        expect(checkGroupCarriesRoles('', null, configured, plan)).toMatchObject({
            pass: false,
            detail: 'x_seed_svcacct.group is empty, so new service accounts join no group and get no role.',
        })
        const missing = checkGroupCarriesRoles(SERVICE_ACCOUNTS, null, configured, plan)
        expect(missing.pass).toBe(false)
        expect(missing.fix).toContain('set x_seed_svcacct.group to the sys_id of the "ServiceNow Service Accounts" group')
    })

    it('when the group is inactive, then it fails and says to activate it', () => {
        const result = checkGroupCarriesRoles(SERVICE_ACCOUNTS, { ...serviceAccounts, active: false }, configured, planGroupRoles(roleFacts()))
        expect(result).toMatchObject({ pass: false, fix: 'Activate "ServiceNow Service Accounts" (User Administration > Groups).' })
    })

    it('when the configured roles are wrong, then it fails and points to the roles check first', () => {
        const result = checkGroupCarriesRoles(SERVICE_ACCOUNTS, serviceAccounts, configured, planGroupRoles(roleFacts({ roles: [ITIL, ADMIN_ROLE] })))
        expect(result).toMatchObject({ pass: false, fix: 'Fix the roles check first, then run this check again.' })
    })
})

describe('checkCrossScopePrivileges', () => {
    const required = [
        { targetName: 'sys_user', operation: 'create' },
        { targetName: 'sys_user', operation: 'write' },
        { targetName: 'sys_user_grmember', operation: 'create' },
    ] as const
    const allowed = (targetName: string, operation: string) => ({ targetName, operation, status: 'allowed' })

    it('when every privilege the app ships is present and allowed, then it passes and counts them', () => {
        const result = checkCrossScopePrivileges(readyFacts().privileges)
        expect(result).toMatchObject({ pass: true, fix: '' })
        expect(result.detail).toBe(`All ${APP_PRIVILEGES.length} cross-scope privileges the app needs are present and allowed.`)
    })

    it('when a privilege is requested or denied, then it fails and names each one to allow', () => {
        const result = checkCrossScopePrivileges(
            [
                allowed('sys_user', 'create'),
                { targetName: 'sys_user_grmember', operation: 'create', status: 'requested' },
                { targetName: 'sys_user', operation: 'write', status: 'denied' },
            ],
            required,
        )
        expect(result.pass).toBe(false)
        expect(result.detail).toBe(
            '2 of 3 cross-scope privileges are not allowed: create on sys_user_grmember (requested), write on sys_user (denied).',
        )
        expect(result.fix).toBe(
            'Open System Applications > Application Cross-Scope Access (sys_scope_privilege.list), filter on Source Scope = Service Account Lifecycle, and set Status to Allowed on each row named above.',
        )
    })

    it('when a privilege the app needs is missing (deleted), then it fails, names it and says how to bring it back', () => {
        const result = checkCrossScopePrivileges([allowed('sys_user', 'create'), allowed('sys_user_grmember', 'create')], required)
        expect(result.pass).toBe(false)
        expect(result.detail).toBe('1 of the 3 cross-scope privileges the app needs is missing: write on sys_user.')
        expect(result.fix).toBe(
            'Upgrade or reinstall the app from the application repository or the update set, which brings the missing privilege back; or, in System Applications > Application Cross-Scope Access (sys_scope_privilege.list), click New and create it with Source Scope = Service Account Lifecycle, Target Scope = Global, Target Type = Table, Status = Allowed and: Target Name = sys_user, Operation = write.',
        )
    })

    it('when some are missing and others not allowed, then both are named, each with its fix', () => {
        const result = checkCrossScopePrivileges([{ targetName: 'sys_user', operation: 'create', status: 'denied' }], required)
        expect(result.detail).toBe(
            '2 of the 3 cross-scope privileges the app needs are missing: write on sys_user, create on sys_user_grmember. 1 of 1 cross-scope privileges are not allowed: create on sys_user (denied).',
        )
        expect(result.fix).toContain('Target Name = sys_user, Operation = write; Target Name = sys_user_grmember, Operation = create.')
        expect(result.fix).toContain('set Status to Allowed on each row named above.')
    })

    it('when only a privilege the app does not need is present, then every needed one is reported missing', () => {
        const result = checkCrossScopePrivileges([allowed('incident', 'read')], required)
        expect(result.pass).toBe(false)
        expect(result.detail).toMatch(/^3 of the 3 cross-scope privileges the app needs are missing/)
    })

    it('when the status or the names differ only in case, then they still match', () => {
        expect(checkCrossScopePrivileges([{ targetName: 'SYS_USER', operation: 'Read', status: 'Allowed' }], [{ targetName: 'sys_user', operation: 'read' }]).pass).toBe(true)
    })

    it('when the app has no privilege records at all, then it fails and says to reinstall', () => {
        const result = checkCrossScopePrivileges([])
        expect(result.pass).toBe(false)
        expect(result.detail).toBe('No cross-scope privilege records of the app were found on this instance.')
        expect(result.fix).toContain('reinstall or upgrade it from the application repository or the update set')
    })

    it('the evaluation checks against the privileges the app ships (APP_PRIVILEGES)', () => {
        const facts = readyFacts()
        facts.privileges = facts.privileges.filter((p) => !(p.targetName === 'sys_user' && p.operation === 'write'))
        const check = evaluateReadiness(facts).checks.find((c) => c.id === 'cross-scope-privileges-allowed')
        expect(check).toMatchObject({ pass: false, detail: expect.stringContaining('missing: write on sys_user.') })
    })
})

describe('checkApprovalFlowActive', () => {
    it('when the flow is active, then it passes', () => {
        const result = checkApprovalFlowActive({ sysId: 'f'.repeat(32), name: 'Approval', active: true })
        expect(result).toMatchObject({ id: 'approval-flow-active', pass: true, fix: '', detail: '"Approval" is active.' })
    })

    it('when the flow is inactive, then it fails and says where to activate it', () => {
        const result = checkApprovalFlowActive({ sysId: 'f'.repeat(32), name: 'Approval', active: false })
        expect(result.pass).toBe(false)
        expect(result.detail).toContain('arrives with its flow inactive')
        expect(result.fix).toBe('Open Process Automation > Flow Designer, open "Approval" and click Activate.')
    })

    it('when the flow is missing, then it fails and says to reinstall', () => {
        const result = checkApprovalFlowActive(null)
        expect(result.pass).toBe(false)
        expect(result.fix).toContain('Reinstall or upgrade the app')
    })
})

describe('checkWebServiceAccessOnly', () => {
    it('when sys_user has web_service_access_only, then it passes', () => {
        expect(checkWebServiceAccessOnly({ webServiceAccessOnly: true, identityType: false })).toMatchObject({
            pass: true,
            informational: false,
            fix: '',
        })
    })

    it('when sys_user lacks it, then it fails and names the plugin to activate', () => {
        const result = checkWebServiceAccessOnly({ webServiceAccessOnly: false, identityType: true })
        expect(result.pass).toBe(false)
        expect(result.fix).toContain('Activate the Non-Interactive Sessions plugin')
    })
})

describe('checkIdentityType (informational)', () => {
    it('when sys_user has identity_type, then it passes', () => {
        expect(checkIdentityType({ webServiceAccessOnly: true, identityType: true })).toMatchObject({
            pass: true,
            informational: true,
        })
    })

    it('when sys_user lacks it, then it fails as information only and asks for nothing', () => {
        const result = checkIdentityType({ webServiceAccessOnly: true, identityType: false })
        expect(result).toMatchObject({ pass: false, informational: true })
        expect(result.fix).toBe(
            'Nothing is required. After an upgrade to a release with Identity type, new accounts are classified automatically.',
        )
    })
})

describe.each([
    {
        name: 'checkFallbackApprovalGroup',
        check: checkFallbackApprovalGroup,
        id: 'fallback-approval-group-ready',
        property: 'x_seed_svcacct.approval.fallback_group',
    },
    {
        name: 'checkCredentialTaskGroup',
        check: checkCredentialTaskGroup,
        id: 'credential-task-group-ready',
        property: 'x_seed_svcacct.credential_task.group',
    },
])('$name', ({ check, id, property }) => {
    const groupId = 'b'.repeat(32)

    it('when the group is set, active and has an active member, then it passes', () => {
        const result = check(groupId, group(groupId, { name: 'Approvers' }))
        expect(result).toMatchObject({ id, pass: true, fix: '', detail: '"Approvers" is active and has active members.' })
    })

    it('when the property is empty, then it fails and says which property to set', () => {
        const result = check('', null)
        expect(result.pass).toBe(false)
        expect(result.detail).toContain(`${property} is empty`)
        expect(result.fix).toContain(`Open Service Accounts > Properties and set ${property} to the sys_id of the group`)
    })

    it('when the property names a group that does not exist, then it fails and says so', () => {
        const result = check(groupId, null)
        expect(result.pass).toBe(false)
        expect(result.detail).toBe(`${property} names group ${groupId}, which does not exist on this instance.`)
        expect(result.fix).toBe(`Open Service Accounts > Properties and set ${property} to the sys_id of an existing group.`)
    })

    it('when the group is inactive, then it fails and says to activate it or name another', () => {
        const result = check(groupId, group(groupId, { name: 'Approvers', active: false }))
        expect(result.pass).toBe(false)
        expect(result.fix).toBe(`Activate "Approvers" (User Administration > Groups), or name another group in ${property}.`)
    })

    it('when the group has no active member, then it fails and says to add one', () => {
        const result = check(groupId, group(groupId, { name: 'Approvers', hasActiveMember: false }))
        expect(result.pass).toBe(false)
        expect(result.detail).toContain('has no active members')
        expect(result.fix).toBe(
            'Add at least one active user to "Approvers" (User Administration > Groups > Approvers > Group Members).',
        )
    })
})

describe('evaluateReadiness', () => {
    it('when everything is in place, then the instance is ready and every check passes', () => {
        const report = evaluateReadiness(readyFacts())
        expect(report.ready).toBe(true)
        expect(report.checks.map((c) => [c.id, c.pass])).toEqual([
            ['properties-valid', true],
            ['group-roles-exist', true],
            ['group-carries-roles', true],
            ['cross-scope-privileges-allowed', true],
            ['approval-flow-active', true],
            ['web-service-access-only-supported', true],
            ['identity-type-available', true],
            ['fallback-approval-group-ready', true],
            ['credential-task-group-ready', true],
        ])
    })

    it('when only an informational check fails, then the instance is still ready', () => {
        const facts = readyFacts()
        facts.userFields.identityType = false
        const report = evaluateReadiness(facts)
        expect(report.ready).toBe(true)
        expect(report.checks.find((c) => c.id === 'identity-type-available')?.pass).toBe(false)
    })

    it('when a required check fails, then the instance is not ready', () => {
        const facts = readyFacts()
        facts.approvalFlow = { ...facts.approvalFlow!, active: false }
        expect(evaluateReadiness(facts).ready).toBe(false)
    })

    it('when the two group properties name different groups, then each check judges its own group', () => {
        const facts = readyFacts()
        facts.groups = [group(APPROVERS), group(CREDENTIALS, { hasActiveMember: false })]
        const report = evaluateReadiness(facts)
        expect(report.checks.find((c) => c.id === 'fallback-approval-group-ready')?.pass).toBe(true)
        expect(report.checks.find((c) => c.id === 'credential-task-group-ready')?.pass).toBe(false)
    })

    it('every failing check carries a fix and every passing one none', () => {
        const broken: ReadinessFacts = {
            ...readyFacts(),
            settingsProblems: ['x is bad.'],
            privileges: [],
            approvalFlow: null,
            userFields: { webServiceAccessOnly: false, identityType: false },
            groups: [],
            groupRoles: roleFacts({ roles: [] }),
        }
        for (const check of evaluateReadiness(broken).checks) {
            expect(check.pass).toBe(false)
            expect(check.fix).not.toBe('')
        }
        for (const check of evaluateReadiness(readyFacts()).checks) expect(check.fix).toBe('')
    })
})
