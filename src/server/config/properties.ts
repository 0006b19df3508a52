/**
 * The one typed reader of the app's system properties. Every setting the app uses is named here,
 * with its default; src/fluent/properties.now.ts ships the same names and defaults as sys_properties.
 *
 * parseSettings() is pure (it takes a reader), so every parsing rule is unit-tested without Glide.
 * readSettings() is the thin Glide shell.
 */
import { gs } from '@servicenow/glide'
import { LOG_SOURCE } from './app.ts'

export const PROPERTY = {
    userIdPrefix: 'x_seed_svcacct.user_id.prefix',
    userIdMaxLength: 'x_seed_svcacct.user_id.max_length',
    reservedNames: 'x_seed_svcacct.user_id.reserved_names',
    serviceAccountGroup: 'x_seed_svcacct.group',
    groupRoles: 'x_seed_svcacct.group.roles',
    fallbackApprovalGroup: 'x_seed_svcacct.approval.fallback_group',
    approvalDueDays: 'x_seed_svcacct.approval.due_days',
    guiWindowDays: 'x_seed_svcacct.gui_window.days',
    reminderDays: 'x_seed_svcacct.reminder.days',
    batchSize: 'x_seed_svcacct.lockdown.batch_size',
    credentialTaskGroup: 'x_seed_svcacct.credential_task.group',
} as const

export type SettingName = keyof typeof PROPERTY

/** Defaults for the settings that have one. Group settings default to the groups the app ships. */
export const DEFAULTS = {
    userIdPrefix: 'svc_',
    userIdMaxLength: 40,
    reservedNames: 'admin,administrator,system,guest,maint,root,sysadmin,security_admin,superuser,sa,test',
    groupRoles: 'itil,rest_api_explorer',
    approvalDueDays: 5,
    guiWindowDays: 14,
    reminderDays: 3,
    batchSize: 200,
} as const

/** sys_user.user_name is 40 characters long on a stock instance; a longer limit cannot be honoured. */
export const USER_NAME_COLUMN_LENGTH = 40

export interface AppSettings {
    userIdPrefix: string
    userIdMaxLength: number
    reservedNames: string[]
    serviceAccountGroupId: string
    groupRoles: string[]
    fallbackApprovalGroupId: string
    approvalDueDays: number
    guiWindowDays: number
    reminderDays: number
    batchSize: number
    credentialTaskGroupId: string
}

export interface ParsedSettings {
    settings: AppSettings
    /** One line per property whose value was unusable and was replaced by its default. */
    problems: string[]
}

/** Reads one raw property value; returns '' or undefined when it is not set. */
export type PropertyReader = (name: string) => string | null | undefined

export function splitList(raw: string): string[] {
    const seen = new Set<string>()
    for (const part of raw.split(',')) {
        const item = part.trim().toLowerCase()
        if (item) seen.add(item)
    }
    return [...seen]
}

export function parseSettings(read: PropertyReader): ParsedSettings {
    const problems: string[] = []
    const raw = (key: SettingName): string => String(read(PROPERTY[key]) ?? '').trim()

    const text = (key: SettingName & keyof typeof DEFAULTS): string => {
        const value = raw(key)
        return value === '' ? String(DEFAULTS[key]) : value
    }

    const integer = (key: SettingName & keyof typeof DEFAULTS, min: number, max: number): number => {
        const fallback = Number(DEFAULTS[key])
        const value = raw(key)
        if (value === '') return fallback
        if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
            problems.push(`${PROPERTY[key]} is "${value}"; it must be a whole number from ${min} to ${max}. Using ${fallback}.`)
            return fallback
        }
        return Number(value)
    }

    const sysId = (key: SettingName): string => {
        const value = raw(key)
        if (value === '') return ''
        if (!/^[0-9a-f]{32}$/.test(value)) {
            problems.push(`${PROPERTY[key]} is "${value}"; it must be the sys_id of a group (32 hex characters).`)
            return ''
        }
        return value
    }

    const prefix = raw('userIdPrefix') === '' ? DEFAULTS.userIdPrefix : raw('userIdPrefix').toLowerCase()

    const settings: AppSettings = {
        userIdPrefix: prefix,
        userIdMaxLength: integer('userIdMaxLength', Math.max(prefix.length + 1, 2), USER_NAME_COLUMN_LENGTH),
        reservedNames: splitList(text('reservedNames')),
        serviceAccountGroupId: sysId('serviceAccountGroup'),
        groupRoles: splitList(text('groupRoles')),
        fallbackApprovalGroupId: sysId('fallbackApprovalGroup'),
        approvalDueDays: integer('approvalDueDays', 1, 90),
        guiWindowDays: integer('guiWindowDays', 1, 90),
        reminderDays: integer('reminderDays', 0, 30),
        batchSize: integer('batchSize', 1, 1000),
        credentialTaskGroupId: sysId('credentialTaskGroup'),
    }
    return { settings, problems }
}

/** Reads the settings from sys_properties. Unusable values fall back to defaults and are logged. */
export function readSettings(): ParsedSettings {
    const parsed = parseSettings((name) => gs.getProperty(name, ''))
    for (const problem of parsed.problems) gs.warn(`${LOG_SOURCE}: ${problem}`)
    return parsed
}
