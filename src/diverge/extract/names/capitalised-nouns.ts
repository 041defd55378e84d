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
import type { Word } from '../../../document/letter-words'

const folded = (words: string): ReadonlySet<string> => new Set(words.split(' ').map(foldWord))

const NOUN_CAPITALISING = new Set(['deu', 'ltz'])

/** Does the report's language capitalise its common nouns, so a capital proves nothing? */
export const capitalisesNouns = (language: string | undefined): boolean => language !== undefined && NOUN_CAPITALISING.has(language)

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

// Noun-forming suffixes and their plurals, longest first within a family: a name hardly ends in one (Jung is kept: three letters of stem at least).
const NOUN_SUFFIXES = [
  'ungen', 'ung', 'heiten', 'heit', 'keiten', 'keit', 'schaften', 'schaft', 'tionen', 'tion', 'täten', 'tät',
  'ismus', 'nisse', 'nissen', 'nis', 'chen', 'lichkeit',
]
const SHORTEST_STEM = 3

// Endings of a plural or dative noun standing without article (vor zwei Jahren, mit Konsequenzen, Palästinensern).
const BARE_PLURAL = /(?:en|ern)$/u
const SHORTEST_BARE_PLURAL = 6
// Towns end so too (Göttingen, Scheveningen), and a place follows "in" (in Bremen) where a bare plural seldom does.
const PLACE_SHAPED = /ingen$/u

const PROPER_ADJECTIVE = /isch(?:e|er|en|es|em)?$/u

const nounSuffixed = (word: string): boolean => {
  const last = word.slice(word.lastIndexOf('-') + 1)
  return NOUN_SUFFIXES.some((s) => last.endsWith(s) && last.length - s.length >= SHORTEST_STEM)
}

// A lower-case word ending as a German adjective does after an article (neue, neuen, iranischen, großer, kleines, jedem).
const ADJECTIVE_ENDING = /(?:e|en|er|es|em)$/u

/** Does an article or determiner stand before `words[k]`, with at most two lower-case adjectives between? */
function determined(words: readonly Word[], k: number, spaceOnly: (gap: string) => boolean): boolean {
  for (let back = 1; back <= 3 && k - back >= 0; back++) {
    if (!spaceOnly(words[k - back + 1]!.gap)) return false
    const before = words[k - back]!
    if (DETERMINERS.has(before.folded)) return true
    if (before.cap || !ADJECTIVE_ENDING.test(before.folded)) return false
  }
  return false
}

// Schwarz-grün, Corona-bedingt: a compound whose part after the hyphen is lower case is an adjective or a noun's
// compound; every part of a hyphened name is capitalised (Kramp-Karrenbauer, Baden-Württemberg).
const LOWER_AFTER_HYPHEN = /-\p{Ll}/u
const lowerAfterHyphen = (text: string, w: Word): boolean => w.folded.includes('-') && LOWER_AFTER_HYPHEN.test(text.slice(w.start, w.end))

/** Is `words[k]`, capitalised, a common noun by the evidence above (`alone`: no other capitalised word runs with it)? */
function commonNoun(text: string, words: readonly Word[], k: number, alone: boolean, opener: boolean, spaceOnly: (gap: string) => boolean): boolean {
  const w = words[k]!
  if (opener || lowerAfterHyphen(text, w)) return true
  if (nounSuffixed(w.folded)) return true
  if (determined(words, k, spaceOnly)) return true
  return alone && !w.folded.includes('-') && w.folded.length >= SHORTEST_BARE_PLURAL && BARE_PLURAL.test(w.folded) && !PLACE_SHAPED.test(w.folded) && !(k > 0 && words[k - 1]!.folded === 'in')
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
    if (!w.cap || isPlace(w.folded)) break
    const opener = k === 0 && opensSentence
    // A capitalised article or pronoun opens a sentence wherever it stands (a headline run into its lead: … steht Die Vereinten Nationen).
    if ((opener || k === 0) && OPENERS.has(w.folded)) {
      k++
      continue
    }
    const alone = run.length - k === 1
    // Bayerischer Rundfunk, der Europäischen Union: a capitalised adjective opens a proper name, which keeps it.
    if (!alone && PROPER_ADJECTIVE.test(w.folded)) break
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
