/**
 * THE HARNESS PLAYING THE PLATFORM: roles that reach a user through a group.
 *
 * On an instance, when a user joins a group that has roles (sys_group_has_role, `inherits` true), the
 * platform writes one inherited sys_user_has_role row per role (`inherited` true, `granted_by` the group),
 * and rows for the roles those roles contain (sys_user_role_contains); when a role is added to a group,
 * every member gets it the same way (platform-facts: "Group tables"). The Glide test double stores rows
 * and does none of this, so the harness does it after the membership or group-role row is written.
 *
 * - The rows are written with glide.seed(): they are the platform's writes, not the app's, so they are
 *   not counted against the app in the double's counters, and fire no business rule.
 * - It runs from the double's write hooks, so `setWorkflow(false)` on the membership insert suppresses it
 *   too. Whether the instance's role inheritance also stops under setWorkflow(false) is unverified.
 * - Removing a membership or a group role is refused (throws): the harness does not take roles back.
 */
export interface PlatformRolesDouble {
    rows(table: string): Array<Record<string, string>>
    seed(table: string, values: Record<string, unknown>): string
}

export interface WrittenRecord {
    getTableName(): string
    getUniqueValue(): string
    getValue(field: string): string | null
}

const isTrue = (value: string | undefined): boolean => value === 'true' || value === '1'

export class PlatformRoleInheritance {
    constructor(private readonly double: PlatformRolesDouble) {}

    /** Called after every write the double makes (its after hook), before the app's after rules. */
    afterWrite(operation: 'insert' | 'update' | 'delete', current: WrittenRecord): void {
        const table = current.getTableName()
        if (table !== 'sys_user_grmember' && table !== 'sys_group_has_role') return
        if (operation === 'delete') {
            throw new Error(`deleting a ${table} row: taking inherited roles back is not simulated by the harness`)
        }
        if (operation === 'update') {
            throw new Error(`updating a ${table} row: re-deriving inherited roles is not simulated by the harness`)
        }
        if (table === 'sys_user_grmember') {
            const user = current.getValue('user') ?? ''
            const group = current.getValue('group') ?? ''
            for (const grant of this.double.rows('sys_group_has_role')) {
                if (grant.group === group && this.inherits(grant)) this.grant(user, grant.role, group)
            }
        } else {
            const group = current.getValue('group') ?? ''
            const role = current.getValue('role') ?? ''
            if (!this.inherits({ inherits: current.getValue('inherits') ?? '' })) return
            for (const member of this.double.rows('sys_user_grmember')) {
                if (member.group === group) this.grant(member.user, role, group)
            }
        }
    }

    /** sys_group_has_role.inherits defaults to true (platform-facts); only an explicit false withholds it. */
    private inherits(grant: Record<string, string>): boolean {
        return grant.inherits === undefined || grant.inherits === '' || isTrue(grant.inherits)
    }

    /** The roles a role contains, transitively, without itself. */
    containedRoles(role: string): string[] {
        return this.withContained(role).filter((id) => id !== role)
    }

    /** The role and every role it contains, transitively, each once. */
    private withContained(role: string): string[] {
        const found = new Set<string>()
        const visit = (id: string) => {
            if (!id || found.has(id)) return
            found.add(id)
            for (const link of this.double.rows('sys_user_role_contains')) if (link.role === id) visit(link.contains)
        }
        visit(role)
        return [...found]
    }

    private grant(user: string, role: string, group: string): void {
        const existing = this.double.rows('sys_user_has_role')
        for (const id of this.withContained(role)) {
            const already = existing.some((row) => row.user === user && row.role === id && row.granted_by === group)
            if (!already) this.double.seed('sys_user_has_role', { user, role: id, inherited: true, granted_by: group, state: 'active' })
        }
    }
}
