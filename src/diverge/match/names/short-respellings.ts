/**
 * A short one-word name respelt by one letter (Kaká / Kaké, Viteri / Vieri) in a report that
 * also writes the name as the other report does.
 *
 * Short names are where the spelling judge is strictest, for good reason: Ana / Ann, Lee / Lea
 * are different people, and one letter of four is a quarter of the name. So such a pair is
 * read as one person only where the report itself says so: the two spellings never stand in
 * one sentence (two people named side by side stay two), the respelt one is given no other side
 * (Lucca, del rival), and either the same role noun (role-nouns.ts: a post, never a verb such as
 * said) stands before both (goleiro Viteri / goleirão Vieri, thủ môn Vieri / thủ môn Viteri), or
 * the respelt form is a lone slip among many mentions of the other, with no role of its own and
 * not brought in as another person (and Will, their son). A Vietnamese syllable with a changed
 * letter is another name (word-spelling.ts) and never pairs.
 */
import type { DocumentFacts, Located } from '../../extract/collect'
import type { EntityPair } from './name-entities'
import { nameMentionPlaces } from './name-mentions'
import type { NameFact } from '../../extract/names/names'
import { isRoleNoun, roleNounOf } from './role-nouns'
import { wordsOf } from '../../reasons/name-words'
import { compareWords } from '../../reasons/word-spelling'
import { derivation } from '../../reasons/name-forms'
import type { Spelling } from './name-probes'

export interface ShortRespelling {
  /** The spelling only this report writes. */
  readonly respelt: Spelling
  /** This report's spelling of the name the other report writes too. */
  readonly written: Spelling
  readonly evidence: readonly string[]
}

// Longer names are the spelling judge's (one edit in six letters or more is a slip it reads).
const SHORTEST = 4
const LONGEST = 6
// A lone slip: the report writes the other spelling this many times at least.
const DOMINANT_MENTIONS = 3
// goleiro / goleirão, keeper / keepers: one role noun in two forms shares its start.
const ROLE_STEM = 5
// How far before a name its role word is looked for.
const ROLE_REACH = 40

// One edit in a short word, as word-spelling.ts scores it; the report's own context lifts it above a guess.
const SHORT_SCORE = 0.75
const SHORT_CONFIDENCE = 0.6

const isLetter = (c: string): boolean => /[\p{L}\p{M}]/u.test(c)

/** The (up to two) words right before a mention in its sentence, lower case ones or role nouns (HLV, Torwart); none after punctuation. */
function wordsBefore(text: string, start: number): string[] {
  const words: string[] = []
  const floor = Math.max(0, start - ROLE_REACH)
  let i = start
  while (words.length < 2) {
    let end = i
    while (end > floor && /\s/u.test(text[end - 1]!)) end--
    if (end === i) break
    let begin = end
    while (begin > floor && isLetter(text[begin - 1]!)) begin--
    if (begin === end) break
    const word = text.slice(begin, end).normalize('NFC')
    if (word !== word.toLowerCase() && !isRoleNoun(word)) break
    words.push(word)
    i = begin
  }
  return words
}

/** A mention's role noun (goleiro, thủ môn), or '' where the words before it are none (said, ouviram, ông). */
function roleOf(text: string, mention: Located<NameFact>): string {
  const [last, previous] = wordsBefore(text, mention.span.start)
  return roleNounOf(last, previous)
}

function sameRole(x: string, y: string): boolean {
  if (x === '' || y === '') return false
  return x === y || (x.length >= ROLE_STEM && y.length >= ROLE_STEM && x.slice(0, ROLE_STEM) === y.slice(0, ROLE_STEM))
}

// Words that give a mention its side or body right after it: Lucca, del rival; Jefferson, do Vasco; Mario of Benfica.
const AFFILIATION_WORDS: ReadonlySet<string> = new Set(['of', 'from', 'do', 'da', 'del', 'de', 'du', 'des', 'di', 'della', 'von', 'vom', 'của'].map((w) => w.normalize('NFC')))
const AFFILIATION_REACH = 30

