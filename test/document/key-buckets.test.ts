import { describe, expect, it } from 'vitest'
import { KeyBuckets } from '../../src/document/key-buckets'
import { type Spelling, indexSpellings, indexSpellingsWhole, probe, probeAmong } from '../../src/diverge/match/names/name-probes'

const itemsUnder = (buckets: KeyBuckets, key: string): number[] => {
  const out: number[] = []
  buckets.each(key, (item) => {
    out.push(item)
    return true
  })
  return out
}

describe('KeyBuckets', () => {
  // English and Vietnamese keys; item 2 names `hà` twice and is filed under it once.
  const keys = [['sundwall', 'hà'], ['hà', 'nội'], ['hà', 'hà', 'sundwall'], [], ['nội']]
  const buckets = KeyBuckets.build(keys.length, (item) => keys[item]!)

  it.each([
    ['sundwall', [0, 2]],
    ['hà', [0, 1, 2]],
    ['nội', [1, 4]],
    ['johnson', []],
    ['', []],
  ])('files under %j the items %j, in the order filed', (key, items) => {
    expect(itemsUnder(buckets, key)).toEqual(items)
  })

  it('stops where the visitor says', () => {
    const seen: number[] = []
    buckets.each('hà', (item) => {
      seen.push(item)
      return seen.length < 2
    })
    expect(seen).toEqual([0, 1])
  })

  it('holds nothing when no item has a key', () => {
    expect(itemsUnder(KeyBuckets.build(3, () => []), 'hà')).toEqual([])
  })
})

const spelling = (name: string): Spelling =>
  ({ key: name, opening: false, full: undefined, mentions: [{ fact: { tokens: name.split(' ') } }] }) as unknown as Spelling

describe('probeAmong through the whole index', () => {
  // A part of the report's spellings probed through the whole index reads what the part's own capped
  // index would: in English and in Vietnamese, and for a word shared by more spellings than a bucket keeps.
  const many = Array.from({ length: 70 }, (_, i) => spelling(`Nguyễn ${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}ng`))
  it.each([
    ['English', ['Sundwall', 'Sundwell', 'Sandwall', 'Johnson', 'Sundvall'], [0, 2, 3, 4], 'Sundwal'],
    ['Vietnamese', ['Trần Văn Hùng', 'Trần Văn Hưng', 'Trần Hùng', 'Lê Văn Hùng'], [1, 2], 'Tran Van Hung'],
    ['a full bucket', many.map((s) => s.key), Array.from({ length: 60 }, (_, i) => i + 5), 'Nguyễn Văn'],
  ])('%s', (_, names, picked, probed) => {
    const all = names.map(spelling)
    const part = picked.map((i) => all[i]!)
    const whole = probeAmong(indexSpellingsWhole(all), spelling(probed), new Set(part))
    expect([...whole].map((s) => s.key)).toEqual([...probe(indexSpellings(part), spelling(probed))].map((s) => s.key))
    expect(whole.size).toBeGreaterThan(0)
  })

  it('a spelling of no other report word probes nothing', () => {
    expect(probeAmong(indexSpellingsWhole(['Sundwall', 'Hà Nội'].map(spelling)), spelling('Obama'), new Set())).toEqual(new Set())
  })
})
