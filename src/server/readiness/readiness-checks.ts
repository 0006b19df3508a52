/**
 * The readiness check: what Service Account Lifecycle needs on this instance, each item with
 * pass or fail and how to fix a failure. Every function here is pure: it takes facts gathered by
 * readiness-check.ts (the thin Glide shell) and returns one result per check.
 */
import { planGroupRoles, type GroupRoleFacts, type GroupRolePlan } from '../access/group-roles.ts'
import type { AppSettings } from '../config/properties.ts'
import { PROPERTY } from '../config/properties.ts'
import { APP_PRIVILEGES, type RequiredPrivilege } from './app-records.ts'

export type CheckId =
    | 'properties-valid'
    | 'group-roles-exist'
    | 'group-carries-roles'
    | 'cross-scope-privileges-allowed'
    | 'approval-flow-active'
    | 'web-service-access-only-supported'
    | 'identity-type-available'
    | 'fallback-approval-group-ready'
    | 'credential-task-group-ready'

export interface CheckResult {
    id: CheckId
    title: string
    pass: boolean
    /** An informational check never makes the instance "not ready". */
    informational: boolean
    /** What was found, in one or two sentences. */
    detail: string
    /** What to do about a failure; '' when the check passes. */
    fix: string
}

export interface ReadinessReport {
    /** True when every non-informational check passes. */
    ready: boolean
    checks: CheckResult[]
}

const PROPERTIES_PAGE = 'Service Accounts > Properties'

function passed(id: CheckId, title: string, detail: string, informational = false): CheckResult {
    return { id, title, pass: true, informational, detail, fix: '' }
}

function failed(id: CheckId, title: string, detail: string, fix: string, informational = false): CheckResult {
    return { id, title, pass: false, informational, detail, fix }
}

// ---------------------------------------------------------------------------------------------
// Properties

/** problems: readSettings().problems, one line per property whose value was replaced by its default. */
export function checkPropertiesValid(problems: string[]): CheckResult {
    const id = 'properties-valid'
    const title = 'The app properties hold usable values'
    if (problems.length === 0) return passed(id, title, 'Every property parses; none falls back to its default.')
    return failed(
        id,
        title,
        problems.join(' '),
        `Open ${PROPERTIES_PAGE} and correct the value${problems.length > 1 ? 's' : ''} named above. Until then the app uses the default${problems.length > 1 ? 's' : ''} shown.`,
    )
}

// ---------------------------------------------------------------------------------------------
// The roles the service-account group grants (judged by src/server/access/group-roles.ts, the
// same rules provisioning applies before it creates an account)

/** Problems of the group's own grants and its parent groups', not of the configured roles. */
const GROUP_GRANT_PROBLEMS: ReadonlySet<string> = new Set(['not_inherited', 'held_elevated', 'held_not_configured', 'ancestry_unverified'])

/** Problems with the configured roles themselves. */
function roleProblems(plan: GroupRolePlan) {
    return plan.problems.filter((problem) => !GROUP_GRANT_PROBLEMS.has(problem.code))
}

export function checkGroupRolesExist(configuredNames: string[], plan: GroupRolePlan): CheckResult {
    const id = 'group-roles-exist'
    const title = 'The roles the app grants exist and are safe to grant'
    const problems = roleProblems(plan)
    if (problems.length === 0) {
        return passed(
            id,
            title,
            `${configuredNames.join(', ')}: each exists, is a global role and contains no elevated role.`,
        )
    }
    const named = problems.filter((p) => p.role !== '').map((p) => `${p.role} (${p.code.replace(/_/g, ' ')})`)
    return failed(
        id,
        title,
        named.length > 0
            ? `Provisioning refuses to run until ${PROPERTY.groupRoles} is corrected: ${named.join(', ')}.`
            : `Provisioning refuses to run until ${PROPERTY.groupRoles} is corrected.`,
        `${problems.map((p) => p.message).join(' ')} (${PROPERTIES_PAGE}.)`,
    )
}

