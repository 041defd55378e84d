/**
 * Names in a language that capitalises every noun (German, Luxembourgish): there a capital is no
 * evidence of a name. *Jahren*, *Angriffe*, *Rettungskräften*, *Machthabers* are capitalised
 * because they are nouns, *Dass* and *Das* because they open a sentence; read as names, a German
 * pair flagged each case form as a second spelling (*Jahren* / *Jahre*) and listed hundreds of
 * common nouns as `missing` names (german53: 723 on 18 dev pairs).
 *
 * So a capitalised word is a name only with evidence a noun lacks. A word is read as a common noun
 * when it opens a sentence, when an article or determiner stands before it (with at most two
 * lower-case adjectives between: *der neue Kanzler*, *des iranischen Generals*), when it ends in a
 * noun-forming suffix (*-ung*, *-heit*, *-keit*, *-schaft*, *-tion*, *-tät*, *-ismus*, *-nis*,
 * *-chen*, and their plurals), or when it stands alone in a plural or dative ending (*-en*, *-ern*)
 * no place of the known list has. A run of capitalised words loses such nouns at its head
 * (*Drohungen Bundesaußenminister Heiko Maas*) and keeps the rest; a word after a person cue, a
 * known place and an acronym (cap is false for one) are never touched.
 *
 * Keyed by franc's ISO 639-3 code: English, Vietnamese, Russian… reports never reach this file.
 */
import { foldWord, stripDiacritics } from '../../../normalize/fold'
import { languageByMarkers, markerLanguage } from '../../../normalize/function-words'
import type { Word } from '../../../document/letter-words'

const folded = (words: string): ReadonlySet<string> => new Set(words.split(' ').map(foldWord))

const NOUN_CAPITALISING = new Set(['deu', 'ltz'])

/** Does the report's language capitalise its common nouns, so a capital proves nothing? */
export const capitalisesNouns = (language: string | undefined): boolean => language !== undefined && NOUN_CAPITALISING.has(language)

// German's function words, lower case, none another marker language or English news writes (not in, an, so, was, will, die:
// Afrikaans' article). A text's own words vote for German with these against every other language's markers.
const GERMAN_WORDS = folded(
  'der das den dem des ein eine einen einem einer eines und oder nicht ist sind wird werden wurde wurden hatte hatten haben ' +
    'mit von zu zum zur im vom beim auf für bei nach aus sich sie er es wir auch als wie noch nur dass über unter vor gegen ' +
    'durch um seit ohne kein keine sein seine ihre diese dieser dieses sei soll sollen kann können muss mehr sowie',
)
// Afrikaans' own function words: franc reads a short German report as Afrikaans, and an Afrikaans one writes these.
const AFRIKAANS_WORDS = folded('nie het vir wat hulle ook baie sy ons jy')
// What franc guesses for a German report of a line or two (measured on German headlines and leads: afr, war, und, nds, gsw).
const SHORT_GERMAN_GUESSES = new Set(['afr', 'war', 'und', 'nds', 'gsw', 'fry', 'lim'])
const VOTE_SAMPLE = 2000
const LEAST_GERMAN = 2
const MARGIN = 2
const MARKER_CODES: Readonly<Record<string, string>> = { en: 'eng', fr: 'fra', es: 'spa', it: 'ita', pt: 'por', nl: 'nld', id: 'ind' }

/** German function words of `text`'s lower-case words against those of other languages. */
function germanVotes(text: string): { german: number; other: number } {
  let german = 0
  let other = 0
  for (const match of text.slice(0, VOTE_SAMPLE).normalize('NFC').matchAll(/\p{L}+/gu)) {
    const word = match[0]
    if (word[0] !== word[0]!.toLowerCase()) continue
    const fold = foldWord(word)
    if (GERMAN_WORDS.has(fold)) german++
    else if (AFRIKAANS_WORDS.has(fold) || (markerLanguage(fold) ?? 'de') !== 'de') other++
  }
  return { german, other }
}

