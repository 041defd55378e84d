/**
 * One word of a name written differently, where the spelling alone cannot
 * tell a respelling from another person (Hoàng / Hồ Khắc Ngọc, Hoa Xuân Oánh /
 * Doanh): Vietnamese names are read as different people as soon as a
 * syllable changes (name-spelling.ts), so these are judged by what the two
 * reports say around them instead.
 *
 * A pair is one entity when the two names have three words or more, differ in
 * exactly one (the surname or a middle word in full; the given name, which
 * identifies a person, only by one letter), no title tells them apart, and the
 * sentences that name them state the same thing: linked, or sharing several
 * word pairs besides the names themselves. Different people who share a
 * surname differ in more than one word (Park Soo Kwan, Park Heong-joon); two
 * people who share all but the surname rarely stand in sentences saying the same.
 * Each spelling pairs with one other only, and only when it has no rival.
 *
 * A foreign name (a word no Vietnamese syllable) is read the other way round: its first word is a
 * given name and never this rule's differing word, a middle word (Habis Abdu / Abdullah al Saoub) or
 * the word saying what kind of body it is (United Airlines / Airways) needs only two shared word
 * pairs, and a middle name against its initial (Harold / H.) is no difference at all.
 */
import levenshtein from 'fast-levenshtein'
import { stripDiacritics } from '../../../normalize/fold'
import type { Alignment } from '../../../types'
import type { EntityPair } from './name-entities'
import type { Spelling } from './name-probes'
import type { SentenceDiffs } from '../sentences/word-diff'
import { isVietnameseSyllable } from '../../extract/vi-syllables'
import { closeSpelling, joinedAtAnd } from './name-and-joins'

// Word pairs two sentences must share, besides the names' own words, to be taken as saying the same.
const SHARED_PAIRS = 4
// Fewer for a middle word of a name not written in Vietnamese syllables (Habis Abdu / Abdullah al
// Saoub, Nassau County / University Medical Center): two people or bodies sharing every word of such
// a name but a middle one are rare, while Vietnamese names share two of three syllables all the time.
const SHARED_PAIRS_FOREIGN = 2
const CONFIDENCE_LINKED = 0.7
const CONFIDENCE_CONTEXT = 0.6

/** The one position where two equally long token runs differ, or -1 when they differ in none or several. */
function oneDifference(x: readonly string[], y: readonly string[]): number {
  if (x.length !== y.length || x.length < 3) return -1
  let at = -1
  for (let k = 0; k < x.length; k++) {
    if (x[k] === y[k]) continue
    if (at >= 0) return -1
    at = k
  }
  return at
}

/**
 * The word that says what kind of body a name is (United Airlines / Airways, Federal Emergency
 * Management Administration / Agency): written wrongly, it still names the one body the rest of
 * the name and the sentence point to.
 */
const BODY_HEADS = new Set(
  ('airlines airways agency administration authority bureau commission committee council department ' +
    'office service institute center centre hospital clinic university college school foundation association society').split(' '),
)

/** The last words of two names whose other words are the same, two body heads: the position, or -1. */
function headDifference(x: readonly string[], y: readonly string[]): number {
  const last = x.length - 1
  if (x.length !== y.length || x.length < 2 || x[last] === y[last] || !BODY_HEADS.has(x[last]!) || !BODY_HEADS.has(y[last]!)) return -1
  return x.slice(0, last).every((w, k) => w === y[k]) ? last : -1
}

/** May the differing word be one entity's? A surname or middle word in full; the last word by one letter at most. */
function wordMayDiffer(x: string, y: string, last: boolean): boolean {
  if (!last) return true
  return levenshtein.get(stripDiacritics(x), stripDiacritics(y)) <= 1 && stripDiacritics(x) !== stripDiacritics(y)
}

const isInitial = (word: string): boolean => /^\p{L}\.?$/u.test(word)

/** Harold / H.: a middle word and its initial are one name written two ways, not a differing word. */
const initialOf = (x: string, y: string): boolean =>
  isInitial(x) !== isInitial(y) && stripDiacritics(x)[0] === stripDiacritics(y)[0]

/** A name with a word that cannot be a Vietnamese syllable (Saoub, Nassau), none marked as one. */
const foreignName = (tokens: readonly string[]): boolean => tokens.some((t) => !isVietnameseSyllable(t))

/** Word pairs of a sentence that hold none of the given words. */
function pairsWithout(words: readonly { readonly key: string }[], skip: ReadonlySet<string>): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i + 1 < words.length; i++) {
    const x = words[i]!.key
    const y = words[i + 1]!.key
    if (!skip.has(x) && !skip.has(y)) out.add(`${x} ${y}`)
  }
  return out
}

/**
 * A name's tokens with the word at `k` left out, and how many there are: two names share such a key
 * for some `k` exactly when they are equally long and differ at most at `k`.
 */
const blankedKey = (tokens: readonly string[], k: number): string =>
  `${tokens.length}\u0001${k}\u0001${tokens.map((t, i) => (i === k ? '' : t)).join('\u0000')}`

