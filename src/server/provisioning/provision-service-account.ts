/**
 * Provisions the service account of an approved "Request a Service Account" item. Called by the
 * business rule on sc_req_item (src/fluent/business-rules/provision-on-approval.now.ts) and, through
 * the retry event's script action, by the app admins' "Retry provisioning" button; both run the same
 * idempotent steps, in the background.
 *
 * The decision is planProvisioning() (pure). This shell answers its lookups with a fixed number of
 * reads, then writes in this order:
 *   1. missing group-role grants (sys_group_has_role), before any account exists;
 *   -  one more look at the user ID (a parallel run, or someone quicker), right before:
 *   2. the account (sys_user);  3. its group membership (sys_user_grmember);
 *   4. the inventory row;  5. the credential task (sc_task);
 *   6. the request item: Work in Progress, with the work note that tells the owner what is next.
 * If any of 2-6 fails (refused, or throws), the records of 2-5 this run created are deleted again,
 * newest first; an account that cannot be deleted is made harmless (inactive, locked out,
 * web-service-only); the item gets a work note saying what failed, what was undone, exactly what
 * remains, and what to do. Grants from step 1 stay: they are the group's configured roles.
 * A refusal that can never be cured (e.g. a self-approval) also closes the item, in the same write.
 */
import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { readSettings, type AppSettings } from '../config/properties.ts'
import { findExistingUser, isTrue, validateUserId } from '../naming/user-id-rules.ts'
import { readVariable } from '../catalog/request-variables.ts'
import { verifyApproval } from '../approval/verify-approval.ts'
import { readGroupRoleFacts } from '../access/group-roles.ts'
import {
    failureNote,
    planProvisioning,
    type CompensationReport,
    type CreatePlan,
    type ExistingProvisioning,
    type FieldValues,
    type GroupRecord,
    type ItemClosure,
    type ProvisioningLookups,
    type RequestFacts,
} from './provisioning-plan.ts'
import { INVENTORY_TABLE, LOG_SOURCE } from '../config/app.ts'


export type OutcomeKind = 'not_ours' | 'already_provisioned' | 'refused' | 'created' | 'failed'

export interface ProvisioningOutcome {
    kind: OutcomeKind
    /** What happened, in one or more lines (the work note when one was written). */
    message: string
}

/** Business rule script: sc_req_item, async on update, approval changes to approved on our item. */
export function provisionOnApproval(current: GlideRecord, _previous?: GlideRecord): void {
    provisionRequestItem(current)
}

/**
 * Provisions from the item as stored, read by sys_id (1 read): the retry path, so that values typed on
 * a form but never saved play no part.
 */
export function provisionRequestItemById(itemId: string): ProvisioningOutcome {
    const item = new GlideRecord('sc_req_item')
    if (!itemId || !item.get(itemId)) {
        const message = `request item "${itemId}" was not found; nothing was provisioned.`
        gs.error(`${LOG_SOURCE}: ${message}`)
        return { kind: 'failed', message }
    }
    return provisionRequestItem(item)
}

export function provisionRequestItem(item: GlideRecord): ProvisioningOutcome {
    const request = readRequestFacts(item)
    const label = request.itemNumber || request.itemId
    let settings: AppSettings
    let plan: ReturnType<typeof planProvisioning>
    try {
        settings = readSettings().settings
        plan = planProvisioning(request, settings, glideLookups)
    } catch (error) {
        // A read refused (e.g. a missing cross-scope privilege) throws: nothing was written yet.
        const note = `Service account NOT provisioned. Nothing was created. Checking the request failed: ${reasonOf(error)}. An app admin should find the cause in the system log (${LOG_SOURCE}), fix it, then use Retry provisioning on this request item.`
        gs.error(`${LOG_SOURCE}: ${label}: checking the request failed: ${reasonOf(error)}`)
        writeWorkNote(request.itemId, note)
        return { kind: 'failed', message: note }
    }

    switch (plan.kind) {
        case 'not_ours':
            gs.warn(`${LOG_SOURCE}: ${plan.log}`)
            return { kind: 'not_ours', message: plan.log }
        case 'already_provisioned':
            gs.info(`${LOG_SOURCE}: ${plan.log}`)
            return { kind: 'already_provisioned', message: plan.log }
        case 'refused':
            gs.error(`${LOG_SOURCE}: ${plan.log}`)
            if (plan.closeItem) closeItem(request.itemId, plan.workNote, plan.closeItem)
            else writeWorkNote(request.itemId, plan.workNote)
            return { kind: 'refused', message: plan.workNote }
        case 'create':
            return create(request, plan)
    }
}

