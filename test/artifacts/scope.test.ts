/** What ships: the application record, and the scope every shipped record belongs to. */
import { readApp } from './read-app'
import { NOW_CONFIG, PACKAGE } from './shipped-app'

const app = readApp()

describe('the application (dist/app/scope)', () => {
    it('is the scope x_seed_svcacct, named Service Account Lifecycle, at the package version', () => {
        const scope = app.scope()
        expect(scope.value('scope')).toBe('x_seed_svcacct')
        expect(scope.value('name')).toBe('Service Account Lifecycle')
        expect(scope.sysId).toBe(NOW_CONFIG.scopeId)
        expect(scope.value('version')).toBe(PACKAGE.version)
        expect(scope.value('package_json')).toBe(`x_seed_svcacct/${PACKAGE.name}/${PACKAGE.version}/package.json`)
        expect(scope.value('active')).toBe('true')
    })
})

describe('every shipped record', () => {
    it('that names a scope names this app, so nothing lands in global', () => {
        const scoped = app.all().filter((record) => record.has('sys_scope'))
        expect(scoped.length).toBeGreaterThan(20)
        const elsewhere = scoped.filter(
            (record) => record.value('sys_scope') !== NOW_CONFIG.scopeId || record.display('sys_scope') !== 'x_seed_svcacct',
        )
        expect(elsewhere.map((record) => record.file)).toEqual([])
    })

    it('has a sys_id of its own: no two records share one', () => {
        const seen = new Map<string, string>()
        const clashes: string[] = []
        for (const record of app.all()) {
            if (!record.sysId) continue
            const earlier = seen.get(record.sysId)
            if (earlier) clashes.push(`${record.sysId}: ${earlier} and ${record.table} in ${record.file}`)
            else seen.set(record.sysId, `${record.table} in ${record.file}`)
        }
        expect(clashes).toEqual([])
        expect(app.all().filter((record) => !record.sysId).map((record) => record.file)).toEqual([])
    })
})