/** The side a mention is given right after it (del rival → 'del rival'), or '' where none is. */
function affiliationOf(text: string, mention: Located<NameFact>): string {
  let k = mention.span.end
  if (text[k] === ',') k++
  if (text[k] !== ' ') return ''
  const limit = Math.min(text.length, k + AFFILIATION_REACH)
  let end = k + 1
  while (end < limit && !',.;:()!?'.includes(text[end]!)) end++
  const words = text.slice(k + 1, end).normalize('NFC').toLowerCase().trim()
  const first = words.split(' ')[0]!
  return AFFILIATION_WORDS.has(first) && words.length > first.length ? words : ''
}

// Words that bring in another person beside one named before: his wife and Will, a mãe e Lucca.
const JOINING_WORDS: ReadonlySet<string> = new Set(['and', 'e', 'et', 'y', 'und', 'i', 'or', 'ou', 'và', 'cùng', 'với', 'hoặc'].map((w) => w.normalize('NFC')))

/** Is the mention a person brought in beside another (after and, e, và) or given an apposition (Will, their son; Mario, 8)? */
function newPerson(text: string, mention: Located<NameFact>): boolean {
  if (text[mention.span.end] === ',') return true
  const [last] = wordsBefore(text, mention.span.start)
  return last !== undefined && JOINING_WORDS.has(last.toLowerCase())
}

/** Two one-word names one letter apart, neither a form of the other, both short. */
function oneLetterApart(x: string, y: string): boolean {
  const [wx] = wordsOf(x)
  const [wy] = wordsOf(y)
  if (!wx || !wy || wordsOf(x).length !== 1 || wordsOf(y).length !== 1) return false
  const shortest = Math.min(wx.bare.length, wy.bare.length)
  if (shortest < SHORTEST || Math.max(wx.bare.length, wy.bare.length) > LONGEST) return false
  if (derivation(wx.bare, wy.bare)) return false
  // Moyes / Moyesy, Ning / Ninga: an ending added is a nickname, a form or a word run on, no slip inside the name.
  if (wx.bare.startsWith(wy.bare) || wy.bare.startsWith(wx.bare)) return false
  // Minh / Vinh: two words that may each be a Vietnamese syllable are read as one (another name).
  const match = compareWords(wx, wy, wx.syllable && wy.syllable, false)
  return match !== undefined && match.evidence === 'edit distance 1'
}

/**
 * The left-over short spellings of one report (`left`) each paired with the one spelling of the
 * same report, written by the other report too (`written`), it respells. `text` is the report's
 * original text; `otherMentions` the other report's mentions of a written spelling (their role
 * words count too).
 */
