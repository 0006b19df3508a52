/**
 * The double's query engine against the documented platform behaviour.
 */
import { GlideRecord, glide } from './glide'

beforeEach(() => glide.reset())

/** The user names a query returns, in order. */
function userNames(configure: (gr: GlideRecord) => void): string[] {
    const gr = new GlideRecord('sys_user')
    configure(gr)
    gr.query()
    const names: string[] = []
    while (gr.next()) names.push(gr.getValue('user_name') ?? '')
    return names
}

function seedUsers(): Record<string, string> {
    return {
        ann: glide.seed('sys_user', { user_name: 'ann', name: 'Ann Archer', web_service_access_only: true, failed_attempts: 2, last_login_time: '2026-01-05 10:00:00' }),
        bob: glide.seed('sys_user', { user_name: 'bob', name: 'Bob Baker', web_service_access_only: false, failed_attempts: 10, last_login_time: '2025-12-24 08:30:00' }),
        cy: glide.seed('sys_user', { user_name: 'cy', name: 'Cy Cole', failed_attempts: 9 }),
    }
}

// Docs: "Operators available for filters and queries" (ServiceNowDocs markdown/platform-user-interface/r_OpAvailableFiltersQueries.md)
// and GlideRecord - Scoped addQuery() (markdown/api-reference/server-api-reference/c_GlideRecordScopedAPI.md).
describe('comparison operators', () => {
    beforeEach(() => seedUsers())

    test('when a query uses =, then only equal values match', () => {
        expect(userNames((gr) => gr.addEncodedQuery('user_name=bob'))).toEqual(['bob'])
        expect(userNames((gr) => gr.addQuery('user_name', '=', 'bob'))).toEqual(['bob'])
        expect(userNames((gr) => gr.addQuery('user_name', 'bob'))).toEqual(['bob'])
    })

    test('when a string is compared, then the comparison ignores case ("not case-sensitive")', () => {
        expect(userNames((gr) => gr.addQuery('user_name', 'BOB'))).toEqual(['bob'])
        expect(userNames((gr) => gr.addEncodedQuery('nameSTARTSWITHann'))).toEqual(['ann'])
        expect(userNames((gr) => gr.addQuery('name', 'CONTAINS', 'BAKER'))).toEqual(['bob'])
    })

    test('when a query uses STARTSWITH, ENDSWITH, CONTAINS or LIKE, then substrings match', () => {
        expect(userNames((gr) => gr.addQuery('name', 'STARTSWITH', 'Cy'))).toEqual(['cy'])
        expect(userNames((gr) => gr.addQuery('name', 'ENDSWITH', 'er'))).toEqual(['ann', 'bob'])
        expect(userNames((gr) => gr.addEncodedQuery('nameENDSWITHcole'))).toEqual(['cy'])
        expect(userNames((gr) => gr.addEncodedQuery('nameLIKEb'))).toEqual(['bob'])
        expect(userNames((gr) => gr.addEncodedQuery('nameCONTAINSarch'))).toEqual(['ann'])
    })

    test('when a query uses IN, then any listed value matches (string list or array)', () => {
        expect(userNames((gr) => gr.addEncodedQuery('user_nameINann,cy'))).toEqual(['ann', 'cy'])
        expect(userNames((gr) => gr.addQuery('user_name', 'IN', ['BOB', 'nobody']))).toEqual(['bob'])
        expect(userNames((gr) => gr.addQuery('user_name', 'IN', 'ann,bob'))).toEqual(['ann', 'bob'])
    })

    test('when an integer column is compared with < <= > >=, then it compares numbers, not text', () => {
        expect(userNames((gr) => gr.addQuery('failed_attempts', '>', 9))).toEqual(['bob'])
        expect(userNames((gr) => gr.addQuery('failed_attempts', '>=', '9'))).toEqual(['bob', 'cy'])
        expect(userNames((gr) => gr.addEncodedQuery('failed_attempts<9'))).toEqual(['ann'])
        expect(userNames((gr) => gr.addEncodedQuery('failed_attempts<=2'))).toEqual(['ann'])
    })

    test('when a date/time column is compared, then it compares the UTC values in time order', () => {
        expect(userNames((gr) => gr.addQuery('last_login_time', '<', '2026-01-01 00:00:00'))).toEqual(['bob'])
        expect(userNames((gr) => gr.addEncodedQuery('last_login_time>=2026-01-05 10:00:00'))).toEqual(['ann'])
    })

    test('when a boolean is queried with true/false or 1/0, then it matches the stored 1/0', () => {
        expect(userNames((gr) => gr.addQuery('web_service_access_only', true))).toEqual(['ann'])
        expect(userNames((gr) => gr.addEncodedQuery('web_service_access_only=1'))).toEqual(['ann'])
        expect(userNames((gr) => gr.addEncodedQuery('web_service_access_only=false'))).toEqual(['bob'])
    })
})

