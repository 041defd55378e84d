/**
 * A report's lead, as the two-lead-bounds rule (toll-pairs.ts) reads it (review rcounts47). The
 * lead is the headline and the first body sentences: a byline, a dateline or a caption takes none
 * of the window, else a report's layout ("Blast at plant / By Jane Doe / …") decides whether its
 * toll counts as its lead. Two leads tell one event only when they name one place or participant:
 * two reports that merely go on past one sentence ("Police later detained 3 suspects" / "The park
 * reopened 3 days later") may still tell two attacks (MSRP 787432), and a figure, an outcome verb
 * or a verb of saying is shared by two events as readily as by one.
 */
import type { TollSide } from './main-figure-round'
import { foldWord } from '../../../normalize/fold'
import { unmarkedMonth } from '../../../normalize/month-names'
import { UNMARKED_MONTH_WORDS } from '../../../normalize/calendar-words'
import { VI_WEEKDAY_NUMBERS, weekdayOfWord } from '../../extract/dates/day-words'

/** How many body sentences the lead holds after the headline. */
const LEAD_SENTENCES = 3

/** Whether a sentence is in its report's lead: its headline, or one of its first body sentences. */
export function inLead(side: TollSide, sentence: number): boolean {
  if (side.sentences[sentence]?.role === 'headline') return true
  for (let k = 0; k < Math.min(LEAD_SENTENCES, side.body.length); k++) if (side.body[k] === sentence) return true
  return false
}

/** Capitalised words of the calendar ("on Wednesday", "pada Senin", "thứ Hai", "12 Agustus"): two events share a day as readily as one. */
const MONTH_WORDS = UNMARKED_MONTH_WORDS
const VI_DAY_NUMBERS: ReadonlySet<string> = new Set(VI_WEEKDAY_NUMBERS)
/** A month's name, full or short, in any language month-names knows. */
export const monthWord = (w: string): boolean => MONTH_WORDS.has(unmarkedMonth(w))
export const calendarWord = (w: string): boolean => weekdayOfWord(w) !== undefined || monthWord(w) || VI_DAY_NUMBERS.has(w)

/** The lead's sentences: its headlines and first body sentences. */
function leadSentences(side: TollSide): number[] {
  const out = side.body.slice(0, LEAD_SENTENCES)
  for (let k = 0; k < side.sentences.length; k++) if (side.sentences[k]!.role === 'headline') out.push(k)
  return out
}

const isUpper = (c: string): boolean => /\p{Lu}/u.test(c)
const isLetter = (c: string): boolean => /[\p{L}\p{M}]/u.test(c)
/** Words of two or more capitals ("EUA", "UN", "TP"), folded: a headline writes its place so even where the name reader leaves it. */
function acronyms(text: string): string[] {
  const out: string[] = []
  let word = ''
  let upper = true
  for (const c of `${text} `) {
    if (isLetter(c)) {
      word += c
      upper &&= isUpper(c)
      continue
    }
    if (word.length >= 2 && upper) out.push(foldWord(word))
    word = ''
    upper = true
  }
  return out
}

// Read once per report: the facts object stands for the report.
export const leadNamesOf = new WeakMap<object, ReadonlySet<string>>()

/**
 * The names a report's lead writes: its name facts, folded whole (one shared syllable, "Nguyễn",
 * ties no two people), and the capitalised words inside its sentences that hold a figure ("dos
 * EUA", which the name reader leaves), days and months aside. A word opening a sentence ("Police")
 * is no name.
 */
function leadNames(side: TollSide): ReadonlySet<string> {
  let names = leadNamesOf.get(side.facts)
  if (names !== undefined) return names
  const out = new Set<string>()
  for (const [sentence, located] of side.facts.namesBySentence) if (inLead(side, sentence)) for (const l of located) out.add(l.fact.key)
  for (const [sentence, located] of side.facts.factsBySentence) {
    if (located.length === 0 || !inLead(side, sentence)) continue
    for (const w of side.clauseOf(located[0]!).sentenceNames) if (!calendarWord(w)) out.add(w)
  }
  for (const sentence of leadSentences(side)) for (const w of acronyms(side.sentences[sentence]?.text ?? '')) out.add(w)
  leadNamesOf.set(side.facts, (names = out))
  return names
}

/** Whether the two reports' leads name one place or participant: a sign they tell one event. */
export function leadsShareAName(a: TollSide, b: TollSide): boolean {
  return sharedLeadNames(a, b, 2) >= 1
}

/** How many names the two leads share, counted up to `enough`. */
function sharedLeadNames(a: TollSide, b: TollSide, enough: number): number {
  const [small, large] = [leadNames(a), leadNames(b)].sort((x, y) => x.size - y.size) as [ReadonlySet<string>, ReadonlySet<string>]
  let n = 0
  for (const w of small) if (large.has(w) && ++n >= enough) break
  return n
}
