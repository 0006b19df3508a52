import { BusinessRule, BusinessRuleEngine, businessRuleFromRecord, FilterMatcher, RecordLike } from './business-rules'
import { ModuleLoader } from './modules'
import { ServerScripts } from './server-scripts'

/*
 * The engine's own rules: which rules fire, in what order, with what bound. Filter conditions are
 * decided by the matcher the engine is given (the double's, in the harness); here a stand-in that
 * matches the literal condition 'MATCH' keeps these tests about the engine. Encoded-query semantics
 * through the real double are covered by the harness tests.
 */

const ROOT = 'x_seed_svcacct/service-account-lifecycle/1.0.0/src/server'

class Row implements RecordLike {
    aborted = false
    constructor(
        private readonly table: string,
        private readonly id: string,
        readonly values: Record<string, string> = {},
    ) {}
    getTableName(): string {
        return this.table
    }
    getUniqueValue(): string {
        return this.id
    }
    getValue(field: string): string | null {
        return this.values[field] ?? null
    }
    setValue(field: string, value: string): void {
        this.values[field] = value
    }
    setAbortAction(abort: boolean): void {
        this.aborted = abort
    }
}

const literalMatcher: FilterMatcher = (_table, _current, _previous, query) => query === 'MATCH'

function rule(overrides: Partial<Record<string, string>>): Record<string, string> {
    return {
        sys_id: overrides.name ?? 'r',
        name: 'r',
        collection: 'sc_req_item',
        when: 'after',
        action_insert: 'false',
        action_update: 'true',
        action_delete: 'false',
        action_query: 'false',
        active: 'true',
        advanced: 'true',
        abort_action: 'false',
        add_message: 'false',
        order: '100',
        filter_condition: '',
        condition: '',
        role_conditions: '',
        template: '',
        script: '',
        ...overrides,
    } as Record<string, string>
}

function engineOf(rows: Record<string, string>[], options: { modules?: Record<string, string>; reread?: (t: string, id: string) => RecordLike | null } = {}) {
    const calls: string[] = []
    const loader = new ModuleLoader({
        modules: Object.entries(options.modules ?? {}).map(([path, content]) => ({ path: `${ROOT}/${path}`, content })),
        glide: {},
    })
    const scripts = new ServerScripts(loader, { gs: { info: (m: string) => calls.push(m) } })
    const rules: BusinessRule[] = rows.map(businessRuleFromRecord)
    const engine = new BusinessRuleEngine({ rules, scripts, matches: literalMatcher, reread: options.reread ?? (() => null) })
    return { engine, calls, loader }
}

describe('business rules: which fire, and in what order', () => {
    it('when rules share a table and operation, then they run lowest order first, before rules before after rules', () => {
        const { engine, calls } = engineOf([
            rule({ name: 'after-200', when: 'after', order: '200', script: "gs.info('after-200')" }),
            rule({ name: 'before-300', when: 'before', order: '300', script: "gs.info('before-300')" }),
            rule({ name: 'after-50', when: 'after', order: '50', script: "gs.info('after-50')" }),
            rule({ name: 'before-10', when: 'before', order: '10', script: "gs.info('before-10')" }),
        ])
        const current = new Row('sc_req_item', 'ritm1')

        engine.before('update', current, current)
        calls.push('-- write --')
        engine.after('update', current, current)

        expect(calls).toEqual(['before-10', 'before-300', '-- write --', 'after-50', 'after-200'])
    })

    it('when a rule is for another table, another operation, or inactive, then it does not fire', () => {
        const { engine, calls } = engineOf([
            rule({ name: 'other-table', collection: 'sys_user', script: "gs.info('other-table')" }),
            rule({ name: 'insert-only', action_update: 'false', action_insert: 'true', script: "gs.info('insert-only')" }),
            rule({ name: 'inactive', active: 'false', script: "gs.info('inactive')" }),
            rule({ name: 'fires', script: "gs.info('fires')" }),
        ])

        engine.after('update', new Row('sc_req_item', 'ritm1'), null)

        expect(calls).toEqual(['fires'])
    })

    it('when a filter condition does not match, then the rule does not fire; when it matches, it does', () => {
        const { engine, calls } = engineOf([
            rule({ name: 'no', filter_condition: 'NO', script: "gs.info('no')" }),
            rule({ name: 'yes', filter_condition: 'MATCH', script: "gs.info('yes')" }),
        ])

        engine.after('update', new Row('sc_req_item', 'ritm1'), null)

        expect(calls).toEqual(['yes'])
        expect(engine.firings.map((f) => f.rule)).toEqual(['yes'])
    })

    it('when a rule has a script condition, then it is evaluated on current and previous', () => {
        const { engine, calls } = engineOf([
            rule({ name: 'changed', condition: "current.getValue('approval') != previous.getValue('approval')", script: "gs.info('changed')" }),
        ])

        engine.after('update', new Row('sc_req_item', 'r', { approval: 'approved' }), new Row('sc_req_item', 'r', { approval: 'approved' }))
        expect(calls).toEqual([])

        engine.after('update', new Row('sc_req_item', 'r', { approval: 'approved' }), new Row('sc_req_item', 'r', { approval: 'requested' }))
        expect(calls).toEqual(['changed'])
    })

    it('when an earlier before rule changes current, then a later rule’s condition sees the change', () => {
        const { engine, calls } = engineOf([
            rule({ name: 'sets', when: 'before', order: '10', script: "current.setValue('state', 'ready')" }),
            rule({ name: 'sees', when: 'before', order: '20', condition: "current.getValue('state') == 'ready'", script: "gs.info('sees')" }),
        ])

        engine.before('update', new Row('sc_req_item', 'r'), null)

        expect(calls).toEqual(['sees'])
    })

    it('when a before rule aborts the action, then the remaining before rules still run (the instance’s documented behaviour)', () => {
        const { engine, calls } = engineOf([
            rule({ name: 'aborts', when: 'before', order: '10', script: 'current.setAbortAction(true)' }),
            rule({ name: 'later', when: 'before', order: '20', script: "gs.info('later')" }),
        ])
        const current = new Row('sc_req_item', 'r')

        engine.before('update', current, null)

        expect(current.aborted).toBe(true)
        expect(calls).toEqual(['later'])
    })
})

