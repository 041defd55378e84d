/**
 * Names that credit a report rather than state a fact of it: its bylines, its photo credits and
 * the agency or outlet it is taken from (Ảnh: AFP, Theo Reuters, (TTXVN), "… Lan Hương",
 * "Trọng Phú/VOV online", "… Nguyễn Thủy Ảnh: CNN", "Thục Ninh - Bình Giang Theo L'Humanité").
 * Never `missing`: another outlet signs its own report.
 *
 * One home for what missing-names.ts (isCredit, isByline) and not-missing.ts (the byline part of
 * its own verdict) each held: both asked this one question of the name's own report alone, about
 * the same names at the same point (missing-names asks it just before not-missing), in shapes the
 * other did not know. Each shape below is one way a credit is written.
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import { foldWord } from '../../../normalize/fold'
import type { Located } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'
import { signOffStart } from './sign-off'
import { firstAtOrAfter } from '../../../normalize/sorted-offsets'

// What introduces a photo credit or a source line: the name after it is the outlet, not a fact.
const CREDIT_CUE = /(?:ảnh|nguồn|photo|photograph|source|credit|image|video|clip)\s*[:：]?$/iu
// The photographer after the outlet and a slash (Ảnh VGP/Từ Lương, Photo: AFP/John Smith).
const CREDIT_OUTLET = /(?:ảnh|photo|photograph)\s*(?:[:：]\s*)?[\p{Lu}\p{N}][\p{L}\p{N}.&-]{0,20}\s*\/$/iu
// A media word standing alone as a name (Video buổi tập …, Clip này): the page's player, not a fact.
const MEDIA_WORD = new Set(['video', 'clip'].map(foldWord))
// A media player's prompt (Bạn cài Flash Player để xem được Clip này, You need Flash Player to watch this video):
// the software named between the ask and the watching. "need to see the video of the player", "the video of the
// flash flood" are news: a bare "player" counts only after installing, and "flash" only as Flash Player or Adobe Flash.
// Read as a scan of three parts found apart (one regex with two bounded gaps backtracked polynomially under
// recheck): the ask, then the software at most 30 characters on, then the watching at most 30 more, no
// sentence stop between. Each part is found at every position (overlapping: "adobe flash player" names two).
const SOFTWARE_ASK = /\b(?:cài|install|enable|need|download|update|upgrade)|\bcập nhật|\btải/giu
const SOFTWARE = /flash player|adobe flash|trình duyệt|\bplug-?in|\bjavascript|\bbrowser/giu
// A bare player needs installing (not enabling or needing), closer to the ask: 20 characters.
const PLAYER_ASK = /\b(?:cài(?: đặt)?|install|download|update|upgrade)|\bcập nhật|\btải/giu
const PLAYER = /\bplayer\b/giu
const WATCHING = /(?:để (?:có thể )?xem|\bto (?:watch|view|play|see))(?: được)? (?:this |the |các |những )?(?:clip|video)\b/giu
const MENTIONS_MEDIA = /clip|video/iu

interface Found {
  readonly start: number
  readonly end: number
}

/**
 * Every match of a global pattern, overlapping ones too, in order of start. Matches of the asks
 * never overlap (distinct words), so their ends come in order too, as asksSoftware relies on.
 */
function findAll(pattern: RegExp, text: string): Found[] {
  const found: Found[] = []
  pattern.lastIndex = 0
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push({ start: m.index, end: m.index + m[0].length })
    pattern.lastIndex = m.index + 1
  }
  return found
}

/** Is text[from, to) at most `most` characters (code points, as a /u regex counts) with no sentence stop (. ! ? or a line break)? */
function shortGap(text: string, from: number, to: number, most: number): boolean {
  if (to < from || to - from > 2 * most) return false
  let characters = 0
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x0a) return false
    // The low half of a surrogate pair is the same character as the high half before it.
    if (!(code >= 0xdc00 && code <= 0xdfff && i > from && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) characters++
  }
  return characters <= most
}

/**
 * Is some software named at most `askGap` characters after an ask and at most 30 before the watching?
 * The nearest ask ending before it and the nearest watching starting after it are the ones to try:
 * a farther one has a longer gap holding the nearer one's.
 */
