/**
 * German capitalises every noun (die Regierung, die Polizei, drei Menschen, am Mittwoch), so a
 * capitalised word inside a German sentence is no sign of a name. Read without a dictionary:
 *
 * - a word right after a lower-case article, determiner, contraction or number word (der Stadt,
 *   am Mittwoch, drei Menschen) or a numeral (mit 80 Einsatzkräften) is the noun they introduce;
 * - a sentence opening with an article and one capitalised word (Die Polizei, Der Sprecher) opens
 *   with a noun, and a preposition, pronoun or conjunction opening a sentence (Nach, Bei, Er, Als)
 *   is capitalised only for that;
 * - a case article inside a run (Angaben der Regierung) joins no name: only after von, van or zu
 *   (Ursula von der Leyen) is it a particle.
 *
 * Only a document franc reads as German is read so: elsewhere a capital inside a sentence marks a
 * name, and der, den are name particles (Van der Sar, Den Haag).
 */
import { foldWord } from '../../../normalize/fold'
import type { Word } from '../../../document/letter-words'

const folded = (words: string): ReadonlySet<string> => new Set(words.split(' ').map(foldWord))

// Words that introduce a noun: articles, contractions, determiners, possessives and number words.
const NOUN_INTRODUCERS = folded(
  'der die das den dem des ein eine einer eines einem einen kein keine keiner keines keinem keinen ' +
    'zur zum im am vom beim ins ans aufs ' +
    'dieser diese dieses diesem diesen jener jene jenes jeder jede jedes jedem jeden alle allen aller ' +
    'mein meine meinem meinen meiner sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer unser unsere unseren unserem ' +
    'zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert tausend mehrere einige viele wenige beide',
)
// Words that open a German sentence capitalised only for that: prepositions, pronouns, conjunctions, adverbs.
const OPENERS = folded(
  'nach bei mit für auf aus seit wegen laut während nachdem als wie auch er sie es wir ich ihr man doch aber und oder dies ' +
    'vor in an von zu über unter gegen ohne um bis durch zwischen trotz dabei damit dann danach zudem jedoch so noch nun bereits ' +
    'zunächst inzwischen zuvor später heute gestern morgen hier dort da weil wenn obwohl dass ob',
)
// Articles that open a sentence before a noun (name-articles.ts drops them before names).
const ARTICLES = folded('der die das den dem des ein eine einer eines einem einen zur zum im am vom beim ins')
// After these a case article is a name's particle (von der Leyen, van den Berg, zu der Mühlen).
const PARTICLE_LEADS = folded('von van zu')
const CASE_ARTICLES = folded('der den dem des die das')


/** Is the word at `start` right after a numeral (mit 80 Einsatzkräften)? Scanned back over spaces. */
function afterNumeral(text: string, start: number): boolean {
  let k = start
  while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\u00a0')) k--
  return k < start && k > 0 && text.charCodeAt(k - 1) >= 48 && text.charCodeAt(k - 1) <= 57
}

/** German reads its nouns so; other languages keep every capitalised run. */
export const readsNouns = (language: string | undefined): boolean => language === 'deu'

/** Does the run reaching word `j` stop at it: a case article not after von, van or zu (Angaben der Regierung)? */
export function articleEndsRun(words: readonly Word[], j: number): boolean {
  return CASE_ARTICLES.has(words[j]!.folded) && !PARTICLE_LEADS.has(words[j - 1]?.folded ?? '')
}

/**
 * How many words opening the run at `i` (of `length` words) are common nouns or sentence openers
 * of a German text, to be dropped from it: 0 when it opens with a name.
 */
export function leadingNouns(text: string, words: readonly Word[], i: number, length: number, sentenceStart: boolean): number {
  const first = words[i]!
  if (sentenceStart) {
    if (OPENERS.has(first.folded)) return length === 1 ? 1 : 1 + leadingNouns(text, words, i + 1, length - 1, false)
    // Die Polizei, Der Sprecher: an article and its noun. Die Deutsche Bank, longer, may be a name.
    if (ARTICLES.has(first.folded)) return length <= 2 ? length : 1
    return 0
  }
  const before = words[i - 1]
  const introduced =
    (before !== undefined && !before.cap && first.gap === ' ' && NOUN_INTRODUCERS.has(before.folded)) ||
    afterNumeral(text, first.start)
  if (!introduced) return 0
  // der Stadt: the noun alone. der Bundeskanzler Olaf Scholz: a noun, then the name; two words may be one name (die Deutsche Bank).
  return length === 1 ? 1 : length >= 3 ? 1 : 0
}
