/**
 * parseSettings: every parsing rule of the app's system properties, without Glide; and readSettings,
 * its thin Glide shell, against the test double.
 */
import { DEFAULTS, PROPERTY, USER_NAME_COLUMN_LENGTH, parseSettings, readSettings, splitList } from '../../../src/server/config/properties'
import { glide } from '../../fakes/glide'

const GROUP_A = '0123456789abcdef0123456789abcdef'

/** A property reader over plain values keyed by property name; anything not given is unset. */
const from = (values: Record<string, string | null | undefined>) => (name: string) => values[name]
const parse = (values: Record<string, string | null | undefined>) => parseSettings(from(values))

describe('parseSettings', () => {
    describe('defaults', () => {
        it.each([
            ['unset', undefined],
            ['null', null],
            ['empty', ''],
            ['blank', '   '],
        ])('when every property is %s, then every setting takes its default and nothing is reported', (_label, value) => {
            const all = Object.fromEntries(Object.values(PROPERTY).map((name) => [name, value]))
            expect(parse(all)).toEqual({
                settings: {
                    userIdPrefix: 'svc_',
                    userIdMaxLength: 40,
                    reservedNames: ['admin', 'administrator', 'system', 'guest', 'maint', 'root', 'sysadmin', 'security_admin', 'superuser', 'sa', 'test'],
                    serviceAccountGroupId: '',
                    groupRoles: ['itil', 'rest_api_explorer'],
                    fallbackApprovalGroupId: '',
                    approvalDueDays: 5,
                    guiWindowDays: 14,
                    reminderDays: 3,
                    batchSize: 200,
                    credentialTaskGroupId: '',
                },
                problems: [],
            })
        })

        it('the defaults are the DEFAULTS constant the properties ship with', () => {
            const { settings } = parse({})
            expect(settings.userIdPrefix).toBe(DEFAULTS.userIdPrefix)
            expect(settings.reservedNames).toEqual(splitList(DEFAULTS.reservedNames))
            expect(settings.groupRoles).toEqual(splitList(DEFAULTS.groupRoles))
        })

        it('when a property is set, then its value is used and the others keep their defaults', () => {
            const { settings, problems } = parse({ [PROPERTY.guiWindowDays]: '30' })
            expect(settings.guiWindowDays).toBe(30)
            expect(settings.approvalDueDays).toBe(5)
            expect(problems).toEqual([])
        })
    })

    describe('trimming', () => {
        it('when values carry surrounding white space, then it is ignored', () => {
            const { settings, problems } = parse({
                [PROPERTY.userIdPrefix]: '  int_ ',
                [PROPERTY.approvalDueDays]: ' 7\t',
                [PROPERTY.serviceAccountGroup]: `  ${GROUP_A}\n`,
            })
            expect(problems).toEqual([])
            expect(settings).toMatchObject({ userIdPrefix: 'int_', approvalDueDays: 7, serviceAccountGroupId: GROUP_A })
        })
    })

    describe('lists', () => {
        it('when a list has spaces, capitals, repeats and empty items, then it becomes distinct lower-case names', () => {
            const { settings } = parse({
                [PROPERTY.reservedNames]: ' Admin, root,,ROOT , ops ,',
                [PROPERTY.groupRoles]: 'itil , REST_API_EXPLORER,itil',
            })
            expect(settings.reservedNames).toEqual(['admin', 'root', 'ops'])
            expect(settings.groupRoles).toEqual(['itil', 'rest_api_explorer'])
        })

        it('when a list is only separators, then it is an empty list (an admin may reserve nothing)', () => {
            expect(parse({ [PROPERTY.reservedNames]: ' , ,' }).settings.reservedNames).toEqual([])
        })
    })

    describe('whole numbers', () => {
        it.each(['abc', '14d', '1.5', '-1', '+3', '1e2', '0x10'])(
            'when a number property is "%s", then it is reported and the default is used',
            (value) => {
                const { settings, problems } = parse({ [PROPERTY.guiWindowDays]: value })
                expect(settings.guiWindowDays).toBe(DEFAULTS.guiWindowDays)
                expect(problems).toEqual([
                    `x_seed_svcacct.gui_window.days is "${value}"; it must be a whole number from 1 to 90. Using 14.`,
                ])
            },
        )

        it.each([
            ['approvalDueDays', 1, 90],
            ['guiWindowDays', 1, 90],
            ['reminderDays', 0, 30],
            ['batchSize', 1, 1000],
        ] as const)('%s accepts %i to %i and refuses one past either end', (key, min, max) => {
            expect(parse({ [PROPERTY[key]]: String(min) }).settings[key]).toBe(min)
            expect(parse({ [PROPERTY[key]]: String(max) }).settings[key]).toBe(max)
            for (const outside of [min - 1, max + 1].filter((n) => n >= 0)) {
                const { settings, problems } = parse({ [PROPERTY[key]]: String(outside) })
                expect(settings[key]).toBe(DEFAULTS[key])
                expect(problems).toEqual([expect.stringContaining(`${PROPERTY[key]} is "${outside}"; it must be a whole number from ${min} to ${max}`)])
            }
        })

        it('when reminder days is 0, then that is allowed (it turns the reminder off)', () => {
            expect(parse({ [PROPERTY.reminderDays]: '0' })).toMatchObject({ settings: { reminderDays: 0 }, problems: [] })
        })

        it('when several properties are unusable, then each is reported once', () => {
            const { problems } = parse({ [PROPERTY.approvalDueDays]: '0', [PROPERTY.batchSize]: 'lots', [PROPERTY.credentialTaskGroup]: 'ops' })
            expect(problems).toHaveLength(3)
            expect(problems.map((problem) => problem.split(' ')[0])).toEqual([PROPERTY.approvalDueDays, PROPERTY.batchSize, PROPERTY.credentialTaskGroup])
        })
    })

    describe('group sys_ids', () => {
        it.each(['serviceAccountGroup', 'fallbackApprovalGroup', 'credentialTaskGroup'] as const)(
            'when %s holds a sys_id, then it is used',
            (key) => {
                const { settings, problems } = parse({ [PROPERTY[key]]: GROUP_A })
                expect(settings[`${key}Id`]).toBe(GROUP_A)
                expect(problems).toEqual([])
            },
        )

        it.each([
            ['a group name', 'Service Account Approvers'],
            ['31 characters', GROUP_A.slice(1)],
            ['33 characters', `${GROUP_A}0`],
            ['a non-hex character', `${GROUP_A.slice(1)}g`],
            ['upper case', GROUP_A.toUpperCase()],
        ])('when a group property holds %s, then it is reported and left empty', (_label, value) => {
            const { settings, problems } = parse({ [PROPERTY.fallbackApprovalGroup]: value })
            expect(settings.fallbackApprovalGroupId).toBe('')
            expect(problems).toEqual([
                `x_seed_svcacct.approval.fallback_group is "${value}"; it must be the sys_id of a group (32 hex characters).`,
            ])
        })
    })

    describe('user ID prefix and maximum length', () => {
        it('when the prefix has capitals, then it is lower-cased', () => {
            expect(parse({ [PROPERTY.userIdPrefix]: 'SVC_Int_' }).settings.userIdPrefix).toBe('svc_int_')
        })

        it('the maximum length can never exceed the length of sys_user.user_name (40)', () => {
            expect(USER_NAME_COLUMN_LENGTH).toBe(40)
            expect(parse({ [PROPERTY.userIdMaxLength]: '40' })).toMatchObject({ settings: { userIdMaxLength: 40 }, problems: [] })
            const { settings, problems } = parse({ [PROPERTY.userIdMaxLength]: '41' })
            expect(settings.userIdMaxLength).toBe(40)
            expect(problems).toEqual(['x_seed_svcacct.user_id.max_length is "41"; it must be a whole number from 5 to 40. Using 40.'])
        })

        it('the maximum length must leave room for at least one character after the default prefix', () => {
            expect(parse({ [PROPERTY.userIdMaxLength]: '5' }).settings.userIdMaxLength).toBe(5)
            const { settings, problems } = parse({ [PROPERTY.userIdMaxLength]: '4' })
            expect(settings.userIdMaxLength).toBe(40)
            expect(problems).toEqual(['x_seed_svcacct.user_id.max_length is "4"; it must be a whole number from 5 to 40. Using 40.'])
        })

        it('when the prefix is longer, then the lowest allowed maximum rises with it', () => {
            const prefix = 'integration_' // 12 characters
            expect(parse({ [PROPERTY.userIdPrefix]: prefix, [PROPERTY.userIdMaxLength]: '13' }).settings.userIdMaxLength).toBe(13)
            const { settings, problems } = parse({ [PROPERTY.userIdPrefix]: prefix, [PROPERTY.userIdMaxLength]: '12' })
            expect(settings.userIdMaxLength).toBe(40)
            expect(problems).toEqual(['x_seed_svcacct.user_id.max_length is "12"; it must be a whole number from 13 to 40. Using 40.'])
        })

        it('the bound uses the lower-cased, trimmed prefix', () => {
            const { problems } = parse({ [PROPERTY.userIdPrefix]: '  ABCDEFGHIJ ', [PROPERTY.userIdMaxLength]: '11' })
            expect(problems).toEqual([])
        })
    })
})

