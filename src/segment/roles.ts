/**
 * What each line of a scraped article is: body, or one of the things scrapers
 * mix into it (section label, headline, byline, dateline, photo caption and
 * credit, related-article teaser, an outlet tag such as "(Ngày Nay) - ").
 * Decided per line from its shape and its neighbours; only body counts as content.
 */
import { VIETNAMESE_LETTER, isWhitespace } from '../normalize/chars'
import type { SentenceRole } from '../types'
import type { Piece } from './sentences'

export interface RoledPiece {
  readonly start: number
  readonly end: number
  readonly role: SentenceRole
}

interface Line {
  readonly pieces: Piece[]
  readonly text: string
  readonly words: number
  /** Ends like a sentence (., !, ?, …, a closing quote after one). */
  readonly terminal: boolean
}

const TERMINAL = /[.!?…。！？:;]["'”’»)\]]*$/u
const CREDIT = /^\(?\s*(ảnh|photo|photos|photograph|nguồn|source|video|đồ họa|đồ hoạ|graphic|infographic|clip|credit)\s*:/iu
const CAPTION_MARK = /[-–—]\s*(ảnh|hình|photo)\s*\d+\s*\.?$/iu
const CAPTION_TAIL = /\((ảnh|photo)\s*:[^()]{1,60}\)\s*$/iu
// A line that leads to another article (its title follows). Not cut-off.ts's READ_MORE, links that continue this
// text and stand alone on their line (*Czytaj więcej*, *click here*): those words open ordinary body lines too.
const RELATED_LEAD = /^(xem thêm|đọc thêm|tin liên quan|bài liên quan|read more|related|see also|more on this|>>)/iu
const BYLINE_LEAD = /^(theo|by|nguồn|source)\s+\S/iu
// Each optional part carries its own leading \s* and starts with a required character, so no
// two \s* ever stand side by side: "\s*\(?\s*…\s*[+-]?\s*\d{0,2}\s*" backtracked polynomially (recheck).
const DATELINE = /^(thứ\s+\p{L}+|chủ nhật|\p{L}{3,9}\.?)?,?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(,?\s*\d{1,2}[:h]\d{2}(:\d{2})?)?(\s*(\(\s*)?(gmt|utc)(\s*[+-])?(\s*\d{1,2})?(\s*\))?)?\s*$/iu
const DATELINE_EN = /^(published|updated|posted)?:?\s*(\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\s+\d{4})(,?\s*(at\s+)?\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?)?(\s*(gmt|utc|[a-z]{2,4})(\s*[+-]?\d{1,2}|\s*[+-])?)?\s*$/iu
// "(Ngày Nay) - ", "HÀ NỘI (Reuters) - ": an outlet tag in front of the first sentence.
const OUTLET_TAG = /^[\p{Lu}\s,.]{0,40}\([^()\n]{2,40}\)\s*[-–—]+\s*/u
const CAPITALISED_WORD = /^[\p{Lu}\p{N}]/u

/** Runs of non-space characters, as /\S+/g counts them. */
function countWords(text: string): number {
  let count = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const space = isWhitespace(text.charCodeAt(i))
    if (!space && !inWord) count++
    inWord = !space
  }
  return count
}

function isNameLike(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean)
  return words.length > 0 && words.length <= 5 && words.every((word) => CAPITALISED_WORD.test(word))
}

// A teaser title is a headline: a few words to a long sentence's worth, unpunctuated.
// A longer unpunctuated line is a run of photo captions or text, not a teaser.
const TEASER_TITLE_WORDS = 30

function isTeaserTitle(line: Line): boolean {
  return !line.terminal && line.words >= 4 && line.words <= TEASER_TITLE_WORDS
}

