/**
 * What the name judge keeps of one spelling, or of two texts, for every pair of a story
 * (spelling-views.ts): kept verdicts must be the verdicts, and must not answer for another text,
 * kind or report.
 */
import { describe, expect, it } from 'vitest'
import { givenNameMayBeRespelt } from '../../../../src/diverge/match/names/given-name-person'
import { mentionSpans, spellingContext, textPairMemo } from '../../../../src/diverge/match/names/spelling-views'
import type { Spelling } from '../../../../src/diverge/match/names/name-probes'
import type { NameFact } from '../../../../src/diverge/extract/names/names'

const at = (text: string, name: string): { start: number; end: number } => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length })

describe('givenNameMayBeRespelt, asked again with the same mention list', () => {
  // The two texts hold the name at the same place, one with a person cue, one with a kinship word:
  // the verdict kept for the list must not answer for the other text.
  it.each([
    ['en', 'The victim Blane Wade, 25, was taken to hospital.', 'His cousin Blane Wade, 25, was taken to hospital.', true, false],
    ['vi', 'Nạn nhân Blane Wade được đưa đi cấp cứu.', 'Con trai Blane Wade được đưa đi cấp cứu.', true, false],
    ['en trap: kin first, then a cue', 'His cousin Blane Wade, 25, was taken to hospital.', 'The victim Blane Wade, 25, was taken to hospital.', false, true],
    ['vi trap: kin first, then a cue', 'Con trai Blane Wade được đưa đi cấp cứu.', 'Nạn nhân Blane Wade được đưa đi cấp cứu.', false, true],
  ])('%s', (_label, first, second, before, after) => {
    const mentions = [at(first, 'Blane Wade')]
    expect(at(second, 'Blane Wade')).toEqual(mentions[0])
    const otherText = 'Blain Wade was there.'
    const otherAt = [at(otherText, 'Blain Wade')]
    expect(givenNameMayBeRespelt(false, 'Blane Wade', first, mentions, 'Blain Wade', otherText, otherAt)).toBe(before)
    expect(givenNameMayBeRespelt(false, 'Blane Wade', first, mentions, 'Blain Wade', otherText, otherAt)).toBe(before)
    expect(givenNameMayBeRespelt(false, 'Blane Wade', second, mentions, 'Blain Wade', otherText, otherAt)).toBe(after)
  })
})

describe('textPairMemo', () => {
  it.each([
    ['vi', 'Đoàn Phương Lan', 'Ngô Phương Ly'],
    ['en', 'Harvard Avenue', 'Harvard Road'],
  ])('%s: one verdict a pair of texts and kinds, each kind apart', (_label, a, b) => {
    const asked: string[] = []
    const judge = textPairMemo((x: string, y: string, kindA?: string) => {
      asked.push(`${kindA}:${x}|${y}`)
      return kindA === 'place'
    })
    expect(judge(a, b, 'person', 'person')).toBe(false)
    expect(judge(a, b, 'person', 'person')).toBe(false)
    // trap: the same texts read as other kinds of name are judged anew
    expect(judge(a, b, 'place', 'place')).toBe(true)
    // trap: the texts in the other order are another question
    expect(judge(b, a, 'person', 'person')).toBe(false)
    expect(asked).toEqual([`person:${a}|${b}`, `place:${a}|${b}`, `person:${b}|${a}`])
  })
})

describe('spellingContext and mentionSpans', () => {
  const fact = (text: string): NameFact => ({ type: 'name', start: 0, end: text.length, text, key: text.toLowerCase(), tokens: text.toLowerCase().split(' '), title: undefined, category: 'person' })
  it.each([
    ['vi', 'Ngô Phương Ly'],
    ['en', 'Blane Wade'],
  ])('%s: kept per spelling and word reader', (_label, text) => {
    const span = { start: 0, end: text.length, text, sentence: 0 }
    const spelling: Spelling = { key: text, mentions: [{ fact: fact(text), sentence: 0, span } as never], opening: false, full: undefined }
    expect(mentionSpans(spelling)).toBe(mentionSpans(spelling))
    expect(mentionSpans(spelling)).toEqual([span])
    const wordsA = (): readonly unknown[] => []
    const wordsB = (): readonly unknown[] => []
    const first = spellingContext(spelling, wordsA, () => new Set(['a b']))
    expect([...first]).toEqual(['a b'])
    expect(spellingContext(spelling, wordsA, () => new Set(['c d']))).toBe(first)
    // trap: another report's word reader reads the context anew
    expect([...spellingContext(spelling, wordsB, () => new Set(['c d']))]).toEqual(['c d'])
  })
})