/**
 * The language a report's names are read in, from franc's code (`detected`) and the report's own function words. franc
 * reads an English report about Germany as German (Bundestag, Kurzarbeit, Bundesregierung in its first lines), and a German
 * report of a line or two as Afrikaans, Waray or undetermined: a German reading needs German function words outvoting every
 * other language's two to one; an English report read as German is read as what its markers say, and a short German one as German.
 */
export function namesLanguage(text: string, detected: string | undefined): string | undefined {
  const capitalising = capitalisesNouns(detected)
  if (!capitalising && !SHORT_GERMAN_GUESSES.has(detected ?? 'und')) return detected
  const { german, other } = germanVotes(text)
  if (german >= LEAST_GERMAN && german >= MARGIN * other) return capitalising ? detected : 'deu'
  if (!capitalising) return detected
  // German markers outvoted: the report is in the language its markers name, else none franc's code can tell.
  return other >= LEAST_GERMAN && other >= MARGIN * german ? (MARKER_CODES[languageByMarkers(text.slice(0, VOTE_SAMPLE))] ?? 'und') : detected
}

// Articles, determiners, possessives, quantifiers and prepositions fused with an article: a noun follows them, a name seldom.
const DETERMINERS = folded(
  'der die das den dem des ein eine einer eines einem einen kein keine keiner keines keinem keinen ' +
    'dieser diese dieses diesem diesen jener jene jenes jenem jenen jeder jede jedes jedem jeden ' +
    'mein meine meinem meinen meiner meines dein deine sein seine seinem seinen seiner seines ihr ihre ihrem ihren ihrer ihres ' +
    'unser unsere unserem unseren unserer euer eure welche welcher welches welchem welchen ' +
    'alle allen aller alles viele vielen vieler einige einigen mehrere mehreren manche manchen solche solchen beide beiden ' +
    'zur zum im am vom beim ins ans aufs durchs fürs ums',
)

const ARTICLES = folded('der die das den dem des')

// Words that open a German sentence capitalised and are no part of a name after them (Dass, Auch, Seit…).
const OPENERS = folded(
  'dass das die der den dem des ein eine auch aber und oder doch denn so da wie wenn als ob weil seit nach vor bei mit von zu ' +
    'für gegen ohne um unter über durch aus an auf in im am zum zur es er sie wir ich ihr man wer was wo jetzt nun dann ' +
    'noch schon nur nicht kein keine dies diese dieser dieses laut trotz während angesichts andere anderen beide viele ' +
    'alle einige mehrere hier dort heute gestern morgen damit dabei dazu darum deshalb daher zudem außerdem bereits immer',
)

// Of those, the articles and pronouns: capitalised inside a sentence only where a headline runs into its lead.
const HEADLINE_OPENERS = folded('dass das die der den dem des ein eine es er sie wir ich')

// Noun-forming suffixes, longest first within a family: a name hardly ends in one (Jung is kept: three letters of stem at least).
// Their plurals (and plural-only endings: Konsequenzen, Finanzen, Politikerinnen) name no person, so they count before a name too.
const PLURAL_SUFFIXES = ['ungen', 'heiten', 'keiten', 'schaften', 'tionen', 'täten', 'nisse', 'nissen', 'enzen', 'anzen', 'innen', 'ismen']
const SINGULAR_SUFFIXES = ['ung', 'heit', 'keit', 'schaft', 'tion', 'tät', 'ismus', 'nis', 'chen', 'lichkeit']
const SHORTEST_STEM = 3
// Given names end in -nis on a stem of three letters (Dennis, Jannis, Yannis), nouns on a longer one (Zeugnis, Ergebnis, Bündnis).
const SHORTEST_STEM_OF: Readonly<Record<string, number>> = { nis: 4 }
// -eung is Cantonese (Cheung, Leung), no German noun; -chen after in / nach / aus is a town (in München), a diminutive
// seldom; after von, bei, um a diminutive as often (von Mädchen und Jungen, rgerman54 G3).
const NOT_SUFFIXED = /eung$/u
const PLACE_PREPOSITIONS = folded('in nach aus')

