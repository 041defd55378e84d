/**
 * The clause around each figure of a report, read once per sentence from its fact tokens and
 * kept with the report (every pair a report is in reads the same clauses): the words before and
 * after the figure up to a clause break, the sentence's words and names, its appositions and the
 * "respectively" list member the figure is bound to. Rules that tell slots apart read a Clause
 * (slot-qualifiers.ts and the files it leans on) rather than the raw sentence.
 */
import type { PreparedDocument } from '../../../document'
import { factTokens, sentenceText } from '../../../document/words'
import type { Fact } from '../../extract/fact'
import type { Token } from '../../extract/fact-tokens'
import { captionTokens, ownName } from './clause-names'
import { type Apposition, entityAppositions, possessive } from './entity-appositions'
import { LEAD_WORDS } from './tense-marks'
import { type RespectiveMember, respectiveBindings } from './respective-lists'
import { firstAfter } from '../../../normalize/sorted-offsets'
import { languageReading, nounsCapitalisedIn } from '../../extract/names/names-language'
import { extractNames } from '../../extract/names/names'
import { keys } from '../../../normalize/word-lists'

/** Most words `after` keeps. */
const AFTER_WORDS = 8
/** Most letters from a figure that its clause's `end` is read over. */
const TAIL_LETTERS = 160

/** Marks that close a clause: the words before one belong to another statement. */
const CLAUSE_BREAK = new Set([',', ';', ':', '(', ')', '–', '—', '"', '“', '”', '.', '?', '!'])
/** An abbreviation written with dots between capitals: U.S., U.K., U.N. */
const DOTTED = /^\p{Lu}(?:\.\p{Lu})+$/u

export interface Clause {
  /** Capitalised words of the clause that do not open the sentence, folded: its places and entities. */
  readonly names: readonly string[]
  /** The same from the sentence's start up to the figure: whose figure an apposition ("up 78 cents, or 3.8 percent") gives. */
  readonly leadNames: readonly string[]
  /** Every folded word of the sentence: an entity the other clause names may sit anywhere in it. */
  readonly sentence: ReadonlySet<string>
  /** The sentence's folded words in order (shared by its clauses). */
  readonly words: readonly string[]
  /** The capitalised words of the whole sentence that do not open it, folded. */
  readonly sentenceNames: readonly string[]
  /** Every capitalised word of the sentence, folded, the first one too. */
  readonly capitals: ReadonlySet<string>
  /** Name words of the sentence that only identify a body named right before them (entity-appositions.ts). */
  readonly appositions: ReadonlyMap<string, Apposition>
  /** Folded words of the sentence a clause break follows ("aftermath, significant"): none of them modifies the word after. */
  readonly broken: ReadonlySet<string>
  /** For each of `words`, whether a clause break follows it: where a phrase of the sentence ends. */
  readonly wordBreaks: readonly boolean[]
  /** Folded words from the clause's start up to the figure. */
  readonly before: readonly string[]
  /** Folded words from the sentence's start up to the figure: an expectation governs its appositions too. */
  readonly lead: readonly string[]
  /** For each word of `lead`, whether a clause break follows it (before the next word, or before the figure). */
  readonly leadBroken: readonly boolean[]
  /** How many of `words` stand before the figure (`lead` keeps only the last LEAD_WORDS of them). */
  readonly wordsBefore: number
  /** Folded words from the figure on, to the clause's end or AFTER_WORDS of them. */
  readonly after: readonly string[]
  /** Where the figure's clause goes on after it, as indexes into `words`: `after` starts at `afterStart`. */
  readonly afterStart: number
  /**
   * One past the clause's last word in `words`: the clause read to its end past `after`'s cap
   * ("won 55 percent of the ballots cast … in the mayoral race"), at most TAIL_LETTERS letters on
   * from the figure so no long clause is read once per figure in it; `after`'s end when it stopped
   * short of its cap.
   */
  readonly end: number
  /** The member of a list read "respectively" that the figure is bound to (respective-lists.ts). */
  readonly respective?: RespectiveMember
}

/** The clause around each figure, from the sentence's tokens (cached per sentence). */
/** One report's clauses, kept with the report: a story's pairs share them. */
export const clausesOf = (doc: PreparedDocument): SentenceClauses => new SentenceClauses(doc)