// Platform facts (High): "Neither =false nor !=true matches an empty field: != excludes empty (NULL)
// values, as SQL does"; the docs' operator table lists ISEMPTY / ISNOTEMPTY for empty values.
describe('empty (NULL) values', () => {
    beforeEach(() => seedUsers())

    test('when != is used, then empty values never match', () => {
        expect(userNames((gr) => gr.addEncodedQuery('web_service_access_only!=true'))).toEqual(['bob'])
        expect(userNames((gr) => gr.addQuery('last_login_time', '!=', '2026-01-05 10:00:00'))).toEqual(['bob'])
    })

    test('when NOT IN is used, then empty values never match', () => {
        expect(userNames((gr) => gr.addEncodedQuery('web_service_access_onlyNOT IN1'))).toEqual(['bob'])
        expect(userNames((gr) => gr.addQuery('web_service_access_only', 'NOT IN', ['1']))).toEqual(['bob'])
    })

    test('when =, IN, <, > or STARTSWITH is used, then empty values never match', () => {
        expect(userNames((gr) => gr.addEncodedQuery('web_service_access_only=false'))).toEqual(['bob'])
        expect(userNames((gr) => gr.addEncodedQuery('web_service_access_onlyIN0,1'))).toEqual(['ann', 'bob'])
        expect(userNames((gr) => gr.addEncodedQuery('last_login_time<2030-01-01 00:00:00'))).toEqual(['ann', 'bob'])
        expect(userNames((gr) => gr.addEncodedQuery('emailSTARTSWITHa'))).toEqual([])
    })

    test('when ISEMPTY / addNullQuery is used, then only empty values match; ISNOTEMPTY / addNotNullQuery the others', () => {
        expect(userNames((gr) => gr.addEncodedQuery('web_service_access_onlyISEMPTY'))).toEqual(['cy'])
        expect(userNames((gr) => gr.addNullQuery('last_login_time'))).toEqual(['cy'])
        expect(userNames((gr) => gr.addEncodedQuery('web_service_access_onlyISNOTEMPTY'))).toEqual(['ann', 'bob'])
        expect(userNames((gr) => gr.addNotNullQuery('last_login_time'))).toEqual(['ann', 'bob'])
    })

    test('when "not web-service-only" is spelled =false^ORISEMPTY, then empty values are included', () => {
        expect(userNames((gr) => gr.addEncodedQuery('web_service_access_only=false^ORweb_service_access_onlyISEMPTY'))).toEqual(['bob', 'cy'])
    })
})

// Docs: "Operators available for filters and queries", condition builder table: ^ is AND, ^OR is an
// OR condition, ^NQ is a new query OR'ed with the previous one; GlideRecord - Scoped addQuery():
// "One or more addQuery() calls ... are AND'ed", addOrCondition() ORs.
describe('AND, OR and NQ', () => {
    beforeEach(() => seedUsers())

    test('when ^OR follows a term, then it binds tighter than ^ (a^ORb^c is (a OR b) AND c)', () => {
        expect(userNames((gr) => gr.addEncodedQuery('user_name=ann^ORuser_name=bob^failed_attempts>5'))).toEqual(['bob'])
        expect(userNames((gr) => gr.addEncodedQuery('failed_attempts>5^user_name=ann^ORuser_name=bob'))).toEqual(['bob'])
    })

    test('when ^NQ separates two queries, then a row matching either matches', () => {
        expect(userNames((gr) => gr.addEncodedQuery('user_name=ann^failed_attempts>5^NQuser_name=cy'))).toEqual(['cy'])
        expect(userNames((gr) => gr.addEncodedQuery('user_name=ann^NQuser_name=cy^ORuser_name=bob'))).toEqual(['ann', 'bob', 'cy'])
    })

    test('when addQuery is called twice, then both conditions apply', () => {
        expect(
            userNames((gr) => {
                gr.addQuery('failed_attempts', '>', 1)
                gr.addQuery('name', 'STARTSWITH', 'b')
            }),
        ).toEqual(['bob'])
    })

    test('when addOrCondition is chained on a condition, then its terms are OR-ed with it and AND-ed with the rest', () => {
        expect(
            userNames((gr) => {
                gr.addQuery('user_name', 'ann').addOrCondition('user_name', 'cy').addOrCondition('user_name', '=', 'bob')
                gr.addQuery('failed_attempts', '<', 10)
            }),
        ).toEqual(['ann', 'cy'])
    })

    test('when addEncodedQuery and addQuery are combined, then they are AND-ed', () => {
        expect(
            userNames((gr) => {
                gr.addEncodedQuery('user_nameINann,bob')
                gr.addQuery('failed_attempts', '>', 5)
            }),
        ).toEqual(['bob'])
    })

    test('when a condition ends with ^EQ, then the terms before it apply and ORDERBY may follow', () => {
        expect(userNames((gr) => gr.addEncodedQuery('failed_attempts>1^EQ^ORDERBYDESCuser_name'))).toEqual(['cy', 'bob', 'ann'])
    })
})