const suffixed = (last: string, suffixes: readonly string[]): boolean =>
  suffixes.some((s) => last.endsWith(s) && last.length - s.length >= (SHORTEST_STEM_OF[s] ?? SHORTEST_STEM))

/**
 * Does `word` end in a noun-forming suffix? `beforeName`: a capitalised word follows in the run, where a singular
 * suffix may end a given name (Dennis Schröder) but a plural cannot; `afterPlace`: a place preposition precedes it.
 */
const nounSuffixed = (word: string, beforeName: boolean, afterPlace: boolean): boolean => {
  const last = word.slice(word.lastIndexOf('-') + 1)
  if (suffixed(last, PLURAL_SUFFIXES)) return true
  if (beforeName || NOT_SUFFIXED.test(last)) return false
  if (afterPlace && last.endsWith('chen')) return false
  return suffixed(last, SINGULAR_SUFFIXES)
}

// Endings of a plural or dative noun standing without article (vor zwei Jahren, mit Konsequenzen, Palästinensern). A
// bare -en word is a country, a town or a surname as often (Syrien, Norwegen, Bremen, Maaßen, Nguyen, Löfven, Bayern):
// those endings are read as a plural only after a count (rgerman53, B1). Not -den: Stunden, Kunden, Gründen, Gemälden
// outnumber Schweden and Dresden, which stay names after in.
const BARE_PLURAL = /(?:en|ern)$/u
const SHORTEST_BARE_PLURAL = 6
// Not -gen, -men, -hen, -ben, -ßen, -ven, -ern: Wochen, Tagen, Fragen, Maßnahmen, Problemen, Straßen, Initiativen, Eltern
// are plurals far oftener than Norwegen, Bremen or Bayern (rgerman54, G3); -sen only after a Nordic patronymic's stem.
const NAME_SHAPED = /(?:[^e]ien|ingen|yen|[ae]nsen|ersen|[lk]sen)$/u
// A long compound is a noun's (Hygienegründen, Netzwerkanalysen), but a country in -ien may be long (Großbritannien).
const LONGEST_NAME_SHAPED = 11
const nameShaped = (word: string): boolean => NAME_SHAPED.test(word) && (word.length <= LONGEST_NAME_SHAPED || /(?:[^e]ien|ingen)$/u.test(word))
const COUNT_WORDS = folded(
  'zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig hundert hunderten tausend tausenden ' +
    'zahlreichen zahlreiche wenigen wenige vielen mehreren einigen etlichen dutzenden dutzende beiden',
)
const NUMERAL = /^\p{N}/u

const PROPER_ADJECTIVE = /isch(?:e|er|en|es|em)?$/u

// A lower-case word ending as a German adjective does after an article (neue, neuen, iranischen, großer, kleines, jedem).
const ADJECTIVE_ENDING = /(?:e|en|er|es|em)$/u
// Words so ending that are no adjective: prepositions, conjunctions, adverbs and pronouns (die meisten gegen Müller).
const NO_ADJECTIVES = folded(
  'gegen wegen entgegen zwischen neben oben unten außen innen hinter unter über wider wieder immer aber oder weder entweder ' +
    'sie wie er ihnen denen deren dessen seither bisher ebenfalls sowie nie eher später früher',
)
// Pronouns that stand for a noun as well as before one (Viele kritisierten Merkel): evidence only right before the word.
const STANDALONE = folded('alle allen viele vielen einige einigen mehrere mehreren manche manchen solche solchen beide beiden welche welcher welches welchem welchen')
// An article after von / van is a name's (von der Leyen, van den Broek) where von can be no preposition of its own: after
// another preposition or an article (Kritik an von der Leyen), or after a given name (Ursula von der Leyen); von der Stelle stays a noun.
const NAME_PARTICLES = folded('von van')
const BEFORE_PARTICLE = folded('an mit für gegen über unter zwischen bei nach aus zu vor hinter neben durch ohne um seit trotz laut wegen')
// Not after a capitalised word: that is a noun as often as a given name (Bilder von der Grenze, Hilfe von der Stadt,
// rgerman54 G5), and no list tells them apart, so Ursula von der Leyen keeps Ursula only (withdrawn, precision first).
function particleArticle(words: readonly Word[], article: number): boolean {
  const particle = words[article - 1]
  if (particle === undefined || !NAME_PARTICLES.has(particle.folded)) return false
  const before = words[article - 2]
  return before !== undefined && (DETERMINERS.has(before.folded) || BEFORE_PARTICLE.has(before.folded))
}
// Der Richter, den Trump nominiert hatte: an article-shaped word after a comma opens a relative clause, a name may follow it.
// Only den / dem: after a comma die, der, das open a noun's clause far more often (…, die Lage sei ernst; measured on dev pairs).
const CLAUSE_BREAK = /,/u
const RELATIVE_PRONOUNS = folded('den dem')