describe('splitList', () => {
    it('trims, lower-cases, drops empty items and repeats, keeping first-seen order', () => {
        expect(splitList(' B,a ,, b,A ')).toEqual(['b', 'a'])
        expect(splitList('')).toEqual([])
    })
})

describe('readSettings (Glide shell)', () => {
    beforeEach(() => glide.reset())

    it('when properties are set in sys_properties, then their values are read', () => {
        glide.setProperty(PROPERTY.guiWindowDays, '21')
        glide.setProperty(PROPERTY.groupRoles, 'itil')
        const { settings, problems } = readSettings()
        expect(settings).toMatchObject({ guiWindowDays: 21, groupRoles: ['itil'], approvalDueDays: DEFAULTS.approvalDueDays })
        expect(problems).toEqual([])
        expect(glide.logs()).toEqual([])
    })

    it('when a property is unusable, then the default is used and a warning names the property', () => {
        glide.setProperty(PROPERTY.guiWindowDays, 'two weeks')
        const { settings, problems } = readSettings()
        expect(settings.guiWindowDays).toBe(DEFAULTS.guiWindowDays)
        expect(glide.logs()).toEqual([{ level: 'warn', message: `Service Account Lifecycle: ${problems[0]}` }])
        expect(problems[0]).toContain('x_seed_svcacct.gui_window.days is "two weeks"')
    })
})
