/**
 * What two sentences share decides how sure a fact pairing is: the IDF-weighted share of their
 * words and the rare words beside both values (issue 11).
 */
import { describe, expect, it } from 'vitest'
import { type ContentWords, PairOverlap, contentWordsOf, joinedWord, pairIdf, sharedNeighbours, sharedWeight } from '../../../../src/diverge/match/pairing/shared-words'
import { prepare } from '../../../../src/document'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'

const set = (s: string): Set<string> => new Set(s.split(' '))
const flat = (): number => 1

describe('the share of two sentences’ words', () => {
  it.each([
    ['one sentence inside the other', 'busan port city', 'busan port city trade partner', 1, 0.6],
    ['nothing shared', 'busan port', 'hanoi capital', 0, 0],
    ['the same words', 'tai nạn giao thông', 'tai nạn giao thông', 1, 1],
  ])('%s', (_, x, y, overlap, copy) => {
    expect(sharedWeight(set(x), set(y), flat)).toEqual({ overlap, copy })
  })
})

describe('rare words beside two values', () => {
  const first = (text: string) => extractNumbers(text)[0]!
  it.each([
    ['vi: the same word before the minute', 'Bàn thắng ở phút 43 của Văn Quyết.', 'Văn Quyết ghi bàn ở phút 44.', 1],
    ['en: a shared word one further off counts half', 'Shares rose 28 cents a share on Friday.', 'Earnings were 30 cents a share.', 0.5],
    ['en: stop words and figures never count', 'It was up by 5 to 7 in total.', 'Down by 6 to 9 overall.', 0],
  ])('%s', (_, a, b, expected) => {
    const score = sharedNeighbours(first(a), first(b), flat)
    expect(score).toBe(expected)
  })
})

describe('the content words of a report, by id', () => {
  const docOf = (text: string) => prepare({ text }, { detectBoilerplate: true })
  const wordsOf = (words: ContentWords, i: number): string[] => [...words.ids.subarray(words.first[i], words.first[i + 1])].map((id) => words.keys[id]!)
  const dfOf = (words: ContentWords, w: string): number => words.df[words.idOf.get(w)!]!
  it.each([
    ['vi: lower case, stop words out, repeats once', 'Hà Nội mưa lớn. Mưa lớn ở Hà Nội và Hà Nội ngập.', 1, ['mưa', 'lớn', 'hà', 'nội', 'ngập']],
    ['en: figures kept, stop words out', 'Rain fell. The rain fell 30 mm and the rain stopped.', 1, ['rain', 'fell', '30', 'mm', 'stopped']],
  ])('%s', (_, text, i, expected) => {
    expect(wordsOf(contentWordsOf(docOf(text)), i)).toEqual(expected)
  })
  it.each([
    ['vi: a word in both sentences', 'Hà Nội mưa lớn. Mưa lớn ở Hà Nội và Hà Nội ngập.', 'mưa', 2],
    ['en: a word in one sentence, twice', 'Rain fell. The rain fell 30 mm and the rain stopped.', 'stopped', 1],
  ])('%s', (_, text, w, expected) => {
    expect(dfOf(contentWordsOf(docOf(text)), w)).toBe(expected)
  })
})

describe('the overlap of two reports’ sentences, by id, as sharedWeight reckons it', () => {
  const docOf = (text: string) => prepare({ text }, { detectBoilerplate: true })
  const a = contentWordsOf(docOf('Hà Nội mưa lớn kéo dài ba ngày. Giá xăng tăng 300 đồng mỗi lít. Rain fell 30 mm on Monday in Busan port.'))
  const b = contentWordsOf(docOf('Giá xăng tăng 320 đồng một lít từ chiều nay. Busan port saw 30 mm of rain on Monday. Mưa lớn ở Hà Nội.'))
  const setOf = (words: ContentWords, i: number): Set<string> => new Set([...words.ids.subarray(words.first[i], words.first[i + 1])].map((id) => words.keys[id]!))
  const idf = (w: string): number => pairIdf(a, b, w)
  it.each([
    ['vi: one price, worded apart', 1, 0],
    ['en: one rainfall, worded apart', 2, 1],
    ['vi: the rain, one sentence inside the other', 0, 2],
    ['vi and en: nothing shared', 0, 1],
  ])('%s', (_, i, j) => {
    expect(new PairOverlap(a, b).shared(i, j)).toEqual(sharedWeight(setOf(a, i), setOf(b, j), idf))
  })
  it('asked twice and after other sentences, the same to the last bit', () => {
    const overlap = new PairOverlap(a, b)
    const first = overlap.shared(2, 1)
    overlap.shared(0, 2)
    overlap.shared(1, 1)
    expect(overlap.shared(2, 1)).toEqual(first)
  })
})

describe('a word with and without its hyphens or dots is one word', () => {
  it.each([
    ['en: a company initialled two ways', 'h-p', 'hp'],
    ['en: a word hyphenated by one house style', 'e-mail', 'email'],
    ['en: one standard', 'wi-fi', 'wifi'],
    ['vi: a city abbreviated with a dot', 'tp.hcm', 'tphcm'],
    ['a plain word stays', 'busan', 'busan'],
    ['en: U.S. against US', 'u.s', 'us'],
    ['a lone letter keeps its dot', 'a.', 'a.'],
  ])('%s', (_, key, joined) => {
    expect(joinedWord(key)).toBe(joined)
  })

  it('sentences writing H-P and HP share the name', () => {
    const a = prepare({ text: 'HP pulled in $2.94 billion for the quarter.' }, { detectBoilerplate: false })
    const b = prepare({ text: 'H-P came in second with $3.32 billion for the quarter.' }, { detectBoilerplate: false })
    const words = (doc: typeof a): string[] => {
      const c = contentWordsOf(doc)
      return [...c.ids.slice(c.first[0]!, c.first[1]!)].map((id) => c.keys[id]!)
    }
    expect(words(a)).toContain('hp')
    expect(words(b)).toContain('hp')
  })
})