// A picture's or a film's cue ("Video: …", "Ảnh: …"): what follows is its credit (a name, an outlet) or its caption.
const MEDIA_CUE = /^\(?\s*(?:ảnh|photo|photos|photograph|video|clip|đồ họa|đồ hoạ|graphic|infographic)\s*:/iu
// Fewest words after a media cue that can caption rather than credit ("Ảnh: Trần Văn Minh/TTXVN", "Photo: AP Photo/Evan Vucci").
const CAPTION_AFTER_CUE_WORDS = 5
// A credit that says who supplied the picture or film: a line closing on "(do …) cung cấp" (supplied by …),
// or opening on "courtesy (of)", "handout". "… cung cấp 12 bức ảnh hiện trường." carries on: a caption.
const SUPPLIED_BY = /(?<![\p{L}\p{M}])cung cấp[\s.)]*$|^[\s(]*(?:courtesy\b|handout\b)/iu
// Most words of a one-sentence caption line after a media cue.
const CAPTION_LINE_WORDS = 40

/**
 * A media cue's line that captions the picture or film instead of crediting it: "Video: Rescuers pull 12 people
 * from the rubble in Naples.", "Ảnh: Lực lượng cứu hộ tìm kiếm người mất tích". A credit names its maker, a run
 * of capitalised words with an outlet ("Ảnh: Hoàng Hà/TTXVN", "Clip: Minh Tiệp"); a caption is a phrase of
 * common words. Vietnamese names of bodies carry lower-case syllables ("Bộ Nông nghiệp"): two lower-case words
 * are the least, five words in all. "Nguồn:", "Source:" always credit.
 */
function captionsMedia({ text, words, pieces }: Line): boolean {
  const cue = MEDIA_CUE.exec(text)
  if (!cue || pieces.length !== 1 || words > CAPTION_LINE_WORDS) return false
  const rest = text.slice(cue[0].length)
  // "Ảnh: Công an tỉnh Quảng Nam cung cấp", "Photo: courtesy of the Smith family": who supplied it, a credit;
  // a descriptive phrase beside the supplier is a caption (review N 8-9), so the phrase alone is tested.
  if (SUPPLIED_BY.test(rest)) {
    const described = describedBesideSupplier(rest)
    return described !== '' && captionPhrase(described)
  }
  return captionPhrase(rest)
}

// Most words of a supplier's phrase with no comma ("Handout photo released by the Hanoi fire department").
const SUPPLIER_WORDS = 8

/**
 * What a supplied-by line says besides its supplier: before ", do X cung cấp" or " do X cung cấp" (after the
 * last comma or "do"), after "Courtesy of X, " (after the first comma); a "Handout …" or "Courtesy …" run of
 * more than SUPPLIER_WORDS words with no comma describes too ("Handout picture released by Cal Fire shows crews
 * at …"). Empty when the line is the cue and the supplier only.
 */
function describedBesideSupplier(rest: string): string {
  if (/cung cấp[\s.)]*$/iu.test(rest)) {
    const body = rest.replace(/(?<![\p{L}\p{M}])cung cấp[\s.)]*$/iu, '')
    let cut = body.lastIndexOf(',')
    for (const m of body.matchAll(/(?<![\p{L}\p{M}])do\s/giu)) cut = Math.max(cut, m.index)
    return cut < 0 ? '' : body.slice(0, cut)
  }
  const comma = rest.indexOf(',')
  if (comma >= 0) return rest.slice(comma + 1)
  return rest.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length > SUPPLIER_WORDS ? rest : ''
}

// Words that set a scene (where, when, doing what) and that the name of a body never holds: the
// prepositions and aspect words of a clause. "Đài Khí tượng thủy văn khu vực Bắc Bộ", "Office of the Governor
// of Texas" name who made the picture; "Lực lượng cứu hộ tìm kiếm nạn nhân tại hiện trường", "Rescuers carry a
// survivor in Hatay on Monday" tell what it shows. "of", "and", "và", "by", "for", "via" stand in names and credits.
const SCENE_WORD =
  /^(?:tại|ở|trên|dưới|trong|ngoài|khi|lúc|đang|đã|được|bị|sẽ|vừa|cùng|với|vào|sau|trước|từ|để|in|at|on|near|during|after|before|while|into|onto|to|with|through|across|over|under|along|outside|inside|around|past|toward|towards|amid|among|as)$/u

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** A word without the marks around it ("(Hatay," → "Hatay"), by a scan from each end: no pattern to backtrack. */
function trimMarks(word: string): string {
  let start = 0
  let end = word.length
  while (start < end && !LETTER_OR_DIGIT.test(word[start]!)) start++
  while (end > start && !LETTER_OR_DIGIT.test(word[end - 1]!)) end--
  return word.slice(start, end)
}

const VERB_AFTER_SUBJECT = /^[a-z]{2,}(?:[a-rt-z]s|ed|ing)$/u

// Lower-case words a credit holds besides its names: the joints of a name ("Office of the Prime Minister",
// "Bộ Nông nghiệp và Phát triển nông thôn") and the words that say it is a credit ("AP file photo", "… via AP").
const CREDIT_JOINT =
  /^(?:of|the|and|for|by|via|de|du|des|la|le|van|von|da|di|del|và|của|photo|photos|image|images|file|handout|pool|staff|courtesy|footage)$/u
