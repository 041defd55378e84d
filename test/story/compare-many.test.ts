import { describe, expect, it } from 'vitest'
import { CorroborateError, compare, compareMany } from '../../src'
import type { Span } from '../../src'
import { inconsistencies } from './consistency'
import { SEED_STORY } from './seed-story'

const [TN, NN, THIRD] = [0, 1, 2]
const story = compareMany(SEED_STORY)

describe('compareMany on the seed story (Thanh Niên, Ngày Nay, a third outlet)', () => {
  it('labels the outlets by source, in input order', () => {
    expect(story.outlets).toEqual(['Thanh Niên', 'Ngày Nay', 'Third outlet'])
    expect(story.schemaVersion).toBe(1)
  })

  it('shows the mayor’s two spellings with who uses each: majority Park Heong-joon, outlier Ngày Nay', () => {
    expect(story.names).toHaveLength(1)
    const [mayor] = story.names
    expect(mayor!.spellings.map((s) => [s.text, s.outlets])).toEqual([
      ['Park Heong-joon', [TN, THIRD]],
      ['Park Hyeong Jun', [NN]],
    ])
    expect(mayor!.status).toBe('majority')
    expect(mayor!.majority).toBe(0)
    expect(mayor!.outliers).toEqual([NN])
    // Every occurrence of each spelling is in its outlet's cell.
    expect(mayor!.cells.map((cell) => cell.length)).toEqual([5, 4, 4])
  })

  it('shows the changed number with the third outlet as its outlier', () => {
    const changed = story.facts.filter((f) => f.status !== 'agree')
    expect(changed).toHaveLength(1)
    expect(changed[0]!.readings.map((r) => [r.text, r.outlets])).toEqual([
      ['30 năm', [TN, NN]],
      ['35 năm', [THIRD]],
    ])
    expect(changed[0]!.outliers).toEqual([THIRD])
    expect(changed[0]!.status).toBe('majority')
  })

  it('counts 13.8 / 13/8 as agreement, one reading in two forms', () => {
    const date = story.facts.find((f) => f.readings.some((r) => r.forms.includes('13/8')))
    expect(date?.type).toBe('date')
    expect(date?.status).toBe('agree')
    expect(date?.readings).toEqual([{ text: '13.8', forms: ['13.8', '13/8'], outlets: [TN, NN, THIRD] }])
    expect(date?.outliers).toEqual([])
  })

  it('lists the facts only one outlet gives (150 tỉ USD only in Thanh Niên; the dropped paragraph’s names)', () => {
    const unique = story.unique.facts.map((f) => [f.outlet, f.text])
    expect(unique).toContainEqual([TN, '150 tỉ USD'])
    expect(unique).toContainEqual([TN, 'Bùi Thanh Sơn'])
    expect(unique).toContainEqual([NN, 'thứ 5'])
    // Ngô Phương Ly is missing from Ngày Nay only: the third outlet kept her.
    expect(unique).not.toContainEqual([TN, 'Ngô Phương Ly'])
  })

  it('groups sentences into statements, a sentence in one group at most, ordered by position', () => {
    const seen = new Set<string>()
    for (const statement of story.statements) {
      expect(statement.outlets.length).toBeGreaterThanOrEqual(2)
      statement.sentences.forEach((list, outlet) =>
        list.forEach((s) => {
          expect(seen.has(`${outlet}:${s}`)).toBe(false)
          seen.add(`${outlet}:${s}`)
        }),
      )
    }
    const mayor = story.statements.findIndex((s) => s.sentences[NN]!.includes(1))
    expect(story.statements[mayor]!.outlets).toEqual([TN, NN, THIRD])
    // The opening (Ngày 13.8 …) comes before the mayor's thanks.
    const opening = story.statements.findIndex((s) => s.sentences[TN]!.length > 0 && story.documents[TN]!.sentences[s.sentences[TN]![0]!]!.text.startsWith('Ngày 13.8'))
    expect(opening).toBeGreaterThanOrEqual(0)
    expect(opening).toBeLessThan(mayor)
  })

  it('gives the overlap matrix of every pair as compare() does, and coverage per outlet', () => {
    const pair = compare(SEED_STORY[TN]!, SEED_STORY[NN]!)
    expect(story.overlap.score[TN]![NN]).toBe(pair.overlap.score)
    expect(story.overlap.score[NN]![TN]).toBe(pair.overlap.score)
    expect(story.overlap.lexical[TN]![NN]).toBe(pair.overlap.lexical)
    expect(story.overlap.score[THIRD]![THIRD]).toBe(1)
    expect(story.coverage).toHaveLength(3)
    // The rewrite dropped a paragraph, the original did not: Thanh Niên carries the most statements.
    expect(story.coverage[TN]!.statements).toBeGreaterThan(story.coverage[THIRD]!.statements)
    for (const c of story.coverage) {
      expect(c.share).toBeGreaterThan(0)
      expect(c.share).toBeLessThanOrEqual(1)
    }
  })

  it('points every span into its outlet’s original string', () => {
    const spans: { outlet: number; span: Span }[] = [
      ...story.facts.flatMap((f) => f.cells.flatMap((cell, outlet) => cell.map((span) => ({ outlet, span })))),
      ...story.names.flatMap((n) => n.cells.flatMap((cell, outlet) => cell.map((span) => ({ outlet, span })))),
      ...story.unique.facts.map((span) => ({ outlet: span.outlet, span })),
    ]
    for (const { outlet, span } of spans) expect(SEED_STORY[outlet]!.text.slice(span.start, span.end)).toBe(span.text)
  })

  it('is plain JSON-safe data', () => {
    expect(JSON.parse(JSON.stringify(story))).toEqual(story)
  })
})

