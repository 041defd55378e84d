import { describe, expect, it } from 'vitest'
import { parsePublished } from '../../src/dedup/published'
import type { DateFormat } from '../../src/types'
import { expectLinear } from '../growth'

const utc = (iso: string): number => Date.parse(iso)

describe('parsePublished', () => {
  it.each<[string, DateFormat, string]>([
    // ISO 8601 in every mode
    ['2013-10-23', 'dmy', '2013-10-23T00:00:00Z'],
    ['2013-10-23T11:39:00Z', 'iso', '2013-10-23T11:39:00Z'],
    ['2013-10-23T11:39:00.250+07:00', 'mdy', '2013-10-23T04:39:00.250Z'],
    ['2013-10-23 11:39+0700', 'dmy', '2013-10-23T04:39:00Z'],
    ['2013-10-23T11:39-03:30', 'iso', '2013-10-23T15:09:00Z'],
    // the forms Vietnamese sites print, day first
    ['23/10/2013 11:39', 'dmy', '2013-10-23T11:39:00Z'],
    ['23/10/2013', 'dmy', '2013-10-23T00:00:00Z'],
    ['23-10-2013', 'dmy', '2013-10-23T00:00:00Z'],
    ['23.10.2013 11:39:05', 'dmy', '2013-10-23T11:39:05Z'],
    ['3/4/2013 7:05', 'dmy', '2013-04-03T07:05:00Z'],
    ['23/10/2013 11:39 GMT+7', 'dmy', '2013-10-23T04:39:00Z'],
    ['23/10/2013 11:39 (GMT+7)', 'dmy', '2013-10-23T04:39:00Z'],
    ['23/10/2013 11:39 +07:00', 'dmy', '2013-10-23T04:39:00Z'],
    ['23/10/2013 - 11:39', 'dmy', '2013-10-23T11:39:00Z'],
    ['Thứ tư, 23/10/2013, 11:39 (GMT+7)', 'dmy', '2013-10-23T04:39:00Z'],
    ['11h39 23/10/2013', 'dmy', '2013-10-23T11:39:00Z'],
    ['11:39 23/10/2013 GMT+07:00', 'dmy', '2013-10-23T04:39:00Z'],
    ['  23/10/2013 11:39  ', 'dmy', '2013-10-23T11:39:00Z'],
    // month first, when told
    ['10/23/2013 11:39 AM', 'mdy', '2013-10-23T11:39:00Z'],
    ['3/4/2013', 'mdy', '2013-03-04T00:00:00Z'],
    ['10/23/2013 12:05 am', 'mdy', '2013-10-23T00:05:00Z'],
    ['Wednesday, 10/23/2013 1:39 PM GMT-4', 'mdy', '2013-10-23T17:39:00Z'],
    // RSS
    ['Wed, 23 Oct 2013 11:39:00 +0700', 'dmy', '2013-10-23T04:39:00Z'],
    ['23 Oct 2013 11:39 GMT', 'mdy', '2013-10-23T11:39:00Z'],
  ])('%s (%s) is %s', (text, dateFormat, want) => {
    expect(parsePublished(text, { dateFormat })).toBe(utc(want))
  })

  it('reads day first by default', () => {
    expect(parsePublished('01/02/2020')).toBe(utc('2020-02-01T00:00:00Z'))
  })

  it.each<[string, DateFormat, RegExp]>([
    ['10/23/2013 11:39', 'dmy', /published: expected a real date and time \(read day first; a month-first date needs options\.dateFormat 'mdy'\), received "10\/23\/2013 11:39", whose month is out of range/],
    ['23/10/2013', 'mdy', /read month first; a day-first date needs options\.dateFormat 'dmy'.*month is out of range/],
    ['31/02/2013', 'dmy', /whose day is out of range/],
    ['23/10/2013 24:00', 'dmy', /whose hour is out of range/],
    ['23/10/2013 11:60', 'dmy', /whose minute is out of range/],
    ['10/23/2013 13:05 PM', 'mdy', /whose hour is out of range/],
    ['23/10/2013 11:39 GMT+15', 'dmy', /whose time zone is out of range/],
    ['23/10/2013', 'iso', /published: expected an ISO 8601 date \(2013-10-23, 2013-10-23T11:39:00\+07:00\), received "23\/10\/2013"/],
    ['yesterday', 'dmy', /published: expected ISO 8601 .*day-first date .*, received "yesterday"/],
    ['23/10/13', 'dmy', /received "23\/10\/13"/],
    ['23/10-2013', 'dmy', /received "23\/10-2013"/],
    ['23/10/2013 11:39 Hanoi', 'dmy', /received "23\/10\/2013 11:39 Hanoi"/],
    ['', 'dmy', /received ""/],
  ])('rejects %s (%s)', (text, dateFormat, message) => {
    expect(() => parsePublished(text, { dateFormat })).toThrow(expect.objectContaining({ code: 'E_INPUT', message: expect.stringMatching(message) }))
  })

  it('rejects an unknown dateFormat as an option error', () => {
    expect(() => parsePublished('23/10/2013', { dateFormat: 'ymd' as DateFormat })).toThrow(expect.objectContaining({ code: 'E_OPTION', issues: [expect.objectContaining({ path: 'options.dateFormat' })] }))
  })

  it.each([
    ['digits', (size: number) => '1'.repeat(size)],
    ['slashes', (size: number) => '1/'.repeat(size)],
    ['words', (size: number) => `${'a '.repeat(size)},`],
    ['brackets after a date', (size: number) => `23/10/2013 ${'('.repeat(size)}`],
  ])('rejects a long run of %s in linear time', (_name, make) => {
    expect(() => parsePublished(make(10))).toThrow()
    expectLinear(make, (text) => expect(() => parsePublished(text)).toThrow(), 50_000)
  })
})
