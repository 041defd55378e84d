/**
 * Proper names in running text: runs of capitalised words, with the title
 * cue in front of them split off ("Thị trưởng Park Heong-joon" → name
 * "Park Heong-joon", title "thị trưởng").
 *
 * Vietnamese capitalises every syllable of a name but also the first syllable
 * of a sentence and of many institutional terms ("Đảng", "Kỷ niệm chương",
 * "Tổng Lãnh sự quán"). Those are told apart by three facts rather than a
 * dictionary: an ordinary word's next syllable is lower case ("Chính quyền"),
 * a lone native syllable is a name only after a title cue or when it is a
 * known place ("Mỹ"), and a run mixing native syllables and foreign words is
 * two names ("Busan Đoàn Phương Lan").
 */

import { foldWord } from '../../../normalize/fold'
import { ENGLISH_CALENDAR } from '../../../normalize/calendar-words'
import type { Token } from '../../../document/fact-tokens'
import { type Word, letterWords } from '../../../document/letter-words'
import { EN_NUMBERS } from '../numbers/number-words'
import { restNamesInstitution } from './place-institutions'
import { agencyAndEnd, streetAfterOrdinal, unitBeforeNumeral } from './name-joins'
import { isVietnameseSyllable, scriptKind, vietnameseShaped } from '../vi-syllables'
import { type KindOf, alphabetParts, foreignReportKind, splitGluedCyrillic } from './script-kinds'
import { DEFAULT_CUES, LOWERCASE_ONLY_CUES, compileCues, matchCue } from './name-cues'
import { openingArticle, ownArticles, particleEndsName, splitNamePrefixes } from './name-articles'
import { articleEndsRun, capitalisesNouns, nounFreeRun } from './capitalised-nouns'

export interface NameFact {
  readonly type: 'name'
  readonly start: number
  readonly end: number
  readonly text: string
  /** Folded syllables joined by single spaces (hyphens and spaces unified). */
  readonly key: string
  /** Folded syllables. */
  readonly tokens: readonly string[]
  /** Folded title cue just before the name: 'thị trưởng', 'ông', 'president', 'mayor', … */
  readonly title?: string
  readonly category: 'person' | 'place' | 'org' | 'unknown'
}

// Places that commonly precede a name in one capitalised run ("Hàn Quốc Lee Jae Myung").
const PLACES = [
  'việt nam', 'hàn quốc', 'triều tiên', 'trung quốc', 'nhật bản', 'hoa kỳ', 'mỹ', 'nga', 'pháp', 'đức', 'anh',
  'ý', 'úc', 'lào', 'campuchia', 'thái lan', 'singapore', 'malaysia', 'indonesia', 'philippines', 'ấn độ',
  'tây ban nha', 'ukraine', 'hà nội', 'hồ chí minh', 'tp hồ chí minh', 'đà nẵng', 'hải phòng', 'cần thơ', 'huế',
  'busan', 'seoul', 'tokyo', 'bắc kinh', 'washington', 'moscow', 'london', 'paris', 'new york', 'vietnam',
  'viet nam', 'korea', 'south korea', 'north korea', 'china', 'japan', 'united states', 'russia', 'france',
  'germany', 'britain', 'hanoi', 'ho chi minh city', 'incheon', 'daegu', 'pyongyang', 'beijing',
  'afghanistan', 'pakistan', 'iran', 'iraq', 'israel', 'palestine', 'syria', 'turkey', 'thổ nhĩ kỳ', 'ai cập',
  'egypt', 'haiti', 'mexico', 'canada', 'brazil', 'argentina', 'colombia', 'chile', 'peru', 'cuba', 'australia',
  'new zealand', 'india', 'myanmar', 'brunei', 'đài loan', 'taiwan', 'hong kong', 'ba lan', 'poland', 'hà lan',
  'netherlands', 'bỉ', 'belgium', 'thụy điển', 'sweden', 'na uy', 'norway', 'phần lan', 'finland', 'đan mạch',
  'denmark', 'thụy sĩ', 'switzerland', 'áo', 'austria', 'hy lạp', 'greece', 'italy', 'spain', 'portugal',
  'ireland', 'scotland', 'saudi arabia', 'ả rập xê út', 'qatar', 'uae', 'nam phi', 'south africa', 'nigeria',
  'kenya', 'châu á', 'châu âu', 'châu phi', 'đông nam á', 'asia', 'europe', 'africa', 'kabul', 'tehran',
]

