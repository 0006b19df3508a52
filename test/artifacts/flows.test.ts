/**
 * What ships for flows, checked on every flow record the build writes (none yet: these checks
 * apply as soon as a flow lands). Flow inputs are gzip+base64 JSON; a data pill that lost its
 * value builds without an error. An SDK 4.9 build turned `groups: [\`${group}\`]` in
 * wfa.approvalRules() into `G[{{static.}}]` (no approver group) and a record object into
 * `{{static.[object Object]}}`; only a literal sys_id string came through.
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { ShippedApp } from './read-app'
import { decodeFlowValues, parseAppDir, readApp } from './read-app'
import { writeAppFixture } from './fixture-app'

const LOST_PILL = /\{\{static\.(?:|undefined|null|\[object Object\])\}\}/g

/** Every decoded flow value that holds a lost data pill, as "table sys_id field: pill". */
function lostPills(app: ShippedApp): string[] {
    const found: string[] = []
    for (const record of app.all().filter((r) => r.table.startsWith('sys_hub_'))) {
        for (const [field, value] of Object.entries(decodeFlowValues(record))) {
            for (const pill of JSON.stringify(value).match(LOST_PILL) ?? []) found.push(`${record.table} ${record.sysId} ${field}: ${pill}`)
        }
    }
    return found
}

describe('shipped flows', () => {
    it('every flow value decodes, and no data pill lost its value', () => {
        expect(lostPills(readApp())).toEqual([])
    })
})

describe('lostPills (on a real flow file)', () => {
    const SAMPLE = join(__dirname, 'fixtures/sys_hub_flow_sample.xml')
    const FLOW_FILE = 'update/sys_hub_flow_00a909e522ea4f758c645e1f3295b51b.xml'

    it('when every pill carries a value, then nothing is reported', () => {
        const dir = writeAppFixture({})
        copyFileSync(SAMPLE, join(dir, 'x.xml'))
        expect(lostPills(parseAppDir(dir))).toEqual([])
        rmSync(dir, { recursive: true })
    })

    it('when an approval group pill is empty, then the action and field are named', () => {
        // Re-encode the sample's approval action with the empty group pill the SDK wrote for `${group}`.
        const xml = readFileSync(SAMPLE, 'utf8')
        const dir = writeAppFixture({ [FLOW_FILE]: xml })
        const approval = parseAppDir(dir).one('sys_hub_action_instance_v2', { order: '1' })
        const broken = JSON.stringify(decodeFlowValues(approval).values).replace('{{static.363f18415e5a490ca4debd62109a8237}}', '{{static.}}')
        writeFileSync(join(dir, FLOW_FILE), xml.replace(approval.value('values'), gzipSync(Buffer.from(broken)).toString('base64')))
        expect(lostPills(parseAppDir(dir))).toEqual([`sys_hub_action_instance_v2 ${approval.sysId} values: {{static.}}`])
        rmSync(dir, { recursive: true })
    })
})