/** A record this run created, for the undo. */
interface CreatedRecord {
    label: string
    record: GlideRecord
    /** The service account itself: when it cannot be deleted it is made harmless instead. */
    account?: boolean
}

function create(request: RequestFacts, plan: CreatePlan): ProvisioningOutcome {
    const label = request.itemNumber || request.itemId
    const created: CreatedRecord[] = []
    let step = ''
    try {
        for (const grant of plan.grants) {
            step = 'group role grant'
            insert('sys_group_has_role', grant)
            gs.info(`${LOG_SOURCE}: granted role ${grant.role} to the service-account group ${grant.group}.`)
        }

        // Another run for the same item (the rule and a retry, both queued) may have passed its checks
        // at the same time: look once more right before the insert. What remains is the moment between
        // this read and the insert (see docs/provisioning.md).
        step = 'user ID check'
        const raced = raceOutcome(request, plan)
        if (raced) return raced

        step = `user ${plan.userName}`
        const account = insert('sys_user', plan.account)
        const accountId = account.getUniqueValue()
        created.push({ label: `user ${plan.userName} (sys_user ${accountId})`, record: account, account: true })

        step = 'group membership'
        const membership = insert('sys_user_grmember', { ...plan.membership, user: accountId })
        created.push({ label: `group membership (sys_user_grmember ${membership.getUniqueValue()})`, record: membership })

        step = 'inventory record'
        const inventory = insert(INVENTORY_TABLE, { ...plan.inventory, account: accountId })
        created.push({ label: `inventory record (${INVENTORY_TABLE} ${inventory.getUniqueValue()})`, record: inventory })

        step = 'credential task'
        const task = insert('sc_task', plan.credentialTask)
        created.push({ label: `credential task (sc_task ${task.getUniqueValue()})`, record: task })

        step = 'request item update'
        update('sc_req_item', request.itemId, plan.itemUpdate)
    } catch (error) {
        const report = compensate(created)
        const note = failureNote(plan.userName, step, reasonOf(error), report)
        gs.error(`${LOG_SOURCE}: ${label}: ${note.replace(/\n/g, ' ')}`)
        writeWorkNote(request.itemId, note)
        return { kind: 'failed', message: note }
    }
    gs.info(`${LOG_SOURCE}: ${plan.log}`)
    return { kind: 'created', message: plan.itemUpdate.work_notes }
}

/**
 * 1 read, and a second only when the user ID is taken: is the user ID still free? If a parallel run
 * for this item has just provisioned it, nothing is done; if someone else took it, the run stops
 * before creating anything (no work-in-progress state, a note says why).
 */
function raceOutcome(request: RequestFacts, plan: CreatePlan): ProvisioningOutcome | null {
    if (!findExistingUser(plan.userName)) return null
    const label = request.itemNumber || request.itemId
    const existing = glideLookups.existingProvisioning(request.itemId)
    if (existing) {
        const log = `${label} was provisioned by a parallel run (service account ${existing.userName}); nothing was done again.`
        gs.info(`${LOG_SOURCE}: ${log}`)
        return { kind: 'already_provisioned', message: log }
    }
    const note = [
        'Service account NOT provisioned. Nothing was created.',
        `- User ID "${plan.userName}" was taken by another user a moment ago, after the checks passed. Choose another user ID and submit a new request.`,
    ].join('\n')
    gs.error(`${LOG_SOURCE}: ${label}: ${note.replace(/\n/g, ' ')}`)
    writeWorkNote(request.itemId, note)
    return { kind: 'refused', message: note }
}

/**
 * Deletes what this run created, newest first. A delete that fails is reported, not retried. The
 * account is the exception: sys_user's Application Access typically refuses deletes from other scopes
 * (the SDK's sys_user typing allows read, create and update only), so an account that cannot be
 * deleted is made harmless instead: inactive, locked out, web-service-only (1 more write).
 */
function compensate(created: CreatedRecord[]): CompensationReport {
    const report: CompensationReport = { undone: [], leftBehind: [], neutralized: [] }
    for (const entry of [...created].reverse()) {
        let deleted = false
        try {
            deleted = entry.record.deleteRecord()
        } catch (error) {
            gs.error(`${LOG_SOURCE}: undoing ${entry.label} failed: ${reasonOf(error)}`)
        }
        if (deleted) report.undone.push(entry.label)
        else if (entry.account && neutralize(entry)) report.neutralized.push(entry.label)
        else report.leftBehind.push(entry.label)
    }
    return report
}

