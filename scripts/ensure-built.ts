/**
 * The dev scripts run the BUILT app. This builds it (npm run build) when dist/app is missing or older
 * than what it is built from (src/, package.json, now.config.json), using the artifact reader's own
 * freshness rule, so `npm run demo` and `npm run bench` work on a fresh clone after `npm ci`.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { assertBuiltAfterSources } from '../test/artifacts/read-app'
import { DIST_APP, REPO_ROOT } from '../test/harness/harness'

export function ensureBuilt(): void {
    let why = ''
    if (!existsSync(join(DIST_APP, 'update'))) why = 'there is no dist/app yet'
    else {
        try {
            assertBuiltAfterSources(DIST_APP, REPO_ROOT)
        } catch {
            why = 'dist/app is older than src/'
        }
    }
    if (!why) return
    process.stdout.write(`${why}: building it (npm run build)...\n`)
    execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
}