// The head noun of a body's name (a ministry, an agency, a hospital, an embassy): such a name runs on in
// lower-case syllables in Vietnamese ("Trung tâm Dự báo khí tượng thủy văn quốc gia"), so its lower-case words
// are not read as a scene. "Bộ" heads a ministry only before a capital ("Bộ Y tế"; "Bộ trưởng" is a minister).
const BODY_HEAD_VI =
  /^(?:(?:bộ|sở|cục|đài|viện|báo|ban|hội|hãng|kênh|phòng|đội)\s+[\p{Lu}\p{N}]|(?:ủy ban|uỷ ban|ubnd|trung tâm|cổng thông tin|công an|cơ quan|bệnh viện|trường|sư đoàn|quân đoàn|lữ đoàn|quân khu|tổng cục|chi cục|văn phòng|tạp chí|tập đoàn|tổng công ty|công ty|thông tấn xã|học viện|đại học|bộ tư lệnh)(?![\p{L}\p{M}]))/iu
const BODY_HEAD_EN =
  /^(?:office|department|ministry|embassy|consulate|agency|bureau|police|service|council|committee|government|command|army|navy|university|hospital|institute|administration|authority|centre|center|corporation|company|foundation|association|commission|museum|archives?|network|television|radio)$/iu
const SEAT_WORD = /^(?:tại|ở|in|at)$/u

const isCapital = (word: string): boolean => /^[\p{Lu}\p{N}]/u.test(word)

/** Whether the words from k on are a body's seat: "tại Paris", "in the United States", capitals and joints only. */
function seatToTheEnd(words: string[], k: number): boolean {
  if (!SEAT_WORD.test(words[k]!) || k === words.length - 1) return false
  return words.slice(k + 1).every((word) => isCapital(word) || CREDIT_JOINT.test(word))
}

/**
 * Whether the words after a cue name a body ("Bộ Y tế", "Office of the Governor of Texas", "Hanoi Police
 * press office"): a Vietnamese body's head noun first, or an English one among the capitals.
 */