/** One write: the account can no longer log in or act. */
function neutralize(entry: CreatedRecord): boolean {
    try {
        entry.record.setValue('active', false)
        entry.record.setValue('locked_out', true)
        entry.record.setValue('web_service_access_only', true)
        if (entry.record.update()) {
            gs.warn(`${LOG_SOURCE}: ${entry.label} could not be deleted; it was deactivated, locked out and made web-service-only instead.`)
            return true
        }
        gs.error(`${LOG_SOURCE}: ${entry.label} could neither be deleted nor deactivated${lastError(entry.record)}`)
    } catch (error) {
        gs.error(`${LOG_SOURCE}: deactivating ${entry.label} failed: ${reasonOf(error)}`)
    }
    return false
}

/** One write. A refused insert (no sys_id returned) throws, so the caller compensates. */
function insert(table: string, fields: FieldValues): GlideRecord {
    const record = new GlideRecord(table)
    record.initialize()
    for (const field of Object.keys(fields)) record.setValue(field, fields[field])
    if (!record.insert()) throw new Error(`${table} insert refused${lastError(record)}`)
    return record
}

/** One read and one write. */
function update(table: string, sysId: string, fields: FieldValues): void {
    const record = new GlideRecord(table)
    if (!record.get(sysId)) throw new Error(`${table} ${sysId} not found`)
    for (const field of Object.keys(fields)) record.setValue(field, fields[field])
    if (!record.update()) throw new Error(`${table} update refused${lastError(record)}`)
}

/** One write: Closed Incomplete, the requester's comment and the work note. Best effort, like a work note. */
function closeItem(itemId: string, note: string, closure: ItemClosure): void {
    try {
        update('sc_req_item', itemId, { state: closure.state, comments: closure.comment, work_notes: note })
    } catch (error) {
        gs.error(`${LOG_SOURCE}: could not close sc_req_item ${itemId} (${reasonOf(error)}): ${note.replace(/\n/g, ' ')}`)
    }
}

/** Best effort: a work note that cannot be written is logged instead. */
function writeWorkNote(itemId: string, note: string): void {
    try {
        update('sc_req_item', itemId, { work_notes: note })
    } catch (error) {
        gs.error(`${LOG_SOURCE}: could not write this work note on sc_req_item ${itemId} (${reasonOf(error)}): ${note.replace(/\n/g, ' ')}`)
    }
}

function lastError(record: GlideRecord): string {
    const message = record.getLastErrorMessage()
    return message ? `: ${message}` : ''
}

function reasonOf(error: unknown): string {
    return error instanceof Error ? error.message : String(error)
}

function readRequestFacts(item: GlideRecord): RequestFacts {
    return {
        itemId: item.getUniqueValue(),
        itemNumber: item.getValue('number') ?? '',
        requestId: item.getValue('request') ?? '',
        catalogItemId: item.getValue('cat_item') ?? '',
        approval: item.getValue('approval') ?? '',
        active: isTrue(item.getValue('active')),
        state: item.getValue('state') ?? '',
        requesterId: item.getValue('opened_by') ?? '',
        ownerId: item.getValue('requested_for') ?? '',
        userId: readVariable(item, 'userId'),
        displayName: readVariable(item, 'displayName'),
        purpose: readVariable(item, 'purpose'),
        consumingSystem: readVariable(item, 'consumingSystem'),
    }
}

/** The Glide answers to the plan's questions. Each is a fixed number of reads. */
export const glideLookups: ProvisioningLookups = {
    existingProvisioning(itemId: string): ExistingProvisioning | null {
        const row = new GlideRecord(INVENTORY_TABLE)
        row.addQuery('request_item', itemId)
        row.setLimit(1)
        row.query()
        if (!row.next()) return null
        return {
            inventoryId: row.getUniqueValue(),
            userName: row.getValue('user_name') ?? '',
            accountId: row.getValue('account') ?? '',
        }
    },
    approval: verifyApproval,
    userId: validateUserId,
    groups(groupIds: string[]): GroupRecord[] {
        const groups: GroupRecord[] = []
        const group = new GlideRecord('sys_user_group')
        group.addQuery('sys_id', 'IN', groupIds.join(','))
        group.query()
        while (group.next()) {
            groups.push({
                sysId: group.getUniqueValue(),
                name: group.getValue('name') ?? '',
                active: isTrue(group.getValue('active')),
                parentId: group.getValue('parent') ?? '',
            })
        }
        return groups
    },
    groupRoles(group: GroupRecord, roleNames: string[]) {
        return readGroupRoleFacts(group.sysId, roleNames, { name: group.name, parentId: group.parentId })
    },
    identityTypeSupported(): boolean {
        // No read: the column list is schema metadata.
        return new GlideRecord('sys_user').isValidField('identity_type')
    },
    guiWindowEnd(days: number) {
        const end = new GlideDateTime()
        end.addDaysUTC(days)
        return { value: end.getValue() }
    },
}