const COMMON_PLACES: ReadonlySet<string> = new Set(PLACES)
/** Is a lower-case name a country, region or capital every story may write (Portugal, Hà Nội)? */
export const isCommonPlace = (lower: string): boolean => COMMON_PLACES.has(lower.normalize('NFC'))

// Sentence-initial words that are never names in their own right.
const STOPWORDS = new Set(
  (
    'the a an on in at of for to by with from as but and or if when while after before this that these those it ' +
    'its he she they we i you his her their our my there here yesterday today tomorrow however meanwhile also ' +
    'according during since although though despite so then now last next earlier later some many most all both ' +
    'each every no not what who which where why how said ' +
    `${ENGLISH_CALENDAR.join(' ')} ` +
    // adverbs and prepositions that open an English sentence ("Only Intel Corp.'s yield", "Among the dead")
    'only among amid unlike because until even just still instead without within against across through toward towards once ' +
    // determiners, quantifiers and prepositions of the same kind, and I with its contractions (extract21: "Another shooting",
    // "Several thousand", "Under the agreement", "Besides Japan", "I'm taking" were read as names)
    "another several other under none more such few any whether unless beyond besides outside i'm i've i'd i'll " +
    // a zero in words opening a sentence is a count (number-subjects.ts), never a name ("No-one was injured": rnum32 10)
    'no-one nobody noone ' +
    // "according to" opening a sentence in other languages (names49: Menurut Djarot, … was one name, Menurut Djarot);
    // Portuguese segundo is a given name too (name-articles.ts' GIVEN_NAME_OPENERS)
    'menurut selon según ' +
    'theo tại trong ngày sáng chiều tối trưa đêm hôm khi sau trước với và của cho là có không đã đang sẽ này đó ' +
    'các những một hai ba nhưng nếu vì để từ đến về trên dưới ở như cùng thay tiếp nhân phát bày việc cũng tuy ' +
    'riêng còn đây đồng thời tháng năm lúc chính ngoài'
  )
    .split(' ')
    .map(foldWord),
)

