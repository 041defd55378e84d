import { describe, expect, it } from 'vitest'
import { prepare } from '../../../../src/document'
import { CopiedSentences, completeIndex } from '../../../../src/diverge/match/pairing/copied-sentences'
import type { Fact } from '../../../../src/diverge/extract/fact'
import { resolveOptions } from '../../../../src/options'
import type { Alignment } from '../../../../src/types'

const fact = (value: number): Fact => ({ type: 'number', value, text: String(value) }) as unknown as Fact
const indexOf = (...lengths: number[]): Map<string, Fact[]> => new Map(lengths.map((n, k) => [`key${k}`, Array.from({ length: n }, (_, v) => fact(v))]))

describe('completeIndex: whether an index holds every fact under each key', () => {
  it.each([
    ['no key', [], true],
    ['lists short of the cap', [1, 15, 3], true],
    ['a list at the cap (later facts of its key may be left out)', [1, 16], false],
  ])('%s', (_case, lengths, expected) => {
    expect(completeIndex(indexOf(...lengths))).toBe(expected)
  })
})

const options = resolveOptions({})
const doc = (text: string) => prepare({ text }, options)
const link = (a: number[], b: number[]): Alignment => ({ a, b, similarity: 1, role: 'body' })

const A = doc('Bão làm 30 người chết ở Quảng Ngãi. Ông Nguyễn Văn An nói 1.200 ngôi nhà bị sập. Lực lượng cứu hộ đã đến.')
const B = doc('Bão làm 30 người chết ở Quảng Ngãi. Ông Nguyễn Văn An nói 1.200 ngôi nhà bị tốc mái. Lực lượng cứu hộ đã đến.')

describe('CopiedSentences: linked sentences of equal text, each in one link', () => {
  it.each([
    ['equal texts, each in one link: marked', [[0, 0]], [link([0], [0]), link([1], [1])], true, [[0], [0]]],
    ['texts that differ beside equal facts: never marked (their clauses may differ)', [[1, 1]], [link([0], [0]), link([1], [1])], true, [[], []]],
    ['a sentence also in a second link (a lead linked to a headline): unmarked on both sides', [[0, 0]], [link([0], [0]), link([0], [2])], true, [[], []]],
    ['the copy in a second link: unmarked on both sides', [[0, 0]], [link([0], [0]), link([2], [0])], true, [[], []]],
    ['an index cut at its cap on either side: nothing marked', [[0, 0]], [link([0], [0])], false, [[], []]],
    ['one sentence marked against two copies: neither pair stands', [[0, 0], [0, 2]], [link([0], [0]), link([0], [2])], true, [[], []]],
  ])('%s', (_case, marks, alignments, complete, [inA, inB]) => {
    const copied = new CopiedSentences(A, B, complete as boolean)
    for (const [i, j] of marks as number[][]) copied.mark(i!, j!)
    copied.finish(alignments as Alignment[])
    expect([0, 1, 2].filter((i) => copied.inA(i))).toEqual(inA)
    expect([0, 1, 2].filter((j) => copied.inB(j))).toEqual(inB)
  })
})
