/**
 * The offline harness: the BUILT app (dist/app), loaded into the Glide test double and run end to end.
 *
 *   const app = loadApp()                 // fresh double, shipped tables/records/modules/rules loaded
 *   const people = app.seedPeople()       // a requester, their manager, the platform's roles
 *   const item = app.orderServiceAccount({ requestedFor: people.requester, variables: { user_id: 'svc_x', ... } })
 *   app.flow.approve(item, people.manager)      // plays the flow's part: approval record + item.approval
 *   app.runJob('<job name>'); app.runUiAction('<action_name>', sysId, person)
 *   app.step(person, () => { ...GlideRecord writes... })   // a session; queued async rules and events run at its end
 *
 * What ships is what runs: tables from the built dictionary, the shipped records seeded as data, the
 * shipped `sys_module` code run in an isolated realm (modules.ts), the shipped business rules fired by
 * the double's write hooks (business-rules.ts), jobs, UI actions and script actions run from their
 * shipped script text. A person's session is interactive (the platform's user query rule applies in
 * it); async rules, the event processor and the played flow are not.
 *
 * What the harness plays, because nothing offline can:
 * - the Flow Designer flow (see FlowPart below; the flow's structure is proven by the artifact tests);
 * - the Service Catalog's order (the request, the item and its variables, as a checkout writes them);
 * - role inheritance through groups (platform-roles.ts);
 * - the platform's own roles (itil, rest_api_explorer, admin), seeded as sys_user_role rows.
 * Everything else the harness does not implement throws.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseAppDir, readApp, type AppRecord, type ShippedApp } from '../artifacts/read-app'
import { defineAppTables } from '../fakes/app-schema'
import * as glideModule from '../fakes/glide'
import { glide, matchesCondition } from '../fakes/glide'
import { BusinessRuleEngine, businessRuleFromRecord, RecordLike } from './business-rules'
import { ModuleLoader } from './modules'
import { PlatformRoleInheritance } from './platform-roles'
import { platformGlobals, ServerScripts } from './server-scripts'

export const REPO_ROOT = resolve(__dirname, '..', '..')
export const DIST_APP = join(REPO_ROOT, 'dist', 'app')

/** A shipped record's fields as a plain row of strings. */
export function rowOf(record: AppRecord): Record<string, string> {
    return Object.fromEntries(Object.entries(record.fields).map(([name, field]) => [name, field.value]))
}

/** Platform roles. itil and admin have the same sys_id on every instance (platform-facts: high). */
export const PLATFORM_ROLE = {
    itil: '282bf1fac6112285017366cb5f867469',
    admin: '2831a114c611228501d4ea6c309d626d',
    /** Not known offline (platform-facts: "unverified"): this one is made up; the app resolves the role by name. */
    rest_api_explorer: 'e0000000000000000000000000000001',
} as const

/**
 * Shipped tables and what the harness does with them. Data tables are seeded into the double; code and
 * metadata tables are run (modules, rules, jobs, UI actions) or are the artifact tests' business. A
 * shipped table in neither list stops the harness: someone must decide what it means offline.
 */
const SEEDED_TABLES = [
    'sys_user_role',
    'sys_user_role_contains',
    'sys_user_group',
    'sys_group_has_role',
    'sys_properties',
    'sc_cat_item',
    'item_option_new',
] as const

/** Columns the platform stamps on every write; seeding sets them itself. */
const PLATFORM_MAINTAINED = new Set(['sys_created_on', 'sys_created_by', 'sys_updated_on', 'sys_updated_by', 'sys_mod_count', 'sys_class_name'])