// First syllables of institutional terms: a native run opening with one and
// running into a lower-case syllable is a truncated term, not a name.
const INSTITUTION_HEADS = new Set(
  'bộ ban sở cục tổng phó lễ kỷ nhà chính quốc đảng hội ủy viện học trường công tập ngân báo đài thông văn mặt liên tòa đại trung thành tỉnh huyện xã phường quận đối'
    .split(' ')
    .map(foldWord),
)
// Institutions an office names before their proper name, as their first two syllables: Giám đốc Bệnh viện Đa khoa,
// Chủ tịch Hiệp hội Doanh nghiệp, Bí thư Thành ủy Hà Nội (extract21: read as the persons Bệnh, Hiệp, Thành). The
// second syllable must make the institution: many first ones are given names too (Chủ tịch Thành thăm Lào).
export const INSTITUTION_COMPOUNDS: ReadonlySet<string> = new Set(
  [
    'hiệp hội', 'bệnh viện', 'ủy ban', 'ngân hàng', 'công ty', 'tập đoàn', 'tổng công', 'tổng cục', 'liên đoàn', 'liên hiệp',
    'học viện', 'đại học', 'hội đồng', 'tòa án', 'viện kiểm', 'văn phòng', 'trung tâm', 'thông tấn', 'đài truyền', 'nhà máy',
    'nhà xuất', 'chính phủ', 'mặt trận', 'thành ủy', 'tỉnh ủy', 'huyện ủy', 'đảng ủy', 'quận ủy', 'bộ tư', 'câu lạc', 'công đoàn',
  ].map((p) => p.split(' ').map(foldWord).join(' ')),
)
// Institution heads that are never a given name, so a title before them does not make them one.
const NEVER_GIVEN_NAMES = new Set('ủy ủy tập bộ sở cục viện ngân tòa đảng hội'.split(' ').map(foldWord))
// Of those, the ones no family name is either: a longer run opening with one is an institution too
// (Bộ trưởng Bộ Quốc phòng), while Tập opens Chủ tịch Tập Cận Bình.
const NEVER_FAMILY_NAMES = new Set([...NEVER_GIVEN_NAMES].filter((word) => word !== foldWord('tập')))
// Bệnh (of Bệnh viện) is never a given name either: Giám đốc Bệnh viện cho rằng… (extract21). Alone only: Bệnh Nhiệt đới is read.
const NEVER_GIVEN_ALONE = new Set([...NEVER_GIVEN_NAMES, foldWord('bệnh')])
// Titles a portfolio follows: "Bộ trưởng Nội vụ", "Thứ trưởng Tài chính" name the ministry before the person.
const PORTFOLIO_TITLES = new Set(['bộ trưởng', 'thứ trưởng'].map((t) => t.split(' ').map(foldWord).join(' ')))
const ORG_WORDS = new Set(
  (
    'bộ ban sở cục đảng quốc_hội chính_phủ ủy_ban ngân_hàng công_ty tập_đoàn viện trường đại_học báo đài clb ' +
    'ministry party university bank group inc corp company club fc united council committee agency association court'
  )
    .split(' ')
    .map((w) => w.split('_').map(foldWord).join(' ')),
)
/** Vietnamese family names, folded: a name whose first word is one is a person's (reasons/personal-names.ts reads it too). */
export const VI_SURNAMES: ReadonlySet<string> = new Set(
  'nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đoàn đậu tô trương đinh lâm mai trịnh cao lương tạ hà chu thái quách'
    .split(' ')
    .map(foldWord),
)
const SURNAMES = new Set([
  ...VI_SURNAMES,
  ...(
    'kim lee park choi jung jeong kang cho yoon jang lim han oh seo shin ' +
    'kwon hwang ahn song yoo hong jeon ko moon yang son bae baek heo nam noh kwak sung cha joo woo min ryu yi rhee'
  )
    .split(' ')
    .map(foldWord),
])
// Abbreviations that open a place name, written with a dot: St. Louis, Mt. Everest, Ft. Worth.
const NAME_ABBREVIATIONS = new Set(['st', 'mt', 'ft'])
const PARTICLES = new Set(['van', 'von', 'de', 'da', 'del', 'der', 'den', 'di', 'du', 'bin', 'al', 'dos', 'das', 'ter', 'ten'])
/**
 * English head words of a name that goes on after "of": Bank of America, University of Texas,
 * Republic of Korea, Department of Homeland Security. Cut at "of", a report's missing names were
 * "America" and "Texas", and a name the other report gives whole never met its own head.
 */
const OF_HEADS = new Set(
  (
    'bank university republic kingdom department ministry museum college institute academy school board council bureau ' +
    'commission committee office court church federation association union league society chamber organization ' +
    'organisation gulf bay sea isle isles cape state states city county province district duke duchess prince princess ' +
    // a chamber's name (House of Commons, House of Lords): cut at "of", Commons was a report's missing fact (missing51-1)
    'house'
  ).split(' '),
)
const PLACE_SET = new Set(PLACES.map((p) => p.split(' ').map(foldWord).join(' ')))
const isKnownPlace = (folded: string): boolean => PLACE_SET.has(folded)