// Docs: "Encoded query strings", referring to reference fields (field.field_in_referenced_table).
describe('dot-walks through references', () => {
    test('when a term dot-walks, then it reads the referenced record; an empty reference matches nothing but ISEMPTY', () => {
        const boss = glide.seed('sys_user', { user_name: 'boss', active: false })
        const ops = glide.seed('sys_user_group', { name: 'Ops' })
        glide.seed('sys_user', { user_name: 'worker', manager: boss })
        glide.seed('sys_user', { user_name: 'loner' })
        const member = glide.seed('sys_user_grmember', { user: glide.seed('sys_user', { user_name: 'member', manager: boss }), group: ops })

        expect(userNames((gr) => gr.addEncodedQuery('manager.active=false'))).toEqual(['worker', 'member'])
        expect(userNames((gr) => gr.addQuery('manager.user_name', 'BOSS'))).toEqual(['worker', 'member'])
        expect(userNames((gr) => gr.addEncodedQuery('manager.activeISEMPTY'))).toEqual(['boss', 'loner'])

        const membership = new GlideRecord('sys_user_grmember')
        membership.addEncodedQuery('group.name=ops^user.manager.user_name=boss')
        membership.query()
        expect(membership.next()).toBe(true)
        expect(membership.getUniqueValue()).toBe(member)
        expect(membership.getValue('user.manager.user_name')).toBe('boss')
        expect(membership.getDisplayValue('group')).toBe('Ops')
    })

    test('when a dot-walk passes a column that is not a reference, then it throws', () => {
        expect(() => new GlideRecord('sys_user').addEncodedQuery('user_name.active=true')).toThrow(/not a reference column/)
    })
})

// Docs: GlideRecord - Scoped orderBy(), orderByDesc(), setLimit(), getRowCount(), hasNext().
describe('ordering and limits', () => {
    beforeEach(() => seedUsers())

    test('when orderBy/orderByDesc are called, then rows are sorted by them in sequence; empty values sort first', () => {
        expect(userNames((gr) => gr.orderByDesc('failed_attempts'))).toEqual(['bob', 'cy', 'ann'])
        expect(userNames((gr) => gr.orderBy('last_login_time'))).toEqual(['cy', 'bob', 'ann'])
        glide.seed('sys_user', { user_name: 'dee', failed_attempts: 9 })
        expect(
            userNames((gr) => {
                gr.orderBy('failed_attempts')
                gr.orderByDesc('user_name')
            }),
        ).toEqual(['ann', 'dee', 'cy', 'bob'])
        expect(userNames((gr) => gr.addEncodedQuery('ORDERBYname'))).toEqual(['dee', 'ann', 'bob', 'cy'])
    })

    test('when text is sorted, then case is ignored', () => {
        glide.seed('sys_user', { user_name: 'Bz' })
        expect(userNames((gr) => gr.orderBy('user_name'))).toEqual(['ann', 'bob', 'Bz', 'cy'])
    })

    test('when setLimit is set, then at most that many rows come back and getRowCount counts them', () => {
        const gr = new GlideRecord('sys_user')
        gr.orderByDesc('failed_attempts')
        gr.setLimit(2)
        gr.query()
        expect(gr.getRowCount()).toBe(2)
        expect(gr.hasNext()).toBe(true)
        gr.next()
        gr.next()
        expect(gr.getValue('user_name')).toBe('cy')
        expect(gr.hasNext()).toBe(false)
        expect(gr.next()).toBe(false)
        expect(gr.isValidRecord()).toBe(false)
    })

    test('when no row matches, then getRowCount is 0 and next() is false', () => {
        const gr = new GlideRecord('sys_user')
        gr.addQuery('user_name', 'nobody')
        gr.query()
        expect(gr.getRowCount()).toBe(0)
        expect(gr.next()).toBe(false)
    })

    test('when getEncodedQuery is called, then it answers the conditions as an encoded query (CONTAINS as LIKE)', () => {
        const gr = new GlideRecord('sys_user')
        gr.addQuery('active', true)
        gr.addQuery('name', 'CONTAINS', 'a').addOrCondition('user_name', 'IN', ['x', 'y'])
        gr.addNullQuery('email')
        gr.orderByDesc('user_name')
        expect(gr.getEncodedQuery()).toBe('active=true^nameLIKEa^ORuser_nameINx,y^emailISEMPTY^ORDERBYDESCuser_name')
    })
})

