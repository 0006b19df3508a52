/**
 * The roles the service-account group must carry, checked at run time before any account is made.
 *
 * The group ("ServiceNow Service Accounts") ships with its itil grant; rest_api_explorer's sys_id is
 * not known offline (platform-facts, "Roles"), so that grant, and any role an admin adds to the
 * x_seed_svcacct.group.roles property, is resolved by name here and granted when it is missing.
 *
 * A configured role is refused when it
 * - is elevated: admin, security_admin, impersonator, oauth_admin, user_admin, any role marked
 *   Elevated privilege (sys_user_role.elevated_privilege: "a user must manually elevate privileges to
 *   receive the elevated role", ServiceNowDocs platform-administration/user-administration/
 *   t_CreateARole.md; the column is in the SDK's sys_user_role typing), or a role containing one of
 *   them through sys_user_role_contains, at any depth the trace reaches;
 * - does not exist on the instance;
 * - belongs to an application scope: a scoped role on the group can make adding a member fail the
 *   assignable-by check (KB0791211), so the group holds global roles only.
 *
 * Every account inherits every role the group holds, not only the configured ones, and a child group
 * inherits the roles of its parent group ("the child group inherits the roles of the parent group",
 * ServiceNowDocs platform-administration/user-administration/t_CreateAGroup.md). So all of the
 * group's grants, and its ancestors', are vetted too: an elevated role, or any role not configured
 * (approvers are shown the configured roles only), is refused, naming the group that holds it.
 *
 * planGroupRoles() and traceElevation() are pure. readGroupRoleFacts() is the Glide shell: a fixed
 * number of reads (one per containment level, bounded by MAX_CONTAINMENT_DEPTH, and one per ancestor
 * group, bounded by MAX_GROUP_ANCESTRY), none per user.
 */
import { GlideRecord } from '@servicenow/glide'
import { PROPERTY } from '../config/properties.ts'
import { isTrue } from '../naming/user-id-rules.ts'

/**
 * Never granted to a service account, directly or through a role that contains them. user_admin
 * "can administer users, groups, locations, skills, and companies" (ServiceNowDocs, r_BaseSystemRoles.md):
 * an account holding it could grant itself anything its group's members can be given.
 */
export const ELEVATED_ROLES: readonly string[] = ['admin', 'security_admin', 'impersonator', 'oauth_admin', 'user_admin']

/** sys_user_role.sys_scope of a global role: the global scope record's sys_id is the literal 'global'. */
export const GLOBAL_SCOPE = 'global'

/**
 * Levels of role containment followed upwards from the elevated roles. Stock hierarchies are a few
 * levels deep; a deeper chain is refused as unverifiable rather than trusted.
 */
export const MAX_CONTAINMENT_DEPTH = 8

/** Parent groups followed upwards from the service-account group; a deeper ancestry is refused as unverifiable. */
export const MAX_GROUP_ANCESTRY = 4

export interface RoleRecord {
    sysId: string
    name: string
    /** sys_user_role.sys_scope: 'global' for a global role, else the owning application's sys_id. */
    scope: string
    /** sys_user_role.elevated_privilege (absent: false). */
    elevatedPrivilege?: boolean
}

export interface GroupRef {
    sysId: string
    name: string
}

/** One sys_user_role_contains row: `role` contains `contains`. */
export interface ContainmentEdge {
    role: string
    contains: string
}

export interface ElevationTrace {
    /**
     * Every role known to be elevated or to contain an elevated role, with the chain of role sys_ids
     * from it down to the elevated role (the chain of an elevated role is itself alone).
     */
    chains: Map<string, string[]>
    /** false when MAX_CONTAINMENT_DEPTH was reached with roles still unexplored. */
    complete: boolean
}

/**
 * Walks sys_user_role_contains upwards from the elevated roles: level by level, which roles contain
 * a role already known to be elevated. Upwards, because few roles contain admin and its peers, while
 * a configured role such as itil contains many. One lookup per level; cycles are harmless.
 */
