/**
 * Respellings that pairing the spellings only one report writes cannot see.
 *
 * - A report may write one name two ways, once as the other report does and
 *   once respelt (Sydney and Syndey, against Sydney): the respelling stands
 *   against the other report's spelling, and is no missing fact.
 * - One entity may be respelt several ways on each side (Phlippines and
 *   Philippines against Phillipines and Phillippines): pairing is one to one,
 *   so a spelling left over joins the entity one of whose spellings it is
 *   close to, and the entity's divergence lists its mentions too.
 */
import type { EntityPair, PairJudge } from './name-entities'
import { type Spelling, type WholeIndex, indexSpellings, probe, probeAmong } from './name-probes'
import { stripDiacritics } from '../../../normalize/fold'
import { memo } from '../../../normalize/text-memo'
import { judgeSpelling } from '../../reasons/name-spelling'
import type { NameFact } from '../../extract/names/names'
import type { Located } from '../../extract/collect'
import { apposedAfter } from './name-appositions'
import { editDistance } from '../../reasons/edit-distance'
import { CALENDAR_NAMES } from '../../../normalize/calendar-words'
import { TEXT_CUT_OFF } from './cut-off'

/** The spellings of each report that name one entity found respelt. */
export interface RespeltEntity {
  readonly a: readonly Spelling[]
  readonly b: readonly Spelling[]
}

// A spelling left over joins an entity only when it is a respelling of one of its spellings on its own.
const JOIN_SCORE = 0.75
// A report's second spelling of a name both reports write needs a close likeness: a long word's, or
// a word's beside words that agree. Two names a report writes side by side (Iran, Iraq) stay two.
const TYPO_SCORE = 0.75
const TYPO_SCORE_ONE_WORD = 0.85
// The report writes both spellings: one of them is a slip of the pen more likely than another name.
const BOTH_SPELLINGS_BONUS = 0.15

const textOf = (spelling: Spelling): string => spelling.full || spelling.mentions[0]!.fact.text

/**
 * The entity each left-over spelling joins (its index in `entities`), by the
 * closest spelling of any entity on either side.
 */
export function joinEntities(left: readonly Spelling[], entities: readonly RespeltEntity[], least = JOIN_SCORE): Map<Spelling, number> {
  const joined = new Map<Spelling, number>()
  if (left.length === 0 || entities.length === 0) return joined
  const entityOf = new Map<Spelling, number>()
  entities.forEach((entity, k) => {
    for (const spelling of [...entity.a, ...entity.b]) entityOf.set(spelling, k)
  })
  const index = indexSpellings([...entityOf.keys()])
  for (const spelling of left) {
    if (spelling.full === '') continue
    let best = -1
    // A one-word sentence opener may be a common word: it joins only as a close respelling.
    let bestScore = spelling.opening ? Math.max(least, TYPO_SCORE_ONE_WORD) : least
    for (const other of probe(index, spelling)) {
      const judgement = judgeSpelling(textOf(spelling), textOf(other))
      if (judgement.kind !== 'respelling' || judgement.score < bestScore) continue
      bestScore = judgement.score
      best = entityOf.get(other)!
    }
    if (best >= 0) joined.set(spelling, best)
  }
  return joined
}

/**
 * The spellings both reports write that respell a spelling of an entity found
 * respelt (Philippines beside Phlippines / Phillipines): one entity's mentions,
 * each spelling listed with the entity it is closest to.
 */
export function sharedOfEntities(shared: readonly Spelling[], entities: readonly RespeltEntity[]): Map<Spelling, number> {
  return joinEntities(shared, entities, TYPO_SCORE_ONE_WORD)
}

// A short form respelt is a slip only in a word this long: one letter of a shorter one (Dani / Danu, Lucca / Lucas) may be another person.
const SHORT_FORM_SLIP_LETTERS = 6
// Feasts capitalised like names, one word each (months and weekdays are read from the calendar lists): Ramadan beside
// Ahmad Ramadhan is the fasting month, not his name misspelt.
const FEASTS: ReadonlySet<string> = new Set(
  'ramadan ramadhan ramazan lebaran idulfitri iduladha christmas easter thanksgiving hanukkah diwali passover noël pâques navidad pascua natale pasqua weihnachten ostern paskah natal imlek waisak nyepi'.split(' '),
)
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...CALENDAR_NAMES, ...FEASTS])

