/**
 * An article as the same-event index sees it. Reports written independently about one
 * event share names, places, numbers and rare words, not sentences, so each article
 * becomes a bag of weighted features over the comparison tokens of normalize/ (the
 * folded word keys every stage compares):
 *
 * - `w:` every word key (numbers are rare, so idf weighs them up),
 * - `b:` every pair of adjacent words inside a sentence (Vietnamese words are mostly
 *   two syllables, so pairs are words and fixed phrases),
 * - `e:` every run of words that start with a capital (names, places, organisations),
 *   counting double,
 *
 * with the title counting twice. A feature is MurmurHash3 of its string (`w:mưa`,
 * `b:mưa gió`, `e:thanh hóa`: the snapshots and the PostgreSQL tables hold these numbers),
 * taken over the keys' UTF-8 bytes without building the string.
 */
import { UNSPACED, UPPER, classAt, lastRunClasses, widthAt } from '../normalize/chars'
import { pushUnspaced, wordEnd } from '../normalize/tokens'
import { Murmur3Stream } from './hash'
import { type KeyHashes, SPACE, asciiBytes, keyHashes, pairHash } from './key-hashes'
import { SpanKeys } from './span-keys'

export interface EventFeatures {
  /** Feature hashes (MurmurHash3 of `w:word`, `b:word word`, `e:name`), distinct. */
  readonly ids: Uint32Array
  /** Weighted counts, parallel to `ids`. */
  readonly counts: Float32Array
}

const NAME = asciiBytes('e:')

/** Whether `text[from, to)` holds a sentence end (`.`, `!` or `?`). */
function sentenceBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 46 || c === 33 || c === 63) return true
  }
  return false
}

/**
 * Counts by feature hash, in order of first appearance. Two feature strings with one hash
 * share a count (harmless, and rare).
 */
class FeatureCounts {
  private slots = new Int32Array(4096)
  private ids = new Uint32Array(2048)
  private counts = new Float64Array(2048)
  private size = 0

  add(id: number, weight: number): void {
    const mask = this.slots.length - 1
    let s = id & mask
    for (;;) {
      const entry = this.slots[s]!
      if (entry === 0) break
      if (this.ids[entry - 1] === id) {
        this.counts[entry - 1]! += weight
        return
      }
      s = (s + 1) & mask
    }
    if (this.size === this.ids.length) this.growEntries()
    this.ids[this.size] = id
    this.counts[this.size] = weight
    this.slots[s] = ++this.size
    if (this.size * 2 > this.slots.length) this.rehash(this.slots.length * 2)
  }

  /** The counts so far, and an empty table for the next article. */
  take(): EventFeatures {
    const out = { ids: this.ids.slice(0, this.size), counts: Float32Array.from(this.counts.subarray(0, this.size)) }
    if (this.slots.length > 1 << 16) this.rehash(4096)
    else this.slots.fill(0)
    this.size = 0
    return out
  }

  private growEntries(): void {
    const ids = new Uint32Array(this.ids.length * 2)
    ids.set(this.ids)
    const counts = new Float64Array(this.counts.length * 2)
    counts.set(this.counts)
    this.ids = ids
    this.counts = counts
  }

  private rehash(capacity: number): void {
    this.slots = new Int32Array(capacity)
    const mask = capacity - 1
    for (let e = 0; e < this.size; e++) {
      let s = this.ids[e]! & mask
      while (this.slots[s] !== 0) s = (s + 1) & mask
      this.slots[s] = e + 1
    }
  }
}

const bag = new FeatureCounts()
const feature = new Murmur3Stream()
const spans = new SpanKeys()

/** The features of one text, word by word (the words and keys of tokenize(), read in place). */
class FeatureReader {
  private text = ''
  private weight = 1
  private previous: KeyHashes | null = null
  private previousEnd = 0
  /** The capitalised words of the name being read. */
  private readonly name: KeyHashes[] = []

  read(text: string, weight: number): void {
    const nfc = text.normalize('NFC')
    this.text = nfc
    this.weight = weight
    this.previous = null
    this.previousEnd = 0
    const n = nfc.length
    for (let i = 0; i < n; ) {
      const start = i
      const end = wordEnd(nfc, i, n)
      if (end === i) {
        i += widthAt(nfc, i)
        continue
      }
      i = end
      if (lastRunClasses() & UNSPACED) {
        // Han characters as well as pairs, as tokenize() gives them (the features are its words).
        pushUnspaced(nfc.slice(start, end), start, (tokenStart, tokenEnd, key) => this.word(tokenStart, tokenEnd, keyHashes(key)), true)
        continue
      }
      this.word(start, end, spans.get(nfc, start, end))
    }
    this.flushName()
  }

  /** Forget a text left half read (its reading threw). */
  reset(): void {
    this.name.length = 0
    this.previous = null
  }

  private word(start: number, end: number, key: KeyHashes): void {
    const { text, weight } = this
    if (sentenceBreak(text, this.previousEnd, start)) {
      this.previous = null
      this.flushName()
    }
    bag.add(key.word, weight)
    if (this.previous !== null) bag.add(pairHash(this.previous, key), weight)
    if (classAt(text, start) & UPPER) this.name.push(key)
    else this.flushName()
    this.previous = key
    this.previousEnd = end
  }

  private flushName(): void {
    const name = this.name
    if (name.length === 0) return
    feature.reset().bytes(NAME)
    for (let i = 0; i < name.length; i++) {
      if (i > 0) feature.byte(SPACE)
      feature.bytes(name[i]!.bytes)
    }
    bag.add(feature.digest(), 2 * this.weight)
    name.length = 0
  }
}

const reader = new FeatureReader()

/** The event features of an article (title counts twice). */
export function eventFeatures(text: string, title?: string): EventFeatures {
  try {
    if (title) reader.read(title, 2)
    reader.read(text, 1)
  } catch (error) {
    // leave the shared tables empty for the next article
    bag.take()
    reader.reset()
    throw error
  }
  return bag.take()
}