const NOT_SEEDED: Record<string, string> = {
    sys_app: 'the application record itself',
    sys_module: 'run by the module loader',
    sys_script: 'fired by the business-rule engine',
    sysauto_script: 'run by runJob()',
    sysevent_script_action: 'run by the event processor at the end of each step (processEvents())',
    sys_ui_action: 'run by runUiAction()',
    sys_ui_action_role: 'checked by runUiAction()',
    sys_script_include: 'script includes (GlideAjax bridges for the browser) are not called by the scenarios',
    sys_db_object: 'tables are defined from the dictionary',
    sys_dictionary: 'tables are defined from the dictionary',
    sys_documentation: 'labels only',
    sys_choice: 'choices only',
    sys_choice_set: 'choices only',
    sys_security_acl: 'ACLs are proven by the artifact tests; GlideRecord in server code is not subject to them',
    sys_security_acl_role: 'ACLs are proven by the artifact tests',
    sys_scope_privilege: 'cross-scope privileges are proven by the artifact tests',
    sc_category: 'catalog placement: the harness orders the item directly',
    sc_cat_item_catalog: 'catalog placement: the harness orders the item directly',
    sc_cat_item_category: 'catalog placement: the harness orders the item directly',
    sc_cat_item_user_criteria_mtom: 'who may order: the harness orders the item directly',
    user_criteria: 'who may order: the harness orders the item directly',
    catalog_script_client: 'client scripts run in the browser',
    catalog_ui_policy: 'UI policies run in the browser',
    catalog_ui_policy_action: 'UI policies run in the browser',
    question_choice: 'select-box choices: the harness passes variable values directly',
    sys_variable_value: 'values of the flow’s and actions’ inputs: part of the flow',
    sys_element_mapping: 'part of the flow',
    sys_app_module: 'navigation',
    sys_app_application: 'navigation',
    sys_properties_category: 'groups properties on the admin page',
    sys_properties_category_m2m: 'groups properties on the admin page',
    sys_relationship: 'related lists on forms',
    sysevent_register: 'event registration: the double records gs.eventQueue calls',
    sysevent_email_action: 'notifications: the double records the events that trigger them',
}

/** Whole families of shipped metadata, by prefix, that the harness does not seed or run. */
const NOT_SEEDED_PREFIXES: Record<string, string> = {
    sys_hub_: 'the flow: played by the harness (FlowPart) and proven by the artifact tests',
    sys_ui_: 'forms, lists, pages and sections: the browser, not the server',
    sys_atf_: 'ATF tests run on an instance only',
}

/** Why the harness neither seeds nor runs a shipped table, or undefined if nobody decided. */
export function whyNotSeeded(table: string): string | undefined {
    if (table in NOT_SEEDED) return NOT_SEEDED[table]
    const prefix = Object.keys(NOT_SEEDED_PREFIXES).find((p) => table.startsWith(p))
    return prefix ? NOT_SEEDED_PREFIXES[prefix] : undefined
}

export interface LoadOptions {
    /**
     * The built app to load. Default: this repository's dist/app, refused if older than src/ (read-app's
     * freshness check). Another directory (a copy edited on purpose) is read as it is.
     */
    distApp?: string
    /** The clock at the start (UTC). */
    now?: string
}

/** A person in a scenario. */
export interface Person {
    sysId: string
    userName: string
    name: string
}

export interface SeededPeople {
    requester: Person
    manager: Person
    admin: Person
}

export type WriteOperation = 'insert' | 'update' | 'delete'


export class AppHarness {
    readonly shipped: ShippedApp
    readonly scope: string
    readonly packageName: string
    readonly version: string
    readonly modules: ModuleLoader
    readonly scripts: ServerScripts
    readonly rules: BusinessRuleEngine
    readonly flow: FlowPart
    private readonly roles: PlatformRoleInheritance

    constructor(options: LoadOptions = {}) {
        const distApp = resolve(options.distApp ?? DIST_APP)
        if (!existsSync(join(distApp, 'update'))) throw new Error(`No built app at ${distApp}: run npm run build first.`)
        this.shipped = distApp === DIST_APP ? readApp() : parseAppDir(distApp)
        const packageJson = this.shipped.records('sys_module').find((r) => r.value('path').endsWith('/package.json'))
        if (!packageJson) throw new Error('dist/app ships no package.json sys_module: cannot tell the module root')
        ;[this.scope, this.packageName, this.version] = packageJson.value('path').split('/')

        glide.reset()
        if (options.now) glide.setNow(options.now)
        this.refuseUndecidedTables()
        this.defineAppTables()
        this.seedPlatformRoles()
        this.seedShippedRecords()

        const runtime = platformGlobals(glideModule)
        this.modules = new ModuleLoader({
            modules: this.shipped.records('sys_module').map((r) => ({ path: r.value('path'), content: r.value('content') })),
            glide: runtime,
        })
        this.scripts = new ServerScripts(this.modules, runtime)
        this.rules = new BusinessRuleEngine({
            rules: this.shipped.records('sys_script').map((r) => businessRuleFromRecord(rowOf(r))),
            scripts: this.scripts,
            // The double's own condition engine, on the GlideRecords themselves (no second parser here).
            matches: (table, current, previous, query) => matchesCondition(table, current, query, previous ?? undefined),
            reread: (table, sysId) => {
                const record = new glideModule.GlideRecord(table)
                return record.get(sysId) ? (record as unknown as RecordLike) : null
            },
        })
        this.roles = new PlatformRoleInheritance(glide)
        glide.setWriteHooks({
            before: (operation: WriteOperation, current: unknown, previous: unknown) =>
                this.rules.before(operation, current as RecordLike, previous as RecordLike | null),
            after: (operation: WriteOperation, current: unknown, previous: unknown) => {
                this.roles.afterWrite(operation, current as RecordLike & { getValue(f: string): string | null })
                this.rules.after(operation, current as RecordLike, previous as RecordLike | null)
            },
        })
        this.flow = new FlowPart(this)
    }

