/** What ships for the Service Catalog: the request item, offered in the standard catalog. */
import { readApp } from './read-app'

const app = readApp()
/** The standard Service Catalog: same sys_id on every instance (platform-facts). */
const SERVICE_CATALOG = 'e0d08b13c3330100c8b837659bba8fb4'

describe('the catalog item "Request a Service Account"', () => {
    const item = app.one('sc_cat_item', { name: 'Request a Service Account' })

    it('is an active item with a short description', () => {
        expect(item.value('active')).toBe('true')
        expect(item.value('type')).toBe('item')
        expect(item.value('short_description')).not.toBe('')
    })

    it('is offered in the standard Service Catalog (item field and sc_cat_item_catalog row agree)', () => {
        expect(item.value('sc_catalogs').split(',')).toContain(SERVICE_CATALOG)
        const links = app.records('sc_cat_item_catalog').filter((link) => link.value('sc_cat_item') === item.sysId)
        expect(links.map((link) => link.value('sc_catalog'))).toEqual([SERVICE_CATALOG])
    })

    it('every catalog link points at a shipped item', () => {
        for (const link of app.records('sc_cat_item_catalog')) {
            expect(app.bySysId(link.value('sc_cat_item'))?.table).toBe('sc_cat_item')
        }
    })
})
