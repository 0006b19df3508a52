/**
 * GlideDateTime and GlideDate on the fake clock.
 */
import { GlideDate, GlideDateTime, GlideRecord, glide } from './glide'

beforeEach(() => glide.reset())

function call(target: object, method: string, ...args: unknown[]): unknown {
    return ((target as Record<string, unknown>)[method] as (...a: unknown[]) => unknown).apply(target, args)
}

// Docs: GlideDateTime - Scoped (ServiceNowDocs markdown/api-reference/server-api-reference/c_GlideDateTimeScoped.md):
// GlideDateTime() is now; GlideDateTime(String) takes UTC 'yyyy-MM-dd HH:mm:ss'; getValue() is UTC
// in the internal format; toString() equals getValue().
describe('construction and values', () => {
    test('when constructed without a value, then it is the fake clock, which setNow and advance move', () => {
        glide.setNow('2026-03-01 09:00:00')
        expect(new GlideDateTime().getValue()).toBe('2026-03-01 09:00:00')
        glide.advance({ days: 15, hours: 2, minutes: 3, seconds: 4 })
        expect(new GlideDateTime().getValue()).toBe('2026-03-16 11:03:04')
        expect(glide.now()).toBe('2026-03-16 11:03:04')
    })

    test('when constructed from a string or another GlideDateTime, then the UTC value is kept', () => {
        const gdt = new GlideDateTime('2025-01-28 12:00:00')
        expect(gdt.getValue()).toBe('2025-01-28 12:00:00')
        expect(new GlideDateTime(gdt).toString()).toBe('2025-01-28 12:00:00')
        expect(new GlideDateTime('2011-08-31').getValue()).toBe('2011-08-31 00:00:00')
        expect(String(gdt)).toBe('2025-01-28 12:00:00')
    })

    test('when a value is ambiguous or impossible, then the double refuses instead of guessing', () => {
        expect(() => new GlideDateTime('08/31/2011 08:00:00')).toThrow(/yyyy-MM-dd HH:mm:ss/)
        expect(() => new GlideDateTime('2026-02-30 00:00:00')).toThrow(/yyyy-MM-dd HH:mm:ss/)
        expect(() => new GlideDateTime('2026-02-01T00:00:00Z')).toThrow(/yyyy-MM-dd HH:mm:ss/)
    })

    test('when getNumericValue is asked, then it answers epoch milliseconds (documented example)', () => {
        expect(new GlideDateTime('2011-08-31 08:00:00').getNumericValue()).toBe(1314777600000)
    })

    test('when setValue is given a string, a GlideDateTime or milliseconds, then the value follows', () => {
        const gdt = new GlideDateTime('2011-01-01 12:00:00')
        gdt.setValue('2011-02-02 08:00:00')
        expect(gdt.getValue()).toBe('2011-02-02 08:00:00')
        gdt.setValue(new GlideDateTime('2012-03-03 01:02:03'))
        expect(gdt.getValue()).toBe('2012-03-03 01:02:03')
        gdt.setValue(1314777600000)
        expect(gdt.getValue()).toBe('2011-08-31 08:00:00')
    })

    test('when getDisplayValue is asked, then the double answers the UTC internal format (its session time zone is UTC)', () => {
        const gdt = new GlideDateTime('2011-08-31 08:00:00')
        expect(gdt.getDisplayValue()).toBe('2011-08-31 08:00:00')
        expect(gdt.getDisplayValueInternal()).toBe('2011-08-31 08:00:00')
    })
})