/**
 * The positions in `onlyB` of the spellings that may be one word from `x`: equally long, the
 * same but for one word. Whatever headDifference or oneDifference accepts is such a pair (read
 * across "and", both names gain the same two words), so the rest are never judged: the
 * all-pairs loop grew with the square of the names (405 pairs at 100 KB, 12,700 at 1 MB, issue 16).
 */
function oneWordApart(x: readonly string[], index: ReadonlyMap<string, readonly number[]>): number[] {
  const found = new Set<number>()
  for (let k = 0; k < x.length; k++) for (const j of index.get(blankedKey(x, k)) ?? []) found.add(j)
  return [...found].sort((p, q) => p - q)
}

/** Pairs of left-over spellings (A's, B's) judged one entity by one differing word and what the sentences say. */
export function resolveOneWord(onlyA: readonly Spelling[], onlyB: readonly Spelling[], alignments: readonly Alignment[], diffs: SentenceDiffs): EntityPair[] {
  const candidates: EntityPair[] = []
  if (onlyA.length === 0 || onlyB.length === 0) return candidates
  const links = new Set(alignments.flatMap((link) => link.a.flatMap((i) => link.b.map((j) => `${i}:${j}`))))
  const index = new Map<string, number[]>()
  onlyB.forEach((b, j) => {
    const tokens = b.mentions[0]!.fact.tokens
    for (let k = 0; k < tokens.length; k++) {
      const key = blankedKey(tokens, k)
      const list = index.get(key)
      if (list) list.push(j)
      else index.set(key, [j])
    }
  })
  for (const a of onlyA) {
    if (a.opening) continue
    const x = a.mentions[0]!.fact
    // B's spellings in their order, as the loop over all of them met them.
    for (const j of oneWordApart(x.tokens, index)) {
      const b = onlyB[j]!
      if (b.opening) continue
      const y = b.mentions[0]!.fact
      // "a Spin-Up and Ejection Mechanism" / "a Spin-Up and Eject Mechanism": a name the extractor cut at
      // "and" is read whole when both reports write the same word and "and" before it.
      const joined = joinedAtAnd(x.tokens, y.tokens, diffs.wordsA(a.mentions[0]!.sentence), diffs.wordsB(b.mentions[0]!.sentence))
      const xt = joined?.[0] ?? x.tokens
      const yt = joined?.[1] ?? y.tokens
      const head = headDifference(xt, yt)
      const at = head >= 0 ? head : oneDifference(xt, yt)
      if (at < 0 || (head < 0 && !wordMayDiffer(xt[at]!, yt[at]!, at === xt.length - 1))) continue
      if (initialOf(xt[at]!, yt[at]!)) continue
      // Read whole across "and", a name may be two listed ones (Bombardier and Embraer / Airbus): the word must be respelt, not replaced.
      if (joined && !closeSpelling(xt[at]!, yt[at]!)) continue
      if (x.title && y.title && x.title !== y.title) continue
      const skip = new Set([...x.tokens, ...y.tokens])
      let best: { shared: number; linked: boolean; m: (typeof a.mentions)[number]; n: (typeof b.mentions)[number] } | undefined
      for (const m of a.mentions.slice(0, 8)) {
        for (const n of b.mentions.slice(0, 8)) {
          const linked = links.has(`${m.sentence}:${n.sentence}`)
          const pa = pairsWithout(diffs.wordsA(m.sentence), skip)
          const pb = pairsWithout(diffs.wordsB(n.sentence), skip)
          let shared = 0
          for (const p of pa) if (pb.has(p)) shared++
          if (!best || Number(linked) > Number(best.linked) || (linked === best.linked && shared > best.shared)) best = { shared, linked, m, n }
        }
      }
      // A foreign name's first word is a given name, which tells people apart (a respelt one is the
      // spelling judge's), or a word glued on (California-based / Berkeley-based Xoma, a dateline's
      // ANGELES / Will before Walt Disney Concert Hall): never this rule's differing word.
      const foreign = foreignName(x.tokens) && foreignName(y.tokens)
      if (foreign && at === 0) continue
      const needed = foreign && (at < xt.length - 1 || head >= 0) ? SHARED_PAIRS_FOREIGN : SHARED_PAIRS
      if (!best || (!best.linked && best.shared < needed)) continue
      const evidence = [best.linked ? 'linked sentences' : `shared context words (${best.shared})`, 'one word of the name differs']
      candidates.push({
        a,
        b,
        confidence: best.linked ? CONFIDENCE_LINKED : CONFIDENCE_CONTEXT,
        evidence,
        changes: `${xt[at]}\u0000${yt[at]}`,
        spellingScore: 0,
        at: { a: best.m, b: best.n },
      })
    }
  }
  // Only a pair with no rival on either side: two candidates for one spelling are two people perhaps.
  const countA = new Map<Spelling, number>()
  const countB = new Map<Spelling, number>()
  for (const c of candidates) {
    countA.set(c.a, (countA.get(c.a) ?? 0) + 1)
    countB.set(c.b, (countB.get(c.b) ?? 0) + 1)
  }
  return candidates.filter((c) => countA.get(c.a) === 1 && countB.get(c.b) === 1)
}
