/** What ships for the portal path: the confirmation catalog item and its one variable. */
import { readApp } from './read-app'
import { INVENTORY } from './lockdown-shipped'

const app = readApp()
const SERVICE_CATALOG = 'e0d08b13c3330100c8b837659bba8fb4'
/** sys_filter_option_dynamic "Me", the same filter the owner read ACL uses. */
const DYNAMIC_ME = '90d1921e5f510100a9ad2572f2b477fe'

describe('catalog item "Confirm my service account\'s API calls are sorted"', () => {
    const item = app.one('sc_cat_item', { name: "Confirm my service account's API calls are sorted" })

    it('is an active item in the standard Service Catalog, on desktop and mobile', () => {
        expect(item.value('active')).toBe('true')
        expect(item.value('type')).toBe('item')
        expect(item.value('sc_catalogs')).toBe(SERVICE_CATALOG)
        const links = app.records('sc_cat_item_catalog').filter((link) => link.value('sc_cat_item') === item.sysId)
        expect(links.map((link) => link.value('sc_catalog'))).toEqual([SERVICE_CATALOG])
        expect(item.value('availability')).toBe('on_both')
        expect(item.value('hide_sp')).toBe('false')
    })

    it('sits next to "Request a Service Account" in the app\'s Integrations category', () => {
        const category = app.one('sc_category', { title: 'Integrations' })
        expect(item.value('category')).toBe(category.sysId)
        expect(app.one('sc_cat_item', { name: 'Request a Service Account' }).value('category')).toBe(category.sysId)
    })

    it('is submitted alone: no cart, quantity or draft', () => {
        expect(item.value('request_method')).toBe('submit')
        expect([item.value('no_cart_v2'), item.value('no_quantity_v2'), item.value('no_save_as_draft')]).toEqual(['true', 'true', 'true'])
    })

    it('has no fulfilment flow or workflow: the async rule closes its request item', () => {
        expect(item.has('flow_designer_flow') ? item.value('flow_designer_flow') : '').toBe('')
        expect(item.has('workflow') ? item.value('workflow') : '').toBe('')
    })

    it('asks for one mandatory service account, limited to the caller\'s own exploring accounts', () => {
        const variables = app.records('item_option_new').filter((variable) => variable.value('cat_item') === item.sysId)
        expect(variables.map((variable) => variable.value('name'))).toEqual(['service_account'])
        const [variable] = variables
        expect(variable.value('type')).toBe('8') // Reference
        expect(variable.value('reference')).toBe(INVENTORY)
        expect(variable.value('mandatory')).toBe('true')
        expect(variable.value('use_reference_qualifier')).toBe('simple')
        expect(variable.value('reference_qual_condition')).toBe(`ownerDYNAMIC${DYNAMIC_ME}^state=exploring^EQ`)
    })

    it('the variable name is the one the server module reads', () => {
        // CONFIRM_VARIABLE in src/server/lockdown/confirm-lockdown.ts
        const module = app.records('sys_module').find((record) => record.value('path').endsWith('src/server/lockdown/confirm-lockdown.ts'))
        expect(module?.value('content')).toContain("export const CONFIRM_VARIABLE = 'service_account'")
    })
})
