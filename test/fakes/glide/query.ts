/**
 * The query engine: encoded queries, addQuery() terms, dot-walks, ordering, and the business-rule
 * condition operators. One engine serves GlideRecord queries and matchesCondition(), so a
 * business-rule condition and a query agree on what "matches" means.
 *
 * Docs: "Operators available for filters and queries" (markdown/platform-user-interface/r_OpAvailableFiltersQueries.md)
 * and "Encoded query strings" (markdown/platform-user-interface/c_EncodedQueryStrings.md).
 * Precedence: ^OR binds tighter than ^ (a^ORb^c is (a OR b) AND c); ^NQ starts a new query
 * OR'ed with the previous ones; ^EQ ends the conditions.
 */
import { isGlideDateTime } from './date-time.ts'
import { fieldSpec, type FieldSpec } from './schema.ts'
import { findRow, type Row } from './store.ts'
import { refuse } from './strict.ts'
import { compareForOrder, compareValues, sameValue, toQueryValue } from './values.ts'

export type Operator =
    | '='
    | '!='
    | '<'
    | '<='
    | '>'
    | '>='
    | 'IN'
    | 'NOT IN'
    | 'STARTSWITH'
    | 'ENDSWITH'
    | 'CONTAINS'
    | 'LIKE'
    | 'ISEMPTY'
    | 'ISNOTEMPTY'
    | 'VALCHANGES'
    | 'CHANGESTO'
    | 'CHANGESFROM'

/** 'query': a GlideRecord query. 'condition': a business-rule condition, which may test changes. */
export type QueryMode = 'query' | 'condition'

const UNARY: ReadonlySet<Operator> = new Set<Operator>(['ISEMPTY', 'ISNOTEMPTY', 'VALCHANGES'])
const CHANGE_OPERATORS: ReadonlySet<Operator> = new Set<Operator>(['VALCHANGES', 'CHANGESTO', 'CHANGESFROM'])
const TEXT_MATCH: ReadonlySet<Operator> = new Set<Operator>(['STARTSWITH', 'ENDSWITH', 'CONTAINS', 'LIKE'])

/** Operators of addQuery(name, operator, value), as documented (GlideRecord - Scoped, addQuery()). */
export const ADD_QUERY_OPERATORS: ReadonlySet<string> = new Set(['=', '!=', '<', '<=', '>', '>=', 'IN', 'NOT IN', 'STARTSWITH', 'ENDSWITH', 'CONTAINS'])

const IMPLEMENTED_TOKENS: readonly Operator[] = [
    'NOT IN',
    'ISNOTEMPTY',
    'ISEMPTY',
    'STARTSWITH',
    'ENDSWITH',
    'CONTAINS',
    'LIKE',
    'IN',
    'VALCHANGES',
    'CHANGESTO',
    'CHANGESFROM',
    '!=',
    '<=',
    '>=',
    '=',
    '<',
    '>',
]

/** Platform operators the double recognises but does not model, with what to do instead. */
const REFUSED_TOKENS: Readonly<Record<string, string>> = {
    CHANGES: 'is not a documented encoded-query operator; the condition builder encodes "changes" as VALCHANGES',
    'NOT LIKE': 'is not modelled (its NULL behaviour is undocumented)',
    'DOES NOT CONTAIN': 'is not modelled (its NULL behaviour is undocumented)',
    INSTANCEOF: 'is not modelled',
    ANYTHING: 'is not modelled',
    EMPTYSTRING: 'is not modelled',
    SAMEAS: 'is not modelled',
    NSAMEAS: 'is not modelled',
    BETWEEN: 'is not modelled',
    DATEPART: 'is not modelled',
    ON: 'is not modelled',
    NOTON: 'is not modelled',
    RELATIVEGT: 'is not modelled',
    RELATIVELT: 'is not modelled',
    RELATIVEGE: 'is not modelled',
    RELATIVELE: 'is not modelled',
    RELATIVEEE: 'is not modelled',
    MORETHAN: 'is not modelled',
    LESSTHAN: 'is not modelled',
    DYNAMIC: 'is not modelled',
    GT_FIELD: 'is not modelled',
    LT_FIELD: 'is not modelled',
    GT_OR_EQUALS_FIELD: 'is not modelled',
    LT_OR_EQUALS_FIELD: 'is not modelled',
}

const ALL_TOKENS = [...IMPLEMENTED_TOKENS, ...Object.keys(REFUSED_TOKENS)].sort((a, b) => b.length - a.length)

export interface Step {
    table: string
    field: string
    spec: FieldSpec
}

export interface Path {
    text: string
    steps: Step[]
}

export interface Term {
    path: Path
    op: Operator
    /** The value as written, for getEncodedQuery(). */
    raw: string
    /** The stored form of the value (or of each IN value). */
    values: string[]
}

/** One or more terms joined by OR. */
export interface Clause {
    terms: Term[]
}

/** Clauses joined by AND. A query is one or more groups joined by ^NQ. */
export type Group = Clause[]

export interface Order {
    path: Path
    desc: boolean
}