// Docs: addDaysUTC(), addSeconds() (2011-12-07 08:00:00 + 1000 s = 08:16:40), addMonthsUTC(), before(),
// after(), compareTo() (0, 1, -1), equals() (GlideDateTime or String), getDate() ("yyyy-MM-dd").
describe('arithmetic and comparison', () => {
    test('when days, weeks, seconds and milliseconds are added, then the UTC value moves by them', () => {
        const gdt = new GlideDateTime('2011-12-07 08:00:00')
        gdt.addSeconds(1000)
        expect(gdt.getValue()).toBe('2011-12-07 08:16:40')
        gdt.addDaysUTC(-1)
        expect(gdt.getValue()).toBe('2011-12-06 08:16:40')
        gdt.addDaysUTC(30)
        expect(gdt.getValue()).toBe('2012-01-05 08:16:40')
        gdt.addWeeksUTC(1)
        gdt.add(1000)
        gdt.subtract(2000)
        expect(gdt.getValue()).toBe('2012-01-12 08:16:39')
    })

    test('when months or years are added, then the day is clamped to the end of the month', () => {
        const gdt = new GlideDateTime('2024-01-31 10:00:00')
        gdt.addMonthsUTC(1)
        expect(gdt.getValue()).toBe('2024-02-29 10:00:00')
        gdt.addYearsUTC(1)
        expect(gdt.getValue()).toBe('2025-02-28 10:00:00')
    })

    test('when two values are compared, then before/after/onOrBefore/onOrAfter/compareTo/equals agree', () => {
        const early = new GlideDateTime('2011-07-31 12:00:00')
        const late = new GlideDateTime('2011-08-01 12:00:00')
        const same = new GlideDateTime('2011-08-01 12:00:00')
        expect([early.before(late), early.after(late), late.after(early), late.before(same)]).toEqual([true, false, true, false])
        expect([late.onOrAfter(same), late.onOrBefore(same), early.onOrAfter(late)]).toEqual([true, true, false])
        expect([late.compareTo(same), late.compareTo(early), early.compareTo(late)]).toEqual([0, 1, -1])
        expect([late.equals(same), late.equals('2011-08-01 12:00:00'), late.equals('2011-09-30 00:12:01')]).toEqual([true, true, false])
    })

    test('when getDate is asked, then the UTC date comes back as a GlideDate', () => {
        const date = new GlideDateTime('2011-08-31 23:59:59').getDate()
        expect(date.toString()).toBe('2011-08-31')
        expect(date.getByFormat('dd/MM/yyyy')).toBe('31/08/2011')
        expect([new GlideDateTime('2011-08-31 08:00:00').getYearUTC(), new GlideDateTime('2011-08-31 08:00:00').getMonthUTC(), new GlideDateTime('2011-08-31 08:00:00').getDayOfMonthUTC()]).toEqual([2011, 8, 31])
    })

    test('when GlideDate is constructed, then it is today on the fake clock or the given date', () => {
        glide.setNow('2026-03-01 23:00:00')
        expect(new GlideDate().getDisplayValue()).toBe('2026-03-01')
        expect(new GlideDate('2026-12-24').getByFormat('yyyy-MM-dd')).toBe('2026-12-24')
        expect(() => new GlideDate('24.12.2026')).toThrow(/yyyy-MM-dd/)
    })
})

// Docs: the scoped GlideDateTime API has addDaysUTC/addDaysLocalTime but no addDays(); *LocalTime
// methods use the session time zone, which the double does not model.
describe('refusals', () => {
    test('when a local-time or non-scoped method is called, then it throws and names the UTC variant', () => {
        const gdt = new GlideDateTime('2026-01-01 00:00:00')
        expect(() => call(gdt, 'addDaysLocalTime', 1)).toThrow(/session time zone.*UTC variant/)
        expect(() => call(gdt, 'addDays', 1)).toThrow(/not in the scoped GlideDateTime API; use addDaysUTC/)
        expect(() => call(gdt, 'getTZOffset')).toThrow(/GlideDateTime.getTZOffset is not implemented/)
        expect(() => call(GlideDateTime, 'subtract', gdt, gdt)).toThrow(/static/)
    })
})

// Brief (the double's contract): date/time comparisons in queries compare values.
describe('date/times in records and queries', () => {
    test('when a GlideDateTime is stored and queried, then the comparison uses the UTC value', () => {
        glide.setNow('2026-03-01 09:00:00')
        const due = new GlideDateTime()
        due.addDaysUTC(14)
        const gr = new GlideRecord('sc_task')
        gr.initialize()
        gr.setValue('due_date', due)
        gr.insert()

        const query = new GlideRecord('sc_task')
        query.addQuery('due_date', '<=', new GlideDateTime('2026-03-15 09:00:00'))
        query.query()
        expect(query.getRowCount()).toBe(1)
        const later = new GlideRecord('sc_task')
        later.addQuery('due_date', '>', '2026-03-15 09:00:00')
        later.query()
        expect(later.getRowCount()).toBe(0)
    })
})