describe('pairwise consistency: between any two outlets the story shows exactly what compare() reports', () => {
  it('holds on the seed story', () => {
    expect(inconsistencies(story, SEED_STORY)).toEqual([])
  })

  it('holds with options passed through (names only)', () => {
    const options = { kinds: ['name'] as const }
    const namesOnly = compareMany(SEED_STORY, options)
    // Format-only agreements still show; no number or date is contradicted.
    expect(namesOnly.facts.every((f) => f.status === 'agree' && f.contradictions.length === 0)).toBe(true)
    expect(namesOnly.names).toHaveLength(1)
    expect(inconsistencies(namesOnly, SEED_STORY, options)).toEqual([])
  })
})

describe('compareMany input', () => {
  it.each([
    ['not an array', 'x', 'articles', '"x"'],
    ['one article', ['only one'], 'articles', 'an array of length 1'],
    ['a number among them', ['a', 42], 'articles[1]', 'number 42'],
    ['an object with no text', ['a', { body: 'x' }], 'articles[1]', 'an object with keys body (no string "text")'],
    ['a source that is not a string', ['a', { text: 'b', source: 7 }], 'articles[1].source', 'number 7'],
  ])('rejects %s with E_INPUT naming where', (_name, input, path, received) => {
    let error: unknown
    try {
      compareMany(input as never)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(CorroborateError)
    expect((error as CorroborateError).code).toBe('E_INPUT')
    expect((error as CorroborateError).issues[0]).toMatchObject({ path, received })
  })

  it('rejects a report over options.maxLength with E_TOO_LARGE naming which one', () => {
    let error: unknown
    try {
      compareMany(['short', 'also short', 'this one is too long'], { maxLength: 12 })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(CorroborateError)
    expect((error as CorroborateError).code).toBe('E_TOO_LARGE')
    expect((error as CorroborateError).issues[0]).toMatchObject({ path: 'articles[2].text', received: '20' })
  })

  it('rejects bad options with E_OPTION before comparing anything', () => {
    expect(() => compareMany(['a', 'b'], { alignThreshold: 7 })).toThrow(CorroborateError)
  })

  it('labels unnamed reports Report 1…N and works on two strings', () => {
    const two = compareMany(['Hà Nội có 35 người bị thương.', 'Hà Nội có 38 người bị thương.'])
    expect(two.outlets).toEqual(['Report 1', 'Report 2'])
    expect(two.facts[0]?.status).toBe('split')
    expect(two.facts[0]?.outliers).toEqual([])
  })
})
