/**
 * The double refuses what it does not model, by name. App code compiled against the real
 * @servicenow/glide typings reaches it through jest's moduleNameMapper.
 */
import * as mapped from '@servicenow/glide'
import { GlideDoubleError, GlideRecord, glide, gs } from './glide'

beforeEach(() => glide.reset())

/** Reads a property the way untyped platform-style code would. */
function read(target: object, prop: string): unknown {
    return (target as Record<string, unknown>)[prop]
}

function call(target: object, method: string, ...args: unknown[]): unknown {
    return (read(target, method) as (...a: unknown[]) => unknown).apply(target, args)
}

// jest.config.js maps @servicenow/glide to test/fakes/glide.ts and every @servicenow/glide/<ns> to
// test/fakes/unsupported-glide-namespace.ts.
describe('module mapping', () => {
    test('when app code imports @servicenow/glide, then it gets the double', () => {
        expect(mapped.GlideRecord).toBe(GlideRecord)
        expect(mapped.gs).toBe(gs)
    })

    test('when app code uses a Glide class the double does not model, then using it throws with its name', () => {
        expect(() => new mapped.GlideAggregate('sys_user')).toThrow(/GlideAggregate is not implemented by the Glide test double/)
        expect(() => new mapped.GlideRecordSecure('sys_user')).toThrow(/GlideRecordSecure is not implemented/)
        expect(() => read(mapped.GlideQuery, 'parse')).toThrow(/GlideQuery is not implemented/)
    })

    test('when a @servicenow/glide/<namespace> is imported, then the import throws with a clear message', () => {
        jest.isolateModules(() => {
            expect(() => require('@servicenow/glide/sn_ws')).toThrow(/@servicenow\/glide\/<namespace> import is not implemented/)
        })
    })
})