class SentenceClauses {
  // The tokens of the sentence last read, not of every sentence: a report's facts are read sentence
  // by sentence, and a map of every sentence's token objects (some 3 MB a 1 MB report) outlived the
  // pair step in the old generation, where the comparison's memory peaks.
  private lastSentence = -1
  private lastTokens: readonly Token[] = []
  // Read once per sentence, not per figure: a sentence of thousands of figures read them for each.
  private lastCaption: ReadonlySet<number> = new Set()
  /** How many word tokens come before each token of the sentence last read. */
  private lastWordsBefore: Int32Array = new Int32Array(1)
  /**
   * In a language that capitalises every noun, where the name reader found names in the sentence last
   * read (sentence offsets, start and end in turn): there a capital alone names nothing, and *Anschlag*
   * / *Explosion* read as two entities set one incident's two tolls apart. Undefined in other languages.
   */
  private lastNameSpans: readonly number[] | undefined
  private readonly nounsCapitalised: boolean
  private readonly words = new Map<number, ReadonlySet<string>>()
  private readonly ordered = new Map<number, readonly string[]>()
  private readonly names = new Map<number, readonly string[]>()
  private readonly capitals = new Map<number, ReadonlySet<string>>()
  private readonly broken = new Map<number, ReadonlySet<string>>()
  private readonly wordBreaks = new Map<number, readonly boolean[]>()
  private readonly appositions = new Map<number, ReadonlyMap<string, Apposition>>()
  private readonly respective = new Map<number, ReadonlyMap<number, RespectiveMember>>()
  // A fact's clause, read by every pair its report is in (see `clausesOf`); callers only read it.
  private readonly clauses = new Map<Fact, Clause>()
  constructor(private readonly doc: PreparedDocument) {
    this.nounsCapitalised = nounsCapitalisedIn(doc)
  }

  of(sentence: number, fact: Fact): Clause {
    let clause = this.clauses.get(fact)
    if (!clause) this.clauses.set(fact, (clause = this.read(sentence, fact)))
    return clause
  }

