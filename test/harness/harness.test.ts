/**
 * The harness facade on the built app: what it loads from dist/app, what it plays of the platform,
 * and what it refuses.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { glide, GlideRecord } from '../fakes/glide'
import { DIST_APP, loadApp, PLATFORM_ROLE } from './harness'

function shippedGroupId(app: ReturnType<typeof loadApp>): string {
    return app.shippedRecord('sys_user_group', 'name', 'ServiceNow Service Accounts').sysId
}

describe('loading the built app', () => {
    it('when loaded, then the shipped groups, group roles, properties, roles and catalog item are rows of the double', () => {
        const app = loadApp()

        const group = glide.row('sys_user_group', shippedGroupId(app))
        expect(group?.name).toBe('ServiceNow Service Accounts')
        expect(glide.rows('sys_group_has_role').some((r) => r.group === group?.sys_id && r.role === PLATFORM_ROLE.itil)).toBe(true)
        expect(glide.rows('sys_properties').find((r) => r.name === 'x_seed_svcacct.gui_window.days')?.value).toBe('14')
        expect(glide.rows('sys_user_role').map((r) => r.name)).toEqual(expect.arrayContaining(['itil', 'rest_api_explorer', 'admin', 'x_seed_svcacct.admin']))
        expect(glide.row('sc_cat_item', app.catalogItem())?.name).toBe('Request a Service Account')
    })

    it('when loaded, then the app’s own tables are defined from the built dictionary', () => {
        loadApp()

        expect(Object.keys(glide.schema('x_seed_svcacct_service_account').fields)).toEqual(expect.arrayContaining(['account', 'owner', 'state', 'gui_access_until']))
    })

    it('when loaded, then the counters start at zero: seeding is not the app’s work', () => {
        loadApp()

        expect(glide.counters().totalReads + glide.counters().totalWrites).toBe(0)
    })

    it('when a shipped module is required by its full path, then it runs against the double with the shipped properties', () => {
        const app = loadApp()

        const { readSettings } = app.modules.requireFromScript(app.modulePath('src/server/config/properties.ts'), 'test') as {
            readSettings(): { settings: { groupRoles: string[]; serviceAccountGroupId: string }; problems: string[] }
        }

        expect(readSettings().settings.groupRoles).toEqual(['itil', 'rest_api_explorer'])
        expect(readSettings().settings.serviceAccountGroupId).toBe(shippedGroupId(app))
        expect(readSettings().problems).toEqual([])
    })

    it('when dist/app ships a table the harness has not decided about, then loading refuses', () => {
        const copy = mkdtempSync(join(tmpdir(), 'dist-app-'))
        try {
            cpSync(DIST_APP, copy, { recursive: true })
            writeFileSync(
                join(copy, 'update', 'sys_mystery_0.xml'),
                '<?xml version="1.0"?><record_update table="sys_mystery"><sys_mystery action="INSERT_OR_UPDATE"><sys_id>0</sys_id></sys_mystery></record_update>',
            )

            expect(() => loadApp({ distApp: copy })).toThrow(/ships records of sys_mystery: decide/)
        } finally {
            rmSync(copy, { recursive: true, force: true })
        }
    })

    it('when a scheduled job or UI action is not shipped, then running it throws', () => {
        const app = loadApp()

        expect(() => app.runJob('No such job')).toThrow(/Expected one sysauto_script/)
        expect(() => app.runUiAction('no_such_action', 'x', app.seedPerson({ userName: 'u' }))).toThrow(/Expected one sys_ui_action/)
    })
})

describe('the platform behaviour the harness plays', () => {
    it('when a user is added to the shipped group, then they get its roles as inherited rows granted by the group', () => {
        const app = loadApp()
        const person = app.seedPerson({ userName: 'svc_probe' })

        const member = new GlideRecord('sys_user_grmember')
        member.initialize()
        member.setValue('user', person.sysId)
        member.setValue('group', shippedGroupId(app))
        member.insert()

        const inherited = glide.rows('sys_user_has_role').filter((r) => r.user === person.sysId)
        expect(inherited.map((r) => [r.role, r.inherited, r.granted_by])).toEqual([[PLATFORM_ROLE.itil, '1', shippedGroupId(app)]])
        expect(app.effectiveRoles(person.sysId)).toEqual(['itil'])
    })

    it('when a role is added to a group that has members, then every member inherits it', () => {
        const app = loadApp()
        const person = app.seedPerson({ userName: 'svc_probe' })
        glide.seed('sys_user_grmember', { user: person.sysId, group: shippedGroupId(app) })

        const grant = new GlideRecord('sys_group_has_role')
        grant.initialize()
        grant.setValue('group', shippedGroupId(app))
        grant.setValue('role', PLATFORM_ROLE.rest_api_explorer)
        grant.insert()

        expect(app.effectiveRoles(person.sysId)).toEqual(['rest_api_explorer'])
    })

    it('when an admin role is granted directly, then its contained roles come with it', () => {
        const app = loadApp()
        const person = app.seedPerson({ userName: 'ada' })

        app.seedRole(person, 'x_seed_svcacct.admin')

        expect(app.effectiveRoles(person.sysId)).toEqual(['x_seed_svcacct.admin', 'x_seed_svcacct.auditor'])
    })

    it('when a membership is deleted, then the harness refuses rather than leave roles behind silently', () => {
        const app = loadApp()
        const person = app.seedPerson({ userName: 'svc_probe' })
        const member = new GlideRecord('sys_user_grmember')
        member.initialize()
        member.setValue('user', person.sysId)
        member.setValue('group', shippedGroupId(app))
        member.insert()

        expect(() => member.deleteRecord()).toThrow(/taking inherited roles back is not simulated/)
    })

    it('when a catalog order answers a question the item does not ship, then the harness refuses it', () => {
        const app = loadApp()
        const person = app.seedPerson({ userName: 'rob' })

        expect(() => app.orderServiceAccount({ requestedFor: person, variables: { no_such_question: 'x' } })).toThrow(/has no variable no_such_question/)
    })
})

describe('sessions and the event processor', () => {
    it('a person’s step runs in an interactive session; what runs after it (async rules, events) does not', () => {
        const app = loadApp()
        const person = app.seedPerson({ userName: 'rob' })
        let during: boolean | undefined
        app.step(person, () => {
            during = glide.user().interactive
        })
        expect(during).toBe(true)
        expect(glide.user()).toMatchObject({ userName: 'rob', interactive: false })
    })

    it('an event queued in a step runs the shipped script actions on that event, as system, with current read from the database', () => {
        const app = loadApp()
        const person = app.seedPerson({ userName: 'rob' })
        const item = app.orderServiceAccount({ requestedFor: person, variables: { user_id: 'svc_probe' } })
        const seen: unknown[] = []
        const run = app.scripts.run.bind(app.scripts)
        app.scripts.run = (name, source, bindings) => {
            if (!name.startsWith('script action')) return run(name, source, bindings)
            seen.push([name, glide.user().userName, glide.user().interactive, (bindings.current as GlideRecord).getUniqueValue()])
            return undefined
        }

        app.step(person, () => {
            const current = new GlideRecord('sc_req_item')
            current.get(item)
            app.scripts.run('probe', "gs.eventQueue('x_seed_svcacct.provisioning.retry', current, 'rob', '')", { current })
        })

        expect(seen).toEqual([["script action 'Retry service account provisioning'", 'system', undefined, item]])
        expect(app.scriptActionRuns).toEqual([{ name: 'Retry service account provisioning', event: 'x_seed_svcacct.provisioning.retry', table: 'sc_req_item', sysId: item }])
    })

    it('an event no script action listens to is processed without effect', () => {
        const app = loadApp()
        const person = app.seedPerson({ userName: 'rob' })
        const item = app.orderServiceAccount({ requestedFor: person, variables: { user_id: 'svc_probe' } })
        app.step(person, () => {
            const current = new GlideRecord('sc_req_item')
            current.get(item)
            app.scripts.run('probe', "gs.eventQueue('x_seed_svcacct.request.approved', current, 'svc_probe', '')", { current })
        })
        expect(app.scriptActionRuns).toEqual([])
    })
})
