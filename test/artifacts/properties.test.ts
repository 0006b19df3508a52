/**
 * What ships for configuration: one sys_properties record per setting that
 * src/server/config/properties.ts reads (PROPERTY), and none other; each with the type, default
 * and write role the reader expects. One source of truth, checked both ways.
 */
import type { SettingName } from '../../src/server/config/properties'
import { DEFAULTS, PROPERTY, parseSettings } from '../../src/server/config/properties'
import type { AppRecord } from './read-app'
import { readApp } from './read-app'
import { SYS_ID } from './shipped-app'

const app = readApp()
const shipped = app.records('sys_properties')
const settings = Object.keys(PROPERTY) as SettingName[]
const property = (key: SettingName): AppRecord => app.one('sys_properties', { name: PROPERTY[key] })
const hasDefault = (key: SettingName): key is SettingName & keyof typeof DEFAULTS => key in DEFAULTS

/** The group each group-valued setting defaults to: a group the app ships. */
const DEFAULT_GROUP: Partial<Record<SettingName, string>> = {
    serviceAccountGroup: 'ServiceNow Service Accounts',
    fallbackApprovalGroup: 'Service Account Approvers',
    credentialTaskGroup: 'Service Account Administrators',
}

describe('system properties', () => {
    it('every setting the reader knows ships as exactly one sys_properties record', () => {
        const names = shipped.map((record) => record.value('name'))
        for (const key of settings) expect(names.filter((name) => name === PROPERTY[key])).toEqual([PROPERTY[key]])
    })

    it('every shipped property is a setting the reader knows (none orphaned)', () => {
        const known = new Set<string>(Object.values(PROPERTY))
        expect(shipped.map((record) => record.value('name')).filter((name) => !known.has(name))).toEqual([])
    })

    it.each(settings)('%s: only x_seed_svcacct.admin may change it; it is in the app namespace', (key) => {
        const record = property(key)
        expect(record.value('write_roles')).toBe('x_seed_svcacct.admin')
        app.one('sys_user_role', { name: record.value('write_roles') })
        expect(record.value('name').startsWith('x_seed_svcacct.')).toBe(true)
        expect(record.value('description')).not.toBe('')
    })

    it.each(settings.filter(hasDefault))('%s: ships the default of properties.ts, with the matching type', (key) => {
        const record = property(key)
        const expected = DEFAULTS[key as keyof typeof DEFAULTS]
        expect(record.value('value')).toBe(String(expected))
        expect(record.value('type')).toBe(typeof expected === 'number' ? 'integer' : 'string')
    })

    it.each(settings.filter((key) => !hasDefault(key)))('%s: holds the sys_id of the group the app ships for it', (key) => {
        const record = property(key)
        expect(record.value('type')).toBe('string')
        expect(record.value('value')).toMatch(SYS_ID)
        const group = app.bySysId(record.value('value'))
        expect(group?.table).toBe('sys_user_group')
        expect(group?.value('name')).toBe(DEFAULT_GROUP[key])
    })

    it('the shipped values, read by the app, give the defaults and no problems', () => {
        const byName = new Map(shipped.map((record) => [record.value('name'), record.value('value')]))
        const { settings: read, problems } = parseSettings((name) => byName.get(name))
        expect(problems).toEqual([])
        expect(read).toMatchObject({
            userIdPrefix: DEFAULTS.userIdPrefix,
            userIdMaxLength: DEFAULTS.userIdMaxLength,
            approvalDueDays: DEFAULTS.approvalDueDays,
            guiWindowDays: DEFAULTS.guiWindowDays,
            reminderDays: DEFAULTS.reminderDays,
            batchSize: DEFAULTS.batchSize,
            serviceAccountGroupId: app.one('sys_user_group', { name: 'ServiceNow Service Accounts' }).sysId,
            fallbackApprovalGroupId: app.one('sys_user_group', { name: 'Service Account Approvers' }).sysId,
            credentialTaskGroupId: app.one('sys_user_group', { name: 'Service Account Administrators' }).sysId,
        })
    })
})
