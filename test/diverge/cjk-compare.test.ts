import { describe, expect, it } from 'vitest'
import { compare } from '../../src/index'

// The seed pair's meeting retold in Chinese and in Japanese by the tests' author (no fixture text).
const ZH_A = '新华社北京8月13日电 国家主席习近平13日在北京会见了韩国釜山市长朴亨埈。习近平表示，中韩两国是友好近邻。双方贸易额去年达到1500亿美元。朴亨埈说，釜山港目前有3万名员工。'
const ZH_B = '据韩联社报道，国家主席习近平8月13日在北京会见了釜山市长朴亨埈。习近平表示，中韩两国是友好近邻。双方贸易额去年达到1600亿美元。'
const JA_A = '東京都は13日、新型コロナウイルスの感染者が新たに500人確認されたと発表した。都の担当者は、検査数が増えたと説明した。'
const JA_B = '東京都は13日、新型コロナウイルスの感染者が新たに450人確認されたと発表した。都の担当者は、検査数が増えたと説明した。'

const run = (a: string, b: string) => compare(a, b)
const texts = (result: ReturnType<typeof compare>, kind: string) =>
  result.divergences.filter((d) => d.kind === kind).map((d) => [d.a?.text ?? null, d.b?.text ?? null])

describe('two Chinese reports of one event', () => {
  const result = run(ZH_A, ZH_B)
  it('are both read as Chinese', () => {
    expect([result.a.language, result.b.language]).toEqual(['cmn', 'cmn'])
  })
  it('link the sentences they share', () => {
    expect(result.alignments.map((l) => [l.a, l.b])).toEqual([[[0], [0]], [[1], [1]], [[2], [2]]])
  })
  it('contradict on the trade figure', () => {
    expect(texts(result, 'number')).toEqual([['1500亿美元', '1600亿美元']])
  })
  it('list the count only A gives as missing', () => {
    expect(texts(result, 'missing')).toEqual([['3万名', null]])
  })
  it('read 13日 and 8月13日 as one date', () => {
    expect(result.equivalences.map((e) => [e.a.text, e.b.text, e.reason])).toEqual([['13日', '8月13日', 'date-format']])
  })
  it('report spans that index the caller\'s strings', () => {
    for (const d of result.divergences) {
      if (d.a) expect(ZH_A.slice(d.a.start, d.a.end)).toBe(d.a.text)
      if (d.b) expect(ZH_B.slice(d.b.start, d.b.end)).toBe(d.b.text)
    }
  })
})

describe('two Japanese reports of one event', () => {
  const result = run(JA_A, JA_B)
  it('are both read as Japanese', () => {
    expect([result.a.language, result.b.language]).toEqual(['jpn', 'jpn'])
  })
  it('contradict on the count', () => {
    expect(texts(result, 'number')).toEqual([['500人', '450人']])
  })
})

describe('Chinese dates and times in linked sentences', () => {
  it.each([
    ['two days apart', '习近平主席8月13日在北京会见了釜山市长朴亨埈。', '习近平主席8月10日在北京会见了釜山市长朴亨埈。', [['8月13日', '8月10日']]],
    ['two clock times', '会议于下午3点在北京开幕，釜山市长朴亨埈出席。', '会议于下午5点在北京开幕，釜山市长朴亨埈出席。', [['下午3点', '下午5点']]],
    ['the same date', '习近平主席8月13日在北京会见了釜山市长朴亨埈。', '8月13日，习近平主席在北京会见了釜山市长朴亨埈。', []],
  ])('%s', (_name, a, b, expected) => {
    expect(texts(run(a, b), 'date')).toEqual(expected)
  })
})

describe('one Chinese date in two formats', () => {
  it('8月13日 and 8/13 are one date, an equivalence', () => {
    const result = run('习近平主席8月13日在北京会见了釜山市长朴亨埈。', '习近平主席8/13在北京会见了釜山市长朴亨埈。')
    expect([result.divergences.length, result.equivalences.map((e) => [e.a.text, e.b.text, e.reason])]).toEqual([0, [['8月13日', '8/13', 'date-format']]])
  })
})

describe('compare() on any Han text', () => {
  // Numerals, marks, hedges, words and quotes in every order: nothing throws, every span is a slice of its report.
  const ALPHABET = [...'0123456789一二两十百千万亿多余约近年月日号时点分半上午下第人名元美%百分之，。 a北京会见习近平主席釜山市长贸易额达到「」と说了的在']
  let seed = 7
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const text = (): string => Array.from({ length: 20 + Math.floor(random() * 120) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]!).join('')
  it('reads 100 random pairs with every span indexing its report', () => {
    for (let k = 0; k < 100; k++) {
      const a = text()
      const b = random() < 0.5 ? text() : a.replace(/[0-9]/, '7')
      const result = compare(a, b)
      for (const d of [...result.divergences, ...result.candidates]) {
        if (d.a) expect(a.slice(d.a.start, d.a.end)).toBe(d.a.text)
        if (d.b) expect(b.slice(d.b.start, d.b.end)).toBe(d.b.text)
      }
    }
  })
})