  private read(sentence_: number, fact: Fact): Clause {
    if (this.lastSentence !== sentence_) {
      this.lastTokens = factTokens(this.doc, sentence_)
      this.lastSentence = sentence_
      this.lastCaption = captionTokens(this.lastTokens)
      this.lastWordsBefore = wordsBeforeEach(this.lastTokens)
      this.lastNameSpans = this.nounsCapitalised ? nameSpans(this.doc, sentence_, this.lastTokens) : undefined
    }
    const tokens = this.lastTokens
    let sentence = this.words.get(sentence_)
    let words = this.ordered.get(sentence_)
    if (!words) this.ordered.set(sentence_, (words = tokens.filter((t) => t.kind === 'word').map((t) => t.key)))
    if (!sentence) this.words.set(sentence_, (sentence = new Set(words.map(possessive))))
    const before: string[] = []
    const lead: string[] = []
    const after: string[] = []
    const names: string[] = []
    const leadNames: string[] = []
    const caption = this.lastCaption
    const spans = this.lastNameSpans
    // "U.S. same-store sales …": a dotted abbreviation names a place even where it opens the sentence
    const isName = (t: Token, at: number): boolean =>
      t.kind === 'word' && !caption.has(at) && (at === 0 ? DOTTED.test(t.raw) : /^\p{Lu}/u.test(t.raw) && !/[!?"“]/u.test(tokens[at - 1]!.raw) && !(tokens[at - 1]!.raw === '.' && isBreak(tokens, at - 1)) && ownName(t, tokens[at - 1])) && (spans === undefined || insideName(spans, t) || ARTICLED_PLACES.has(t.key))
    const name = (t: Token, at: number): void => {
      if (isName(t, at)) names.push(possessive(t.key))
    }
    let sentenceNames = this.names.get(sentence_)
    if (!sentenceNames) this.names.set(sentence_, (sentenceNames = tokens.flatMap((t, at) => (isName(t, at) ? [possessive(t.key)] : []))))
    let capitals = this.capitals.get(sentence_)
    if (!capitals) {
      capitals = new Set(tokens.filter((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.raw)).map((t) => possessive(t.key)))
      this.capitals.set(sentence_, capitals)
    }
    let broken = this.broken.get(sentence_)
    if (!broken) {
      broken = new Set(tokens.flatMap((t, at) => (t.kind === 'word' && at + 1 < tokens.length && isBreak(tokens, at + 1) ? [possessive(t.key)] : [])))
      this.broken.set(sentence_, broken)
    }
    let wordBreaks = this.wordBreaks.get(sentence_)
    if (!wordBreaks) {
      wordBreaks = tokens.flatMap((t, at) => (t.kind === 'word' ? [at + 1 < tokens.length && isBreak(tokens, at + 1)] : []))
      this.wordBreaks.set(sentence_, wordBreaks)
    }
    let appositions = this.appositions.get(sentence_)
    if (!appositions) this.appositions.set(sentence_, (appositions = entityAppositions(tokens, isName)))
    let k = firstEndingAfter(tokens, fact.start)
    const wordsBefore = this.lastWordsBefore[k]!
    const leadBroken: boolean[] = []
    let open = true
    let broke = false
    for (let b = k - 1; b >= 0 && lead.length < LEAD_WORDS; b--) {
      const t = tokens[b]!
      if (isBreak(tokens, b)) [open, broke] = [false, true]
      if (t.kind !== 'word') continue
      lead.unshift(t.key)
      leadBroken.unshift(broke)
      broke = false
      if (isName(t, b)) leadNames.push(possessive(t.key))
      if (open) {
        before.unshift(t.key)
        name(t, b)
      }
    }
    let bindings = this.respective.get(sentence_)
    if (!bindings) this.respective.set(sentence_, (bindings = respectiveBindings(tokens, isName)))
    let respective: RespectiveMember | undefined
    let afterStart = wordsBefore
    for (; k < tokens.length && tokens[k]!.start < fact.end; k++) {
      respective ??= bindings.get(k)
      if (tokens[k]!.kind === 'word') afterStart++
    }
    const from = k
    for (; k < tokens.length && after.length < AFTER_WORDS; k++) {
      const t = tokens[k]!
      if (isBreak(tokens, k)) break
      if (t.kind === 'word') {
        after.push(t.key)
        name(t, k)
      }
    }
    let end = afterStart + after.length
    if (after.length === AFTER_WORDS) {
      // past the cap, on to the clause's break or the letter bound, counted from the first token after the figure
      end = afterStart
      const limit = fact.end + TAIL_LETTERS
      for (let j = from; j < tokens.length && tokens[j]!.start < limit && !isBreak(tokens, j); j++) if (tokens[j]!.kind === 'word') end++
    }
    return { before, lead, leadBroken, wordsBefore, after, afterStart, end, names, leadNames, sentence, words, sentenceNames, capitals, broken, wordBreaks, appositions, ...(respective ? { respective } : {}) }
  }
}

/** How many word tokens come before each token (and before the end, at `tokens.length`). */
function wordsBeforeEach(tokens: readonly Token[]): Int32Array {
  const out = new Int32Array(tokens.length + 1)
  for (let k = 0; k < tokens.length; k++) out[k + 1] = out[k]! + (tokens[k]!.kind === 'word' ? 1 : 0)
  return out
}

/** The first token that ends after `offset` (tokens run in order): a search, not a walk from the sentence's start per figure. */
function firstEndingAfter(tokens: readonly Token[], offset: number): number {
  return firstAfter(tokens, offset, (t) => t.end)
}

/**
 * A clause mark, or a dash set off by a space ("36 feet -- 8 feet above"). A full stop glued
 * to the next word opens a ticker (".SPX", "<.IXIC>") inside the clause, not a new statement.
 */
export function isBreak(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!
  if (t.raw === '.') {
    // Inside one sentence a full stop mostly ends an abbreviation ("Inc. closed", "U.S. troops"):
    // it closes a statement only before a capitalised word or a figure, or at the end.
    const next = tokens[k + 1]
    return next === undefined || (next.spaced && /^[\p{Lu}\p{N}]/u.test(next.raw))
  }
  return CLAUSE_BREAK.has(t.raw) || (t.raw === '-' && t.spaced)
}

/**
 * Lower-case words only German writes often: a short English sentence is read as German now and then
 * ("Hanoi and Da Nang recorded 30 and 20 cases"), and its names must stay names there.
 */
const GERMAN_WORDS = new Set('der das und ist nicht eine einer einem mit dem des sich wurde wird wurden sind nach bei auf zum zur vom im'.split(' '))

/**
 * German places that take an article (*in der Türkei*, *im Irak*, *in den USA*): a closed class
 * the name reader drops as an article's noun, yet each is a place that sets a toll apart (review
 * runlinked54: Turkey's and Iraq's tolls paired). Places without an article are the name reader's.
 */
const ARTICLED_PLACES = keys(
  'türkei schweiz ukraine slowakei mongolei krim elfenbeinküste irak iran jemen libanon sudan südsudan tschad kongo niger oman ' +
    'kosovo vatikan balkan kaukasus donbass usa niederlanden niederlande philippinen malediven emiraten emirate bahamas westjordanland gazastreifen',
)

/**
 * Where the name reader finds names in a sentence, as sentence offsets (start, end, start, end …);
 * undefined for a sentence with no German word, whatever the report's language was read as.
 */
function nameSpans(doc: PreparedDocument, sentence: number, tokens: readonly Token[]): number[] | undefined {
  if (!tokens.some((t) => t.kind === 'word' && GERMAN_WORDS.has(t.raw))) return undefined
  const out: number[] = []
  for (const n of extractNames(sentenceText(doc, sentence), tokens, [], languageReading(doc).names)) out.push(n.start, n.end)
  return out
}

/** Does word token `t` stand inside one of the names? A sentence holds a few names: a scan is enough. */
function insideName(spans: readonly number[], t: Token): boolean {
  for (let k = 0; k < spans.length; k += 2) if (t.start >= spans[k]! && t.end <= spans[k + 1]!) return true
  return false
}