export function checkGroupCarriesRoles(
    groupId: string,
    group: GroupFact | null,
    configuredNames: string[],
    plan: GroupRolePlan,
): CheckResult {
    const id = 'group-carries-roles'
    const title = 'The service-account group carries those roles'
    const property = PROPERTY.serviceAccountGroup
    if (!groupId) {
        return failed(
            id,
            title,
            `${property} is empty, so new service accounts join no group and get no role.`,
            `Open ${PROPERTIES_PAGE} and set ${property} to the sys_id of the "ServiceNow Service Accounts" group the app ships.`,
        )
    }
    if (!group) {
        return failed(
            id,
            title,
            `${property} names group ${groupId}, which does not exist on this instance.`,
            `Open ${PROPERTIES_PAGE} and set ${property} to the sys_id of the "ServiceNow Service Accounts" group the app ships.`,
        )
    }
    if (!group.active) {
        return failed(
            id,
            title,
            `The group "${group.name}" is inactive.`,
            `Activate "${group.name}" (User Administration > Groups).`,
        )
    }
    if (roleProblems(plan).length > 0) {
        return failed(
            id,
            title,
            `Cannot be judged until the configured roles are corrected (see "The roles the app grants exist and are safe to grant").`,
            'Fix the roles check first, then run this check again.',
        )
    }
    // Roles every new account would inherit from the group or its parents although they are elevated or not configured.
    const held = plan.problems.filter((p) => p.code !== 'not_inherited' && GROUP_GRANT_PROBLEMS.has(p.code))
    if (held.length > 0) {
        return failed(
            id,
            title,
            `"${group.name}" (or a parent group) holds roles new service accounts must not inherit: ${held.map((p) => p.role || p.code.replace(/_/g, ' ')).join(', ')}. Provisioning refuses to run until they are removed.`,
            held.map((p) => p.message).join(' '),
        )
    }
    const notInherited = plan.problems.filter((p) => p.code === 'not_inherited')
    if (notInherited.length > 0) {
        return failed(
            id,
            title,
            `"${group.name}" holds ${notInherited.map((p) => p.role).join(', ')} with Inherits off, so its members do not receive ${notInherited.length > 1 ? 'them' : 'it'}.`,
            `Open User Administration > Groups > ${group.name} > Roles and tick Inherits on ${notInherited.map((p) => p.role).join(', ')}.`,
        )
    }
    const toGrant = plan.grantsToCreate.map((role) => role.name)
    const carried = configuredNames.filter((name) => !toGrant.includes(name))
    if (toGrant.length === 0) return passed(id, title, `"${group.name}" carries ${carried.join(', ')}.`)
    return passed(
        id,
        title,
        `"${group.name}" carries ${carried.length > 0 ? carried.join(', ') : 'none of them yet'}; the app grants ${toGrant.join(', ')} to the group itself when it provisions the next account.`,
    )
}

// ---------------------------------------------------------------------------------------------
// Cross-scope privileges

export interface PrivilegeFact {
    /** sys_scope_privilege.target_name: the table (or API) the app reaches in another scope. */
    targetName: string
    /** read | write | create | delete | execute */
    operation: string
    /** allowed | requested | denied */
    status: string
}

const ACCESS_LIST = 'System Applications > Application Cross-Scope Access (sys_scope_privilege.list)'

function sameName(a: string, b: string): boolean {
    return a.toLowerCase() === b.toLowerCase()
}

function describePrivilege(p: { operation: string; targetName: string }): string {
    return `${p.operation} on ${p.targetName}`
}

/**
 * privileges: every sys_scope_privilege row whose source scope is this app. required: the table and
 * operation pairs the app ships (APP_PRIVILEGES), each of which must be on the instance and allowed:
 * on an instance that enforces runtime access, an operation without an allowed privilege fails,
 * whether its row was denied, left requested or deleted. A row of the app outside that list that is
 * not allowed fails too: runtime access tracking may have recorded an operation the app attempted.
 */