/** Does an article or determiner stand before `words[k]`, with at most two lower-case adjectives between? */
function determined(words: readonly Word[], k: number, spaceOnly: (gap: string) => boolean): boolean {
  for (let back = 1; back <= 3 && k - back >= 0; back++) {
    if (!spaceOnly(words[k - back + 1]!.gap)) return false
    const before = words[k - back]!
    if (DETERMINERS.has(before.folded)) {
      if (back > 1 && STANDALONE.has(before.folded)) return false
      if (ARTICLES.has(before.folded) && ((RELATIVE_PRONOUNS.has(before.folded) && CLAUSE_BREAK.test(before.gap)) || particleArticle(words, k - back))) return false
      return true
    }
    if (before.cap || !ADJECTIVE_ENDING.test(before.folded) || NO_ADJECTIVES.has(before.folded)) return false
  }
  return false
}

/** Is `words[k]` counted (vor zwei Jahren, mit 30 Palästinensern), so a bare plural? */
function counted(words: readonly Word[], k: number, spaceOnly: (gap: string) => boolean): boolean {
  const w = words[k]!
  return /\p{N}/u.test(w.gap) || (k > 0 && spaceOnly(w.gap) && COUNT_WORDS.has(words[k - 1]!.folded))
}

// Countries German writes with an article (die Schweiz, der Irak, im Jemen): the article is the name's, no noun's.
const ARTICLE_COUNTRIES = folded(
  'schweiz türkei ukraine slowakei mongolei irak iran jemen libanon sudan südsudan tschad niger kongo senegal vatikan ' +
    'niederlande philippinen usa malediven seychellen bahamas emirate krim elsass',
)

// Schwarz-grün, Corona-bedingt: a compound whose part after the hyphen is lower case is an adjective or a noun's
// compound; every part of a hyphened name is capitalised (Kramp-Karrenbauer, Baden-Württemberg).
const LOWER_AFTER_HYPHEN = /-\p{Ll}/u
const lowerAfterHyphen = (text: string, w: Word): boolean => w.folded.includes('-') && LOWER_AFTER_HYPHEN.test(text.slice(w.start, w.end))

/** Is `words[k]`, capitalised, a common noun by the evidence above (`alone`: no other capitalised word runs with it)? */
function commonNoun(text: string, words: readonly Word[], k: number, alone: boolean, opener: boolean, spaceOnly: (gap: string) => boolean): boolean {
  const w = words[k]!
  if (opener || lowerAfterHyphen(text, w)) return true
  const afterPlace = k > 0 && PLACE_PREPOSITIONS.has(words[k - 1]!.folded)
  // Before a name only a capitalised word right after it counts (Dennis Schröder); Einschätzung von Experten is a noun's phrase.
  const beforeName = !alone && words[k + 1]?.cap === true && spaceOnly(words[k + 1]!.gap)
  if (nounSuffixed(w.folded, beforeName, afterPlace)) return true
  if (determined(words, k, spaceOnly)) return true
  return alone && !w.folded.includes('-') && w.folded.length >= SHORTEST_BARE_PLURAL && BARE_PLURAL.test(w.folded) && !(k > 0 && words[k - 1]!.folded === 'in') && !(afterPlace && w.folded.endsWith('chen')) && (!nameShaped(w.folded) || counted(words, k, spaceOnly))
}

