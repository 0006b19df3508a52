/**
 * The readiness check's Glide shell: gathers the facts readiness-checks.ts judges, with a fixed
 * number of queries whatever the size of the instance, and answers the readiness page (GlideAjax)
 * and the ATF test. Nothing here decides pass or fail.
 */
import { GlideRecord, gs } from '@servicenow/glide'
import { readGroupRoleFacts } from '../access/group-roles.ts'
import { APP_ADMIN_ROLE } from '../config/app.ts'
import { readSettings } from '../config/properties.ts'
import { isTrue } from '../naming/user-id-rules.ts'
import { APP_SCOPE_ID, APPROVAL_FLOW_ID } from './app-records.ts'
import {
    evaluateReadiness,
    type FlowFact,
    type GroupFact,
    type PrivilegeFact,
    type ReadinessFacts,
    type ReadinessReport,
    type UserFieldFacts,
} from './readiness-checks.ts'


/** Every cross-scope privilege whose source is this app. One query. */
export function readPrivileges(): PrivilegeFact[] {
    const privilege = new GlideRecord('sys_scope_privilege')
    privilege.addQuery('source_scope', APP_SCOPE_ID)
    privilege.orderBy('target_name')
    privilege.query()
    const facts: PrivilegeFact[] = []
    while (privilege.next()) {
        facts.push({
            targetName: privilege.getValue('target_name') ?? '',
            operation: privilege.getValue('operation') ?? '',
            status: privilege.getValue('status') ?? '',
        })
    }
    return facts
}

/** The approval flow the app ships, found by its permanent sys_id; null if it is not there. One read. */
export function readApprovalFlow(flowId: string): FlowFact | null {
    const flow = new GlideRecord('sys_hub_flow')
    if (!flow.get(flowId)) return null
    return { sysId: flow.getUniqueValue(), name: flow.getValue('name') ?? '', active: isTrue(flow.getValue('active')) }
}

/** Which optional sys_user columns exist on this release. No query: the table's schema is known. */
export function readUserFields(): UserFieldFacts {
    const user = new GlideRecord('sys_user')
    return {
        webServiceAccessOnly: user.isValidField('web_service_access_only'),
        identityType: user.isValidField('identity_type'),
    }
}

/**
 * The named groups (one query) and, for each group in `withMembers` that was found, whether it has
 * an active member (one query each).
 */
export function readGroups(groupIds: string[], withMembers: string[] = groupIds): GroupFact[] {
    const wanted = groupIds.filter((id, index) => id !== '' && groupIds.indexOf(id) === index)
    if (wanted.length === 0) return []
    const group = new GlideRecord('sys_user_group')
    group.addQuery('sys_id', 'IN', wanted.join(','))
    group.query()
    const groups: GroupFact[] = []
    while (group.next()) {
        groups.push({
            sysId: group.getUniqueValue(),
            name: group.getValue('name') ?? '',
            active: isTrue(group.getValue('active')),
            hasActiveMember: false,
        })
    }
    for (const found of groups) {
        if (withMembers.includes(found.sysId)) found.hasActiveMember = hasActiveMember(found.sysId)
    }
    return groups
}

function hasActiveMember(groupId: string): boolean {
    const member = new GlideRecord('sys_user_grmember')
    member.addQuery('group', groupId)
    member.addQuery('user.active', true)
    member.setLimit(1)
    member.query()
    return member.hasNext()
}

export function gatherReadinessFacts(): ReadinessFacts {
    const { settings, problems } = readSettings()
    return {
        settings,
        settingsProblems: problems,
        privileges: readPrivileges(),
        approvalFlow: readApprovalFlow(APPROVAL_FLOW_ID),
        userFields: readUserFields(),
        groups: readGroups(
            [settings.serviceAccountGroupId, settings.fallbackApprovalGroupId, settings.credentialTaskGroupId],
            [settings.fallbackApprovalGroupId, settings.credentialTaskGroupId],
        ),
        groupRoles: readGroupRoleFacts(settings.serviceAccountGroupId, settings.groupRoles),
    }
}

/** The report, for server callers (the ATF test, through the Script Include). */
export function runReadinessCheck(): ReadinessReport {
    return evaluateReadiness(gatherReadinessFacts())
}

/**
 * The report as JSON, for the readiness page. The Script Include's ACL admits app admins only;
 * this refuses anyone else too, so the answer never depends on that ACL alone.
 */
export function answerReadinessCheck(): string {
    if (!gs.hasRole(APP_ADMIN_ROLE)) {
        return JSON.stringify({ error: `Only users with the ${APP_ADMIN_ROLE} role can run the readiness check.` })
    }
    return JSON.stringify(runReadinessCheck())
}