export function traceElevation(
    elevatedRoleIds: string[],
    containersOf: (roleIds: string[]) => ContainmentEdge[],
    maxDepth: number = MAX_CONTAINMENT_DEPTH,
): ElevationTrace {
    const chains = new Map<string, string[]>()
    let frontier: string[] = []
    for (const id of elevatedRoleIds) {
        if (!chains.has(id)) {
            chains.set(id, [id])
            frontier.push(id)
        }
    }
    for (let depth = 0; depth < maxDepth && frontier.length > 0; depth++) {
        const next: string[] = []
        for (const edge of containersOf(frontier)) {
            const below = chains.get(edge.contains)
            if (!below || chains.has(edge.role)) continue
            chains.set(edge.role, [edge.role, ...below])
            next.push(edge.role)
        }
        frontier = next
    }
    return { chains, complete: frontier.length === 0 }
}

export interface GroupRoleFacts {
    /** Configured role names (lower case), from the x_seed_svcacct.group.roles property. */
    configuredNames: string[]
    /** sys_user_role rows whose name is configured or elevated, and every role marked elevated_privilege. */
    roles: RoleRecord[]
    /** Seeded from the elevated roles above (by name or by elevated_privilege). */
    elevation: ElevationTrace
    /** Every sys_group_has_role row of the group and of its ancestors. */
    grants: RoleGrant[]
    /** The service-account group (absent: it is named generically). */
    group?: GroupRef
    /** Its parent, the parent's parent, ... as far as they were read. */
    ancestors?: GroupRef[]
    /** false when MAX_GROUP_ANCESTRY was reached with a parent still unread. Absent: true. */
    ancestryComplete?: boolean
}

export interface RoleGrant {
    roleId: string
    /** false: the group holds the role but its members do not receive it. */
    inherits: boolean
    /** The group holding it: the service-account group (also when absent) or one of its ancestors. */
    groupId?: string
    /** The role's name as the grant shows it (for roles not read by name). */
    roleName?: string
}

export type GroupRoleProblemCode =
    | 'none_configured'
    | 'elevated'
    | 'contains_elevated'
    | 'missing'
    | 'scoped'
    | 'containment_unverified'
    | 'not_inherited'
    | 'held_elevated'
    | 'held_not_configured'
    | 'ancestry_unverified'

export interface GroupRoleProblem {
    code: GroupRoleProblemCode
    role: string
    message: string
}

export interface GroupRolePlan {
    problems: GroupRoleProblem[]
    /** Every configured role, resolved (empty when there are problems). */
    roles: RoleRecord[]
    /** Configured roles the group does not hold yet: a sys_group_has_role to create for each. */
    grantsToCreate: RoleRecord[]
}

const FIX = `An app admin must correct the ${PROPERTY.groupRoles} property`