describe('business rules: the script as the instance runs it', () => {
    it('when the SDK-generated script requires a module and calls it with current and previous, then the module gets both', () => {
        const { engine, loader } = engineOf(
            [
                rule({
                    name: 'provision',
                    script: [
                        '// @fluent-module onApproval;false;' + `${ROOT}/provisioning/on-approval.ts`,
                        `const { onApproval } = require('${ROOT}/provisioning/on-approval.ts');`,
                        'onApproval(current, previous);',
                    ].join('\n'),
                }),
            ],
            { modules: { 'provisioning/on-approval.ts': 'export const seen = []; export function onApproval(current, previous) { seen.push([current.getUniqueValue(), previous.getValue("approval")]) }' } },
        )

        engine.after('update', new Row('sc_req_item', 'ritm1', { approval: 'approved' }), new Row('sc_req_item', 'ritm1', { approval: 'requested' }))
        engine.after('update', new Row('sc_req_item', 'ritm2', { approval: 'approved' }), new Row('sc_req_item', 'ritm2', { approval: 'requested' }))

        const { seen } = loader.load(`${ROOT}/provisioning/on-approval.ts`) as { seen: string[][] }
        expect(seen).toEqual([
            ['ritm1', 'requested'],
            ['ritm2', 'requested'],
        ])
        expect(engine.firings).toHaveLength(2)
    })

    it('when a rule’s script requires a path that does not ship, then the write fails with "unknown require path"', () => {
        const { engine } = engineOf([rule({ name: 'broken', script: `const { f } = require('${ROOT}/nowhere.ts'); f(current);` })])

        expect(() => engine.after('update', new Row('sc_req_item', 'r'), null)).toThrow(/unknown require path '.*nowhere\.ts' \(required from business rule 'broken'\)/)
    })

    it('when a rule’s script uses something the instance does not give a script, then it fails', () => {
        const { engine } = engineOf([rule({ name: 'node', script: 'process.exit(1)' })])

        expect(() => engine.after('update', new Row('sc_req_item', 'r'), null)).toThrow(/process is not defined/)
    })
})

describe('business rules: async, display, and what the harness refuses', () => {
    it('when an async rule matches, then it is queued, and runs when drained, on a re-read current, with previous null', () => {
        const reread = new Row('sc_req_item', 'r', { state: 'from-database' })
        const { engine, calls } = engineOf(
            [
                rule({ name: 'async', when: 'async_always', order: '1', script: "gs.info('async ' + current.getValue('state') + ' ' + previous)" }),
                rule({ name: 'after', when: 'after', order: '500', script: "gs.info('after')" }),
            ],
            { reread: () => reread },
        )

        engine.after('update', new Row('sc_req_item', 'r', { state: 'in-memory' }), new Row('sc_req_item', 'r'))
        expect(calls).toEqual(['after'])
        expect(engine.pendingAsync()).toBe(1)

        engine.drainAsync()
        expect(calls).toEqual(['after', 'async from-database null'])
        expect(engine.pendingAsync()).toBe(0)
    })

    it('when a table has a display rule and a write happens on it, then the harness throws rather than skip it', () => {
        const { engine } = engineOf([rule({ name: 'form', when: 'display', script: '' })])

        expect(() => engine.before('update', new Row('sc_req_item', 'r'), null)).toThrow(/display business rule 'form'.*not simulated/)
    })

    it.each([
        ['a query rule', { action_query: 'true' }],
        ['a rule on a parent table', { collection: 'task' }],
        ['role conditions', { role_conditions: 'itil' }],
        ['the no-code abort action', { abort_action: 'true' }],
        ['add_message', { add_message: 'true' }],
        ['a field template', { template: 'state=3' }],
        ['an unknown when', { when: 'sometimes' }],
        ['a script on a non-advanced rule', { advanced: 'false', script: "gs.info('x')" }],
    ])('when a shipped rule uses %s, then loading it throws', (_what, overrides) => {
        expect(() => businessRuleFromRecord(rule({ name: 'x', ...overrides }))).toThrow(/not simulated by the harness/)
    })
})
