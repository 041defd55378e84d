/**
 * Which names of the other report may be a name respelt: the candidates name-entities.ts judges.
 * Spellings are indexed by their words and the words' one- and two-letter deletions, so each name
 * probes a bounded set of the other report's names, never all of them (two words one or two edits
 * apart share a key); buckets are capped so a long report costs linear time. Split from
 * name-entities.ts, which judges and pairs what is probed here.
 */
import { collapseRepeats, stripDiacritics } from '../../../normalize/fold'
import type { Located } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'
import { Attached } from '../../../document/attached'
import { KeyBuckets } from '../../../document/key-buckets'
import { arabicConsonants, withoutArticle } from '../../reasons/name-arabic'
import { nameCache, remember } from './name-caches'

/** Every mention of one spelling in one report. */
export interface Spelling {
  readonly key: string
  readonly mentions: readonly Located<NameFact>[]
  /** A lone word opening its sentences, capitalised for that reason perhaps: a name only if paired. */
  readonly opening: boolean
  /**
   * The longer name of the same report this spelling is short for (Bashar al-Assad for
   * Assad): the person it names is judged by it, so Assad is not Ammar al-Asad. Empty when
   * several longer names hold it (Park of Park Heong-joon and Park Soo Kwan): no one to judge by.
   * Written on every spelling, undefined when there is none, so that all spellings share one
   * hidden class (an optional field made three, and a worker recompiled what reads them).
   */
  readonly full: string | undefined
}

// Bucket sizes are capped so a long report costs linear time; short words are not deleted from.
const BUCKET_CAP = 48
const DELETIONS_FROM = 4
const DOUBLE_DELETIONS_FROM = 8
// Fewer consonants (Fua, Ali) key too many names: such short words meet by their deletions.
const ARABIC_KEY_CONSONANTS = 3

// Đắk Lắk / Đắc Lắc: a lone k probes as c, so three-letter syllables with c for k in each (too short
// for deletions) still meet; whether they are one word is judged after (reasons/name-same-sound.ts).
const LONE_K = /[kK](?![hH])/gu

/** A name word's probing form: bare letters, repeats collapsed, ph as f, a lone k as c. */
const wordKey = (t: string): string =>
  collapseRepeats(stripDiacritics(t).replace(/[^\p{L}]/gu, '').replace(/đ/g, 'd').replace(LONE_K, (k) => (k === 'k' ? 'c' : 'C'))).replace(/ph/g, 'f')

export function wordKeys(fact: NameFact): string[] {
  return fact.tokens.map(wordKey).filter((t) => t.length >= 3)
}

/** The word itself, and its deletion neighbourhood: two words one or two edits apart share a key. */
function probeKeys(word: string): string[] {
  const keys = [word]
  if (word.length < DELETIONS_FROM) return keys
  for (let i = 0; i < word.length; i++) {
    const once = word.slice(0, i) + word.slice(i + 1)
    keys.push(once)
    if (word.length >= DOUBLE_DELETIONS_FROM) for (let j = i; j < once.length; j++) keys.push(once.slice(0, j) + once.slice(j + 1))
  }
  return keys
}

// By name: the probe keys of its words, in order, repeats kept. A story probes a report's names in
// every pair it is in, and a name's keys (folds, regexes, a deletion neighbourhood) depend on it alone.
const keysOfName = new Attached<NameFact, readonly string[]>('probeKeysOfName')

// By name word: its probe keys (none for a word too short to probe), shared by every comparison as
// the folds are: news repeats its names, and the regexes and the deletion neighbourhood depend on the word alone.
const keysOfWord = nameCache<readonly string[]>()
const NO_KEYS: readonly string[] = []

function wordProbeKeys(token: string): readonly string[] {
  let keys = keysOfWord.get(token)
  if (keys === undefined) {
    const key = wordKey(token)
    keys = key.length >= 3 ? probeKeys(key) : NO_KEYS
    // Hasaka / Hasakeh, Ramusa / Ramousah: one Arabic name romanised two ways, further apart than
    // deletions reach, shares its consonants (reasons/name-arabic.ts); keyed apart from the words' keys.
    const bare = withoutArticle(token) ?? token
    const consonants = arabicConsonants(stripDiacritics(bare.toLowerCase()))
    if (consonants.length >= ARABIC_KEY_CONSONANTS) keys = [...keys, `\u0001${consonants}`]
    // al-Foua / Fua: the word without its article probes as the word does.
    const word = bare === token ? '' : wordKey(bare)
    if (word.length >= 3) keys = [...keys, ...probeKeys(word)]
    remember(keysOfWord, token, keys)
  }
  return keys
}

/** Every word's probe keys, word after word: what `wordKeys` then `probeKeys` give, worked out once per name. */
function nameProbeKeys(fact: NameFact): readonly string[] {
  let keys = keysOfName.get(fact)
  if (keys === undefined) {
    const { tokens } = fact
    keys = tokens.length === 1 ? wordProbeKeys(tokens[0]!) : tokens.flatMap(wordProbeKeys)
    keysOfName.set(fact, keys)
  }
  return keys
}

export function indexSpellings(spellings: readonly Spelling[], cap = BUCKET_CAP): Map<string, Spelling[]> {
  const index = new Map<string, Spelling[]>()
  for (const spelling of spellings) {
    const seen = new Set<string>()
    for (const key of nameProbeKeys(spelling.mentions[0]!.fact)) {
      if (seen.has(key)) continue
      seen.add(key)
      const bucket = index.get(key)
      if (!bucket) index.set(key, [spelling])
      else if (bucket.length < cap) bucket.push(spelling)
    }
  }
  return index
}

/**
 * A report's every spelling indexed like `indexSpellings` but with no bucket capped, for pairs
 * that probe a part of them (`probeAmong`): read once per report, where indexing each pair's
 * part again grew with the report times the pairs' left-over spellings. Kept as integer columns
 * (document/key-buckets.ts): a long report's index is tens of thousands of one-spelling buckets.
 */
export interface WholeIndex {
  readonly spellings: readonly Spelling[]
  readonly buckets: KeyBuckets
}

export function indexSpellingsWhole(spellings: readonly Spelling[]): WholeIndex {
  return { spellings, buckets: KeyBuckets.build(spellings.length, (i) => nameProbeKeys(spellings[i]!.mentions[0]!.fact)) }
}

/** The spellings of `index` that share a word, or a word one or two edits away, with `spelling`. */
export function probe(index: ReadonlyMap<string, readonly Spelling[]>, spelling: Spelling): Set<Spelling> {
  const probed = new Set<Spelling>()
  for (const key of nameProbeKeys(spelling.mentions[0]!.fact)) for (const other of index.get(key) ?? []) probed.add(other)
  return probed
}

/**
 * `probe` of `indexSpellings(part)` through the whole report's uncapped index (`indexSpellingsWhole`),
 * `part` (`among`) a subsequence of the spellings indexed: each bucket read as far as its first
 * BUCKET_CAP spellings of the part, which are what the part's own capped bucket holds.
 */
export function probeAmong(whole: WholeIndex, spelling: Spelling, among: ReadonlySet<Spelling>): Set<Spelling> {
  const probed = new Set<Spelling>()
  const { spellings, buckets } = whole
  let kept = 0
  const visit = (item: number): boolean => {
    const other = spellings[item]!
    if (!among.has(other)) return true
    probed.add(other)
    return ++kept < BUCKET_CAP
  }
  for (const key of nameProbeKeys(spelling.mentions[0]!.fact)) {
    kept = 0
    buckets.each(key, visit)
  }
  return probed
}
