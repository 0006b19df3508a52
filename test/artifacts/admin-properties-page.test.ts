/**
 * What ships for the properties page: one category holding every property the app ships, each
 * once, in a fixed order. (Each property's default and write role: properties.test.ts.)
 */
import { readApp } from './read-app'

const app = readApp()
const category = app.one('sys_properties_category', { name: 'x_seed_svcacct' })
const onPage = app
    .records('sys_properties_category_m2m')
    .filter((link) => link.value('category') === category.sysId)
    .sort((a, b) => Number(a.value('order')) - Number(b.value('order')))
const names = onPage.map((link) => app.bySysId(link.value('property'))?.value('name'))

describe('the properties page (sys_properties_category x_seed_svcacct)', () => {
    it('has a title', () => {
        expect(category.value('title')).toBe('Service Account Lifecycle Properties')
    })

    it('holds every property the app ships, each once', () => {
        const shipped = app.records('sys_properties').map((property) => property.value('name'))
        expect(new Set(names).size).toBe(names.length)
        expect([...names].sort()).toEqual([...shipped].sort())
    })

    it('links only to properties the app ships and belongs to no other category', () => {
        for (const link of app.records('sys_properties_category_m2m')) {
            expect(link.value('category')).toBe(category.sysId)
            expect(app.bySysId(link.value('property'))?.table).toBe('sys_properties')
        }
    })

    it('lists them in the order an admin reads them: naming, groups, approval, credential task, GUI window, reminder, batch', () => {
        expect(names).toEqual([
            'x_seed_svcacct.user_id.prefix',
            'x_seed_svcacct.user_id.max_length',
            'x_seed_svcacct.user_id.reserved_names',
            'x_seed_svcacct.group',
            'x_seed_svcacct.group.roles',
            'x_seed_svcacct.approval.fallback_group',
            'x_seed_svcacct.approval.due_days',
            'x_seed_svcacct.credential_task.group',
            'x_seed_svcacct.gui_window.days',
            'x_seed_svcacct.reminder.days',
            'x_seed_svcacct.lockdown.batch_size',
        ])
    })
})