export function planGroupRoles(facts: GroupRoleFacts): GroupRolePlan {
    const byName = new Map<string, RoleRecord>()
    const byId = new Map<string, RoleRecord>()
    for (const role of facts.roles) {
        byName.set(role.name.toLowerCase(), role)
        byId.set(role.sysId, role)
    }
    const nameOf = (id: string): string => byId.get(id)?.name ?? id

    const problems: GroupRoleProblem[] = []
    if (facts.configuredNames.length === 0) {
        problems.push({
            code: 'none_configured',
            role: '',
            message: `${PROPERTY.groupRoles} names no role. ${FIX} (default: itil,rest_api_explorer).`,
        })
    }
    const resolved: RoleRecord[] = []
    for (const name of facts.configuredNames) {
        if (ELEVATED_ROLES.includes(name) || byName.get(name)?.elevatedPrivilege === true) {
            problems.push({
                code: 'elevated',
                role: name,
                message: `The role "${name}" is listed in ${PROPERTY.groupRoles}, but ${ELEVATED_ROLES.join(', ')}, roles marked Elevated privilege and any role containing them are never granted to service accounts. ${FIX}: remove "${name}".`,
            })
            continue
        }
        const role = byName.get(name)
        if (!role) {
            problems.push({
                code: 'missing',
                role: name,
                message: `The role "${name}" listed in ${PROPERTY.groupRoles} does not exist on this instance. ${FIX}, or install the plugin that provides "${name}".`,
            })
            continue
        }
        const chain = facts.elevation.chains.get(role.sysId)
        if (chain) {
            problems.push({
                code: 'contains_elevated',
                role: name,
                message: `The role "${name}" listed in ${PROPERTY.groupRoles} contains the elevated role "${nameOf(chain[chain.length - 1])}" (${chain.map(nameOf).join(' > ')}). ${FIX}: remove "${name}".`,
            })
            continue
        }
        if (role.scope !== GLOBAL_SCOPE) {
            problems.push({
                code: 'scoped',
                role: name,
                message: `The role "${name}" listed in ${PROPERTY.groupRoles} belongs to an application scope. The service-account group holds global roles only: adding a member to a group with a scoped role can fail the platform's assignable-by check (KB0791211). ${FIX}: remove "${name}".`,
            })
            continue
        }
        resolved.push(role)
    }
    if (!facts.elevation.complete && resolved.length > 0) {
        problems.push({
            code: 'containment_unverified',
            role: '',
            message: `Role containment is deeper than ${MAX_CONTAINMENT_DEPTH} levels above ${ELEVATED_ROLES.join(', ')}, so it could not be verified that ${resolved.map((r) => `"${r.name}"`).join(', ')} contain none of them. An admin must review the role hierarchy (sys_user_role_contains) and ${PROPERTY.groupRoles}.`,
        })
    }
    problems.push(...heldRoleProblems(facts, nameOf))
    if (problems.length > 0) return { problems, roles: [], grantsToCreate: [] }

    // What members receive: the group's own grants and, through inheritance, its ancestors'.
    const groupId = facts.group?.sysId
    const own = (grant: RoleGrant) => !grant.groupId || grant.groupId === groupId
    const granted = new Map<string, boolean>()
    for (const grant of facts.grants.filter(own)) granted.set(grant.roleId, granted.get(grant.roleId) === true || grant.inherits)
    const inheritedFromAncestors = new Set(facts.grants.filter((g) => !own(g) && g.inherits).map((g) => g.roleId))
    for (const role of resolved) {
        if (granted.get(role.sysId) === false) {
            problems.push({
                code: 'not_inherited',
                role: role.name,
                message: `The service-account group holds "${role.name}" with Inherits off, so its members do not receive it. An admin must tick Inherits on that group role.`,
            })
        }
    }
    if (problems.length > 0) return { problems, roles: [], grantsToCreate: [] }
    return {
        problems,
        roles: resolved,
        grantsToCreate: resolved.filter((role) => !granted.has(role.sysId) && !inheritedFromAncestors.has(role.sysId)),
    }
}

/**
 * Roles the group (or an ancestor) already holds that every new account would inherit: refused when
 * elevated, or when not configured (the approver was not shown them).
 */
function heldRoleProblems(facts: GroupRoleFacts, nameOf: (id: string) => string): GroupRoleProblem[] {
    const problems: GroupRoleProblem[] = []
    const groupId = facts.group?.sysId ?? ''
    const groupLabel = facts.group ? `The service-account group "${facts.group.name}"` : 'The service-account group'
    const ancestors = new Map((facts.ancestors ?? []).map((a) => [a.sysId, a]))
    const seen = new Set<string>()
    for (const grant of facts.grants) {
        const key = `${grant.groupId ?? ''}:${grant.roleId}`
        if (seen.has(key)) continue
        seen.add(key)
        const holder = grant.groupId && grant.groupId !== groupId ? ancestors.get(grant.groupId) : undefined
        const how = holder ? `through its parent group "${holder.name}"` : 'directly'
        const where = holder ? `the group "${holder.name}" (User Administration > Groups > ${holder.name} > Roles)` : facts.group ? `the group "${facts.group.name}" (User Administration > Groups > ${facts.group.name} > Roles)` : 'that group'
        // Real reads always carry the role's name (the grant's display value); without one it cannot be judged by name.
        const roleName = (facts.roles.find((r) => r.sysId === grant.roleId)?.name ?? grant.roleName ?? '').toLowerCase()
        const chain = facts.elevation.chains.get(grant.roleId)
        if (chain) {
            const label = roleName || nameOf(grant.roleId)
            const via = chain.length > 1 ? ` (it contains "${nameOf(chain[chain.length - 1])}": ${chain.map(nameOf).join(' > ')})` : ''
            problems.push({
                code: 'held_elevated',
                role: label,
                message: `${groupLabel} holds the elevated role "${label}" ${how}${via}, so every new service account would inherit it. An admin must remove "${label}" from ${where}.`,
            })
        } else if (roleName !== '' && facts.configuredNames.length > 0 && !facts.configuredNames.includes(roleName)) {
            problems.push({
                code: 'held_not_configured',
                role: roleName,
                message: `${groupLabel} holds the role "${roleName}" ${how}, which is not in ${PROPERTY.groupRoles}: every new service account would inherit it without the approver being told. An admin must remove "${roleName}" from ${where}, or add it to ${PROPERTY.groupRoles} if it is safe to grant.`,
            })
        }
    }
    if (facts.ancestryComplete === false) {
        problems.push({
            code: 'ancestry_unverified',
            role: '',
            message: `${groupLabel} has more than ${MAX_GROUP_ANCESTRY} levels of parent groups, so the roles it inherits could not be verified. An admin must shorten its chain of parent groups (the Parent field of the groups).`,
        })
    }
    return problems
}