/** The report a left-over spelling comes from: its text and its names by sentence, read to tell a slip from another person. */
export interface OwnReport {
  readonly text: string
  readonly namesBySentence: ReadonlyMap<number, readonly Located<NameFact>[]>
}

/**
 * Is `left` a one-word short form of the longer `written` name that may be its slip (Djarot beside Djarod Padakova,
 * Saikhu beside Ahmad Syaikhu)? Only a long word of a name that is no place (Jakart beside DKI Jakarta is a typo of a
 * place, which the report writes right elsewhere), not a word that opens its sentence (Estamos, "we are", beside
 * Estados Unidos), and with marks where the word it respells has them: a slip changes a letter, it does not write a
 * word of another language (Géorgie, the country, beside George W. Bush). And only when nothing says it is someone or
 * something else (otherPerson). The judge then asks for a close likeness and context.
 */
function shortFormSlip(left: Spelling, written: NameFact, own: OwnReport | undefined): boolean {
  const fact = left.mentions[0]!.fact
  if (left.opening || fact.tokens.length !== 1 || written.tokens.length < 2 || fact.tokens[0]!.length < SHORT_FORM_SLIP_LETTERS) return false
  if (fact.category === 'place' || written.category === 'place') return false
  if (CALENDAR_WORDS.has(fact.tokens[0]!)) return false
  if (marked(fact.text) !== marked(respeltWord(fact.text, written.text))) return false
  return own === undefined || !left.mentions.some((mention) => otherPerson(mention, written, own))
}

/**
 * Does this mention of a short form name someone other than `written`? When it has a title of its own
 * (Kolonel Pranoto beside Gubernur Ganjar Pranowo), a comma apposition giving a role (said Johnston, a pub
 * owner; kata Syahril, petani setempat), or stands in a sentence that names `written` itself (Jean Castex …
 * tout comme Castel): a report does not respell a name beside its right spelling. A slip quoted with a comma
 * after it is read by what follows the comma (name-appositions.ts): *kata Djarot, seperti dilansir* goes on with the
 * clause, *kata Syahril, petani setempat* gives a role.
 */
function otherPerson(mention: Located<NameFact>, written: NameFact, own: OwnReport): boolean {
  const title = mention.fact.title
  if (title !== undefined && written.title !== undefined && title !== written.title) return true
  if (own.namesBySentence.get(mention.sentence)?.some((name) => name.fact.key === written.key)) return true
  return apposedAfter(own.text, mention.span.start, mention.span.end)
}

/** The word of `full` that `short` respells: the one fewest edits away (Mourinho of José Mourinho for Mourinio). */
function respeltWord(short: string, full: string): string {
  const bare = stripDiacritics(short.toLowerCase())
  let best = full
  let fewest = short.length + full.length
  for (const word of full.split(/[\s-]+/u)) {
    const edits = editDistance(bare, stripDiacritics(word.toLowerCase()), fewest)
    if (edits < fewest) {
      fewest = edits
      best = word
    }
  }
  return best
}

const marked = (text: string): boolean => stripDiacritics(text.normalize('NFC')) !== text.normalize('NFC')

/** The spellings of a report that the other report writes too: all but those it lacks (`absent`) and those already paired. */
export function writtenSpellings(list: readonly Spelling[], absent: readonly { readonly key: string }[], paired: ReadonlySet<string>): Spelling[] {
  const skip = new Set([...absent.map((n) => n.key), ...paired])
  return list.filter((spelling) => !skip.has(spelling.key))
}

/**
 * Left-over spellings of one report judged respellings of a name both reports
 * write (`shared`, with the other report's mentions). `side` says which report
 * the left-over spellings are from, since the judge takes A's spelling first.
 */