// Docs: GlideRecord - Scoped get(Object name, Object value): one parameter is the sys_id (or, failing
// that, the display value); two parameters are a column and a value; returns whether a record was found.
describe('get()', () => {
    test('when get(sysId) finds the record, then it is current and true is returned', () => {
        const { bob } = seedUsers()
        const gr = new GlideRecord('sys_user')
        expect(gr.get(bob)).toBe(true)
        expect(gr.getValue('user_name')).toBe('bob')
        expect(gr.isValidRecord()).toBe(true)
    })

    test('when get(value) matches no sys_id, then it matches the display value', () => {
        seedUsers()
        const gr = new GlideRecord('sys_user')
        expect(gr.get('cy cole')).toBe(true)
        expect(gr.getValue('user_name')).toBe('cy')
    })

    test('when get(field, value) is used, then the first match is current and next() gives the others', () => {
        seedUsers()
        const gr = new GlideRecord('sys_user')
        expect(gr.get('failed_attempts', 7)).toBe(false)
        expect(gr.get('active', true)).toBe(true)
        expect(gr.getValue('user_name')).toBe('ann')
        expect(gr.next()).toBe(true)
        expect(gr.getValue('user_name')).toBe('bob')
    })

    test('when nothing is found, then get() returns false and there is no current record', () => {
        const gr = new GlideRecord('sys_user')
        expect(gr.get('0123456789abcdef0123456789abcdef')).toBe(false)
        expect(gr.get('')).toBe(false)
        expect(() => gr.getValue('user_name')).toThrow(/no current record/)
    })

    test('when get() follows addQuery(), then the double refuses (whether the conditions apply is not modelled)', () => {
        const gr = new GlideRecord('sys_user')
        gr.addQuery('active', true)
        expect(() => gr.get('abc')).toThrow(/get\(\) after addQuery/)
    })
})

// Docs: GlideRecord - Scoped getRecordClassName(); tables that extend task (sc_req_item, sc_task)
// inherit its columns, and a query on task returns their records.
describe('extended tables', () => {
    test('when task is queried, then request items and catalog tasks come back with their class', () => {
        const item = glide.seed('sc_req_item', { short_description: 'Item' })
        glide.seed('sc_task', { short_description: 'Task', request_item: item })
        glide.seed('sc_cat_item', { name: 'Not a task' })
        const gr = new GlideRecord('task')
        gr.orderBy('short_description')
        gr.query()
        const found: string[] = []
        while (gr.next()) found.push(`${gr.getRecordClassName()}:${gr.getValue('short_description')}:${gr.getValue('number')?.slice(0, 4)}`)
        expect(found).toEqual(['sc_req_item:Item:RITM', 'sc_task:Task:SCTA'])
        expect(() => gr.getValue('request_item')).toThrow(/no current record/)
    })

    test('when a task record is read through task, then columns of the child table are unknown', () => {
        glide.seed('sc_req_item', { short_description: 'Item' })
        const gr = new GlideRecord('task')
        gr.query()
        gr.next()
        expect(() => gr.getValue('cat_item')).toThrow(/table "task" has no column "cat_item"/)
    })

    test('when a request item is read through sc_req_item, then inherited task columns are available', () => {
        const id = glide.seed('sc_req_item', { short_description: 'Item' })
        const gr = new GlideRecord('sc_req_item')
        expect(gr.get(id)).toBe(true)
        expect(gr.getValue('state')).toBe('1')
        expect(gr.getValue('approval')).toBe('not requested')
        expect(gr.getValue('sys_class_name')).toBe('sc_req_item')
    })
})