/**
 * Reads everything planGroupRoles() needs: the roles by name and the elevated-privilege ones (1),
 * one containment level (usually 1), the group's grants and its ancestors' (1), and the ancestry:
 * one read per ancestor (none on a group without a parent), plus one for the group itself when the
 * caller does not pass its name and parent (the readiness check).
 */
export function readGroupRoleFacts(groupId: string, configuredNames: string[], known?: { name: string; parentId: string }): GroupRoleFacts {
    const roles: RoleRecord[] = []
    const names = [...new Set([...configuredNames, ...ELEVATED_ROLES])]
    const role = new GlideRecord('sys_user_role')
    // elevated_privilege is in the SDK's sys_user_role typing; guard it anyway: a term on a column the
    // instance lacks would be dropped, or (glide.invalid_query.returns_no_rows) empty the result.
    const flagged = role.isValidField('elevated_privilege')
    const byName = role.addQuery('name', 'IN', names.join(','))
    if (flagged) byName.addOrCondition('elevated_privilege', true)
    role.query()
    while (role.next()) {
        roles.push({
            sysId: role.getUniqueValue(),
            name: (role.getValue('name') ?? '').toLowerCase(),
            scope: role.getValue('sys_scope') ?? '',
            elevatedPrivilege: flagged && isTrue(role.getValue('elevated_privilege')),
        })
    }

    const elevatedIds = roles.filter((r) => ELEVATED_ROLES.includes(r.name) || r.elevatedPrivilege === true).map((r) => r.sysId)
    const elevation = traceElevation(elevatedIds, containersOf)

    const facts: GroupRoleFacts = { configuredNames, roles, elevation, grants: [] }
    if (!groupId) return facts
    const self = known ?? readGroup(groupId)
    if (!self) return facts
    facts.group = { sysId: groupId, name: self.name }
    const ancestry = readAncestry(self.parentId)
    facts.ancestors = ancestry.groups
    facts.ancestryComplete = ancestry.complete

    const grant = new GlideRecord('sys_group_has_role')
    grant.addQuery('group', 'IN', [groupId, ...ancestry.groups.map((g) => g.sysId)].join(','))
    grant.query()
    while (grant.next()) {
        facts.grants.push({
            roleId: grant.getValue('role') ?? '',
            inherits: isTrue(grant.getValue('inherits')),
            groupId: grant.getValue('group') ?? '',
            roleName: grant.getDisplayValue('role'),
        })
    }
    return facts
}

/** One read: a group's name and parent. */
function readGroup(groupId: string): { name: string; parentId: string } | null {
    const group = new GlideRecord('sys_user_group')
    if (!group.get(groupId)) return null
    return { name: group.getValue('name') ?? '', parentId: group.getValue('parent') ?? '' }
}

/** The parent groups upwards, one read each, at most MAX_GROUP_ANCESTRY; cycles end the walk. */
function readAncestry(parentId: string): { groups: GroupRef[]; complete: boolean } {
    const groups: GroupRef[] = []
    let next = parentId
    while (next && !groups.some((g) => g.sysId === next)) {
        if (groups.length === MAX_GROUP_ANCESTRY) return { groups, complete: false }
        const group = readGroup(next)
        if (!group) break
        groups.push({ sysId: next, name: group.name })
        next = group.parentId
    }
    return { groups, complete: true }
}

/** One read: the sys_user_role_contains rows whose contained role is one of these. */
function containersOf(roleIds: string[]): ContainmentEdge[] {
    const edges: ContainmentEdge[] = []
    const contains = new GlideRecord('sys_user_role_contains')
    contains.addQuery('contains', 'IN', roleIds.join(','))
    contains.query()
    while (contains.next()) {
        edges.push({ role: contains.getValue('role') ?? '', contains: contains.getValue('contains') ?? '' })
    }
    return edges
}
