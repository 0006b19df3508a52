/**
 * `npm run demo` and `npm run bench` run as an admin would run them (a child process on the built app),
 * so they cannot rot unnoticed. They exit non-zero when the scenario they show does not happen.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { REPO_ROOT } from './harness'

function run(script: string): string {
    return execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'run-ts.cjs'), join(REPO_ROOT, 'scripts', script)], { cwd: REPO_ROOT, encoding: 'utf8' })
}

describe('dev scripts', () => {
    it('when the demo runs, then its transcript shows the account provisioned, then locked down', () => {
        const transcript = run('demo.ts')

        expect(transcript).toMatch(/\+ sys_user user_name=svc_billing_sync .*manager=rob\.requester/)
        expect(transcript).toMatch(/\+ x_seed_svcacct_service_account user_name=svc_billing_sync .*state=exploring/)
        expect(transcript).toMatch(/svc_billing_sync: inventory state api_only \(owner_confirmed\); web service access only: true/)
        expect(transcript).toMatch(/svc_crm_feed: inventory state api_only \(window_expired\); web service access only: true/)
    }, 60_000)

    it('when the bench runs, then it reports reads and writes for each case', () => {
        const report = run('bench.ts')

        for (const line of ['10 existing users', '10,000 existing users', '1,000 inventory rows, 10 due', '10,000 inventory rows, 10 due']) {
            expect(report).toMatch(new RegExp(`${line}\\s+\\d+\\s+\\d+\\s+[\\d.]+`))
        }
    }, 60_000)
})