function namesBody(rest: string, words: string[]): boolean {
  return BODY_HEAD_VI.test(rest.trimStart().replace(/^[("'“]+/u, '')) || words.some((word) => isCapital(word) && BODY_HEAD_EN.test(word))
}

/**
 * A phrase of common words after a media cue (five words or more) rather than a credit, which names only its
 * source: a person ("Trần Văn Minh/TTXVN"), an outlet, a body. Outside a body's name any lower-case word that is
 * no joint of a name is a caption's ("Bộ trưởng Đào Hồng Lan kiểm tra …", "Pope Francis led …", "Members of the
 * National Guard patrol …"), whatever a verb's form: when in doubt a caption, whose facts are kept. A body's name
 * runs on in lower-case words of its own, so there a caption writes no capital after its first word or sets a
 * scene ("… tại hiện trường", an English verb after a capital, a Vietnamese run of lower-case words after a
 * place's name: "Công an tỉnh Quảng Nam điều tra vụ cháy"); a figure ("Bệnh viện 108") and a seat ("Cơ quan
 * thường trú TTXVN tại Paris", "Embassy of Vietnam in the United States") belong to the name.
 */
function captionPhrase(rest: string): boolean {
  const after = rest.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word))
  if (after.length < CAPTION_AFTER_CUE_WORDS) return false
  const bare = after.map(trimMarks)
  if (!namesBody(rest, bare)) {
    return bare.some((word) => /\p{N}/u.test(word) || (/^\p{Ll}/u.test(word) && !CREDIT_JOINT.test(word)))
  }
  const vietnamese = VIETNAMESE_LETTER.test(rest)
  const head = BODY_HEAD_VI.exec(rest.trimStart().replace(/^[("'“]+/u, ''))
  const headWords = head ? head[0].split(/\s+/u).filter(Boolean).length - (/[\p{Lu}\p{N}]$/u.test(head[0]) ? 1 : 0) : 0
  let lower = 0
  let capitalsAfterFirst = 0
  let scene = false
  let capitalRun = 0
  let lowerRun = 0
  let afterCapital = false
  for (let k = 0; k < bare.length; k++) {
    const word = bare[k]!
    if (/^\p{Ll}/u.test(word)) {
      lower++
      if (SEAT_WORD.test(word) && seatToTheEnd(bare, k)) break
      const joint = CREDIT_JOINT.test(word)
      scene ||= SCENE_WORD.test(word) || (!joint && afterCapital && VERB_AFTER_SUBJECT.test(word))
      afterCapital = false
      if (!joint) lowerRun++
      // Two lower-case syllables after a name of two capitals or more (not the head's own): a clause.
      scene ||= vietnamese && lowerRun >= 2 && capitalRun >= 2
      if (!joint) continue
      capitalRun = 0
      lowerRun = 0
    } else {
      if (k > 0 && /^\p{Lu}/u.test(word)) capitalsAfterFirst++
      if (lowerRun > 0) capitalRun = 0
      lowerRun = 0
      if (k >= headWords) capitalRun++
      afterCapital = /^\p{Lu}/u.test(word)
      // A figure counting a lower-case noun ("công bố 12 ca mắc", "12 new cases"), not a name's number
      // ("Bệnh viện 108 Trung ương", "Vùng 4 Hải quân", "Trường THPT số 2 thành phố Lào Cai").
      const next = bare[k + 1]
      scene ||= /^\p{N}/u.test(word) && next !== undefined && /^\p{Ll}/u.test(next) && !/^(?:số|no|number)$/iu.test(bare[k - 1] ?? '')
    }
  }
  return lower >= 2 && (capitalsAfterFirst === 0 || scene)
}

/** The role a line shows by itself (a credit, a photo mark, a "Read more" lead, a dateline, a "By …" line), else body. */
function roleOnItsOwn(line: Line): SentenceRole {
  const { text, words, terminal } = line
  if (captionsMedia(line)) return 'caption'
  if (CREDIT.test(text) && words <= 12) return 'credit'
  // Too long for a credit, after a picture's cue: a caption, never body (review Q 2).
  if (MEDIA_CUE.test(text) && line.pieces.length === 1 && words <= CAPTION_LINE_WORDS) return 'caption'
  if (CAPTION_MARK.test(text) || CAPTION_TAIL.test(text)) return 'caption'
  if (RELATED_LEAD.test(text) && words <= 30) return 'related'
  if (text.length < 80 && (DATELINE.test(text) || DATELINE_EN.test(text))) return 'dateline'
  if (BYLINE_LEAD.test(text) && words <= 8 && !terminal) return 'byline'
  return 'body'
}

function classifyLines(lines: Line[]): SentenceRole[] {
  const roles: SentenceRole[] = lines.map(() => 'body')
  const firstBody = (): number => roles.findIndex((role, i) => role === 'body' && lines[i]!.terminal && lines[i]!.words > 6)

  // Pass 1: lines recognisable on their own.
  lines.forEach((line, i) => {
    roles[i] = roleOnItsOwn(line)
  })
  // Pass 2: captions are the unpunctuated lines beside a photo mark or a credit.
  lines.forEach((line, i) => {
    if (roles[i] !== 'body' || line.terminal) return
    const next = roles[i + 1]
    const previous = roles[i - 1]
    if (next === 'credit' || previous === 'caption' || (previous === 'credit' && next === 'caption')) roles[i] = 'caption'
  })
  // Pass 3: the head of the article, before its first body paragraph.
  const bodyStart = firstBody()
  const headEnd = bodyStart === -1 ? lines.length : bodyStart
  let sawHeadline = false
  // plainAfter[i]: an unpunctuated body line follows i within the head.
  const plainAfter: boolean[] = new Array(headEnd).fill(false)
  for (let i = headEnd - 2; i >= 0; i--) plainAfter[i] = plainAfter[i + 1]! || (roles[i + 1] === 'body' && !lines[i + 1]!.terminal)
  for (let i = 0; i < headEnd; i++) {
    if (roles[i] !== 'body') continue
    const line = lines[i]!
    const nextPlain = plainAfter[i]!
    if (!sawHeadline && line.words <= 3 && !line.terminal && nextPlain) roles[i] = 'label'
    else if (!sawHeadline && !line.terminal && line.words >= 3) {
      roles[i] = 'headline'
      sawHeadline = true
    } else if (isNameLike(line.text) && !line.terminal) roles[i] = 'byline'
    else if (!line.terminal && line.words <= 4) roles[i] = 'label'
  }
  if (bodyStart === -1) return roles
  // Pass 4: the tail. A run of unpunctuated titles (often repeated) with at most a lead
  // sentence under each, after the last body paragraph, is a related-article teaser. The run
  // is read from the end back and stops at the first line that is neither: a sentence is
  // never a teaser because a title-like line stands before it.
  let tailStart = lines.length
  for (let i = lines.length - 1; i > bodyStart; i--) {
    const line = lines[i]!
    if (roles[i] !== 'body') {
      if (roles[i] === 'related' || roles[i] === 'byline' || roles[i] === 'credit') tailStart = i
      continue
    }
    if (isTeaserTitle(line)) {
      tailStart = i
      continue
    }
    // A teaser's lead is one sentence under its title with nothing but the tail after it; a
    // paragraph of several sentences under a title-like line is a subheaded body paragraph.
    const previous = lines[i - 1]
    const onlyTailAfter = i === lines.length - 1 || tailStart === i + 1
    if (line.terminal && line.pieces.length === 1 && previous && roles[i - 1] === 'body' && isTeaserTitle(previous) && onlyTailAfter) continue
    if (isNameLike(line.text) && !line.terminal) {
      roles[i] = 'byline'
      continue
    }
    break
  }
  for (let i = tailStart; i < lines.length; i++) {
    if (roles[i] === 'body') roles[i] = 'related'
  }
  // Unpunctuated short lines inside the body are subheadings; a repeated line is never body.
  const seen = new Map<string, number>()
  lines.forEach((line, i) => {
    if (roles[i] === 'body' && !line.terminal && line.words <= 12 && i > bodyStart) roles[i] = 'label'
    const earlier = seen.get(line.text)
    if (earlier !== undefined && roles[i] === 'body') roles[i] = roles[earlier] === 'body' ? 'related' : roles[earlier]!
    seen.set(line.text, i)
  })
  return roles
}

/** The role the source states for the line at [start, end) of the segmented text, if it states one. */
export type StatedRoleAt = (start: number, end: number) => SentenceRole | undefined

/**
 * Give every piece a role. May split a piece in two, to separate an outlet tag
 * ("(Ngày Nay) - ") from the sentence it opens. Where `stated` gives a line's role it is
 * taken instead of the guess; a stated `body` line keeps only a role it shows by itself.
 * `guess: false` guesses nothing: lines with no stated role are body.
 */
export function assignRoles(text: string, pieces: readonly Piece[], stated?: StatedRoleAt, guess = true): RoledPiece[] {
  const lines: Line[] = []
  for (const piece of pieces) {
    const last = lines[lines.length - 1]
    if (last && last.pieces[0]!.line === piece.line) last.pieces.push(piece)
    else lines.push({ pieces: [piece], text: '', words: 0, terminal: false })
  }
  const described: Line[] = lines.map((line) => {
    const start = line.pieces[0]!.start
    const end = line.pieces[line.pieces.length - 1]!.end
    // A long line is never boilerplate: bound the work done on it.
    const lineText = end - start > 400 ? text.slice(start, start + 200) + ' … ' + text.slice(end - 200, end) : text.slice(start, end)
    return { pieces: line.pieces, text: lineText, words: countWords(lineText), terminal: TERMINAL.test(lineText) }
  })
  const roles = guess ? classifyLines(described) : described.map((): SentenceRole => 'body')
  if (stated) {
    described.forEach((line, i) => {
      const role = stated(line.pieces[0]!.start, line.pieces[line.pieces.length - 1]!.end)
      if (role === undefined) return
      roles[i] = role === 'body' && guess ? roleOnItsOwn(line) : role
    })
  }
  const out: RoledPiece[] = []
  let taggedOutlet = false
  described.forEach((line, i) => {
    const role = roles[i]!
    for (const piece of line.pieces) {
      if (guess && !taggedOutlet && role === 'body') {
        taggedOutlet = true
        const tag = OUTLET_TAG.exec(text.slice(piece.start, Math.min(piece.end, piece.start + 100)))
        if (tag && tag[0].length < piece.end - piece.start) {
          const tagEnd = piece.start + tag[0].trimEnd().length
          out.push({ start: piece.start, end: tagEnd, role: 'byline' })
          out.push({ start: piece.start + tag[0].length, end: piece.end, role })
          continue
        }
      }
      out.push({ start: piece.start, end: piece.end, role })
    }
  })
  if (!stated && !out.some((piece) => piece.role === 'body')) {
    // Nothing looked like body text: count it all rather than nothing.
    return out.map((piece) => (piece.role === 'credit' ? piece : { ...piece, role: 'body' }))
  }
  return out
}
