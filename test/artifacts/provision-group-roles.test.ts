/**
 * The service-account group and its role grants as shipped, and how the run-time grants complete
 * them: itil ships as a sys_group_has_role (its sys_id is the same everywhere); rest_api_explorer,
 * whose sys_id is not known offline, is granted by provisioning at run time (src/server/access/group-roles.ts).
 */
import { readApp } from './read-app'
import { ELEVATED_ROLES } from '../../src/server/access/group-roles'
import { DEFAULTS } from '../../src/server/config/properties'

const app = readApp()
const ITIL_SYS_ID = '282bf1fac6112285017366cb5f867469'
const ADMIN_SYS_ID = '2831a114c611228501d4ea6c309d626d'

const group = () => app.one('sys_user_group', { name: 'ServiceNow Service Accounts' })
const grantsOf = (groupId: string) => app.records('sys_group_has_role').filter((g) => g.value('group') === groupId)

describe('the service-account group', () => {
    it('ships with exactly one role grant: itil, inherited by members', () => {
        const grants = grantsOf(group().sysId)
        expect(grants).toHaveLength(1)
        expect(grants[0].value('role')).toBe(ITIL_SYS_ID)
        expect(grants[0].value('inherits')).toBe('true')
    })

    it('ships no grant of an elevated or app-scoped role, to any shipped group', () => {
        const appRoleIds = new Set(app.records('sys_user_role').map((r) => r.sysId))
        for (const grant of app.records('sys_group_has_role')) {
            expect(grant.value('role')).not.toBe(ADMIN_SYS_ID)
            expect(appRoleIds.has(grant.value('role'))).toBe(false)
            expect(ELEVATED_ROLES).not.toContain(grant.display('role') ?? '')
        }
    })

    it('is what x_seed_svcacct.group names, and its role property lists itil and rest_api_explorer', () => {
        expect(app.one('sys_properties', { name: 'x_seed_svcacct.group' }).value('value')).toBe(group().sysId)
        const roles = app.one('sys_properties', { name: 'x_seed_svcacct.group.roles' }).value('value')
        expect(roles).toBe(DEFAULTS.groupRoles)
        expect(roles.split(',')).toEqual(['itil', 'rest_api_explorer'])
    })
})