function asksSoftware(text: string, asks: readonly Found[], software: readonly Found[], watching: readonly Found[], askGap: number): boolean {
  let ask = -1
  let watch = 0
  for (const named of software) {
    while (ask + 1 < asks.length && asks[ask + 1]!.end <= named.start) ask++
    while (watch < watching.length && watching[watch]!.start < named.end) watch++
    if (ask < 0 || watch >= watching.length) continue
    if (shortGap(text, asks[ask]!.end, named.start, askGap) && shortGap(text, named.end, watching[watch]!.start, 30)) return true
  }
  return false
}

/** Does the sentence ask for software to play its clip or video (a media player's prompt)? */
export function isPlayerPrompt(text: string): boolean {
  const watching = findAll(WATCHING, text)
  if (watching.length === 0) return false
  return (
    asksSoftware(text, findAll(SOFTWARE_ASK, text), findAll(SOFTWARE, text), watching, 30) ||
    asksSoftware(text, findAll(PLAYER_ASK, text), findAll(PLAYER, text), watching, 20)
  )
}
// A reporter's contact line opens its sentence: "To reach John A. Dvorak, who covers Kansas, call …", "To reach
// Jane Doe, call …", "Reach the reporter at …", "Contact Jane Doe at …", "Mọi chi tiết xin liên hệ …", "Liên hệ: …",
// "- Liên hệ …". "Contact with Governor Rick Scott was lost", "To reach Miami, President … flew", "mối liên hệ
// giữa …", "Người dân cần liên hệ UBND …" are news. The one reached is named (a capital) or is the writer.
const EN_CONTACT = /^[\s"“'(*•-]*(?:To (?:reach|contact)|Reach|Contact)(?:\s*:\s*|\s+)(?:\p{Lu}|(?:the|this) (?:reporter|writer|author|columnist|editor|newsroom)\b)[^,;!?]{0,40}?(?:,[^;!?]{0,80}?)?\b(?:call|phone|telephone|e-?mail|send e-?mail|write|at)\b/u
// A public emergency number dialled (call 911, at 999, gọi 113, số 115): the story tells its readers how to reach help
// (To reach Naples police, call 911; Liên hệ: Công an huyện, số 113), a fact of the story, not the writer's line. A
// number of people (112 people) follows no dialling word. After a word that also opens an address (at, or, số,
// hoặc), a number before a street (số 112 Lê Duẩn, số 115 đường Trần Phú, at 112 Main St.) is a house's, not
// one dialled; after a dialling word (call, dial, gọi, quay số, số điện thoại) it is dialled whatever follows.
// Only "số" reads a number before any capitalised name as a house's (số 112 Lê Duẩn); after at, or, hoặc the
// capitalised word is the service named (hoặc 113 Công an, or 911 Emergency) unless a street shape follows: a
// street word (113 phố Huế) or capitalised words closed by one (112 Main St., 911 Grand Blvd.) (review N 7).
// Literals, one per shape, so the ReDoS check reads them (test/hardening/regex.test.ts); the number is
// (?:911|999|112|113|114|115|000) not run into more digits, a street word đường|phố|ngõ|ngách|hẻm|kiệt, an English
// street up to three capitalised words (each at most 20 letters) closed by St, Road, Ave, Blvd….
const DIALLED = /(?<![\p{L}\p{M}])(?:call|dial|phone|ring|gọi|quay|hotline|điện thoại|đt|đường dây nóng|tổng đài)\s+(?:số\s+)?(?:911|999|112|113|114|115|000)(?![\d.,/-]?\d)/iu
// No case-folding here: under the i flag \p{Lu} matches every letter.
const HOUSE_NUMBER = /(?<![\p{L}\p{M}])[Ss]ố\s+(?:911|999|112|113|114|115|000)(?![\d.,/-]?\d)(?!\s+(?:\p{Lu}|(?:đường|phố|ngõ|ngách|hẻm|kiệt)(?![\p{L}\p{M}])))/u
const AT_NUMBER =
  /(?<![\p{L}\p{M}])(?:[Aa]t|[Oo]r|[Hh]oặc)\s+(?:911|999|112|113|114|115|000)(?![\d.,/-]?\d)(?!\s+(?:(?:đường|phố|ngõ|ngách|hẻm|kiệt)(?![\p{L}\p{M}])|\p{Lu}[\p{L}\p{M}'-]{0,20}(?: \p{Lu}[\p{L}\p{M}'-]{0,20}){0,2} (?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Dr|Drive|Way|Pl|Place|Ct|Court|Hwy|Highway)\b))/u