export function shortRespellings(
  left: readonly Spelling[],
  written: readonly Spelling[],
  text: string,
  otherText: string,
  otherMentions: (spelling: Spelling) => readonly Located<NameFact>[],
): ShortRespelling[] {
  const candidates = written.filter((s) => s.mentions[0]!.fact.tokens.length === 1 && s.mentions[0]!.fact.text.length <= LONGEST + 2)
  if (candidates.length === 0) return []
  const out: ShortRespelling[] = []
  for (const respelt of left) {
    const fact = respelt.mentions[0]!.fact
    // Iran / Iraq, Mali / Bali: two places a letter apart are two places.
    if (respelt.opening || fact.tokens.length !== 1 || fact.category === 'place') continue
    const near = candidates.filter((w) => w.mentions[0]!.fact.category !== 'place' && oneLetterApart(fact.text, w.mentions[0]!.fact.text))
    // Close to two names the report writes: which one it respells is a guess.
    if (near.length !== 1) continue
    const written = near[0]!
    const sentences = new Set(written.mentions.map((m) => m.sentence))
    if (respelt.mentions.some((m) => sentences.has(m.sentence))) continue
    const writtenMentions = [...written.mentions.map((m) => ({ m, text })), ...otherMentions(written).map((m) => ({ m, text: otherText }))]
    // Lucca, del rival / Lucas; Jeferson, do Vasco / Jefferson, do Botafogo: another side is another person.
    const sides = new Set(writtenMentions.map(({ m, text: t }) => affiliationOf(t, m)))
    if (respelt.mentions.some((m) => { const side = affiliationOf(text, m); return side !== '' && !sides.has(side) })) continue
    const ownRoles = respelt.mentions.map((m) => roleOf(text, m)).filter((r) => r !== '')
    const writtenRoles = writtenMentions.map(({ m, text: t }) => roleOf(t, m)).filter((r) => r !== '')
    if (ownRoles.some((r) => writtenRoles.some((w) => sameRole(r, w)))) {
      out.push({ respelt, written, evidence: ['one letter apart', 'same role word'] })
      continue
    }
    // A role of its own that the other spelling never has (o zagueiro Kaké), or a person brought in
    // beside another (and Will, their son), may be another person.
    const lone = respelt.mentions.length === 1 && !newPerson(text, respelt.mentions[0]!)
    if (ownRoles.length === 0 && lone && written.mentions.length >= DOMINANT_MENTIONS) {
      out.push({ respelt, written, evidence: ['one letter apart', `a lone slip among ${written.mentions.length} mentions`] })
    }
  }
  return out
}

interface Side {
  readonly facts: DocumentFacts
  /** The report's original text, which the mentions' spans index. */
  readonly text: string
  /** The side's spellings still unpaired, read when its turn comes (the other side's pairs shrink it). */
  readonly left: () => readonly Spelling[]
  /** The side's spellings, and the keys of those only it writes. */
  readonly stated: readonly Spelling[]
  readonly absent: readonly { readonly key: string }[]
}

/** Reports each side's short respellings in turn, A first (variants.ts). */
export function reportShortRespellings(sides: { readonly a: Side; readonly b: Side }, report: (pair: EntityPair) => void): void {
  for (const side of ['a', 'b'] as const) {
    const own = sides[side]
    const written = (): Spelling[] => {
      const only = new Set(own.absent.map((n) => n.key))
      return own.stated.filter((s) => !only.has(s.key))
    }
    for (const pair of shortRespeltPairs(side, own.left(), written, sides)) report(pair)
  }
}

/**
 * `shortRespellings` of one side's left-over spellings as entity pairs, A's spelling first:
 * the respelt mention against the other report's first mention of the name (Daniel Viteri holds
 * Viteri). `written` lists the side's spellings the other report writes too, asked for only
 * when a short spelling is left over.
 */
export function shortRespeltPairs(side: 'a' | 'b', left: readonly Spelling[], written: () => readonly Spelling[], sides: { readonly a: Side; readonly b: Side }): EntityPair[] {
  if (!left.some((s) => s.mentions[0]!.fact.tokens.length === 1)) return []
  const [own, other] = side === 'a' ? [sides.a, sides.b] : [sides.b, sides.a]
  const otherMentions = (s: Spelling): Located<NameFact>[] => nameMentionPlaces(other.facts, s.key, s.mentions[0]!.fact.tokens).map((k) => other.facts.names[k]!)
  const out: EntityPair[] = []
  for (const found of shortRespellings(left, written(), own.text, other.text, otherMentions)) {
    const there = otherMentions(found.written)[0]
    if (!there) continue
    const here = found.respelt.mentions[0]!
    const pair = { confidence: SHORT_CONFIDENCE, evidence: found.evidence, spellingScore: SHORT_SCORE }
    out.push(
      side === 'a'
        ? { ...pair, a: found.respelt, b: found.written, at: { a: here, b: there }, changes: `${here.fact.text}\u0000${there.fact.text}` }
        : { ...pair, a: found.written, b: found.respelt, at: { a: there, b: here }, changes: `${there.fact.text}\u0000${here.fact.text}` },
    )
  }
  return out
}
