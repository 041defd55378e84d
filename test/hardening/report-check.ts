/**
 * Shared checks for the hardening suite: a report is valid when it has the
 * documented shape (the shipped JSON Schema), survives JSON, and every offset slices back to its text.
 */
import { expect } from 'vitest'
import type { Article, Report, Span } from '../../src'
import { CorroborateError } from '../../src'
import { checkSchema } from '../schema/check'

export function textOf(input: string | Article): string {
  return typeof input === 'string' ? input : input.text
}

/** A plain assertion: cheaper than expect() in loops over 100 000 sentences. */
function ok(condition: boolean, message: string): void {
  if (!condition) throw new Error(`invalid report: ${message}`)
}

function checkSpan(span: Span, text: string, report: Report['a'], where: string): void {
  ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${where}: integer offsets`)
  ok(span.start <= span.end, `${where}: start <= end`)
  ok(text.slice(span.start, span.end) === span.text, `${where}: slices back`)
  const sentence = report.sentences[span.sentence]
  ok(sentence !== undefined, `${where}: names a sentence`)
  ok(span.start >= sentence!.start && span.end <= sentence!.end, `${where}: inside its sentence`)
}

/** Throws unless `report` is a valid report of `a` against `b`. */
export function checkReport(report: Report, a: string | Article, b: string | Article): void {
  const textA = textOf(a)
  const textB = textOf(b)
  expect(report.schemaVersion).toBe(1)
  expect(JSON.parse(JSON.stringify(report))).toEqual(report)
  // what a pipeline in another language would check: the shipped JSON Schema
  checkSchema('report', report)
  for (const [side, text] of [
    ['a', textA],
    ['b', textB],
  ] as const) {
    let previousEnd = 0
    report[side].sentences.forEach((s, i) => {
      ok(s.index === i, `${side}${i}: index`)
      ok(s.start < s.end, `${side}${i}: not empty`)
      ok(s.start >= previousEnd, `${side}${i}: in order, no overlap`)
      ok(text.slice(s.start, s.end) === s.text, `${side}${i}: slices back`)
      previousEnd = s.end
    })
  }
  const linkedA = report.alignments.flatMap((l) => l.a)
  const linkedB = report.alignments.flatMap((l) => l.b)
  expect(new Set(linkedA).size).toBe(linkedA.length)
  expect(new Set(linkedB).size).toBe(linkedB.length)
  for (const link of report.alignments) {
    expect(link.a.length).toBeGreaterThan(0)
    expect(link.b.length).toBeGreaterThan(0)
    expect(link.a.every((i) => report.a.sentences[i] !== undefined)).toBe(true)
    expect(link.b.every((j) => report.b.sentences[j] !== undefined)).toBe(true)
    expect(link.similarity >= 0 && link.similarity <= 1).toBe(true)
  }
  for (const value of [report.overlap.a, report.overlap.b, report.overlap.score]) expect(value >= 0 && value <= 1).toBe(true)
  report.divergences.forEach((d, k) => {
    expect(d.a !== null || d.b !== null).toBe(true)
    expect(typeof d.message).toBe('string')
    if (d.a) checkSpan(d.a, textA, report.a, `divergence ${k}.a`)
    if (d.b) checkSpan(d.b, textB, report.b, `divergence ${k}.b`)
    d.occurrences?.a.forEach((s, n) => checkSpan(s, textA, report.a, `divergence ${k}.occurrences.a[${n}]`))
    d.occurrences?.b.forEach((s, n) => checkSpan(s, textB, report.b, `divergence ${k}.occurrences.b[${n}]`))
  })
  report.equivalences.forEach((e, k) => {
    checkSpan(e.a, textA, report.a, `equivalence ${k}.a`)
    checkSpan(e.b, textB, report.b, `equivalence ${k}.b`)
  })
}

/** Runs `fn`, which must throw a CorroborateError with this code; returns it. */
export function expectCorroborateError(fn: () => unknown, code: string): CorroborateError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(CorroborateError)
    expect((error as CorroborateError).code).toBe(code)
    return error as CorroborateError
  }
  throw new Error(`expected a CorroborateError ${code}, but nothing was thrown`)
}

/** A small seeded PRNG (mulberry32), so the fuzzers and generators replay exactly. */
export function prng(seed: number): () => number {
  let t = seed >>> 0
  return () => {
    t = (t + 0x6d2b79f5) >>> 0
    let r = Math.imul(t ^ (t >>> 15), 1 | t)
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296
  }
}

/** The odd inputs of the input contract, by name. */
export const ODD_CASES: ReadonlyArray<readonly [string, string]> = [
  ['empty', ''],
  ['whitespace only', ' \t\n\r\n  \u00a0\u3000\n'],
  ['one word', 'Hà'],
  ['no punctuation', 'mưa lớn ở Hà Nội hôm nay nhiều tuyến phố ngập sâu giao thông tê liệt'],
  ['lone surrogates', 'Giá \ud800 tăng \udc00 lên 5 \udbff%. Ông \udfffAn nói.\ud83d'],
  ['NUL and control characters', 'Ngày 13/8\u0000 ông\u0001 An\u0007 nói\u001b[31m 150 tỷ\u007f đồng.\u0085Bão\u000b số 3\u000c.'],
  ['NFD', 'Thị trưởng Park Heong-joon nói ngày 13/8 thành phố Hồ Chí Minh chi 150 tỷ đồng.'.normalize('NFD')],
  ['Vietnamese', 'Thủ tướng Phạm Minh Chính cho biết ngày 13/8, TP.HCM đã chi 2.709 tỷ đồng cho 35 dự án.'],
  ['English', 'Mayor Park Heong-joon said on Aug. 13 that Busan would spend $1.2 billion on 35 projects.'],
  ['Chinese', '越南总理范明政8月13日表示，胡志明市已投入2709亿越南盾用于35个项目。'],
  ['Thai', 'นายกรัฐมนตรีกล่าวเมื่อวันที่ 13 สิงหาคมว่าเมืองได้ใช้เงิน 150 ล้านบาท'],
  ['Arabic (RTL)', '\u202bقال رئيس الوزراء يوم ١٣ أغسطس إن المدينة أنفقت ١٥٠ مليون دولار.\u202c'],
  ['mixed scripts', 'Ông Lee Jae-myung (이재명) gặp 习近平 ở Bắc Kinh ngày 13/8; ข่าว ล่าสุด; قال المتحدث. Done.'],
  ['emoji ZWJ', 'Gia đình 👨‍👩‍👧‍👦 và 🏳️‍🌈 cùng 👩🏽‍💻 dự lễ ngày 2/9. 🇻🇳🇻🇳 Tuyệt vời!'],
  ['HTML pasted as text', '<div class="x"><p>Ngày <b>13/8</b>, ông <a href="javascript:alert(1)">An</a> nói.</p><script>alert("x")</script>&amp;&lt;&#x27;</div>\n<img src=x onerror=alert(1)>'],
  ['combining marks pile', 'a\u0301\u0302\u0303\u0309\u0323\u0300'.repeat(50) + ' Hà\u0300\u0300 Nội.'],
  ['zero-width and BOM', '\ufeffHà\u200b Nội\u200c \u200dmưa\u2060 lớn.\ufeff'],
  ['only punctuation', '...!!!???;;;:::———…。！？'],
  ['line separators', 'Câu một.\u2028Câu hai.\u2029Câu ba.\r\nCâu bốn.\rCâu năm.'],
]