const SENTENCE_BREAK = /[.!?…:;"“”(\n]|[-–—]\s*$/u
const SPACE_ONLY = /^[ \t\u00a0]+$/u

// Most gaps are one space: skip the regexes for them.
const breaksSentence = (gap: string): boolean => gap !== ' ' && SENTENCE_BREAK.test(gap)
const spaceOnly = (gap: string): boolean => gap === ' ' || SPACE_ONLY.test(gap)

function categoryOf(tokens: readonly string[], key: string, title: string | undefined, place: boolean): NameFact['category'] {
  if (place || PLACE_SET.has(key)) return 'place'
  if (title !== undefined) return 'person'
  if (tokens.some((t, k) => ORG_WORDS.has(t) || ORG_WORDS.has(`${t} ${tokens[k + 1] ?? ''}`))) return 'org'
  if (tokens.length >= 2 && tokens.length <= 5 && SURNAMES.has(tokens[0]!)) return 'person'
  return 'unknown'
}

/**
 * Proper names in `text`, in order, with exact offsets into `text`; `tokens` are its fact tokens (document/fact-tokens),
 * which its words are read from; `language` is its document's (franc's code) if it has articles (name-articles.ts):
 * it says what a sentence-opening article is, and that no word is a Vietnamese syllable.
 */
export function extractNames(text: string, tokens: readonly Token[], extraCues: readonly string[] = [], language?: string): NameFact[] {
  const cues = extraCues.length > 0 ? compileCues(extraCues) : DEFAULT_CUES
  const opensSentence = (k: number, gap: string): boolean => k === 0 || breaksSentence(gap)
  const words = splitGluedCyrillic(text, splitNamePrefixes(text, letterWords(text, tokens), opensSentence), foldWord)
  const owned = ownArticles(words, language, opensSentence)
  const otherLanguage = language !== undefined && language !== 'vie' && language !== 'und'
  const out: NameFact[] = []
  let pending: Pending | undefined
  // Words that open a sentence, a quote or what follows a colon: capitalised there whatever they are.
  const openers = new Set<Word>()

  const emit: Emit = (run, cue, followedByLower) => {
    if (run.length === 0) return
    const tokens: string[] = []
    for (const w of run) {
      if (!w.folded.includes('-')) {
        if (w.folded !== '') tokens.push(w.folded)
      } else for (const t of w.folded.split('-')) if (t !== '') tokens.push(t)
    }
    const key = tokens.join(' ')
    const isPlace = PLACE_SET.has(key)
    // A marked word no Vietnamese syllable is shaped as (Népal, Neuquén, Raudière: French or Spanish accents) is foreign.
    // So is every word of a document known to be in a language with articles (León in a Spanish report).
    // In a report in another language a lone such word is a name (Rait), unless it only opens a sentence
    // (Update: Long delays…, "Tin prices…"): English words of that shape (Do, Ban, Men) are capitalised there too.
    const syllables = run.every((w) => isVietnameseSyllable(w.folded) && vietnameseShaped(w.folded))
    if (!isPlace && otherLanguage && syllables && run.length === 1 && openers.has(run[0]!) && !cue?.person) return
    if (!isPlace && !otherLanguage && syllables) {
      // A lone native syllable is a name only when a title introduces it (ông Lâm).
      if (run.length === 1 && !cue?.person) return
      // After a place cue the run names the place (thành phố Liên Hoa và…), not an institution.
      if (followedByLower && INSTITUTION_HEADS.has(run[0]!.folded) && !cue?.person && !cue?.place) return
      // "Phó chủ tịch Ủy ban…", "tổng giám đốc Tập đoàn…", "Bộ trưởng Bộ Quốc phòng": a title before an institution, not before a person.
      if (followedByLower && (run.length === 1 ? NEVER_GIVEN_ALONE : NEVER_FAMILY_NAMES).has(run[0]!.folded)) return
    }
    const start = run[0]!.start
    const end = run[run.length - 1]!.end
    // "ông Đức" is Mr Đức, not Germany; any other title before a place describes the place's office.
    const kinPlace = isPlace && run.length === 1 && cue?.person !== undefined && LOWERCASE_ONLY_CUES.has(cue.person)
    const titleText = (isPlace && !kinPlace) || cue?.place ? undefined : cue?.person
    out.push({
      type: 'name',
      start,
      end,
      text: text.slice(start, end),
      key,
      tokens,
      title: titleText,
      category: kinPlace ? 'person' : categoryOf(tokens, key, titleText, !!cue?.place),
    })
  }

  for (let i = 0; i < words.length; ) {
    const w = words[i]!
    // Only a capitalised word asks whether it opens a sentence (in matchCue and below).
    const sentenceStart = w.cap && (i === 0 || breaksSentence(w.gap))
    if (sentenceStart) openers.add(w)
    const cue = matchCue(words, i, cues, sentenceStart)
    if (cue) {
      const last = i + cue.words.length - 1
      const chained = pending && pending.next === i && /^[\s,]*$/.test(w.gap) ? pending : undefined
      pending = cue.place
        ? { person: chained?.person, place: true, next: last + 1 }
        : { person: cue.title ?? cue.words.join(' '), place: false, next: last + 1 }
      i = last + 1
      continue
    }
    // Ả Rập Saudi: a one-letter Vietnamese syllable can open a name as it can end one (Tây Nam Á).
    // Not a one-letter word of the sentence itself (Ở Hà Nội, Ý kiến, Ờ) nor a one-letter country (Thủ tướng Ý Giorgia Meloni): rnames52.
    const opensOnSyllable = w.initial && !otherLanguage && words[i + 1]?.cap === true && spaceOnly(words[i + 1]!.gap) && toneLetter(text, w, true) &&
      !ONE_LETTER_WORDS.has(w.folded) && !isKnownPlace(w.folded)
    if (!w.cap && !opensOnSyllable) {
      pending = undefined
      i++
      continue
    }
    // Collect the run of capitalised words joined by plain spaces.
    let j = i + 1
    while (j < words.length) {
      const n = words[j]!
      // George W. Bush, Sergei V.Mikhailov, St. Louis
      const afterInitial = ((words[j - 1]!.initial && !toneLetter(text, words[j - 1]!, !otherLanguage)) || NAME_ABBREVIATIONS.has(words[j - 1]!.folded)) && /^\.[ \t\u00a0]*$/u.test(n.gap)
      if (!spaceOnly(n.gap) && !afterInitial) break
      if (n.cap || elidedCapital(text, n)) {
        if (n.cap && matchCue(words, j, cues, false)) break
      } else if (!(n.initial || (((PARTICLES.has(n.folded) && !particleEndsName(words, j, language, isKnownPlace) && !articleEndsRun(words, j, language)) || (n.folded === 'of' && OF_HEADS.has(words[j - 1]!.folded))) && words[j + 1]?.cap && spaceOnly(words[j + 1]!.gap)))) {
        // Department of Health and Human Services: the run takes the agency's second field whole.
        const agencyEnd = agencyAndEnd(words, i, j, PLACE_SET, spaceOnly)
        if (agencyEnd < 0) break
        j = agencyEnd
        continue
      }
      j++
    }
    let run = words.slice(i, j)
    const cueHere = pending && pending.next === i && /^\.?[ \t\u00a0]*$/u.test(w.gap) ? pending : undefined
    pending = undefined
    while (run.length > 0 && !run[run.length - 1]!.cap && !toneLetter(text, run[run.length - 1]!, !otherLanguage) && !elidedCapital(text, run[run.length - 1]!)) run = run.slice(0, -1)
    // Avenue of 97th Avenue, Place of 2nd Place: the numeral is the number extractor's fact, the word alone no name.
    if (streetAfterOrdinal(text, run)) run = []
    if (sentenceStart && run.length > 0 && (STOPWORDS.has(run[0]!.folded) || countingWord(run[0]!.folded) || openingArticle(run, language, owned, text))) run = run.slice(1)
    // German capitalises every noun: its capitals need more evidence (capitalised-nouns.ts).
    if (capitalisesNouns(language) && run.length > 0 && !cueHere?.person) run = nounFreeRun(text, words, run, words.indexOf(run[0]!, i), run[0] === w && sentenceStart, isKnownPlace, spaceOnly, owned)
    const followedByLower = j < words.length && !words[j]!.cap && spaceOnly(words[j]!.gap)
    // "Bộ trưởng Nội vụ Mexico Osorio Chong": one syllable running on into lower case, then a name,
    // after a minister's title is the portfolio, not a person (Bộ trưởng Lâm cho biết stays a name).
    // So is an institution's head after an office (Chủ tịch Hiệp hội Doanh nghiệp: Hiệp is a given name too,
    // Chủ tịch Hiệp cho biết stays one); a kinship word (bà Hiệp) is never an office.
    const portfolio =
      followedByLower && run.length === 1 && cueHere?.person !== undefined && isVietnameseSyllable(run[0]!.folded) && words[j + 1]?.cap === true && spaceOnly(words[j + 1]!.gap) &&
      (PORTFOLIO_TITLES.has(cueHere.person) || (INSTITUTION_COMPOUNDS.has(`${run[0]!.folded} ${words[j]!.folded}`) && !LOWERCASE_ONLY_CUES.has(cueHere.person)))
    // A name opened by a one-letter syllable is a transcription, whole (Ả Rập Saudi): no script boundary splits it; a known place still does.
    if (opensOnSyllable && run[0] === w) emitSplit(run, cueHere, followedByLower, emit, noScript)
    else if (!portfolio && !unitBeforeNumeral(text, run)) {
      const parts = alphabetParts(run)
      parts.forEach((part, k) => emitSplit(part, k === 0 ? cueHere : undefined, k === parts.length - 1 ? followedByLower : true, emit, otherLanguage ? foreignReportKind : scriptKind))
    }
    i = j
  }
  return out
}

/**
 * A French elided particle before a capital inside a name (Côte d'Ivoire, Val d'Oise, Jeanne d'Arc):
 * the run goes on through it, as through "de" (review O 15: "Côte d'Ivoire" was a lone "Côte").
 * It never opens a run (coup d'État stays no name).
 */
// One-letter Vietnamese words that are words of the sentence, not syllables of a name: ở (in, at), ý (an idea), interjections.
const ONE_LETTER_WORDS = new Set(['ở', 'ý', 'ạ', 'à', 'ừ', 'ờ', 'ồ', 'ơ', 'ớ'])
const noScript: KindOf = () => undefined

const elidedCapital = (text: string, w: Word): boolean =>
  w.folded.length > 2 && w.folded.charCodeAt(0) === 100 && w.folded[1] === "'" && /^\p{Lu}/u.test(text[w.start + 2] ?? '')

/**
 * Đông Nam Á, Châu Á: a one-letter Vietnamese syllable (a capital with a mark) ends a name; a plain capital there is an initial.
 * A marked capital before a dot is an initial too (Á. Pérez, Nguyễn Văn Á. cho biết), unless the text may be
 * Vietnamese (`native`) and the dot ends a sentence, where it is the syllable ending it (tại quốc gia Tây Nam Á.: the name was cut to Tây Nam, missing51-1).
 */
const toneLetter = (text: string, w: Word, native: boolean): boolean =>
  w.end - w.start === 1 && text.charCodeAt(w.start) > 127 && (text[w.end] !== '.' || (native && SENTENCE_END_DOT.test(text.slice(w.end, w.end + 3)) && vietnameseShaped(w.folded)))
// A dot that ends a sentence: the text's end, or a capital or a line's end after it (Nguyễn Văn Á. cho biết: an initial).
const SENTENCE_END_DOT = /^\.(?:$|\s*\n|[ \t\u00a0]+\p{Lu})/u

/**
 * An English number word opening a sentence (Two Democrats, Sixty-five people): it counts the
 * name after it and is no part of it. Number words are upper case there only because the
 * sentence starts with them.
 */
function countingWord(folded: string): boolean {
  return folded.split('-').every((part) => EN_NUMBERS.has(part))
}

/** Cues seen just before the current word: a person title, and whether a place cue (TP., thành phố) came last. */
interface Pending {
  readonly person: string | undefined
  readonly place: boolean
  readonly next: number
}
type Emit = (run: readonly Word[], cue: Pending | undefined, followedByLower: boolean) => void

/**
 * Split one capitalised run into names: leading known places first ("Hàn Quốc"
 * | "Lee Jae Myung"), then at each switch between marked Vietnamese syllables
 * and words that cannot be Vietnamese ("Busan" | "Đoàn Phương Lan"). A title
 * before the run belongs to the first part that is not a place.
 */
/** Whether a marked Vietnamese syllable and a word that cannot be Vietnamese follow one another in `run` (words of neither kind between them). */
function switchesScript(run: readonly Word[], kindOf: KindOf): boolean {
  let last: 'vi' | 'foreign' | undefined
  for (const word of run) {
    const kind = kindOf(word.folded)
    if (kind && last && kind !== last) return true
    last = kind ?? last
  }
  return false
}

function emitSplit(run: readonly Word[], cue: Pending | undefined, followedByLower: boolean, emit: Emit, kindOf: KindOf = scriptKind): void {
  let rest = run
  while (rest.length > 1) {
    // The longest known place the run opens with, of up to four words.
    let placeLen = 0
    let joined = ''
    for (let k = 1; k <= Math.min(4, rest.length - 1); k++) {
      joined = k === 1 ? rest[0]!.folded : `${joined} ${rest[k - 1]!.folded}`
      if (PLACE_SET.has(joined)) placeLen = k
    }
    // Đức Huệ, a district, is not Germany and a Huệ: a person after a place has two words at least,
    // or one that cannot be Vietnamese after a title (Tổng thống Nga Putin).
    const foreignOne = rest.length - placeLen === 1 && cue?.person !== undefined && !isVietnameseSyllable(rest[placeLen]!.folded)
    if (placeLen === 0 || (rest.length - placeLen < 2 && !foreignOne)) break
    if (restNamesInstitution(rest.slice(placeLen))) break // New York Stock Exchange: the place opens the name (place-institutions.ts)
    emit(rest.slice(0, placeLen), cue && { ...cue, person: undefined }, false)
    // The title skips the place: Tổng thống Hàn Quốc Lee Jae Myung.
    if (cue) cue = { ...cue, place: false }
    rest = rest.slice(placeLen)
  }
  // Vietnamese/foreign boundaries. A run with none (most) is emitted as it is, not copied into parts.
  if (!switchesScript(rest, kindOf)) {
    if (rest.length > 0) emit(rest, cue, followedByLower)
    return
  }
  const parts: Word[][] = []
  let current: Word[] = []
  let currentKind: 'vi' | 'foreign' | undefined
  for (const word of rest) {
    const kind = kindOf(word.folded)
    if (kind && currentKind && kind !== currentKind) {
      parts.push(current)
      current = []
      currentKind = undefined
    }
    current.push(word)
    currentKind = kind ?? currentKind
  }
  if (current.length > 0) parts.push(current)
  // Two single words on either side of the boundary are one place name in a minority
  // language or a transcription (Ea Bông, Krông Ana), not two names.
  // A native syllable that runs on into lowercase opens an ordinary phrase (Busan | Kỷ niệm chương).
  for (let k = 0; k + 1 < parts.length; k++) {
    // Unless the marked word is no syllable Vietnamese spelling allows: Krông, Kruế (a cluster) are minority-language
    // syllables, and huyện Krông Ana đã…, buôn Ea Kruế có… stay whole (extract21: read as Ana, Ea; Tổ Covid cộng đồng stays apart).
    const marked = kindOf(parts[k]![0]!.folded) === 'vi' ? parts[k]![0]! : parts[k + 1]![0]!
    const opensPhrase = k + 2 === parts.length && followedByLower && vietnameseShaped(marked.folded)
    if (parts[k]!.length === 1 && parts[k + 1]!.length === 1 && !opensPhrase) parts.splice(k, 2, [...parts[k]!, ...parts[k + 1]!])
  }
  parts.forEach((part, k) => {
    emit(part, k === 0 ? cue : undefined, k === parts.length - 1 ? followedByLower : true)
  })
}
