/** What ships for the two lock-down UI actions on the inventory record. */
import { readApp } from './read-app'
import { INVENTORY, expectCallsModule } from './lockdown-shipped'

const app = readApp()
const adminRole = app.one('sys_user_role', { name: 'x_seed_svcacct.admin' })

describe('UI action "Confirm API calls are sorted"', () => {
    const action = app.one('sys_ui_action', { name: 'Confirm API calls are sorted' })

    it('is an active form button on existing inventory records', () => {
        expect(action.value('table')).toBe(INVENTORY)
        expect(action.value('action_name')).toBe('x_seed_svcacct_confirm_lockdown')
        expect(action.value('active')).toBe('true')
        expect(action.value('form_button')).toBe('true')
        expect(action.value('show_update')).toBe('true')
        expect(action.value('show_insert')).toBe('false')
        expect(action.value('client')).not.toBe('true')
    })

    it('shows only on exploring rows, to the owner or an app admin', () => {
        expect(action.value('condition')).toBe(
            "current.getValue('state') == 'exploring' && (current.getValue('owner') == gs.getUserID() || gs.hasRole('x_seed_svcacct.admin'))",
        )
    })

    it('has no role restriction: owners hold no app role (the server module checks who asks)', () => {
        expect(app.records('sys_ui_action_role').filter((link) => link.value('sys_ui_action') === action.sysId)).toEqual([])
    })

    it('runs confirmFromForm(current) from the shipped lock-down module', () => {
        expectCallsModule(app, action, 'src/server/lockdown/confirm-lockdown.ts', 'confirmFromForm', 'current')
    })
})

describe('UI action "Reopen GUI window"', () => {
    const action = app.one('sys_ui_action', { name: 'Reopen GUI window' })

    it('is an active form button on existing inventory records, shown on api_only rows to app admins', () => {
        expect(action.value('table')).toBe(INVENTORY)
        expect(action.value('action_name')).toBe('x_seed_svcacct_reopen_gui_window')
        expect(action.value('form_button')).toBe('true')
        expect(action.value('show_insert')).toBe('false')
        expect(action.value('condition')).toBe("current.getValue('state') == 'api_only' && gs.hasRole('x_seed_svcacct.admin')")
    })

    it('is restricted to the app admin role', () => {
        const links = app.records('sys_ui_action_role').filter((link) => link.value('sys_ui_action') === action.sysId)
        expect(links.map((link) => link.value('sys_user_role'))).toEqual([adminRole.sysId])
    })

    it('runs reopenGuiWindow(current) from the shipped module', () => {
        expectCallsModule(app, action, 'src/server/lockdown/reopen-gui-window.ts', 'reopenGuiWindow', 'current')
    })

    it('reads its two inputs from columns that ship on the inventory table', () => {
        const columns = app.dictionary(INVENTORY).columns
        expect(columns.gui_access_until.type).toBe('glide_date_time')
        expect(columns.reopen_reason).toMatchObject({ type: 'string', maxLength: 1000 })
    })
})