    /** A shipped module's full require path, from its path under the repo (`src/server/...ts`). */
    modulePath(sourcePath: string): string {
        return `${this.scope}/${this.packageName}/${this.version}/${sourcePath}`
    }

    /** The shipped record of a table with this field value; throws unless exactly one. */
    shippedRecord(table: string, field: string, value: string): AppRecord {
        return this.shipped.one(table, { [field]: value })
    }

    // ----- people -----------------------------------------------------------------------------

    /** Seeds one active sys_user (not counted: it is the world the app starts in). */
    seedPerson(person: { userName: string; name?: string; manager?: string; active?: boolean }): Person {
        const name = person.name ?? person.userName
        const [first, ...rest] = name.split(' ')
        const sysId = glide.seed('sys_user', {
            user_name: person.userName,
            first_name: first,
            last_name: rest.join(' '),
            name,
            active: person.active ?? true,
            ...(person.manager ? { manager: person.manager } : {}),
        })
        return { sysId, userName: person.userName, name }
    }

    /**
     * Gives a person a role directly (sys_user_has_role, not inherited), and, as the platform does, the
     * roles it contains as inherited rows (x_seed_svcacct.admin contains x_seed_svcacct.auditor).
     */
    seedRole(person: Person, role: string): void {
        const roleId = this.roleId(role)
        glide.seed('sys_user_has_role', { user: person.sysId, role: roleId, inherited: false, state: 'active' })
        for (const contained of this.roles.containedRoles(roleId)) {
            glide.seed('sys_user_has_role', { user: person.sysId, role: contained, inherited: true, state: 'active' })
        }
    }

    /** The people of the main scenario: a manager, a requester who reports to them, an app admin. */
    seedPeople(): SeededPeople {
        const manager = this.seedPerson({ userName: 'maria.manager', name: 'Maria Manager' })
        const requester = this.seedPerson({ userName: 'rob.requester', name: 'Rob Requester', manager: manager.sysId })
        const admin = this.seedPerson({ userName: 'ada.admin', name: 'Ada Admin' })
        this.seedRole(admin, 'x_seed_svcacct.admin')
        return { requester, manager, admin }
    }

    /**
     * Makes `person` the session user, with their effective roles (direct and inherited), in an
     * interactive session (a person in the UI or portal); 'system' is a background session.
     */
    actAs(person: Person | 'system'): void {
        if (person === 'system') {
            glide.setUser({ sysId: 'system', userName: 'system', roles: [] })
            return
        }
        glide.setUser({ sysId: person.sysId, userName: person.userName, name: person.name, roles: this.effectiveRoles(person.sysId), interactive: true })
    }

    /** Role names a user holds through sys_user_has_role (direct or inherited). */
    effectiveRoles(userSysId: string): string[] {
        const names = new Map(glide.rows('sys_user_role').map((r: Record<string, string>) => [r.sys_id, r.name]))
        return [...new Set(glide.rows('sys_user_has_role').filter((r: Record<string, string>) => r.user === userSysId).map((r: Record<string, string>) => names.get(r.role) ?? r.role))].sort()
    }

    roleName(sysId: string): string {
        return glide.row('sys_user_role', sysId)?.name ?? sysId
    }

    roleId(name: string): string {
        const row = glide.rows('sys_user_role').find((r: Record<string, string>) => r.name === name)
        if (!row) throw new Error(`no sys_user_role named ${name} is seeded`)
        return row.sys_id
    }

    // ----- catalog ----------------------------------------------------------------------------

    /** The shipped catalog item's sys_id (by name). */
    catalogItem(name = 'Request a Service Account'): string {
        return this.shippedRecord('sc_cat_item', 'name', name).sysId
    }