export function checkCrossScopePrivileges(privileges: PrivilegeFact[], required: readonly RequiredPrivilege[] = APP_PRIVILEGES): CheckResult {
    const id = 'cross-scope-privileges-allowed'
    const title = 'The cross-scope privileges are allowed'
    if (privileges.length === 0) {
        return failed(
            id,
            title,
            'No cross-scope privilege records of the app were found on this instance.',
            `The app ships them: reinstall or upgrade it from the application repository or the update set, then look in ${ACCESS_LIST}.`,
        )
    }
    const missing = required.filter((need) => !privileges.some((p) => sameName(p.targetName, need.targetName) && sameName(p.operation, need.operation)))
    const notAllowed = privileges.filter((p) => p.status.toLowerCase() !== 'allowed')
    if (missing.length === 0 && notAllowed.length === 0) {
        return passed(id, title, `All ${required.length} cross-scope privileges the app needs are present and allowed.`)
    }

    const details: string[] = []
    const fixes: string[] = []
    if (missing.length > 0) {
        details.push(
            `${missing.length} of the ${required.length} cross-scope privileges the app needs ${missing.length === 1 ? 'is' : 'are'} missing: ${missing.map(describePrivilege).join(', ')}.`,
        )
        fixes.push(
            `Upgrade or reinstall the app from the application repository or the update set, which brings the missing ${missing.length === 1 ? 'privilege' : 'privileges'} back; or, in ${ACCESS_LIST}, click New and create ${missing.length === 1 ? 'it' : 'each'} with Source Scope = Service Account Lifecycle, Target Scope = Global, Target Type = Table, Status = Allowed and: ${missing
                .map((p) => `Target Name = ${p.targetName}, Operation = ${p.operation}`)
                .join('; ')}.`,
        )
    }
    if (notAllowed.length > 0) {
        details.push(
            `${notAllowed.length} of ${privileges.length} cross-scope privileges are not allowed: ${notAllowed.map((p) => `${describePrivilege(p)} (${p.status || 'no status'})`).join(', ')}.`,
        )
        fixes.push(`Open ${ACCESS_LIST}, filter on Source Scope = Service Account Lifecycle, and set Status to Allowed on each row named above.`)
    }
    return failed(id, title, details.join(' '), fixes.join(' '))
}

// ---------------------------------------------------------------------------------------------
// The approval flow

export interface FlowFact {
    sysId: string
    name: string
    active: boolean
}

/** flow: the approval flow the app ships, or null when it is not on the instance. */
export function checkApprovalFlowActive(flow: FlowFact | null): CheckResult {
    const id = 'approval-flow-active'
    const title = 'The approval flow is active'
    if (!flow) {
        return failed(
            id,
            title,
            'The approval flow of the app is not on this instance, so requests are never sent for approval.',
            'Reinstall or upgrade the app (application repository or update set), then activate the flow in Flow Designer.',
        )
    }
    if (flow.active) return passed(id, title, `"${flow.name}" is active.`)
    return failed(
        id,
        title,
        `"${flow.name}" is inactive, so requests are never sent for approval. An app installed from the pack zip or an update set arrives with its flow inactive.`,
        `Open Process Automation > Flow Designer, open "${flow.name}" and click Activate.`,
    )
}

// ---------------------------------------------------------------------------------------------
// User table support

export interface UserFieldFacts {
    /** sys_user has web_service_access_only (Non-Interactive Sessions plugin). */
    webServiceAccessOnly: boolean
    /** sys_user has identity_type (recent releases). */
    identityType: boolean
}

export function checkWebServiceAccessOnly(fields: UserFieldFacts): CheckResult {
    const id = 'web-service-access-only-supported'
    const title = 'Web service access only is supported'
    if (fields.webServiceAccessOnly) {
        return passed(id, title, 'The User table has "Web service access only" (web_service_access_only).')
    }
    return failed(
        id,
        title,
        'The User table has no "Web service access only" field, so the app cannot lock accounts down to API-only use.',
        'Activate the Non-Interactive Sessions plugin (it adds sys_user.web_service_access_only; it is on by default on current releases), then run this check again.',
    )
}

/** Informational: identity_type exists on recent releases only; without it nothing breaks. */
export function checkIdentityType(fields: UserFieldFacts): CheckResult {
    const id = 'identity-type-available'
    const title = 'Identity type is available (informational)'
    if (fields.identityType) {
        return passed(
            id,
            title,
            'The User table has "Identity type": new service accounts are marked Machine and appear in the Machine Identity Console.',
            true,
        )
    }
    return failed(
        id,
        title,
        'The User table has no "Identity type" on this release: accounts are not classified as Machine. Everything else works.',
        'Nothing is required. After an upgrade to a release with Identity type, new accounts are classified automatically.',
        true,
    )
}