const emergencyCall = (text: string): boolean => DIALLED.test(text) || HOUSE_NUMBER.test(text) || AT_NUMBER.test(text)
const VI_CONTACT = /^[\s"“'(*•-]*(?:(?:mọi|thông tin|chi tiết)[^.!?\n]{0,30}?)?liên hệ(?![\p{L}\p{M}])|[-–—]\s*liên hệ(?![\p{L}\p{M}])/iu
// An e-mail address or a phone number written out: (816) 234-7743, 0912 345 678, 024 3825 1234, 1900 1234, 1900.1234.
const EMAIL = /(?<![\w.-])[\w.-]+@[\w-]+\.\w/u
const PHONE = /(?<![\d.,])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)|\d{2,4})(?:[ .-]\d{3,4}){1,2}(?![.,]?\d)/gu
// An amount, not a phone number: a dotted chain of thousands (100.000.000) or a number before its currency or unit.
const AMOUNT_AFTER = /^\s*(?:đồng|đ\b|vnđ|vnd|usd|\$|%|tỷ|triệu|nghìn|ngàn|dollars?|euros?|people|người|km|kg|tấn|m\b)/iu
// "Theo Reuters", "(AFP)", "according to Xinhua": an attribution to a news agency or outlet.
const ATTRIBUTION_CUE = /(?:theo|according to|via|\()$/iu
const NEWS_AGENCIES = new Set(
  [
    'afp', 'reuters', 'ap', 'associated press', 'xinhua', 'tân hoa xã', 'yonhap', 'kyodo', 'bloomberg', 'bbc', 'cnn',
    'ttxvn', 'itar-tass', 'tass', 'ria novosti', 'bernama', 'antara', 'efe', 'ansa', 'dpa', 'upi', 'nhk', 'vov',
    'vtv', 'vnexpress', 'tuổi trẻ', 'thanh niên', 'dân trí', 'vietnamnet', 'zing', 'new york times', 'washington post',
    'wall street journal', 'guardian', 'telegraph', 'daily mail', 'al jazeera', 'sky news', 'fox news', 'abc', 'nbc', 'cbs',
  ].map((name) => name.normalize('NFC')),
)
// The last word of a byline the extractor ran into the photo credit after it (… Nguyễn Thủy Ảnh: CNN).
const CREDIT_WORD = new Set(['ảnh', 'nguồn', 'photo', 'source'].map(foldWord))

/** A news agency or outlet by its name as written (AFP, TTXVN, Reuters). */
export const isAgency = (text: string): boolean => NEWS_AGENCIES.has(text.normalize('NFC').toLowerCase())

/** A photo credit or an attribution to a news agency: the outlet, not what it reports. */
function isCredit(doc: PreparedDocument, name: Located<NameFact>): boolean {
  const sentence = doc.sentences[name.sentence]!
  // Trimmed, so the cues need no trailing-space pattern.
  let before = doc.original.slice(Math.max(sentence.start, name.span.start - 24), name.span.start).trimEnd()
  // Initials may stand between the cue and the name (Ảnh: N.T.Phúc): drop them, scanning, not backtracking.
  while (before.length >= 2 && before.endsWith('.') && /\p{Lu}/u.test(before[before.length - 2]!)) before = before.slice(0, -2).trimEnd()
  if (CREDIT_CUE.test(before) || CREDIT_OUTLET.test(before)) return true
  const tokens = name.fact.tokens
  // The cue run into the name by the extractor (Ảnh Hanoimoi, Photo Reuters), or a media word alone (Video, Clip).
  if (tokens.length >= 2 && CREDIT_WORD.has(tokens[0]!) && creditLine(doc, name)) return true
  if (tokens.length === 1 && MEDIA_WORD.has(tokens[0]!)) return true
  const agency = isAgency(name.fact.text)
  return agency && (ATTRIBUTION_CUE.test(before) || /^\s*[)/]/u.test(doc.original.slice(name.span.end, name.span.end + 3)))
}