    /**
     * THE HARNESS PLAYING THE CATALOG: what a checkout writes for one item, in the session of the person
     * who orders it: the request (sc_request), the item (sc_req_item, approval 'not requested', inserted
     * through GlideRecord so insert rules fire), then its variable answers (sc_item_option and
     * sc_item_option_mtom against the item's shipped questions). Async rules queued by the insert run
     * after all of it, as the instance's worker would. Returns the item's sys_id.
     */
    order(order: { catalogItem: string; requestedFor: Person; openedBy?: Person; variables: Record<string, string> }): string {
        const openedBy = order.openedBy ?? order.requestedFor
        const questions = new Map(glide.rows('item_option_new').filter((q) => q.cat_item === order.catalogItem).map((q) => [q.name, q.sys_id]))
        // A checkout can only answer the questions the item ships.
        const unknown = Object.keys(order.variables).filter((name) => !questions.has(name))
        if (unknown.length) throw new Error(`the shipped catalog item has no variable ${unknown.join(', ')} (it has: ${[...questions.keys()].join(', ') || 'none'})`)
        return this.step(openedBy, () => {
            const request = glide.seed('sc_request', { requested_for: order.requestedFor.sysId, opened_by: openedBy.sysId })
            const item = new glideModule.GlideRecord('sc_req_item')
            item.initialize()
            item.setValue('request', request)
            item.setValue('cat_item', order.catalogItem)
            item.setValue('requested_for', order.requestedFor.sysId)
            item.setValue('opened_by', openedBy.sysId)
            item.setValue('approval', 'not requested')
            const itemId = item.insert()
            if (!itemId) throw new Error(`the request item was not inserted: ${item.getLastErrorMessage()}`)
            let position = 0
            for (const [name, value] of Object.entries(order.variables)) {
                const answer = glide.seed('sc_item_option', { item_option_new: questions.get(name), value, order: (position += 100) })
                glide.seed('sc_item_option_mtom', { request_item: itemId, sc_item_option: answer })
            }
            return itemId
        })
    }

    /** Orders the shipped "Request a Service Account" item. */
    orderServiceAccount(order: { requestedFor: Person; openedBy?: Person; variables: Record<string, string> }): string {
        return this.order({ ...order, catalogItem: this.catalogItem() })
    }

    // ----- steps ------------------------------------------------------------------------------

    /**
     * One step of a scenario: `actor`'s session for its duration; then the queued async business rules
     * run (as the user whose write queued them, in a background session: not interactive), and the
     * event processor runs the shipped script actions of the events queued (as system), until nothing
     * is left. Returns what body returns.
     */
    step<T>(actor: Person | 'system', body: () => T): T {
        this.actAs(actor)
        const result = body()
        glide.setUser({ ...glide.user(), interactive: false })
        for (let rounds = 0; this.rules.pendingAsync() > 0 || this.eventsProcessed < glide.events().length; rounds++) {
            if (rounds > 100) throw new Error('async rules and script actions kept queueing each other (over 100 rounds): a loop')
            this.rules.drainAsync()
            this.processEvents()
        }
        return result
    }

    /** Script actions that ran, for transcripts and tests. */
    readonly scriptActionRuns: { name: string; event: string; table: string; sysId: string }[] = []
    private eventsProcessed = 0

    /**
     * THE EVENT PROCESSOR: for each event queued since the last run, every active shipped script action
     * on that event name, in order, as system (not interactive), with `current` the event's record read
     * from the database. The generated module scripts use `current` only; `event` is bound to an object
     * that refuses use (the double keeps no sysevent rows).
     */
    private processEvents(): void {
        const events = glide.events().slice(this.eventsProcessed)
        this.eventsProcessed += events.length
        if (events.length === 0) return
        const actions = this.shipped
            .records('sysevent_script_action')
            .map((record) => rowOf(record))
            .filter((row) => row.active === 'true')
            .sort((a, b) => Number(a.order || 100) - Number(b.order || 100) || a.name.localeCompare(b.name))
        const session = glide.user()
        for (const event of events) {
            for (const action of actions.filter((a) => a.event_name === event.name)) {
                if ((action.condition_script ?? '').trim()) throw new Error(`script action '${action.name}' has a condition script: not simulated by the harness`)
                this.actAs('system')
                const current = new glideModule.GlideRecord(event.table)
                if (!current.get(event.sysId)) continue
                this.scriptActionRuns.push({ name: action.name, event: event.name, table: event.table, sysId: event.sysId })
                this.scripts.run(`script action '${action.name}'`, action.script, { current, event: refusingObject(`script action '${action.name}'`, 'event') })
            }
        }
        glide.setUser(session)
    }