// Docs: GlideRecord - Scoped ("Retrieve values from records": use getValue()/getDisplayValue(), not dot-walked elements).
describe('GlideRecord refusals', () => {
    test('when a field is read or written as an element (gr.field), then it throws and names getValue/setValue', () => {
        const gr = new GlideRecord('sys_user')
        expect(() => read(gr, 'user_name')).toThrow(/element access sys_user.user_name .* use getValue\('user_name'\)/)
        expect(() => {
            ;(gr as unknown as Record<string, unknown>).user_name = 'x'
        }).toThrow(/use setValue\('user_name', value\)/)
    })

    test('when an unimplemented method is called, then it throws with the method name', () => {
        const gr = new GlideRecord('sys_user')
        expect(() => call(gr, 'updateMultiple')).toThrow(/GlideRecord.updateMultiple\(\) is not implemented by the double/)
        expect(() => call(gr, 'addJoinQuery', 'x', 'y', 'z')).toThrow(/addJoinQuery/)
        expect(() => read(gr, 'noSuchThing')).toThrow(/no method "noSuchThing"/)
        expect(() => read(GlideRecord, 'staticThing')).toThrow(/GlideRecord.staticThing \(static\)/)
    })

    test('when a table or column is unknown, then it throws with its name', () => {
        expect(() => new GlideRecord('sys_usr')).toThrow(/unknown table "sys_usr"/)
        const gr = new GlideRecord('sys_user')
        expect(() => gr.addQuery('user_nam', 'x')).toThrow(/no column "user_nam"/)
        expect(() => gr.addEncodedQuery('activ=true')).toThrow(/no column "activ"/)
        expect(() => gr.orderBy('nam')).toThrow(/no column "nam"/)
        gr.initialize()
        expect(() => gr.getValue('nam')).toThrow(/no column "nam"/)
        expect(() => gr.setValue('nam', 'x')).toThrow(/no column "nam"/)
    })

    test('when an operator is unknown or unsupported, then it throws with the operator', () => {
        const gr = new GlideRecord('sys_user')
        expect(() => gr.addQuery('name', 'LIKE', 'x')).toThrow(/unknown operator "LIKE"/)
        expect(() => gr.addQuery('name', 'contains', 'x')).toThrow(/unknown operator "contains".*upper case/)
        expect(() => gr.addQuery('name', 'DOES NOT CONTAIN', 'x')).toThrow(/unknown operator/)
        expect(() => gr.addEncodedQuery('name~x')).toThrow(/unknown operator in the encoded-query term "name~x"/)
        expect(() => gr.addEncodedQuery('nameNOT LIKEx')).toThrow(/NOT LIKE .* not modelled/)
        expect(() => gr.addEncodedQuery('sys_created_onONToday@javascript:gs.beginningOfToday()')).toThrow(/operator ON/)
        expect(() => gr.addEncodedQuery('active=true^XYZname=a')).toThrow(/unknown encoded-query keyword/)
        expect(() => gr.addEncodedQuery('activeISEMPTYyes')).toThrow(/takes no value/)
    })

    test('when a javascript: value is used, then it throws', () => {
        const gr = new GlideRecord('sys_user')
        expect(() => gr.addEncodedQuery('javascript:gs.getUserID()')).toThrow(/javascript:/)
        expect(() => gr.addEncodedQuery('manager=javascript:gs.getUserID()')).toThrow(/javascript:/)
        expect(() => gr.addQuery('manager', 'javascript:gs.getUserID()')).toThrow(/javascript:/)
        expect(() => gr.addQuery('manager', 'IN', ['a', 'javascript:x()'])).toThrow(/javascript:/)
    })

    test('when a query compares with an empty or missing value, then it throws and points to ISEMPTY', () => {
        const gr = new GlideRecord('sys_user')
        expect(() => gr.addQuery('manager', '')).toThrow(/empty value.*addNullQuery/)
        expect(() => gr.addQuery('manager', null)).toThrow(/addNullQuery/)
        expect(() => gr.addEncodedQuery('manager=')).toThrow(/empty value/)
        expect(() => gr.addQuery('failed_attempts', '>', 'many')).toThrow(/not an integer/)
    })

    test('when the record is used before query()/next(), then it throws', () => {
        const gr = new GlideRecord('sys_user')
        expect(() => gr.next()).toThrow(/before query\(\)/)
        gr.query()
        expect(() => gr.getValue('user_name')).toThrow(/no current record/)
        expect(() => gr.setValue('user_name', 'x')).toThrow(/no current record/)
        expect(() => gr.update()).toThrow(/no current record/)
    })

    test('when ^NQ is combined with other conditions, then the double refuses (the combination is not modelled)', () => {
        const gr = new GlideRecord('sys_user')
        gr.addQuery('active', true)
        expect(() => gr.addEncodedQuery('name=a^NQname=b')).toThrow(/\^NQ/)
        const other = new GlideRecord('sys_user')
        other.addEncodedQuery('name=a^NQname=b')
        expect(() => other.addQuery('active', true)).toThrow(/\^NQ/)
    })

    test('when a condition object gets an unmodelled method, then it throws', () => {
        const condition = new GlideRecord('sys_user').addQuery('active', true)
        expect(() => call(condition, 'addCondition', 'name', 'x')).toThrow(/GlideQueryCondition.addCondition\(\)/)
    })

    test('every refusal is a GlideDoubleError', () => {
        expect(() => new GlideRecord('nope')).toThrow(GlideDoubleError)
    })

    test('when a record is awaited or printed by Jest, then the probes do not throw', async () => {
        const gr = new GlideRecord('sys_user')
        await expect(Promise.resolve(gr)).resolves.toBe(gr)
        expect(read(gr, 'then')).toBeUndefined()
    })
})

// Docs: GlideSystem - Scoped lists no getUser() roles/groups use without the privilege and no
// nowDateTime(), log() or print() (markdown/api-reference/server-api-reference/c_GlideSystemScopedAPI.md).
describe('gs refusals', () => {
    test('when gs.getUser() is called, then it throws naming the privilege it would need', () => {
        expect(() => gs.getUser()).toThrow(/'Glide API: user roles and groups'/)
    })

    test('when calls outside the scoped API are made, then they throw with the alternative', () => {
        expect(() => gs.nowDateTime()).toThrow(/new GlideDateTime\(\)/)
        expect(() => gs.log()).toThrow(/gs.info\(\)/)
        expect(() => call(gs, 'getSession')).toThrow(/gs.getSession\(\) is not implemented/)
    })
})