/** Resolves 'field' or a dot-walk 'reference.field.field' against the schema. */
export function resolvePath(table: string, text: string): Path {
    const names = text.split('.')
    const steps: Step[] = []
    let current = table
    names.forEach((name, index) => {
        const spec = fieldSpec(current, name)
        steps.push({ table: current, field: name, spec })
        if (index < names.length - 1) {
            if (spec.type !== 'reference' || !spec.reference) refuse(`cannot dot-walk through ${current}.${name} in "${text}": it is not a reference column.`)
            current = spec.reference
        }
    })
    return { text, steps }
}

export function lastSpec(path: Path): FieldSpec {
    return path.steps[path.steps.length - 1].spec
}

/** The stored value at the end of a path; '' when a reference on the way is empty or dangling. */
export function readPath(row: Row, path: Path): string {
    let value = row[path.steps[0].field] ?? ''
    for (let index = 1; index < path.steps.length; index += 1) {
        const previous = path.steps[index - 1].spec
        if (value === '' || !previous.reference) return ''
        const target = findRow(previous.reference, value)
        if (!target) return ''
        value = target.row[path.steps[index].field] ?? ''
    }
    return value
}

function rawText(value: unknown, where: string): string {
    if (isGlideDateTime(value)) return value.getValue()
    if (typeof value === 'string') return value
    if (typeof value === 'number' || typeof value === 'boolean') return String(value)
    if (value === null || value === undefined) {
        return refuse(`${where}: the value is ${String(value)}; use addNullQuery() / addNotNullQuery() for empty values.`)
    }
    return refuse(`${where}: the double accepts strings, numbers, booleans and GlideDateTime as query values (got ${typeof value}).`)
}

function refuseScript(text: string, where: string): void {
    if (text.trim().toLowerCase().startsWith('javascript:')) {
        refuse(`${where}: "javascript:" values are not evaluated by the double, and app code must pass concrete values.`)
    }
}

/** Builds one term. `value` is ignored for unary operators. */
export function makeTerm(table: string, field: string, op: Operator, value: unknown, mode: QueryMode): Term {
    const where = `${table}: ${field} ${op}`
    const path = resolvePath(table, field)
    const spec = lastSpec(path)
    const last = path.steps[path.steps.length - 1]
    if (CHANGE_OPERATORS.has(op) && mode === 'query') {
        refuse(`${op} is a business-rule condition operator (it compares current with previous); a GlideRecord query cannot use it.`)
    }
    if (spec.type === 'journal' && !(mode === 'condition' && (op === 'VALCHANGES' || op === 'ISEMPTY' || op === 'ISNOTEMPTY'))) {
        refuse(`journal column ${last.table}.${last.field} cannot be queried; journal entries are sys_journal_field rows.`)
    }
    if (UNARY.has(op)) return { path, op, raw: '', values: [] }

    if (op === 'IN' || op === 'NOT IN') {
        const items = Array.isArray(value) ? value.map((item) => rawText(item, where)) : rawText(value, where).split(',')
        items.forEach((item) => refuseScript(item, where))
        const values = items.map((item) => toQueryValue(last.table, last.field, spec, item))
        return { path, op, raw: items.join(','), values }
    }
    const raw = rawText(value, where)
    refuseScript(raw, where)
    if (TEXT_MATCH.has(op)) {
        if (raw === '') refuse(`${where}: an empty value matches nothing useful; use ISEMPTY / ISNOTEMPTY.`)
        return { path, op, raw, values: [raw] }
    }
    return { path, op, raw, values: [toQueryValue(last.table, last.field, spec, raw)] }
}

/** Whether a row matches one term. `previous` is the row before the write, for change operators. */
export function matchTerm(row: Row, term: Term, previous: Row | null): boolean {
    const spec = lastSpec(term.path)
    const stored = readPath(row, term.path)
    const wanted = term.values[0] ?? ''
    switch (term.op) {
        case 'ISEMPTY':
            return stored === ''
        case 'ISNOTEMPTY':
            return stored !== ''
        // SQL semantics: a comparison with NULL is never true, so != and NOT IN skip empty values.
        case '=':
            return stored !== '' && sameValue(spec, stored, wanted)
        case '!=':
            return stored !== '' && !sameValue(spec, stored, wanted)
        case 'IN':
            return stored !== '' && term.values.some((value) => sameValue(spec, stored, value))
        case 'NOT IN':
            return stored !== '' && !term.values.some((value) => sameValue(spec, stored, value))
        case '<':
            return stored !== '' && compareValues(spec, stored, wanted) < 0
        case '<=':
            return stored !== '' && compareValues(spec, stored, wanted) <= 0
        case '>':
            return stored !== '' && compareValues(spec, stored, wanted) > 0
        case '>=':
            return stored !== '' && compareValues(spec, stored, wanted) >= 0
        case 'STARTSWITH':
            return stored !== '' && stored.toLowerCase().startsWith(wanted.toLowerCase())
        case 'ENDSWITH':
            return stored !== '' && stored.toLowerCase().endsWith(wanted.toLowerCase())
        case 'CONTAINS':
        case 'LIKE':
            return stored !== '' && stored.toLowerCase().includes(wanted.toLowerCase())
        case 'VALCHANGES':
        case 'CHANGESTO':
        case 'CHANGESFROM': {
            // On insert there is no previous row: every column changes from empty.
            const before = previous ? readPath(previous, term.path) : ''
            if (stored === before) return false
            if (term.op === 'VALCHANGES') return true
            if (term.op === 'CHANGESTO') return stored !== '' && sameValue(spec, stored, wanted)
            return before !== '' && sameValue(spec, before, wanted)
        }
    }
}