    // ----- jobs and UI actions ----------------------------------------------------------------

    /** Runs a shipped scheduled job's script (sysauto_script, by name) as the job runner would. */
    runJob(name: string): void {
        const job = this.shippedRecord('sysauto_script', 'name', name)
        const fields = rowOf(job)
        if (fields.active !== 'true') throw new Error(`scheduled job '${name}' ships inactive`)
        if (fields.conditional === 'true') throw new Error(`scheduled job '${name}' is conditional: job conditions are not simulated by the harness`)
        if ((fields.run_as ?? '').trim()) throw new Error(`scheduled job '${name}' has a run-as user: not simulated by the harness`)
        // A job without run_as runs as the system (the double's default session after reset).
        this.step('system', () => this.scripts.run(`scheduled job '${name}'`, fields.script, {}))
    }

    /**
     * Runs a shipped server-side UI action (by action_name) on one record, as the session user.
     * First, as the form does before it shows the button: the session user must hold one of the
     * action's roles (sys_ui_action_role, by name, through gs.hasRole), and its condition must be true;
     * otherwise the action is not available and this throws UiActionUnavailable.
     */
    runUiAction(actionName: string, sysId: string, asUser: Person): void {
        this.step(asUser, () => this.runUiActionInSession(actionName, sysId))
    }

    private runUiActionInSession(actionName: string, sysId: string): void {
        const action = this.shippedRecord('sys_ui_action', 'action_name', actionName)
        const fields = rowOf(action)
        if (fields.client === 'true') throw new Error(`UI action '${actionName}' is client-side: not simulated by the harness`)
        const roles = this.shipped
            .records('sys_ui_action_role')
            .filter((r) => r.value('sys_ui_action') === action.sysId)
            .map((r) => r.display('sys_user_role') ?? r.value('sys_user_role'))
        if (roles.length && !roles.some((role) => glideModule.gs.hasRole(role))) {
            throw new UiActionUnavailable(actionName, `the session user has none of its roles (${roles.join(', ')})`)
        }
        const current = new glideModule.GlideRecord(fields.table)
        if (!current.get(sysId)) throw new Error(`UI action '${actionName}': no ${fields.table} record ${sysId}`)
        const actionObject = refusingAction(actionName)
        const condition = { current, action: actionObject }
        if (fields.condition.trim() && !this.scripts.condition(`UI action '${actionName}' (condition)`, fields.condition, condition)) {
            throw new UiActionUnavailable(actionName, 'its condition is false for this user and record')
        }
        this.scripts.run(`UI action '${actionName}'`, fields.script, { current, action: actionObject })
    }

    // ----- setup --------------------------------------------------------------------------------

    private refuseUndecidedTables(): void {
        const seeded = new Set<string>(SEEDED_TABLES)
        const undecided = this.shipped.tables().filter((t) => !seeded.has(t) && whyNotSeeded(t) === undefined && !this.isAppTable(t))
        if (undecided.length) {
            throw new Error(`dist/app ships records of ${undecided.join(', ')}: decide in test/harness/harness.ts whether the harness seeds or runs them`)
        }
    }

    private isAppTable(table: string): boolean {
        return table.startsWith(`${this.scope}_`)
    }

    private defineAppTables(): void {
        defineAppTables(glide, this.shipped)
    }

    /**
     * The platform's own roles, which an instance has before the app is installed. They are global roles:
     * their sys_scope is the literal 'global' (where the double models the column).
     */
    private seedPlatformRoles(): void {
        const scoped = 'sys_scope' in glide.schema('sys_user_role').fields
        for (const [name, sysId] of Object.entries(PLATFORM_ROLE)) {
            glide.seed('sys_user_role', { sys_id: sysId, name, ...(scoped ? { sys_scope: 'global' } : {}) })
        }
    }

    /**
     * Seeds each shipped data record with the columns the double models (sys_id included, so references
     * between shipped records hold). Columns the double does not model are left out: they are display
     * and form settings no server code of the app reads; if the code reads one, the double throws.
     */
    private seedShippedRecords(): void {
        for (const table of [...SEEDED_TABLES, ...this.shipped.tables().filter((t) => this.isAppTable(t))]) {
            const modelled = glide.schema(table).fields
            for (const record of this.shipped.records(table)) {
                const row = rowOf(record)
                const values = Object.fromEntries(Object.entries(row).filter(([field]) => field in modelled && !PLATFORM_MAINTAINED.has(field)))
                glide.seed(table, values)
            }
        }
    }
}

