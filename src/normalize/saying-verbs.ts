/**
 * Verbs of saying, one list for every rule that reads them. A report tells most of its facts as
 * someone's statement, and the verb that says so is never the fact itself:
 * - a name right before one is who speaks: a person (match/names/name-kinds.ts), a speaker rather
 *   than a member of a respectively-list (match/clauses/respective-lists.ts);
 * - a day right after one dates the statement, not the event (match/dates/weekday-*.ts,
 *   match/numbers/noun-count-predicates.ts' saidOn);
 * - a count right after one is the statement's, with no verb of its own (noun-count-predicates.ts);
 * - a sentence holding one names the source of its figures (match/numbers/superseded-tallies.ts);
 * - they stand in every report's stock phrases, never a story's own words, so they tie no event
 *   to a date (match/dates/date-events.ts) and make no phrase of a name (match/names/name-phrases.ts).
 *
 * Per language, comma-separated forms as outlets write them (French in the passé composé, German
 * with its separable particle). A form of several words marks with `*` the word that says it on
 * its own, the one a reader of single words looks for (*cho biết* → *biết*, *a déclaré* →
 * *déclaré*); a form without a mark (*khẳng định*, *tuyên bố*) is read as a phrase only, since
 * its syllables alone are other words. Indonesian *menurut* ("according to") is here because its
 * outlets attribute with it where others write a verb. A rule that needs more words composes: this
 * list plus its own, named for what they are.
 */
import { foldWord } from './fold'

export const SAYING_VERBS = {
  vi: 'cho *biết, cho hay, nói, khẳng định, thông *báo, tuyên bố, xác nhận, chia sẻ',
  en: 'said, says, say, told, announced, stated, confirmed, reported, added',
  fr: 'a *déclaré, a *dit, a *annoncé, a *indiqué, a *précisé, a *affirmé, a *confirmé',
  de: 'sagte, erklärte, *teilte mit',
  es: 'dijo, anunció, afirmó, declaró, informó',
  pt: 'disse, anunciou, afirmou, informou',
  id: 'mengatakan, kata, ujar, menurut, menyatakan',
} as const
export type SayingLanguage = keyof typeof SAYING_VERBS

const ALL = Object.keys(SAYING_VERBS) as SayingLanguage[]

function forms(languages: readonly SayingLanguage[]): string[][] {
  return languages.flatMap((language) => SAYING_VERBS[language].split(',').map((form) => form.trim().split(' ')))
}

/** The forms of these languages (all when none is named) as one comma-separated list, marks dropped. */
export function sayingList(...languages: SayingLanguage[]): string {
  return forms(languages.length > 0 ? languages : ALL)
    .map((words) => words.map((w) => w.replace('*', '')).join(' '))
    .join(', ')
}

/** The forms of these languages (all when none is named) as folded phrases, longest first. */
export function sayingPhrases(...languages: SayingLanguage[]): ReadonlyArray<readonly string[]> {
  return forms(languages.length > 0 ? languages : ALL)
    .map((words) => words.map((w) => foldWord(w.replace('*', ''))))
    .sort((x, y) => y.length - x.length)
}

/** The folded words that say on their own in these languages (all when none is named): one-word forms and marked words. */
export function sayingWords(...languages: SayingLanguage[]): ReadonlySet<string> {
  const out = new Set<string>()
  for (const words of forms(languages.length > 0 ? languages : ALL)) {
    if (words.length === 1) out.add(foldWord(words[0]!))
    for (const w of words) if (w.startsWith('*')) out.add(foldWord(w.slice(1)))
  }
  return out
}

/** Every language's words that say on their own, folded. */
export const SAYING_WORDS = sayingWords()
/** Every language's forms as folded phrases, longest first. */
export const SAYING_PHRASES = sayingPhrases()

/** How many words the form of saying at `at` spans (longest first), 0 when none starts there; `keyAt` gives a word's folded key. */
export function sayingAt(keyAt: (k: number) => string, at: number): number {
  for (const phrase of SAYING_PHRASES) if (phrase.every((w, i) => keyAt(at + i) === w)) return phrase.length
  return 0
}

/**
 * A named narrower set for a rule that may not read every form: these words of one language,
 * folded. Each must be one of that language's words that say on their own, so the subset never
 * drifts from the shared list (a word missing there throws at load, not silently).
 */
export function sayingSubset(language: SayingLanguage, list: string): ReadonlySet<string> {
  const all = sayingWords(language)
  const out = new Set<string>()
  for (const word of list.split(' ')) {
    const key = foldWord(word)
    if (!all.has(key)) throw new Error(`saying-verbs: ${word} is not a ${language} verb of saying`)
    out.add(key)
  }
  return out
}

/**
 * English verbs that report the clause right after them with no object between: "officials said
 * no one was hurt". Not *told* or *say* ("told no one", "say no one" have an object or a mood).
 */
export const CLAUSE_REPORTING_EN = sayingSubset('en', 'said says added confirmed reported stated')