export function resolveTypos(
  left: readonly Spelling[],
  shared: readonly Spelling[],
  judge: PairJudge,
  side: 'a' | 'b',
  // The other report's every spelling indexed once, uncapped (`indexSpellingsWhole`), read only when both lists
  // have spellings; `shared`, a subsequence of them, picks from it (`probeAmong`).
  stated?: { readonly index: WholeIndex },
  own?: OwnReport,
): EntityPair[] {
  if (left.length === 0 || shared.length === 0) return []
  const whole = stated?.index
  const among = whole && new Set(shared)
  const index = whole ? undefined : indexSpellings(shared)
  const out: EntityPair[] = []
  for (const spelling of left) {
    let best: EntityPair | undefined
    let cut: EntityPair | undefined
    let tied = false
    for (const other of whole ? probeAmong(whole, spelling, among!) : probe(index!, spelling)) {
      // A slip of the pen changes letters, not words (Devi Prasad Tripathi is not the Prasat both write):
      // asked before the judge, which reads context and spelling at length and decides nothing this needs.
      if (spelling.mentions[0]!.fact.tokens.length !== other.mentions[0]!.fact.tokens.length && !shortFormSlip(spelling, other.mentions[0]!.fact, own)) continue
      const pair = side === 'a' ? judge(spelling, other) : judge(other, spelling)
      if (!pair) continue
      // The report's name cut short where its text stops (cut-off.ts): the name it writes whole, no slip.
      if (pair.format === TEXT_CUT_OFF) {
        cut = pair
        break
      }
      if (pair.format) continue
      // A mark dropped from a name the report writes right elsewhere (Viêt Nam) is no conflict.
      if (pair.evidence.includes('tone or vowel marks')) continue
      // A short form's slip (Djarot beside Djarod Padakova) is read as strictly as a one-word name's.
      const oneWord = spelling.mentions[0]!.fact.tokens.length === 1
      if (pair.spellingScore < (oneWord ? TYPO_SCORE_ONE_WORD : TYPO_SCORE)) continue
      if (best && pair.confidence === best.confidence) tied = true
      else if (!best || pair.confidence > best.confidence) {
        best = pair
        tied = false
      }
    }
    if (cut) {
      out.push(cut)
      continue
    }
    // Close to two names both reports write: which one it respells is a guess.
    if (!best || tied) continue
    out.push({
      ...best,
      confidence: Math.round(Math.min(0.99, best.confidence + BOTH_SPELLINGS_BONUS) * 100) / 100,
      evidence: [...best.evidence, 'the report also writes the other spelling'],
    })
  }
  return out
}

/**
 * The longer name each shorter run of name words stands in, by the run's words
 * (assad → Bashar al-Assad); '' when two longer names hold it.
 */
export function fullForms(names: readonly { readonly fact: NameFact }[]): Map<string, string> {
  const full = new Map<string, string>()
  const fullKey = new Map<string, string>()
  const seen = new Set<string>()
  for (const { fact } of names) {
    const tokens = fact.tokens
    if (tokens.length < 2 || tokens.length > 8) continue
    const whole = tokens.join(' ')
    // A report names its people again and again: each name's runs once.
    if (seen.has(whole)) continue
    seen.add(whole)
    for (let i = 0; i < tokens.length; i++) {
      for (let j = i + 1; j <= tokens.length; j++) {
        if (j - i === tokens.length) continue
        const run = tokens.slice(i, j).join(' ')
        const seen = fullKey.get(run)
        if (seen === undefined) {
          fullKey.set(run, whole)
          full.set(run, fact.text)
        } else if (seen !== whole) full.set(run, '')
      }
    }
  }
  return full
}

/** How many distinct spellings of the names share each spelling's bare letters (no case, marks, spaces). */
export function lettersOf(names: readonly { readonly fact: NameFact }[], keyOf: (fact: NameFact) => string): Map<string, number> {
  const keysByLetters = new Map<string, Set<string>>()
  const lettersOfText = new Map<string, string>()
  for (const { fact } of names) {
    if (lettersOfText.has(fact.text)) continue
    const bare = bareLetters(fact.text)
    const keys = keysByLetters.get(bare) ?? new Set<string>()
    keys.add(keyOf(fact))
    keysByLetters.set(bare, keys)
    lettersOfText.set(fact.text, bare)
  }
  return new Map([...lettersOfText].map(([text, bare]) => [text, keysByLetters.get(bare)!.size]))
}

/** The same letters once case, marks, spaces and hyphens go (Viết Phong / Việt Phong). */
export function lettersEqual(a: string, b: string): boolean {
  return bareLetters(a) === bareLetters(b)
}

// Asked for the same names by every pair of a story (lettersEqual in each pair's judge): read once per text.
const bareLetters = memo((text: string): string => stripDiacritics(text.normalize('NFC').toLowerCase()).replace(/đ/g, 'd').replace(/[^\p{L}]/gu, ''))
