/**
 * `npm run demo`: what the app will do, before you install it.
 *
 * Builds dist/app when it is missing or older than the sources (src/, package.json, now.config.json),
 * loads the BUILT app into the offline harness, runs the main scenario and prints a transcript: who did
 * what, and which records were created or changed, with their key fields.
 *
 * The approval flow cannot run offline; the demo plays its part (the approval record and the item's
 * approval field) and says so where it does.
 */
import { glide } from '../test/fakes/glide'
import { loadApp } from '../test/harness/harness'
import { Transcript } from '../test/harness/transcript'
import { ensureBuilt } from './ensure-built'

const INVENTORY = 'x_seed_svcacct_service_account'
const SWEEP_JOB = 'Service Account Lifecycle: lock down expired GUI windows'

function main(): void {
    ensureBuilt()
    const app = loadApp({ now: '2026-03-02 09:00:00' })
    const out = new Transcript(() => app.rules.firings)
    const say = (text: string) => out.lines.push(text)

    say(`Service Account Lifecycle ${app.version}: the built app (dist/app) run offline by the test harness.`)
    say(`Clock: ${glide.now()} UTC. Shipped: ${app.modules.paths().length} server modules, ${app.rules.rules.length} business rules.`)
    say('Legend: ⚙ business rule ran  + created  ~ changed  - deleted  ✎ journal entry  ✉ event queued  ! warning/error logged')
    say('Async business rules run at the end of the step that queued them, as the instance’s worker would run them soon after.')

    out.step('The harness', 'seeds the world the app starts in: a manager, a requester who reports to them, an app admin.')
    const people = app.seedPeople()
    out.note(`${people.requester.name} (${people.requester.userName}) reports to ${people.manager.name} (${people.manager.userName}).`)

    out.step(people.requester.name, 'orders "Request a Service Account" in the Service Catalog.')
    const variables = {
        user_id: 'svc_billing_sync',
        display_name: 'Billing sync',
        purpose: 'Nightly export of invoices to the billing platform.',
        consuming_system: 'Billing platform',
    }
    out.note(`Variables: ${Object.entries(variables).map(([k, v]) => `${k}="${v}"`).join(', ')}`)
    const item = app.orderServiceAccount({ requestedFor: people.requester, variables })

    out.step('The approval flow (played by the harness: flows do not run offline)', `asks ${people.manager.name} to approve.`)
    const approval = app.flow.requestApproval(item, people.manager)

    out.step(people.manager.name, 'approves the request.')
    app.flow.decide(approval, 'approved', people.manager)

    out.step('The approval flow (played by the harness)', 'completes: it sets the item’s approval to approved.')
    app.flow.completeApproval(item, 'approved')

    const row = glide.rows(INVENTORY)[0]
    if (!row) {
        out.outcome('No service account was provisioned: see the work note above.')
        process.stdout.write(`${out.text()}\n`)
        process.exitCode = 1
        return
    }
    out.outcome(`${row.user_name} can log in to the UI until ${row.gui_access_until} UTC to explore the REST API Explorer.`)

    out.step(people.requester.name, `confirms from the portal that the API calls of ${row.user_name} are sorted.`)
    app.order({ catalogItem: app.catalogItem("Confirm my service account's API calls are sorted"), requestedFor: people.requester, variables: { service_account: row.sys_id } })

    out.step('The harness', 'runs the same scenario for a second account whose owner never confirms.')
    const second = app.orderServiceAccount({ requestedFor: people.requester, variables: { ...variables, user_id: 'svc_crm_feed', display_name: 'CRM feed', consuming_system: 'CRM' } })
    app.flow.approve(second, people.manager)

    glide.advance({ days: 15 })
    out.step('The daily job', `runs 15 days later (${glide.now()} UTC): "${SWEEP_JOB}".`)
    app.runJob(SWEEP_JOB)

    out.section('Result:')
    for (const account of glide.rows(INVENTORY)) {
        const user = glide.row('sys_user', account.account)
        say(`  ${account.user_name}: inventory state ${account.state} (${account.lockdown_method || 'not locked down'}); web service access only: ${user?.web_service_access_only === '1'}; roles: ${app.effectiveRoles(account.account).join(', ')}`)
    }
    const counters = glide.counters()
    say(`Database work by the app and the played flow over the whole demo: ${counters.totalReads} reads, ${counters.totalWrites} writes.`)
    process.stdout.write(`${out.text()}\n`)
}

main()