// ---------------------------------------------------------------------------------------------
// Groups named by properties

export interface GroupFact {
    sysId: string
    name: string
    active: boolean
    /** At least one active user is a member. */
    hasActiveMember: boolean
}

interface GroupCheckSpec {
    id: CheckId
    title: string
    property: string
    /** What the group does, for the failure messages. */
    role: string
}

function checkGroupReady(spec: GroupCheckSpec, groupId: string, group: GroupFact | null): CheckResult {
    const { id, title, property, role } = spec
    if (!groupId) {
        return failed(
            id,
            title,
            `${property} is empty, so no group ${role}.`,
            `Open ${PROPERTIES_PAGE} and set ${property} to the sys_id of the group that ${role}.`,
        )
    }
    if (!group) {
        return failed(
            id,
            title,
            `${property} names group ${groupId}, which does not exist on this instance.`,
            `Open ${PROPERTIES_PAGE} and set ${property} to the sys_id of an existing group.`,
        )
    }
    if (!group.active) {
        return failed(
            id,
            title,
            `The group "${group.name}" is inactive.`,
            `Activate "${group.name}" (User Administration > Groups), or name another group in ${property}.`,
        )
    }
    if (!group.hasActiveMember) {
        return failed(
            id,
            title,
            `The group "${group.name}" has no active members, so nobody ${role}.`,
            `Add at least one active user to "${group.name}" (User Administration > Groups > ${group.name} > Group Members).`,
        )
    }
    return passed(id, title, `"${group.name}" is active and has active members.`)
}

export function checkFallbackApprovalGroup(groupId: string, group: GroupFact | null): CheckResult {
    return checkGroupReady(
        {
            id: 'fallback-approval-group-ready',
            title: 'The fallback approval group is set and has members',
            property: PROPERTY.fallbackApprovalGroup,
            role: 'approves requests whose owner has no valid manager',
        },
        groupId,
        group,
    )
}

export function checkCredentialTaskGroup(groupId: string, group: GroupFact | null): CheckResult {
    return checkGroupReady(
        {
            id: 'credential-task-group-ready',
            title: 'The credential task group is set and has members',
            property: PROPERTY.credentialTaskGroup,
            role: 'works the credential hand-over task of a new account',
        },
        groupId,
        group,
    )
}

// ---------------------------------------------------------------------------------------------
// The whole report

export interface ReadinessFacts {
    settings: AppSettings
    settingsProblems: string[]
    privileges: PrivilegeFact[]
    approvalFlow: FlowFact | null
    userFields: UserFieldFacts
    /** Groups found by sys_id; a group the settings name but the instance lacks is absent. */
    groups: GroupFact[]
    /** What src/server/access/group-roles.ts needs to judge the configured roles and the group. */
    groupRoles: GroupRoleFacts
}

function findGroup(groups: GroupFact[], sysId: string): GroupFact | null {
    return groups.find((g) => g.sysId === sysId) ?? null
}

export function evaluateReadiness(facts: ReadinessFacts): ReadinessReport {
    const { settings } = facts
    const rolePlan = planGroupRoles(facts.groupRoles)
    const checks: CheckResult[] = [
        checkPropertiesValid(facts.settingsProblems),
        checkGroupRolesExist(settings.groupRoles, rolePlan),
        checkGroupCarriesRoles(
            settings.serviceAccountGroupId,
            findGroup(facts.groups, settings.serviceAccountGroupId),
            settings.groupRoles,
            rolePlan,
        ),
        checkCrossScopePrivileges(facts.privileges),
        checkApprovalFlowActive(facts.approvalFlow),
        checkWebServiceAccessOnly(facts.userFields),
        checkIdentityType(facts.userFields),
        checkFallbackApprovalGroup(settings.fallbackApprovalGroupId, findGroup(facts.groups, settings.fallbackApprovalGroupId)),
        checkCredentialTaskGroup(settings.credentialTaskGroupId, findGroup(facts.groups, settings.credentialTaskGroupId)),
    ]
    return { ready: checks.every((c) => c.pass || c.informational), checks }
}