/**
 * Where a cue run into a name (Ảnh Hanoimoi, Photo Reuters) is a credit: a caption or credit line, or
 * the name closing its sentence or line (Ảnh Theverge >>), or running into the next sentence, glued
 * on with its capital: "Ảnh Hanoimoi Liên hoan do …". In body text the cue word opens a name: "Ảnh Hồ Chí Minh
 * được treo …" (a portrait), "Source Code star …", "Nguồn Nhân lực tỉnh …".
 */
function creditLine(doc: PreparedDocument, name: Located<NameFact>): boolean {
  const role = doc.sentences[name.sentence]!.role
  if (role === 'caption' || role === 'credit') return true
  // Whatever follows but a lower-case word that carries the sentence on (Ảnh Theverge >>, Photo Reuters.).
  return !/^[ \t]*\p{Ll}/u.test(doc.original.slice(name.span.end, name.span.end + 3))
}

/**
 * A byline glued to the last sentence of a text or of one of its articles ("…người có công… Lan
 * Hương", "Trọng Phú/VOV online"): a name closing its line right after the end of a sentence, or
 * followed by a slash and the outlet. Unlike the sign-off below, anywhere in the text.
 */
function isByline(doc: PreparedDocument, name: Located<NameFact>): boolean {
  const after = doc.original.slice(name.span.end, name.span.end + 40)
  if (after.startsWith('/')) return true
  // The line may close on the agency or outlet in brackets: "Thanh Tuấn (TTXVN)", "Thúy Nga - (laptopmag)".
  if (!/^[ \t]*(?:[-–—][ \t]*)?(?:\([^()\n]{1,30}\)[ \t]*)?(?:\r?\n|$)/u.test(after)) return false
  const before = doc.original.slice(Math.max(0, name.span.start - 3), name.span.start).trimEnd()
  return /[.…!?”"]$/u.test(before)
}

/**
 * A byline where the text signs off: after its last sentence (Sầm Hoa(Theo ABCnews), Anh
 * Tuấn/VOV), run into the photo credit that follows it (… Nguyễn Thủy Ảnh: CNN), or before the
 * source line that closes the text (Thục Ninh - Bình Giang Theo L'Humanité).
 */
function signsOff(doc: PreparedDocument, name: Located<NameFact>): boolean {
  const tokens = name.fact.tokens
  const { start, end } = name.span
  // Sầm Hoa(Theo ABCnews), Anh Tuấn/VOV: a byline or source after the last sentence.
  if (start >= once(doc, signOffStart)) return true
  const after = doc.original.slice(end, end + 80)
  const closesText = end + after.length === doc.original.length
  // "… Nguyễn Thủy Ảnh: CNN": a byline the extractor ran into the photo credit that follows it.
  if (tokens.length >= 2 && CREDIT_WORD.has(tokens[tokens.length - 1]!) && /^\s*:/u.test(after)) return true
  // "Thục Ninh - Bình Giang Theo L'Humanité": bylines before the source line that closes the text.
  const source = /^(?:\s*[-–]\s*\p{Lu}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}]*){0,3})?\s+(?:Theo|Nguồn)\s[^.\n]{1,60}(\r?\n|$)/u.exec(after)
  return Boolean(source && (source[1] !== '' || closesText) && /[.…!?”"]\s*$/u.test(doc.original.slice(Math.max(0, start - 3), start)))
}

// "Associated Press Writer Jay Reeves in Birmingham, Ala., contributed to this story.", "Jane Doe contributed reporting from Paris."
const CONTRIBUTED = /\bcontributed (?:reporting\b|(?:reporting )?to this (?:report|story|article)\b)/iu

/**
 * A contribution line: the sentence credits the writers who helped with the report, and every
 * name in it (the writers, their outlet, the towns they wrote from) is a credit. Another outlet's
 * report has its own helpers (the MSRP train pairs of two such lines, round en18-1's listing).
 * English: Vietnamese reports sign with a byline, read above.
 */
function contributionLine(doc: PreparedDocument, name: Located<NameFact>): boolean {
  return once(doc, contributionLines).has(name.sentence)
}

// The word every contribution line holds, found in the whole text at once (its letters have no
// case variants but their ASCII ones, with or without the u flag).
const CONTRIBUTED_WORD = /contributed/gi

/**
 * The report's contribution lines, read once: a sentence of many names is tested once, not once a
 * name. Only sentences holding the word are tested: one scan of the text finds it (or, nearly
 * always, not), where testing every sentence cost ~10 ms per 1 MB report (issue 16).
 */
function contributionLines(doc: PreparedDocument): ReadonlySet<number> {
  const lines = new Set<number>()
  const hits: number[] = []
  CONTRIBUTED_WORD.lastIndex = 0
  for (let m = CONTRIBUTED_WORD.exec(doc.original); m; m = CONTRIBUTED_WORD.exec(doc.original)) hits.push(m.index)
  if (hits.length === 0) return lines
  doc.sentences.forEach((sentence, i) => {
    // the first hit at or after the sentence's start (hits ascend)
    const lo = firstAtOrAfter(hits, sentence.start, (hit) => hit)
    if (lo < hits.length && hits[lo]! + 'contributed'.length <= sentence.end && CONTRIBUTED.test(sentence.text)) lines.add(i)
  })
  return lines
}

/** A phone number or an e-mail address in the text: not an amount (100.000.000 đồng, 300.000.000.000). */
function hasContactWay(text: string): boolean {
  if (EMAIL.test(text)) return true
  PHONE.lastIndex = 0
  for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) {
    const digits = m[0]
    // Thousands grouped by dots: an amount, unless written as phones begin (0…, +84, 1800/1900).
    if (/\.\d{3}(?!\d)/u.test(digits) && !/^(?:\+|0|\(|1[89]00)/u.test(digits)) continue
    if (AMOUNT_AFTER.test(text.slice(m.index + digits.length, m.index + digits.length + 8))) continue
    return true
  }
  return false
}

/**
 * The report's contact lines (the writer's or the page's: a cue opening the sentence, then a phone
 * number or an e-mail address), read once. Neither their names nor their numbers are facts.
 */
function contactLines(doc: PreparedDocument): ReadonlySet<number> {
  const lines = new Set<number>()
  // One scan of the text finds the cue words or, nearly always, not.
  if (!/liên hệ|reach|contact/iu.test(doc.original)) return lines
  doc.sentences.forEach((sentence, i) => {
    const text = sentence.text
    if ((EN_CONTACT.test(text) || VI_CONTACT.test(text)) && hasContactWay(text) && !emergencyCall(text)) lines.add(i)
  })
  return lines
}

/** Is the sentence a contact line (To reach John A. Dvorak … call (816) 234-7743; Mọi chi tiết xin liên hệ … 0912 345 678)? */
export const onContactLine = (doc: PreparedDocument, sentence: number): boolean => once(doc, contactLines).has(sentence)

/** The report's media-player prompts, read once (not once a name): only sentences of a report that writes a clip or a video. */
function promptLines(doc: PreparedDocument): ReadonlySet<number> {
  const lines = new Set<number>()
  if (!MENTIONS_MEDIA.test(doc.original)) return lines
  // A prompt ends on the clip or video it plays: a sentence without one is skipped before its
  // parts are looked for (the two regexes the scan replaced were ~6 % of a 1 MB pair's CPU).
  doc.sentences.forEach((sentence, i) => {
    if (MENTIONS_MEDIA.test(sentence.text) && isPlayerPrompt(sentence.text)) lines.add(i)
  })
  return lines
}

/**
 * A line of the page rather than the report: a media player's prompt, or a contact line (a phone
 * or e-mail to reach the writer). Every name in it is the page's or the writer's.
 */
function pageLine(doc: PreparedDocument, name: Located<NameFact>): boolean {
  return once(doc, promptLines).has(name.sentence) || onContactLine(doc, name.sentence)
}

/** Does the name credit its report (a byline, a photo credit, the agency it is taken from) rather than state a fact? */
export function creditsReport(doc: PreparedDocument, name: Located<NameFact>): boolean {
  return isCredit(doc, name) || isByline(doc, name) || signsOff(doc, name) || contributionLine(doc, name) || pageLine(doc, name)
}
