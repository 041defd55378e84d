import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { tokenize } from '../../../../src/document/fact-tokens'
import { mayHoldDate } from '../../../../src/diverge/extract/dates/date-gate'
import { extractDates } from '../../../../src/diverge/extract/dates/dates'

const gate = (text: string) => mayHoldDate(tokenize(text))

describe('mayHoldDate: sentences the date reader may date', () => {
  it.each([
    ['vi numeral', 'Sáng 14/8, Hà Nội ghi nhận ca bệnh'],
    ['vi month in words', 'vào tháng Tám năm ngoái'],
    ['vi spelled hour', 'lúc sáu giờ sáng'],
    ['vi mixed token', 'đợt dịch Covid-19 bùng phát'],
    ['en month name', 'Talks resumed in August'],
    ['en hyphened month part', 'He returns in mid-August'],
    ['en clock', 'at 6:47 p.m. local time'],
    ['fr', 'le 21 mars à Paris'],
    ['de', 'am 14.05. um 10 Uhr'],
  ])('%s: %s', (_, text) => {
    expect(gate(text)).toBe(true)
  })

  // Traps: no token any date opens at — the reader is not run, and would find nothing.
  it.each([
    ['vi words only', 'Thủ tướng Phạm Minh Chính tiếp Đại sứ Hàn Quốc.'],
    ['vi noon-like word without a clock before it', 'Buổi trưa, đoàn rời Hà Nội.'],
    ['en words only', 'The minister met the ambassador on Monday.'],
    ['en noon after no clock', 'They met at noon.'],
    ['empty', ''],
    ['symbols', '— … ?'],
  ])('%s: %s', (_, text) => {
    expect(gate(text)).toBe(false)
    expect(extractDates(text)).toEqual([])
  })
})

// The gate's promise — every date opens at a token it admits — over every form the date reader's
// own tests read (test/fixtures/date-forms.json, in each language they use): a form the gate
// missed would silently date nothing.
const forms: readonly { readonly from: string; readonly text: string; readonly dates: readonly string[] }[] = JSON.parse(
  readFileSync(new URL('../../../fixtures/date-forms.json', import.meta.url), 'utf8'),
).forms

describe('mayHoldDate admits every date form the reader knows', () => {
  it.each(forms.map((f) => [f.from, f.text, f.dates] as const))('%s: %s', (_from, text, dates) => {
    const tokens = tokenize(text)
    const found = extractDates(text, tokens)
    expect(found.map((d) => d.text)).toEqual(dates)
    // each date by its own tokens, as if the sentence held nothing else; a clock word closing a range
    // after a date already read ("6 a.m. to noon") opens nothing, as the gate says
    found.forEach((d, k) => {
      const own = tokens.filter((t) => t.start < d.end && t.end > d.start)
      const closesRange = k > 0 && own.every((t) => t.kind === 'word')
      expect(closesRange || mayHoldDate(own)).toBe(true)
    })
  })
})