// A place's adjective is invariant in -er (des Krefelder Zoos, der Berliner Polizei), a role noun before a name is not
// in the genitive (des Trainers Stewart): after des / eines with a genitive noun, the -er word is the place's and opens
// the name (rgerman53: two cities' zoos were one "Zoos"); after another article only when its stem is a known place
// (der Berliner Polizei): a subject before its object is ordinary word order (der Täter Bewährung, rgerman54 G4).
const PLACE_ADJECTIVE = /\p{L}{3}er$/u
const GENITIVE_ARTICLES = folded('des eines')

function placeAdjective(words: readonly Word[], k: number, noun: Word, spaceOnly: (gap: string) => boolean, isPlace: (folded: string) => boolean): boolean {
  const w = words[k]!
  const article = words[k - 1]
  if (!PLACE_ADJECTIVE.test(w.folded) || article === undefined || !spaceOnly(w.gap) || !DETERMINERS.has(article.folded)) return false
  return (GENITIVE_ARTICLES.has(article.folded) && noun.folded.endsWith('s') && !noun.folded.endsWith('ss')) || isPlace(w.folded.slice(0, -2))
}

/**
 * The part of a run of capitalised words that may be a name in a noun-capitalising report: its head's common
 * nouns and sentence-opening function words taken off (an empty run when nothing is left). `first` is the
 * index of `run[0]` in `words`, words of `text`; `opensSentence` says whether it opens a sentence; `isPlace` keeps known places;
 * `owned` is what ownArticles read of the report's articles.
 */
export function nounFreeRun(
  text: string,
  words: readonly Word[],
  run: Word[],
  first: number,
  opensSentence: boolean,
  isPlace: (folded: string) => boolean,
  spaceOnly: (gap: string) => boolean,
  owned: ReadonlySet<string>,
): Word[] {
  // Die Linke, Der Spiegel: an article the report writes capitalised inside a sentence is the name's own (name-articles.ts' ownArticles).
  if (run.length > 1 && ARTICLES.has(run[0]!.folded) && owned.has(stripDiacritics(`${run[0]!.folded} ${run[1]!.folded}`))) return run
  let k = 0
  while (k < run.length) {
    const w = run[k]!
    // A particle left at the head once the nouns before it are gone (Diskriminierung von Schwarzen) goes with them.
    if (!w.cap && k > 0) {
      k++
      continue
    }
    if (!w.cap || isPlace(w.folded) || ARTICLE_COUNTRIES.has(w.folded)) break
    const opener = k === 0 && opensSentence
    // A capitalised article or pronoun opens a sentence wherever it stands (a headline run into its lead: … steht Die Vereinten Nationen);
    // another opener does so alone (… Corona-Krise Seit Wochen), but before a capitalised word it opens a name (in Da Nang, An Giang).
    if (opener ? OPENERS.has(w.folded) : k === 0 && (HEADLINE_OPENERS.has(w.folded) || (run.length === 1 && OPENERS.has(w.folded)))) {
      k++
      continue
    }
    const alone = run.length - k === 1
    // Bayerischer Rundfunk, der Europäischen Union: a capitalised adjective opens a proper name, which keeps it.
    if (!alone && PROPER_ADJECTIVE.test(w.folded)) break
    if (run.length - k === 2 && placeAdjective(words, first + k, run[k + 1]!, spaceOnly, isPlace)) break
    // Two capitalised words or more after a sentence's first are a given name and surname as often as a noun and a name:
    // the opener alone is no evidence there (Angela Merkel sagte), but a noun's suffix or article is.
    if (!commonNoun(text, words, first + k, alone, opener && alone, spaceOnly)) break
    k++
  }
  return k === 0 ? run : run.slice(k)
}

/** In a noun-capitalising report an article inside a run ends it (Stabilität der Region), except after von / van (Van der Bellen). */
export function articleEndsRun(words: readonly Word[], j: number, language: string | undefined): boolean {
  if (!capitalisesNouns(language)) return false
  const w = words[j]!
  if (!DETERMINERS.has(w.folded)) return false
  const before = words[j - 1]?.folded
  return before !== 'von' && before !== 'van'
}
