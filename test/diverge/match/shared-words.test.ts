/**
 * What two sentences share decides how sure a fact pairing is: the IDF-weighted share of their
 * words and the rare words beside both values (issue 11).
 */
import { describe, expect, it } from 'vitest'
import { sharedNeighbours, sharedWeight } from '../../../src/diverge/match/shared-words'
import { extractNumbers } from '../../../src/diverge/extract/numbers'

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
