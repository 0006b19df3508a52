/**
 * The roles the service-account group must carry, checked at run time before any account is made.
 *
 * The group ("ServiceNow Service Accounts") ships with its itil grant; rest_api_explorer's sys_id is
 * not known offline (platform-facts, "Roles"), so that grant, and any role an admin adds to the
 * x_seed_svcacct.group.roles property, is resolved by name here and granted when it is missing.
 *
 * A configured role is refused when it
 * - is elevated (admin, security_admin, impersonator, oauth_admin), or contains one of them through
 *   sys_user_role_contains, at any depth the trace reaches;
 * - does not exist on the instance;
 * - belongs to an application scope: a scoped role on the group can make adding a member fail the
 *   assignable-by check (KB0791211), so the group holds global roles only.
 *
 * planGroupRoles() and traceElevation() are pure. readGroupRoleFacts() is the Glide shell: a fixed
 * number of reads (one per containment level, bounded by MAX_CONTAINMENT_DEPTH), none per user.
 */
import { GlideRecord } from '@servicenow/glide'
import { PROPERTY } from '../config/properties.ts'
import { isTrue } from '../naming/user-id-rules.ts'

/** Never granted to a service account, directly or through a role that contains them. */
export const ELEVATED_ROLES: readonly string[] = ['admin', 'security_admin', 'impersonator', 'oauth_admin']

/** sys_user_role.sys_scope of a global role: the global scope record's sys_id is the literal 'global'. */
export const GLOBAL_SCOPE = 'global'

/**
 * Levels of role containment followed upwards from the elevated roles. Stock hierarchies are a few
 * levels deep; a deeper chain is refused as unverifiable rather than trusted.
 */
export const MAX_CONTAINMENT_DEPTH = 8

export interface RoleRecord {
    sysId: string
    name: string
    /** sys_user_role.sys_scope: 'global' for a global role, else the owning application's sys_id. */
    scope: string
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
    /** sys_user_role rows whose name is configured or elevated. */
    roles: RoleRecord[]
    elevation: ElevationTrace
    /** The group's sys_group_has_role rows for the configured roles. */
    grants: RoleGrant[]
}

export interface RoleGrant {
    roleId: string
    /** false: the group holds the role but its members do not receive it. */
    inherits: boolean
}

export type GroupRoleProblemCode =
    | 'none_configured'
    | 'elevated'
    | 'contains_elevated'
    | 'missing'
    | 'scoped'
    | 'containment_unverified'
    | 'not_inherited'

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
        if (ELEVATED_ROLES.includes(name)) {
            problems.push({
                code: 'elevated',
                role: name,
                message: `The role "${name}" is listed in ${PROPERTY.groupRoles}, but ${ELEVATED_ROLES.join(', ')} and any role containing them are never granted to service accounts. ${FIX}: remove "${name}".`,
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
    if (problems.length > 0) return { problems, roles: [], grantsToCreate: [] }

    const granted = new Map<string, boolean>()
    for (const grant of facts.grants) granted.set(grant.roleId, granted.get(grant.roleId) === true || grant.inherits)
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
    return { problems, roles: resolved, grantsToCreate: resolved.filter((role) => !granted.has(role.sysId)) }
}

/** Reads everything planGroupRoles() needs: 2 reads + 1 per containment level (usually 1). */
export function readGroupRoleFacts(groupId: string, configuredNames: string[]): GroupRoleFacts {
    const roles: RoleRecord[] = []
    const names = [...new Set([...configuredNames, ...ELEVATED_ROLES])]
    const role = new GlideRecord('sys_user_role')
    role.addQuery('name', 'IN', names.join(','))
    role.query()
    while (role.next()) {
        roles.push({
            sysId: role.getUniqueValue(),
            name: (role.getValue('name') ?? '').toLowerCase(),
            scope: role.getValue('sys_scope') ?? '',
        })
    }

    const elevatedIds = roles.filter((r) => ELEVATED_ROLES.includes(r.name)).map((r) => r.sysId)
    const elevation = traceElevation(elevatedIds, containersOf)

    const configuredIds = roles.filter((r) => configuredNames.includes(r.name)).map((r) => r.sysId)
    const grants: RoleGrant[] = []
    if (groupId && configuredIds.length > 0) {
        const grant = new GlideRecord('sys_group_has_role')
        grant.addQuery('group', groupId)
        grant.addQuery('role', 'IN', configuredIds.join(','))
        grant.query()
        while (grant.next()) {
            grants.push({ roleId: grant.getValue('role') ?? '', inherits: isTrue(grant.getValue('inherits')) })
        }
    }
    return { configuredNames, roles, elevation, grants }
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