export function matchGroups(row: Row, groups: Group[], previous: Row | null): boolean {
    if (groups.length === 0) return true
    return groups.some((group) => group.every((clause) => clause.terms.some((term) => matchTerm(row, term, previous))))
}

function parseTerm(table: string, text: string, mode: QueryMode): Term {
    const match = /^([a-z0-9_]+(?:\.[a-z0-9_]+)*)(.*)$/s.exec(text)
    if (!match) refuse(`cannot read a column name at the start of the encoded-query term "${text}".`)
    const [, field, rest] = match
    const token = ALL_TOKENS.find((candidate) => rest.startsWith(candidate))
    if (!token) {
        refuse(`unknown operator in the encoded-query term "${text}" (after "${field}"). The double implements: ${IMPLEMENTED_TOKENS.join(' ')}.`)
    }
    if (token in REFUSED_TOKENS) refuse(`operator ${token} in "${text}" ${REFUSED_TOKENS[token]}.`)
    const op = token as Operator
    const value = rest.slice(token.length)
    if (UNARY.has(op) && value !== '') refuse(`operator ${op} takes no value, but the term "${text}" has one.`)
    refuseScript(value, `${table}: ${text}`)
    return makeTerm(table, field, op, value, mode)
}

export interface ParsedQuery {
    groups: Group[]
    orders: Order[]
}

/** Parses an encoded query. Empty segments are ignored; anything unknown throws. */
export function parseEncodedQuery(table: string, text: string, mode: QueryMode): ParsedQuery {
    refuseScript(text, `${table}: encoded query`)
    const groups: Group[] = []
    const orders: Order[] = []
    let ended = false
    const currentGroup = (): Group => {
        if (groups.length === 0) groups.push([])
        return groups[groups.length - 1]
    }
    for (const segment of text.split('^')) {
        if (segment === '') continue
        if (segment.startsWith('ORDERBYDESC')) {
            orders.push({ path: resolvePath(table, segment.slice('ORDERBYDESC'.length)), desc: true })
        } else if (segment.startsWith('ORDERBY')) {
            orders.push({ path: resolvePath(table, segment.slice('ORDERBY'.length)), desc: false })
        } else if (ended) {
            refuse(`"${segment}" follows ^EQ in "${text}"; only ORDERBY may follow it.`)
        } else if (segment === 'EQ') {
            ended = true
        } else if (segment.startsWith('NQ')) {
            if (groups.length === 0) refuse(`"${text}" starts with ^NQ; there is no query before it.`)
            groups.push([{ terms: [parseTerm(table, segment.slice(2), mode)] }])
        } else if (segment.startsWith('OR')) {
            const group = currentGroup()
            if (group.length === 0) refuse(`"${text}" starts with ^OR; there is no condition before it.`)
            group[group.length - 1].terms.push(parseTerm(table, segment.slice(2), mode))
        } else if (/^[A-Z]/.test(segment)) {
            refuse(`unknown encoded-query keyword in "${segment}" (the double knows ^OR, ^NQ, ^EQ, ORDERBY, ORDERBYDESC).`)
        } else {
            currentGroup().push({ terms: [parseTerm(table, segment, mode)] })
        }
    }
    return { groups, orders }
}

function termText(term: Term): string {
    const token = term.op === 'CONTAINS' ? 'LIKE' : term.op
    return `${term.path.text}${token}${term.raw}`
}

/** The encoded form of a query, as getEncodedQuery() answers it (CONTAINS is written LIKE). */
export function encodeQuery(groups: Group[], orders: Order[]): string {
    const parts = groups.map((group) => group.map((clause) => clause.terms.map(termText).join('^OR')).join('^'))
    const conditions = parts.filter((part) => part !== '').join('^NQ')
    const sorting = orders.map((order) => `${order.desc ? 'ORDERBYDESC' : 'ORDERBY'}${order.path.text}`)
    return [conditions, ...sorting].filter((part) => part !== '').join('^')
}

/** Stable sort by the orders, in sequence; rows keep insertion order otherwise. */
export function sortRows<T extends { row: Row }>(rows: T[], orders: Order[]): T[] {
    if (orders.length === 0) return rows
    return [...rows].sort((a, b) => {
        for (const order of orders) {
            const spec = lastSpec(order.path)
            const result = compareForOrder(spec, readPath(a.row, order.path), readPath(b.row, order.path))
            if (result !== 0) return order.desc ? -result : result
        }
        return 0
    })
}
