/**
 * What ships as code: the sys_module records. Exactly the server modules under src/server (plus
 * package.json and bom.json), stored under the versioned module path, and no test code among them.
 */
import { readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { readApp } from './read-app'
import { MODULE_ROOT } from './shipped-app'

const app = readApp()
const modules = app.records('sys_module')
const SERVER = join(__dirname, '../../src/server')

/** What the SDK ships from src/server: every .ts file except tests and declarations (platform-facts). */
function serverSources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name)
        if (entry.isDirectory()) return serverSources(path)
        const ships = entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')
        return ships ? [`src/server/${relative(SERVER, path)}`] : []
    })
}

describe('shipped modules (sys_module)', () => {
    it(`each lives under ${MODULE_ROOT}src/server/, or is package.json or bom.json`, () => {
        const misplaced = modules
            .map((module) => module.value('path'))
            .filter((path) => !path.startsWith(`${MODULE_ROOT}src/server/`) && path !== `${MODULE_ROOT}package.json` && path !== `${MODULE_ROOT}bom.json`)
        expect(misplaced).toEqual([])
        expect(modules.map((module) => module.value('path'))).toEqual(
            expect.arrayContaining([`${MODULE_ROOT}package.json`, `${MODULE_ROOT}bom.json`]),
        )
    })

    it('are exactly the server sources: every src/server module ships, nothing else does', () => {
        const shipped = modules
            .map((module) => module.value('path'))
            .filter((path) => path.startsWith(`${MODULE_ROOT}src/`))
            .map((path) => path.slice(MODULE_ROOT.length))
        expect(shipped.sort()).toEqual(serverSources(SERVER).sort())
    })

    it('contain no test code (jest, describe/it/expect, the fakes)', () => {
        const TEST_CODE = /\bjest\b|\bdescribe\(|\bexpect\(|\bit\(\s*['"`]|fakes\/|\.test(\.ts)?['"]/
        const withTests = modules
            .filter((module) => module.value('path').startsWith(`${MODULE_ROOT}src/`))
            .filter((module) => TEST_CODE.test(module.value('content')) || /\.test\.ts$/.test(module.value('path')))
            .map((module) => module.value('path'))
        expect(withTests).toEqual([])
    })

    it('carry code: no module is empty', () => {
        expect(modules.filter((module) => module.value('content').trim() === '').map((module) => module.value('path'))).toEqual([])
    })
})
