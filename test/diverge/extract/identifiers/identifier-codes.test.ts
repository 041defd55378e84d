import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'

// Codes of letters and digits (a plate, a case number, a CVE, a tail number, a flight) are one
// identifier compared exactly: read as counts they were a bare "2291" or nothing at all.
describe('codes of letters and digits', () => {
  it.each([
    ['a US plate', 'Texas plate 8HJ-2291 crashed', '8HJ-2291'],
    ['a case number', 'The case, No. 22-cr-673, was heard', '22-cr-673'],
    ['a CVE', 'a flaw tracked as CVE-2024-1580.', 'CVE-2024-1580'],
    ['a tail number', 'The jet, registered N704AL, landed', 'N704AL'],
    ['a fishing boat', 'tàu cá BĐ-97569-TS bị nạn', 'BĐ-97569-TS'],
    ['a container', 'container MSKU-123456 bị giữ', 'MSKU-123456'],
  ])('%s is one code', (_, text, code) => {
    const facts = extractNumbers(text)
    expect(facts.map((f) => [text.slice(f.start, f.end), f.kind])).toContainEqual([code, 'code'])
  })

  it.each([
    ['a clock time', 'lúc 10h45 tại quận', '10h45'],
    ['a size', 'khoảng 2,3GB', '2,3GB'],
    ['an event and its year', 'tại APEC-2017 ở Đà Nẵng', 'APEC-2017'],
    ['a virus', 'the Covid-19 pandemic', 'Covid-19'],
    ['a height', 'cao 1m80', '1m80'],
    ['a screen', 'a 1920x1080 screen', '1920x1080'],
    ['an age', 'a 35-year-old man', '35-year-old'],
    ['a range in words', 'adults 18-to-64 years old', '18-to-64'],
    ['a range in a longer word', 'children 5-through-17 years old', '5-through-17'],
    ['a sum glued to its currency', 'worth $US1.06 million', 'US1.06'],
    ['a name and a period of years', 'the SDG 2015-2030 agenda', 'SDG 2015-2030'],
    ['a model name and its number', 'ống kính QX100 có giá', 'QX100'],
    // a flight named without its cue word; after it (flight MH370) its number is compared exactly (route-numbers.test.ts)
    ['a flight', 'vụ MH370 mất tích', 'MH370'],
    ['a flight written with a dash (review rdate32)', 'The missing MH-370 vanished in 2014', 'MH-370'],
    ['an aircraft written with a dash', 'A C-130 Hercules landed', 'C-130'],
    ['a Vietnamese-reported aircraft with a dash', 'máy bay Tu-154 rơi', 'Tu-154'],
  ])('%s is no code', (_, text, token) => {
    const facts = extractNumbers(text)
    expect(facts.filter((f) => f.kind === 'code').map((f) => text.slice(f.start, f.end))).not.toContain(token)
  })

  const oneSided = (a: string, b: string): string[] =>
    compare(a, b).divergences.filter((d) => d.kind === 'missing' && d.factType !== 'name').map((d) => `${d.a?.text ?? '-'} / ${d.b?.text ?? '-'}`)

  const flagged = (a: string, b: string): string[] =>
    compare(a, b).divergences.filter((d) => d.kind === 'number').map((d) => `${d.a?.text} / ${d.b?.text}`)

  it.each([
    ['an English plate', 'Police said the truck carried Texas plate 8HJ-2291 at the time.', 'Police said the truck carried Texas plate 8HJ-2219 at the time.', '8HJ-2291 / 8HJ-2219'],
    ['a CVE', 'Apple released iOS 17.4.1 to fix a flaw tracked as CVE-2024-1580 on Thursday.', 'On Thursday Apple released iOS 17.4.1 to fix a flaw tracked as CVE-2024-1508.', 'CVE-2024-1580 / CVE-2024-1508'],
    ['a Vietnamese fishing boat', 'Tàu cá BĐ-97569-TS bị chìm khi đang neo đậu tại cảng Quy Nhơn.', 'Tàu cá BĐ-97596-TS bị chìm khi đang neo đậu tại cảng Quy Nhơn.', 'BĐ-97569-TS / BĐ-97596-TS'],
  ])('%s changed is a divergence', (_, a, b, pair) => {
    expect(flagged(a, b)).toContain(pair)
  })

  it.each([
    ['en: a tail number', 'The jet, registered N704AL, landed safely in Denver on Sunday.', 'The jet, registered N704AK, landed safely in Denver on Sunday.'],
    ['vi: a fishing boat', 'Tàu cá BĐ-97569-TS bị chìm khi đang neo đậu tại cảng Quy Nhơn.', 'Tàu cá BĐ-97596-TS bị chìm khi đang neo đậu tại cảng Quy Nhơn.'],
  ])('%s changed is told as an identifier, not a number', (_, a, b) => {
    const messages = compare(a, b).divergences.filter((d) => d.kind === 'number').map((d) => d.message)
    expect(messages.length).toBeGreaterThan(0)
    expect(messages.every((m) => m.includes('gives the identifier as'))).toBe(true)
  })

  it.each([
    ['one plate in two cases', 'Police said the truck carried Texas plate 8HJ-2291.', 'Police said the truck carried Texas plate 8hj-2291.'],
    ['one case number, hyphens dropped', 'The case, No. 22-cr-673, was heard by Judge Kaplan.', 'The case, No. 22CR673, was heard by Judge Kaplan.'],
    ['a fishing boat with and without Đ (review rdate32)', 'Tàu cá BĐ-97569-TS bị chìm cách bờ 50 hải lý.', 'Tàu cá BD-97569-TS bị chìm cách bờ 50 hải lý.'],
    ['an English plate with and without a dash (review rdate32)', 'Police seized the Toyota RAV4 with plate ABC-1234 on Friday.', 'Police seized the Toyota RAV4 with plate ABC1234 on Friday.'],
    ['a flight with and without a dash', 'Flight MH-370 vanished with 239 people on board.', 'Flight MH370 vanished with 239 people on board.'],
    ['a Vietnamese flight with and without a dash', 'Máy bay Tu-154 chở 96 người rơi gần Smolensk.', 'Máy bay Tu 154 chở 96 người rơi gần Smolensk.'],
    ['a time and its clock reading', 'Vụ bắt giữ diễn ra lúc 9h45 tại quận Sơn Trà.', 'Vụ bắt giữ diễn ra lúc 9 giờ 45 tại quận Sơn Trà.'],
  ])('%s is no divergence', (_, a, b) => {
    expect(flagged(a, b)).toEqual([])
    expect(oneSided(a, b)).toEqual([])
  })

  it.each([
    ['an English plate with a space (review rdate32)', 'The suspect, driving a car with plate 8HJ-2291, fled north.', 'The suspect, driving a car with plate 8HJ 2291, fled north.'],
    ['a CVE with a space (review rdate32)', 'The flaw, tracked as CVE-2024-1580, affects 2 million devices.', 'The flaw, tracked as CVE 2024-1580, affects 2 million devices.'],
    ['a Vietnamese CVE with a space', 'Lỗ hổng CVE-2024-1580 ảnh hưởng tới 2 triệu thiết bị.', 'Lỗ hổng CVE 2024-1580 ảnh hưởng tới 2 triệu thiết bị.'],
    ['a Vietnamese plate with a space', 'Chiếc xe mang biển số 8HJ-2291 đã bỏ chạy về phía bắc.', 'Chiếc xe mang biển số 8HJ 2291 đã bỏ chạy về phía bắc.'],
  ])('%s is one code on both sides', (_, a, b) => {
    expect(oneSided(a, b)).toEqual([])
  })
})