/** Thrown by runUiAction when the action's condition hides it from the session user on that record. */
export class UiActionUnavailable extends Error {
    constructor(
        readonly actionName: string,
        why: string,
    ) {
        super(`UI action '${actionName}' is not available here: ${why}`)
    }
}

/** The UI action's `action` object: any use of it is refused (redirects and messages are form behaviour). */
function refusingAction(actionName: string): object {
    return refusingObject(`UI action '${actionName}'`, 'action')
}

function refusingObject(owner: string, name: string): object {
    return new Proxy(
        {},
        {
            get(_target, property) {
                throw new Error(`${owner} uses ${name}.${String(property)}: not simulated by the harness`)
            },
        },
    )
}

/**
 * THE HARNESS PLAYING THE FLOW. The app's approval flow (Flow Designer) cannot run offline. On an
 * instance its "Ask for approval" step creates sysapproval_approver rows and moves the item's `approval`
 * field (not requested -> requested -> approved | rejected) (platform-facts: "Catalog and flow").
 * These methods make exactly those writes, through GlideRecord, so the shipped business rules fire on
 * them as they would when the flow makes them.
 */
export class FlowPart {
    constructor(private readonly app: AppHarness) {}

    /**
     * The flow asks `approver`: an approval record in state requested, and the item's approval becomes
     * requested. Written as the system: the flow runs as system (runAs: 'system' in its definition), so
     * the record's sys_created_by is 'system', which provisioning requires of an approval record.
     */
    requestApproval(itemId: string, approver: Person): string {
        return this.app.step('system', () => {
            const approval = new glideModule.GlideRecord('sysapproval_approver')
            approval.initialize()
            approval.setValue('approver', approver.sysId)
            approval.setValue('sysapproval', itemId)
            approval.setValue('document_id', itemId)
            approval.setValue('source_table', 'sc_req_item')
            approval.setValue('state', 'requested')
            const approvalId = approval.insert()
            if (!approvalId) throw new Error(`the approval record for ${itemId} was not inserted: ${approval.getLastErrorMessage()}`)
            this.setItemApproval(itemId, 'requested')
            return approvalId
        })
    }

    /** The approver decides on their approval record, in their own session: its sys_updated_by is their user name. */
    decide(approvalId: string, decision: 'approved' | 'rejected', approver: Person): void {
        this.app.step(approver, () => {
            const approval = new glideModule.GlideRecord('sysapproval_approver')
            if (!approval.get(approvalId)) throw new Error(`no approval ${approvalId}`)
            approval.setValue('state', decision)
            if (!approval.update()) throw new Error(`approval ${approvalId} was not updated: ${approval.getLastErrorMessage()}`)
        })
    }

    /** The flow's approval step completes: it moves the item's approval field to the decision (as the system). */
    completeApproval(itemId: string, decision: 'approved' | 'rejected'): void {
        this.app.step('system', () => this.setItemApproval(itemId, decision))
    }

    /** Ask, decide, complete: the whole approval as the flow runs it. Returns the approval record's sys_id. */
    approve(itemId: string, approver: Person): string {
        const approvalId = this.requestApproval(itemId, approver)
        this.decide(approvalId, 'approved', approver)
        this.completeApproval(itemId, 'approved')
        return approvalId
    }

    reject(itemId: string, approver: Person): string {
        const approvalId = this.requestApproval(itemId, approver)
        this.decide(approvalId, 'rejected', approver)
        this.completeApproval(itemId, 'rejected')
        return approvalId
    }

    /** NOT the flow: someone edits the item's approval field by hand, with no approval record behind it. */
    forgeApproval(itemId: string, editor: Person): void {
        this.app.step(editor, () => this.setItemApproval(itemId, 'approved'))
    }

    private setItemApproval(itemId: string, value: string): void {
        const item = new glideModule.GlideRecord('sc_req_item')
        if (!item.get(itemId)) throw new Error(`no request item ${itemId}`)
        item.setValue('approval', value)
        if (!item.update()) throw new Error(`request item ${itemId} was not updated: ${item.getLastErrorMessage()}`)
    }
}

export function loadApp(options: LoadOptions = {}): AppHarness {
    return new AppHarness(options)
}
