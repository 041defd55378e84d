// Planted-change evaluation: take real Vietnamese news articles, make a modified copy with
// changes whose gold answer is known exactly, and score corroborate's report against it.
//
//   generatePairs({ seed, count, split }) -> [{ id, a, b, gold, ... }]   (no library needed)
//   evalPlanted({ lib, seed, count, split }) -> metrics
//
// Every change is planted only where a regex finds a clean site, and every sentence of A
// receives at most one change, so the gold of each change is exact.
import path from 'node:path'
import { corporaDir, readJsonl, splitSentences, rng, hashSeed, prf } from './metrics.mjs'
import { structureOp } from './planted-structure.mjs'

// ---------------------------------------------------------------- base articles

let baseCache = null

/**
 * The base articles, in a fixed order: first the 89 articles of vi-news-sentences.jsonl,
 * then the 628 of vmds/articles.jsonl (text split with a simple splitter).
 * Split: 'dev' = index % 5 !== 0, 'test' = index % 5 === 0, 'all'.
 */
export function loadBaseArticles() {
  if (baseCache) return baseCache
  const out = []
  for (const r of readJsonl(path.join(corporaDir, 'vi-news-sentences.jsonl'))) {
    out.push({ source: 'vi-news-sentences', outlet: r.outlet, url: r.url, sentences: r.sentences.map(clean).filter(Boolean) })
  }
  for (const r of readJsonl(path.join(corporaDir, 'vmds/articles.jsonl'))) {
    out.push({ source: 'vmds', outlet: r.outlet, url: r.link, id: r.id, cluster: r.cluster, title: clean(r.title || ''), sentences: splitSentences(clean(r.text)).map(clean).filter(Boolean) })
  }
  out.forEach((a, i) => {
    a.index = i
    // a sentence repeated inside one article would make the gold alignment ambiguous
    const seen = new Set()
    a.sentences = a.sentences.filter((s) => { const k = fold(s).toLowerCase(); if (seen.has(k)) return false; seen.add(k); return true })
  })
  baseCache = out
  return out
}

function clean(s) {
  // "./." closes many VMDS articles; drop the "/." so that it does not become a sentence of its own
  return s.normalize('NFC').replace(/\s+/g, ' ').replace(/([.!?…])\s*\/\.(?=\s|$)/gu, '$1').trim()
}

export function splitArticles(split) {
  const all = loadBaseArticles()
  if (split === 'all') return all
  if (split === 'test') return all.filter((a) => a.index % 5 === 0)
  return all.filter((a) => a.index % 5 !== 0)
}

// ---------------------------------------------------------------- text patterns

const W = '[\\p{L}\\p{M}\\p{N}]'
const NB = `(?<!${W})` // no word char before
const NA = `(?!${W})` // no word char after
const DATE_TRIGGER = 'ngày|sáng|trưa|chiều|tối|đêm|hôm|từ|đến|mùng|mồng|qua|lúc|Ngày|Sáng|Trưa|Chiều|Tối|Đêm|Hôm|Từ|Đến|Mùng|Mồng|Qua|Lúc'

const TERMINAL = /[.!?…]["”»’)]*$/u
function isEligible(s) {
  return s.length >= 30 && s.split(' ').length >= 6 && TERMINAL.test(s) && !/Ảnh|ẢNH|Photo|Video|Clip|Nguồn:/u.test(s)
}

function validDay(d) { return d >= 1 && d <= 31 }
function validMonth(m) { return m >= 1 && m <= 12 }

/** Dates in a sentence: [{start, end, text, key, form, parts}] (start/end exclude the trigger word). */
export function findDates(s) {
  const out = []
  const taken = (a, b) => out.some((d) => a < d.end && b > d.start)
  const add = (start, end, key, form, parts) => { if (!taken(start, end)) out.push({ start, end, text: s.slice(start, end), key, form, parts }) }
  let m
  // ngày 13 tháng 8 (năm 2025)
  const r1 = new RegExp(`${NB}(?:ngày|Ngày|mùng|mồng)\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+(\\d{4}))?${NA}`, 'gu')
  while ((m = r1.exec(s))) if (validDay(+m[1]) && validMonth(+m[2])) add(m.index, m.index + m[0].length, `d${+m[1]}m${+m[2]}`, 'words', m)
  // trigger + 13/8, 13.8, 13-8, 13/08/2025
  const r2 = new RegExp(`${NB}(?:${DATE_TRIGGER})\\s+(?:ngày\\s+)?((\\d{1,2})([/.\\-])(\\d{1,2})(?:\\3(\\d{2,4}))?)(?![\\p{L}\\p{N}]|[.,/\\-]\\d)`, 'gu')
  while ((m = r2.exec(s))) {
    const start = m.index + m[0].length - m[1].length
    if (validDay(+m[2]) && validMonth(+m[4])) add(start, start + m[1].length, `d${+m[2]}m${+m[4]}`, 'trigger', { day: m[2], sep: m[3], month: m[4], year: m[5] })
  }
  // bare 13/08/2025 (slash, with a year: a bare 1/5 may be a fraction)
  const r3 = /(?<![\p{L}\p{N}.,/\-])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\p{L}\p{N}]|[.,/\-]\d)/gu
  while ((m = r3.exec(s))) if (validDay(+m[1]) && validMonth(+m[2])) add(m.index, m.index + m[0].length, `d${+m[1]}m${+m[2]}`, 'slash', { day: m[1], sep: '/', month: m[2], year: m[3] })
  // tháng 8 / tháng 9/2012 / tháng 8 năm 2013
  const r4 = new RegExp(`${NB}(?:tháng|Tháng)\\s+(\\d{1,2})(?:([/.\\-]|\\s+năm\\s+)(\\d{4}))?${NA}`, 'gu')
  while ((m = r4.exec(s))) if (validMonth(+m[1])) add(m.index, m.index + m[0].length, `m${+m[1]}${m[3] ? 'y' + m[3] : ''}`, 'month', m)
  // năm 2013
  const r5 = new RegExp(`${NB}(?:năm|Năm)\\s+((?:19|20)\\d{2})${NA}`, 'gu')
  while ((m = r5.exec(s))) add(m.index, m.index + m[0].length, `y${m[1]}`, 'year', m)
  return out.sort((x, y) => x.start - y.start)
}

/** Numbers not inside a date: [{start, end, text, key, percent}]. */
export function findNumbers(s, dates = findDates(s)) {
  const out = []
  const re = /(?<![\p{L}\p{N}\-/.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\p{L}\p{N}]|[.,/\-]\d)(\s?%)?/gu
  let m
  while ((m = re.exec(s))) {
    const start = m.index
    const end = start + m[1].length
    if (dates.some((d) => start < d.end && end > d.start)) continue
    if (/(?:thứ|Thứ|số|Số)\s+$/u.test(s.slice(0, start))) continue // ordinals and labels: thứ 2, số 5
    const key = m[1].replace(/\./g, '').replace(',', '.')
    out.push({ start, end, text: m[1], key: String(Number(key)), percent: !!m[2], pctEnd: end + (m[2] ? m[2].length : 0) })
  }
  return out
}

const STOP_LEAD = new Set(
  ('Theo Tại Trong Sau Trước Với Khi Ông Bà Anh Chị Em Cô Ngày Cùng Tuy Nhưng Và Còn Do Vì Từ Đến Ở Cho Của Bên Nếu Để Các Những Một Người ' +
    'Đây Đó Này Hôm Sáng Chiều Tối Trưa Đêm Lúc Hiện Thế Như Bởi Mặc Dù Đồng Ngoài Riêng Về Phát Trận Đội Câu Giải Vòng Mùa Ngài Cựu Tân Tiểu Vua Nữ ' +
    'Tổng Bí Thủ Chủ Phó Bộ Sở Ủy Uỷ Ban Đảng Nhà Quốc Hội Tòa Toà Viện Trường Bệnh Công Tập Ngân Cục Văn Liên Đại Thành Tỉnh Huyện Quận Xã Phường Thị ' +
    'Giám Tổ Hãng Báo Đài Thông Sư Học Cảnh Lực Hải Không Hiệp Phu Thượng Hạ Nghị Thống Tướng Lãnh Đoàn Chính Ủy Mặt Quân Cơ Trạm Khu Hãng Tờ ' +
    'Đại Sân Tuyển Chương Dự Luật Nghị Quyết Thông Kỳ Kì Lễ Hạng Tòa Nhóm Phiên Chiến Chuyến Cuộc Vụ Ca Bản Hạm Tàu Máy Xe Đường Cầu Sông Núi Biển Vịnh Đảo Hồ ' +
    'Nguồn Thạc Giáo Thầy Kỹ Luật Tạm Trung Ương Clip Video Ảnh')
    .split(' '),
)

// A folded token that could be one Vietnamese syllable.
const VI_SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(a|e|i|o|u|y|ai|ao|au|ay|eo|eu|ia|ie|ieu|iu|oa|oai|oay|oe|oi|ua|uay|ue|ui|uo|uoi|uu|uy|uya|uye|ye|yeu)(ch|ng|nh|[cmnpt])?$/
export function fold(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC')
}
function isViSyllable(tok) {
  return /[^\x00-\x7f]/.test(tok) || VI_SYLLABLE.test(fold(tok).toLowerCase())
}
const isCap = (t) => /^\p{Lu}/u.test(t)
const isAcronym = (t) => t.length >= 2 && t === t.toUpperCase() && /\p{Lu}/u.test(t)

/**
 * Proper-name candidates: runs of capitalised words not opening the sentence, with leading
 * title/institution/function words removed. A single-word run counts only if the word is
 * not a Vietnamese syllable (Messi, Busan); acronyms and words with digits never count.
 * Returns [{start, end, text, tokens: [{start, end, text}]}].
 */
export function findNames(s) {
  const toks = []
  const re = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’\-]*/gu
  let m
  while ((m = re.exec(s))) toks.push({ start: m.index, end: m.index + m[0].length, text: m[0].replace(/[-'’]+$/, '') })
  for (const t of toks) t.end = t.start + t.text.length
  const runs = []
  let cur = []
  const flush = () => { if (cur.length) runs.push(cur); cur = [] }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]
    const prev = toks[i - 1]
    const gap = prev ? s.slice(prev.end, t.start) : ''
    if (!isCap(t.text) || /\d/.test(t.text) || t.text.split(/[-'’]/).some(isAcronym)) { flush(); continue }
    if (cur.length && gap !== ' ') flush()
    cur.push(t)
  }
  flush()
  const out = []
  for (let run of runs) {
    const atStart = /^[\s"“'‘(«\-–—]*$/u.test(s.slice(0, run[0].start)) || /[.!?:]\s*["“]?\s*$/u.test(s.slice(0, run[0].start))
    if (atStart) run = run.slice(1)
    while (run.length && STOP_LEAD.has(run[0].text)) run = run.slice(1)
    if (!run.length) continue
    if (run.some((t) => STOP_LEAD.has(t.text))) continue
    // a word glued to the next one in the source (Youngđã) is not a clean name
    if (run.some((t) => /[^\x00-\x7f]/.test(t.text) && !VI_SYLLABLE.test(fold(t.text).toLowerCase()))) continue
    if (run.length === 1 && (run[0].text.length < 3 || isViSyllable(run[0].text))) continue
    out.push({ start: run[0].start, end: run.at(-1).end, text: s.slice(run[0].start, run.at(-1).end), tokens: run })
  }
  return out
}

/** Facts of a sentence for 'missing' gold: [{type, start, end, text, key}]. */
export function findFacts(s) {
  const dates = findDates(s)
  const facts = []
  for (const d of dates) facts.push({ type: 'date', start: d.start, end: d.end, text: d.text, key: d.key })
  for (const n of findNumbers(s, dates)) facts.push({ type: 'number', start: n.start, end: n.end, text: n.text, key: n.key })
  for (const n of findNames(s)) facts.push({ type: 'name', start: n.start, end: n.end, text: n.text, key: fold(n.text).toLowerCase() })
  return facts.sort((x, y) => x.start - y.start)
}

function factPresent(fact, text) {
  text = text.normalize('NFC') // a sentence planted in NFD must still be searchable
  if (fact.type === 'name') {
    const f = fold(text).toLowerCase()
    return new RegExp(`${NB}${escapeRe(fact.key)}${NA}`, 'u').test(f)
  }
  if (findFacts(text).some((g) => g.type === fact.type && g.key === fact.key)) return true
  // lenient for numbers: the same digits anywhere (-14%, 14/8, 2014) may count as the same fact
  return fact.type === 'number' && new RegExp(`(?<![\\p{N}.,])${escapeRe(fact.text)}(?![\\p{N}]|[.,]\\d)`, 'u').test(text)
}

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function replaceAt(s, start, end, repl) {
  return s.slice(0, start) + repl + s.slice(end)
}

// ---------------------------------------------------------------- change makers

const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']

/** Change (or add) the tone mark of one syllable: Tâm → Tấm, Nội → Nỗi. */
export function retone(tok, r) {
  const old = tok.normalize('NFD').match(/[\u0300\u0301\u0303\u0309\u0323]/u)?.[0] ?? ''
  // strip the tone, recompose the shape marks (â ê ô ơ ư ă), then decompose again
  const chars = [...tok.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '').normalize('NFC').normalize('NFD')]
  // vowel letters (index into chars) of the nucleus; u after q and i after g (+ vowel) belong to the onset
  const vowels = []
  for (let i = 0; i < chars.length; i++) if (/[aeiouy]/i.test(chars[i])) vowels.push(i)
  if (!vowels.length) return null
  if (vowels.length > 1 && /[ui]/i.test(chars[vowels[0]]) && /^(q|g)$/i.test(chars.slice(0, vowels[0]).join(''))) vowels.shift()
  const shaped = (i) => /[\u0302\u0306\u031b]/.test(chars[i + 1] || '')
  const lastVowel = vowels.at(-1)
  const hasCoda = chars.slice(lastVowel + 1).some((c) => /[a-z]/i.test(c))
  let at
  const shapedVowels = vowels.filter(shaped)
  if (shapedVowels.length) at = shapedVowels.at(-1) // ươ → ơ, â, ê, ô
  else if (vowels.length === 1) at = vowels[0]
  else if (hasCoda) at = lastVowel // hoàng, quỳnh
  else if (vowels.length === 3) at = vowels[1] // ngoài
  else at = vowels[0] // hòa, mùa
  let ins = at + 1
  while (/[\u0302\u0306\u031b]/.test(chars[ins] || '')) ins++
  // a syllable closed by c, ch, p, t takes only the sắc or nặng tone
  const allowed = /(c|ch|p|t)$/i.test(tok) ? ['\u0301', '\u0323'] : TONES
  chars.splice(ins, 0, r.pick(allowed.filter((t) => t !== old)))
  return chars.join('').normalize('NFC')
}

/** Romanisation / spelling swaps on a Latin-script foreign name token. */
function foreignVariants(tok) {
  const v = []
  const sub = (re, f, type) => {
    const m = re.exec(tok)
    if (m) v.push({ text: tok.slice(0, m.index) + f(m) + tok.slice(m.index + m[0].length), type })
  }
  sub(/(?<=[^aeiouy])yeo/i, (m) => (m[0][0] === 'Y' ? 'Eo' : 'eo'), 'romanisation-eo-yeo')
  sub(/(?<=[^aeiouy])eo/i, (m) => (m[0][0] === 'E' ? 'Yeo' : 'yeo'), 'romanisation-eo-yeo')
  sub(/(?<=[^aeiouy])oo(?=[^aeiouy]|$)/i, (m) => (m[0][0] === 'O' ? 'U' : 'u'), 'romanisation-u-oo')
  sub(/(?<=[^aeiouy])u(?=[^aeiouy]|$)/, () => 'oo', 'romanisation-u-oo')
  sub(/^J/, () => 'Ch', 'romanisation-j-ch')
  sub(/(?<=-)j/, () => 'ch', 'romanisation-j-ch')
  sub(/^Ch(?=[aeiouy])/, () => 'J', 'romanisation-j-ch')
  sub(/-/, () => ' ', 'hyphen-space')
  // doubled letter: Guardiola → Guardiolla, or Messi → Mesi
  const dbl = /([bcdfgklmnprst])\1/.exec(tok)
  if (dbl && dbl.index > 0) v.push({ text: tok.slice(0, dbl.index) + tok.slice(dbl.index + 1), type: 'doubled-letter' })
  else {
    for (let i = tok.length - 2; i >= 1; i--) {
      if (/[lmnrst]/.test(tok[i]) && /[aeiouy]/i.test(tok[i - 1]) && /[aeiouy]/i.test(tok[i + 1])) {
        v.push({ text: tok.slice(0, i + 1) + tok[i] + tok.slice(i + 1), type: 'doubled-letter' })
        break
      }
    }
  }
  return v.filter((x) => x.text !== tok)
}

/** Change the value of a number while keeping its format: 35 → 38, 2.000 → 2.500, 15% → 18%. */
function changeNumber(text, r) {
  const digitPos = []
  for (let i = 0; i < text.length; i++) if (/\d/.test(text[i])) digitPos.push(i)
  if (!digitPos.length) return null
  const intDigits = text.split(',')[0].replace(/\D/g, '').length
  // change one of the two leading digits (or the only one)
  const p = digitPos[intDigits >= 2 ? r.int(0, 1) : 0]
  const old = +text[p]
  const choices = []
  for (let d = p === digitPos[0] ? 1 : 0; d <= 9; d++) if (d !== old) choices.push(d)
  return replaceAt(text, p, p + 1, String(r.pick(choices)))
}

/** Keep a leading zero only where the original had one (08 → 03, 8 → 3). */
function pad(n, original) {
  return original.length > 1 && original[0] === '0' ? String(n).padStart(original.length, '0') : String(n)
}

/** Change a date: a different day (or month / year). */
function changeDate(d, r) {
  const other = (v, lo, hi) => { let x; do x = r.int(lo, hi); while (x === v); return x }
  if (d.form === 'trigger' || d.form === 'slash') {
    const { day, sep, month, year } = d.parts
    const changeMonth = r.chance(0.3)
    const nd = changeMonth ? day : pad(other(+day, 1, 28), day)
    const nm = changeMonth ? pad(other(+month, 1, 12), month) : month
    return `${nd}${sep}${nm}${year ? sep + year : ''}`
  }
  if (d.form === 'words') {
    return d.text.replace(/(\d{1,2})(\s+tháng)/u, (_, dd, t) => pad(other(+dd, 1, 28), dd) + t)
  }
  if (d.form === 'month') return d.text.replace(/(\d{1,2})/, (mm) => String(other(+mm, 1, 12)))
  if (d.form === 'year') return d.text.replace(/(\d{4})/, (y) => String(+y + r.pick([-2, -1, 1, 2])))
  return null
}

const TONE_OLD_NEW = [
  ['òa', 'oà'], ['óa', 'oá'], ['ỏa', 'oả'], ['õa', 'oã'], ['ọa', 'oạ'],
  ['òe', 'oè'], ['óe', 'oé'], ['ỏe', 'oẻ'], ['õe', 'oẽ'], ['ọe', 'oẹ'],
  ['ùy', 'uỳ'], ['úy', 'uý'], ['ủy', 'uỷ'], ['ũy', 'uỹ'], ['ụy', 'uỵ'],
]
const TITLES = [
  'phu nhân', 'tổng bí thư', 'thủ tướng', 'chủ tịch', 'bộ trưởng', 'thứ trưởng', 'thị trưởng', 'tổng thống', 'giám đốc', 'đại sứ',
  'nhà nước', 'tổng lãnh sự', 'tổng thư ký', 'chính phủ', 'quốc hội', 'thượng nghị sĩ', 'hoàng tử', 'công chúa', 'ngoại trưởng', 'tổng giám đốc',
]
const flipCase = (c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())

/**
 * Format-only variants. Each maker returns null or { text, aStart, aEnd, bStart, bEnd }
 * (offsets local to the sentence; a* into the original, b* into the new text).
 */
const FORMAT_MAKERS = {
  'date-format'(s) {
    const d = findDates(s).find((x) => x.form === 'trigger' && !x.parts.year && (x.parts.sep === '/' || x.parts.sep === '.'))
    if (!d) return null
    const repl = `${d.parts.day}${d.parts.sep === '/' ? '.' : '/'}${d.parts.month}`
    return { text: replaceAt(s, d.start, d.end, repl), aStart: d.start, aEnd: d.end, bStart: d.start, bEnd: d.start + repl.length }
  },
  'number-format'(s) {
    const n = findNumbers(s).find((x) => /^\d{1,3}(\.\d{3})+$/.test(x.text) && !/(năm|Năm)\s+$/u.test(s.slice(0, x.start)))
    if (n) {
      const repl = n.text.replace(/\./g, '')
      return { text: replaceAt(s, n.start, n.end, repl), aStart: n.start, aEnd: n.end, bStart: n.start, bEnd: n.start + repl.length }
    }
    const u = findNumbers(s).find((x) => /^\d{5,}$/.test(x.text))
    if (!u) return null
    const repl = u.text.replace(/\B(?=(\d{3})+$)/g, '.')
    return { text: replaceAt(s, u.start, u.end, repl), aStart: u.start, aEnd: u.end, bStart: u.start, bEnd: u.start + repl.length }
  },
  'i-y'(s) {
    const m = new RegExp(`${NB}([tTkK])([ỉỷ])${NA}`, 'u').exec(s)
    if (!m) return null
    const repl = m[1] + (m[2] === 'ỉ' ? 'ỷ' : 'ỉ')
    return { text: replaceAt(s, m.index, m.index + 2, repl), aStart: m.index, aEnd: m.index + 2, bStart: m.index, bEnd: m.index + 2 }
  },
  'tone-placement'(s) {
    for (const [o, n] of TONE_OLD_NEW) {
      for (const [from, to] of [[o, n], [n, o]]) {
        const re = new RegExp(`(?<![qQgG])${from}${NA}`, 'u')
        const m = re.exec(s)
        if (!m) continue
        if (/^(u|ù|ú|ủ|ũ|ụ)/.test(from) && /[gG]$/.test(s.slice(0, m.index))) continue
        // start of the word, for the span
        let ws = m.index
        while (ws > 0 && /[\p{L}\p{M}]/u.test(s[ws - 1])) ws--
        const we = m.index + from.length
        return { text: replaceAt(s, m.index, we, to), aStart: ws, aEnd: we, bStart: ws, bEnd: we }
      }
    }
    return null
  },
  unicode(s) {
    const nfd = s.normalize('NFD')
    if (nfd === s) return null
    return { text: nfd, aStart: 0, aEnd: s.length, bStart: 0, bEnd: nfd.length }
  },
  abbreviation(s) {
    const m = /(?<![\p{L}])(TP\.\s?HCM|TPHCM|TP\s?HCM|TP\.?\s?Hồ Chí Minh|[Tt]hành phố Hồ Chí Minh)(?![\p{L}])/u.exec(s)
    if (!m) return null
    const repl = /^TP\.?\s?HCM$|^TPHCM$/u.test(m[1]) ? 'Thành phố Hồ Chí Minh' : 'TP.HCM'
    return { text: replaceAt(s, m.index, m.index + m[1].length, repl), aStart: m.index, aEnd: m.index + m[1].length, bStart: m.index, bEnd: m.index + repl.length }
  },
  'letter-case'(s) {
    const lower = s.toLowerCase()
    for (const t of TITLES) {
      let from = 1
      for (;;) {
        const i = lower.indexOf(t, from)
        if (i < 0) break
        from = i + 1
        if (/[\p{L}\p{M}]/u.test(s[i - 1] || '') || /[\p{L}\p{M}]/u.test(s[i + t.length] || '')) continue
        if (/[.!?:"“]\s*$/u.test(s.slice(0, i))) continue // sentence or quote start
        const repl = flipCase(s[i]) + s.slice(i + 1, i + t.length)
        return { text: replaceAt(s, i, i + t.length, repl), aStart: i, aEnd: i + t.length, bStart: i, bEnd: i + t.length }
      }
    }
    return null
  },
  percent(s) {
    const m = /(?<![\p{L}\p{N}.,])(\d+(?:,\d+)?)(\s?%)/u.exec(s)
    if (m) {
      const repl = `${m[1]} phần trăm`
      return { text: replaceAt(s, m.index, m.index + m[0].length, repl), aStart: m.index, aEnd: m.index + m[0].length, bStart: m.index, bEnd: m.index + repl.length }
    }
    const p = /(?<![\p{L}\p{N}.,])(\d+(?:,\d+)?) phần trăm(?![\p{L}])/u.exec(s)
    if (!p) return null
    const repl = `${p[1]}%`
    return { text: replaceAt(s, p.index, p.index + p[0].length, repl), aStart: p.index, aEnd: p.index + p[0].length, bStart: p.index, bEnd: p.index + repl.length }
  },
}
// Rare kinds first, so they get planted whenever possible.
const FORMAT_ORDER = ['abbreviation', 'percent', 'i-y', 'number-format', 'date-format', 'tone-placement', 'letter-case', 'unicode']

const LEAD_ADVERBIALS = /^(Trước đó|Sau đó|Theo|Trong|Tuy nhiên|Ngoài ra|Hiện nay|Hiện|Cùng ngày|Bên cạnh đó|Tại|Với|Khi|Nếu|Do|Vì|Để|Mặc dù|Như vậy|Đồng thời|Ngoài|Sau|Từ|Trước|Về|Riêng|Dù|Bởi)(?=\s)/u
const capFirst = (s) => s.charAt(0).toUpperCase() + s.slice(1)
const lowFirst = (s) => s.charAt(0).toLowerCase() + s.slice(1)

/** Rewordings that keep every fact. Return { text, type } or null. */
const REWORD_MAKERS = {
  'clause-swap'(s) {
    const term = s.match(TERMINAL)[0]
    const body = s.slice(0, s.length - term.length)
    const i = body.indexOf(', ')
    if (i < 0 || !LEAD_ADVERBIALS.test(body)) return null
    const p1 = body.slice(0, i)
    const p2 = body.slice(i + 2)
    if (p1.split(' ').length > 10 || p2.split(' ').length < 4 || /["“”]/.test(body)) return null
    return { text: `${capFirst(p2)}, ${lowFirst(p1)}${term}` }
  },
  'function-words'(s) {
    const subs = [[/ đã /gu, ' '], [/ những /gu, ' các '], [/ cũng /gu, ' '], [/ rất /gu, ' khá '], [/ cho biết /gu, ' nói '], [/ vẫn /gu, ' '], [/ sẽ /gu, ' ']]
    let t = s
    let n = 0
    for (const [re, to] of subs) {
      if (n >= 2) break
      if (re.test(t)) { t = t.replace(re, to); n++ }
    }
    return n ? { text: t } : null
  },
  'insert-clause'(s, r) {
    const term = s.match(TERMINAL)[0]
    const clause = r.pick([', theo thông tin ban đầu', ', theo ghi nhận của phóng viên', ', như dự kiến', ', theo nhiều nguồn tin'])
    return { text: s.slice(0, s.length - term.length) + clause + term }
  },
}

// ---------------------------------------------------------------- generator

/**
 * Build `count` (A, B) pairs with planted changes and exact gold.
 * @returns {Array<{id, base, a, b, aUnits, bUnits, gold: {divergences, alignments}, formats, rewords, structure, planted}>}
 */
export function generatePairs({ seed = 1, count = 300, split = 'dev', maxSentences = 16, page = false } = {}) {
  const pool = splitArticles(split).filter((a) => a.sentences.length >= 4)
  const order = rng(hashSeed(page ? 'page-order' : 'order', seed)).shuffle(pool)
  const pairs = []
  for (let k = 0; k < count; k++) {
    const base = order[k % order.length]
    const r = rng(hashSeed(page ? 'page' : 'pair', seed, k))
    pairs.push(makePair(base, pool, r, `${page ? 'page-' : ''}${seed}-${k}`, maxSentences, page))
  }
  return pairs
}

// ---------------------------------------------------------------- pages

const UNPUNCTUATED = (s) => !TERMINAL.test(s)
const asTitle = (s) => s.replace(/[.!?…]+["”»’)]*$/u, '').trim()
// "Trong đó, 5 người bị thương." -> "5 người bị thương.": a sentence that opens with a figure and a lower-case word
const FIGURE_AFTER_LEAD = /^[^,\d]{2,40}, (\d[\d.,]*%?\s+\p{Ll}.*)$/u

/**
 * The sentences of a page as a reader sees one: the headline on its own line first, some
 * sentences opening with a figure, and a subhead (another article's title) on its own line
 * in the middle. Returns the sentences and where the subhead stands (-1: none).
 */
function pageSentences(base, pool, sentences, r) {
  const out = sentences.slice()
  if (!UNPUNCTUATED(out[0])) {
    const title = base.title ? asTitle(base.title) : ''
    if (title.split(' ').length >= 4) out.unshift(title)
  }
  for (let i = 1; i < out.length; i++) {
    const m = FIGURE_AFTER_LEAD.exec(out[i])
    if (m && r.chance(0.6)) out[i] = m[1]
  }
  let subhead = -1
  if (out.length >= 7) {
    for (let t = 0; t < 10; t++) {
      const donor = r.pick(pool)
      const title = donor.index !== base.index && donor.title ? asTitle(donor.title) : ''
      const words = title.split(' ').length
      if (words < 4 || words > 14) continue
      subhead = r.int(3, out.length - 3)
      out.splice(subhead, 0, title)
      break
    }
  }
  return { sentences: out, subhead }
}

/** Move the subhead and the one or two sentences under it elsewhere in B, as an outlet reorders a section. */
function moveBlock(B, subhead, r, structure) {
  if (subhead < 0) return
  const size = 1 + r.int(1, 2)
  if (subhead + size > B.length) return
  const block = B.splice(subhead, size)
  const targets = [...Array(B.length + 1).keys()].filter((q) => q >= 1 && q !== subhead)
  if (!targets.length) { B.splice(subhead, 0, ...block); return }
  B.splice(r.pick(targets), 0, ...block)
  structure.push({ op: 'move-block', aUnit: block[0].from[0] })
}

/** Change a figure of the headline in B: the most visible line disagreeing. */
function plantHeadlineNumber(A, B, claimed, gold, r) {
  if (!UNPUNCTUATED(A[0])) return
  const cands = findNumbers(A[0]).filter((n) => !/^(19|20)\d\d$/.test(n.text))
  if (!cands.length) return
  const n = r.pick(cands)
  const repl = changeNumber(n.text, r)
  if (!repl || repl === n.text) return
  B[0].text = replaceAt(A[0], n.start, n.end, repl)
  B[0].tag = 'headline-number'
  claimed.add(0)
  gold.push({ kind: 'number', subtype: 'headline', a: [{ unit: 0, start: n.start, end: n.end }], b: [{ unit: B[0], start: n.start, end: n.start + repl.length }] })
}

function makePair(base, pool, r, id, maxSentences, page = false) {
  const paged = page ? pageSentences(base, pool, base.sentences.slice(0, maxSentences), r) : { sentences: base.sentences.slice(0, maxSentences), subhead: -1 }
  const A = paged.sentences
  const claimed = new Set([]) // A sentence indexes already changed
  // B units: { text, from: [aIdx], tag, spans: [{goldRef, side:'b', start, end}] }
  const B = A.map((text, i) => ({ text, from: [i], tag: 'untouched' }))
  const gold = [] // {kind, subtype, a: [{unit, start, end}], b: [{unit, start, end}], factType?}
  const formats = [] // {type, aUnit, aStart, aEnd, bUnitRef, bStart, bEnd}
  const rewords = []
  const structure = []
  const eligible = (i) => !claimed.has(i) && isEligible(A[i])

  // (c) respelt name: every occurrence of one name token (or whole name) in B
  const nameSpellings = []
  if (r.chance(0.65)) plantName(A, B, claimed, gold, r, nameSpellings)
  if (page && r.chance(0.6)) plantHeadlineNumber(A, B, claimed, gold, r)
  // (a) changed number
  if (r.chance(0.75)) {
    const cands = []
    // not years, and not clock times (3 giờ 30, 12h30), which are date-like
    A.forEach((s, i) => { if (eligible(i)) for (const n of findNumbers(s)) if (!/^(19|20)\d\d$/.test(n.text) && !/(năm|Năm|thứ|Thứ|giờ)\s+$/u.test(s.slice(0, n.start)) && !/^\s*(giờ|phút|h\d)/u.test(s.slice(n.end))) cands.push({ i, n }) })
    if (cands.length) {
      const { i, n } = r.pick(cands)
      const repl = changeNumber(n.text, r)
      if (repl && repl !== n.text) {
        B[i].text = replaceAt(A[i], n.start, n.end, repl)
        B[i].tag = 'number'
        claimed.add(i)
        gold.push({ kind: 'number', subtype: n.percent ? 'percent' : n.text.includes('.') ? 'dotted' : n.text.includes(',') ? 'decimal' : 'integer', a: [{ unit: i, start: n.start, end: n.end }], b: [{ unit: B[i], start: n.start, end: n.start + repl.length }] })
      }
    }
  }
  // (b) changed date
  if (r.chance(0.6)) {
    const cands = []
    A.forEach((s, i) => { if (eligible(i)) for (const d of findDates(s)) cands.push({ i, d }) })
    if (cands.length) {
      const { i, d } = r.pick(cands)
      const repl = changeDate(d, r)
      if (repl && repl !== d.text) {
        B[i].text = replaceAt(A[i], d.start, d.end, repl)
        B[i].tag = 'date'
        claimed.add(i)
        gold.push({ kind: 'date', subtype: d.form, a: [{ unit: i, start: d.start, end: d.end }], b: [{ unit: B[i], start: d.start, end: d.start + repl.length }] })
      }
    }
  }
  // (d) format-only variants: up to 3, rare kinds first
  {
    let planted = 0
    const want = r.int(1, 3)
    for (const type of FORMAT_ORDER) {
      if (planted >= want) break
      const cands = A.map((_, i) => i).filter((i) => eligible(i) && FORMAT_MAKERS[type](A[i]))
      if (!cands.length) continue
      if ((type === 'unicode' || type === 'letter-case' || type === 'tone-placement') && !r.chance(0.5)) continue
      const i = r.pick(cands)
      const v = FORMAT_MAKERS[type](A[i])
      B[i].text = v.text
      B[i].tag = `format:${type}`
      claimed.add(i)
      formats.push({ type, a: { unit: i, start: v.aStart, end: v.aEnd }, b: { unit: B[i], start: v.bStart, end: v.bEnd } })
      planted++
    }
  }
  // (e) rewording
  if (r.chance(0.6)) {
    for (const type of r.shuffle(Object.keys(REWORD_MAKERS))) {
      const cands = A.map((_, i) => i).filter((i) => eligible(i) && REWORD_MAKERS[type](A[i], r))
      if (!cands.length) continue
      const i = r.pick(cands)
      const v = REWORD_MAKERS[type](A[i], r)
      B[i].text = v.text
      B[i].tag = `reword:${type}`
      claimed.add(i)
      rewords.push({ type, aUnit: i })
      break
    }
  }
  // a page's section moved with its subhead, before anything else changes B's order
  if (page) moveBlock(B, paged.subhead, r, structure)
  // (f) structure: one or two of drop / insert / merge / split / reorder
  const ops = r.shuffle(['drop', 'insert', 'merge', 'split', 'reorder'])
  const nOps = r.chance(0.4) ? 2 : 1
  let done = 0
  for (const op of ops) {
    if (done >= nOps) break
    if (structureOp(op, { B, claimed, r, structure }, structureRules(base, pool, nameSpellings))) done++
  }

  // ---- build the texts
  const aBuilt = buildText(A.map((text) => ({ text })), r)
  const bBuilt = buildText(B, r)
  const aUnits = aBuilt.ranges.map((rg, i) => ({ start: rg.start, end: rg.end, tag: B.find((u) => u.from.includes(i))?.tag ?? 'dropped' }))
  const bUnits = bBuilt.ranges.map((rg, j) => ({ start: rg.start, end: rg.end, from: B[j].from, tag: B[j].tag }))
  const bIndexOf = new Map(B.map((u, j) => [u, j]))
  const globalA = (sp) => ({ start: aBuilt.ranges[sp.unit].start + sp.start, end: aBuilt.ranges[sp.unit].start + sp.end })
  const globalB = (sp) => { const j = bIndexOf.get(sp.unit); return { start: bBuilt.ranges[j].start + sp.start, end: bBuilt.ranges[j].start + sp.end } }
  const withText = (text) => (g) => ({ ...g, text: text.slice(g.start, g.end) })

  // missing facts: dropped A sentences and inserted B sentences
  // one gold per distinct fact (type + key) and side; every occurrence is an acceptable span
  const missingGold = new Map()
  const addMissing = (f, side, unit) => {
    const key = `${side}:${f.type}:${f.key}`
    if (!missingGold.has(key)) { missingGold.set(key, { kind: 'missing', subtype: f.type, factType: f.type, a: [], b: [] }); gold.push(missingGold.get(key)) }
    missingGold.get(key)[side].push({ unit, start: f.start, end: f.end })
  }
  for (const st of structure) {
    if (st.op === 'drop') {
      for (const f of findFacts(A[st.aUnit])) if (!factPresent(f, bBuilt.text)) addMissing(f, 'a', st.aUnit)
    } else if (st.op === 'insert') {
      for (const f of findFacts(st.unit.text)) if (!factPresent(f, aBuilt.text)) addMissing(f, 'b', st.unit)
    }
  }

  const goldDivs = gold.map((g) => ({
    kind: g.kind,
    subtype: g.subtype,
    ...(g.factType ? { factType: g.factType } : {}),
    a: g.a.map(globalA).map(withText(aBuilt.text)),
    b: g.b.map(globalB).map(withText(bBuilt.text)),
  }))
  const fmt = formats.map((f) => ({ type: f.type, a: withText(aBuilt.text)(globalA(f.a)), b: withText(bBuilt.text)(globalB(f.b)) }))

  // gold alignment groups: connected components of the A-unit / B-unit links
  const groups = []
  const seenA = new Set()
  for (let i = 0; i < A.length; i++) {
    if (seenA.has(i)) continue
    const as = new Set([i])
    const bs = new Set()
    let grew = true
    while (grew) {
      grew = false
      B.forEach((u, j) => {
        if (!bs.has(j) && u.from.some((x) => as.has(x))) { bs.add(j); grew = true; u.from.forEach((x) => as.add(x)) }
      })
    }
    as.forEach((x) => seenA.add(x))
    if (bs.size) groups.push({ a: [...as].sort((x, y) => x - y), b: [...bs].sort((x, y) => x - y) })
  }

  const planted = {}
  for (const g of goldDivs) planted[g.kind] = (planted[g.kind] || 0) + 1
  for (const f of fmt) planted[`format:${f.type}`] = (planted[`format:${f.type}`] || 0) + 1
  for (const w of rewords) planted[`reword:${w.type}`] = (planted[`reword:${w.type}`] || 0) + 1
  for (const s of structure) planted[`structure:${s.op}`] = (planted[`structure:${s.op}`] || 0) + 1

  return {
    id,
    base: { source: base.source, index: base.index, outlet: base.outlet, url: base.url },
    a: aBuilt.text,
    b: bBuilt.text,
    aUnits,
    bUnits,
    gold: { divergences: goldDivs, alignments: groups },
    formats: fmt,
    rewords,
    structure: structure.map((s) => ({ op: s.op, ...(s.aUnit !== undefined ? { aUnit: s.aUnit } : {}) })),
    planted,
  }
}

function plantName(A, B, claimed, gold, r, spellings) {
  const cands = []
  A.forEach((s, i) => { if (isEligible(s)) for (const n of findNames(s)) cands.push(n) })
  if (!cands.length) return
  // try a few candidates until one yields a clean respelling
  for (const n of r.shuffle(cands).slice(0, 6)) {
    const vi = n.tokens.some((t) => /[^\x00-\x7f]/.test(t.text))
    let unit, repl, subtype
    if (vi) {
      if (r.chance(0.5) && fold(n.text) !== n.text) {
        unit = n.text; repl = fold(n.text); subtype = 'dropped-diacritics'
      } else {
        const viToks = n.tokens.filter((t) => t.text.length >= 2 && isViSyllable(t.text))
        if (!viToks.length) continue
        const t = viToks.at(-1)
        const x = retone(t.text, r)
        if (!x || x === t.text) continue
        unit = t.text; repl = x; subtype = 'tone'
      }
    } else {
      const options = []
      for (const t of n.tokens) for (const v of foreignVariants(t.text)) options.push({ t, v })
      // hyphen↔space only when nothing else applies: it is the mildest respelling
      const strong = options.filter((o) => o.v.type !== 'hyphen-space')
      const o = r.pick(strong.length ? strong : options)
      if (!o) continue
      unit = o.t.text; repl = o.v.text; subtype = o.v.type
    }
    const re = new RegExp(`${NB}${escapeRe(unit)}${NA}`, 'gu')
    const reNew = new RegExp(`${NB}${escapeRe(repl)}${NA}`, 'u')
    const hits = A.map((s, i) => [...s.matchAll(re)].map((m) => ({ i, start: m.index }))).flat()
    if (!hits.length || hits.some((h) => claimed.has(h.i)) || A.some((s) => reNew.test(s))) continue
    const g = { kind: 'name', subtype, a: [], b: [] }
    for (const i of new Set(hits.map((h) => h.i))) {
      let t = A[i]
      const starts = hits.filter((h) => h.i === i).map((h) => h.start).sort((x, y) => y - x)
      for (const st of starts) t = replaceAt(t, st, st + unit.length, repl)
      const delta = repl.length - unit.length
      starts.sort((x, y) => x - y).forEach((st, k) => {
        g.a.push({ unit: i, start: st, end: st + unit.length })
        g.b.push({ unit: B[i], start: st + k * delta, end: st + k * delta + repl.length })
      })
      B[i].text = t
      B[i].tag = 'name'
      claimed.add(i)
    }
    gold.push(g)
    spellings.push(unit, repl)
    return
  }
}

/** The Vietnamese rules of the shared structure operations (planted-structure.mjs). */
function structureRules(base, pool, avoid = []) {
  return {
    droppable: () => true,
    donors: () => pool.filter((p) => p.index !== base.index),
    // a sentence naming the respelt name would put both spellings into B
    insertable: (s) => isEligible(s) && findFacts(s).length && !avoid.some((w) => new RegExp(`${NB}${escapeRe(w)}${NA}`, 'u').test(s)),
    inserted: (d) => ({ donor: d.index }),
    mergeable: (s) => /\.$/.test(s),
    splitAt: /, | và /gu,
    quoted: /["“”]/,
    eligible: isEligible,
  }
}

/** Join units into paragraphs of 1–3 sentences; a unit without end punctuation stands alone. */
function buildText(units, r) {
  let text = ''
  const ranges = []
  let inPara = 0
  let paraSize = r.int(1, 3)
  units.forEach((u, i) => {
    const standalone = !TERMINAL.test(u.text)
    if (i > 0) {
      if (standalone || inPara >= paraSize || !TERMINAL.test(units[i - 1].text)) {
        text += '\n\n'
        inPara = 0
        paraSize = r.int(1, 3)
      } else text += ' '
    }
    ranges.push({ start: text.length, end: text.length + u.text.length })
    text += u.text
    inPara++
  })
  return { text: text + '\n', ranges }
}

// ---------------------------------------------------------------- scoring

const overlaps = (x, y) => x.start < y.end && y.start < x.end

/** Report sentence indexes overlapping a character range. */
function sentencesOver(sentences, range) {
  const out = []
  for (const s of sentences) if (s.start < range.end && range.start < s.end) out.push(s.index)
  return out
}

function goldMatches(p, g) {
  // g.alsoKind: a change a reader may fairly call either kind (a bare year changed is a date, or a number)
  if (p.kind !== g.kind && p.kind !== g.alsoKind) return false
  if (g.a.length ? !(p.a && g.a.some((x) => overlaps(p.a, x))) : p.a) return false
  if (g.b.length ? !(p.b && g.b.some((x) => overlaps(p.b, x))) : p.b) return false
  return true
}

/**
 * A planted number that is the first day of a range of dates ("từ ngày 6 đến 8/12/2012", "23 và
 * 24/10"): findNumbers takes it for a number, the engine reads it as the day it is, so a date
 * divergence on it finds the change.
 */
function rangeDayOf(pair, g) {
  const at = g.kind === 'number' && g.a.length === 1 ? g.a[0] : undefined
  if (!at) return false
  const before = pair.a.slice(Math.max(0, at.start - 12), at.start)
  const after = pair.a.slice(at.end, at.end + 24)
  return /(?:^|\s)(?:ngày|từ|mùng|mồng|vào)\s+$/u.test(before) && /^\s*(?:đến|tới|và|-|–)\s*(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?!\d)/u.test(after)
}

/** Whether missing prediction `p` contains a span of gold fact `g` whole, on `g`'s side. */
function holdsWhole(p, g) {
  const within = (span, x) => span != null && span.start <= x.start && x.end <= span.end
  return g.a.length ? g.a.some((x) => within(p.a, x)) : g.b.some((x) => within(p.b, x))
}

/** Score one report against one generated pair. */
export function scorePair(pair, report) {
  const res = { kinds: {}, fpWhere: {}, formats: [], align: { tp: 0, fp: 0, fn: 0 }, examples: [] }
  for (const k of ['number', 'date', 'name', 'missing']) res.kinds[k] = { tp: 0, fp: 0, fn: 0, duplicates: 0, unscored: 0, bySubtype: {} }
  const preds = report.divergences.map((d, i) => ({ ...d, _i: i }))
  const used = new Set()
  for (const g of pair.gold.divergences) {
    const st = (res.kinds[g.kind].bySubtype[g.subtype] ||= { planted: 0, found: 0 })
    st.planted++
    const p =
      preds.find((p) => !used.has(p._i) && (goldMatches(p, g) || (p.kind === 'date' && rangeDayOf(pair, g) && goldMatches({ ...p, kind: 'number' }, g)))) ??
      // one missing range ("2-3 năm", "21 đến 27/10") states each planted value it holds whole
      (g.kind === 'missing' && g.factType !== 'name' ? preds.find((p) => used.has(p._i) && p.kind === 'missing' && holdsWhole(p, g)) : undefined)
    if (p) { used.add(p._i); res.kinds[g.kind].tp++; st.found++ } else {
      res.kinds[g.kind].fn++
      res.examples.push({ type: 'FN', pair: pair.id, gold: g })
    }
  }
  const unitAt = (units, sp) => (sp ? units.find((u) => sp.start < u.end && u.start < sp.end) : undefined)
  for (const p of preds) {
    if (used.has(p._i) || !res.kinds[p.kind]) continue
    const dup = pair.gold.divergences.some((g) => goldMatches(p, g))
    const ua = unitAt(pair.aUnits, p.a)
    const ub = unitAt(pair.bUnits, p.b)
    const where = ua?.tag ?? ub?.tag ?? 'outside'
    if (p.kind === 'missing' && !dup && (where === 'dropped' || where === 'inserted')) { res.kinds.missing.unscored++; continue }
    if (dup) res.kinds[p.kind].duplicates++
    res.kinds[p.kind].fp++
    const key = `${p.kind}@${where.replace(/^(format|reword):.*/, (m) => m)}`
    res.fpWhere[key] = (res.fpWhere[key] || 0) + 1
    res.examples.push({ type: 'FP', pair: pair.id, where, pred: { kind: p.kind, a: p.a?.text ?? null, b: p.b?.text ?? null, message: p.message } })
  }
  // format variants flagged by any divergence not matched to gold
  for (const f of pair.formats) {
    const flagged = preds.some((p) => !used.has(p._i) && ((p.a && overlaps(p.a, f.a)) || (p.b && overlaps(p.b, f.b))))
    const equiv = report.equivalences.some((e) => overlaps(e.a, f.a) && overlaps(e.b, f.b))
    res.formats.push({ type: f.type, flagged, equiv })
    if (flagged) res.examples.push({ type: 'FORMAT', pair: pair.id, format: f, preds: preds.filter((p) => (p.a && overlaps(p.a, f.a)) || (p.b && overlaps(p.b, f.b))).map((p) => ({ kind: p.kind, a: p.a?.text ?? null, b: p.b?.text ?? null, message: p.message })) })
  }
  // alignment over body sentence pairs
  const roleA = new Map(report.a.sentences.map((s) => [s.index, s.role]))
  const roleB = new Map(report.b.sentences.map((s) => [s.index, s.role]))
  const body = (i, j) => roleA.get(i) === 'body' && roleB.get(j) === 'body'
  const goldPairs = new Set()
  for (const g of pair.gold.alignments) {
    const as = [...new Set(g.a.flatMap((i) => sentencesOver(report.a.sentences, pair.aUnits[i])))]
    const bs = [...new Set(g.b.flatMap((j) => sentencesOver(report.b.sentences, pair.bUnits[j])))]
    if (g.a.length === 1 && g.b.length === 1 && as.length === bs.length) {
      // one sentence on each side that the library segments into the same number of pieces: piece k ↔ piece k
      as.forEach((i, k) => { if (body(i, bs[k])) goldPairs.add(`${i},${bs[k]}`) })
    } else for (const i of as) for (const j of bs) if (body(i, j)) goldPairs.add(`${i},${j}`)
  }
  const predPairs = new Set()
  for (const al of report.alignments) for (const i of al.a) for (const j of al.b) if (body(i, j)) predPairs.add(`${i},${j}`)
  const tagOf = (side, idx) => {
    const sent = report[side].sentences[idx]
    const units = side === 'a' ? pair.aUnits : pair.bUnits
    return units.find((u) => sent.start < u.end && u.start < sent.end)?.tag ?? 'outside'
  }
  const alignExample = (type, key) => {
    const [i, j] = key.split(',').map(Number)
    res.examples.push({ type, pair: pair.id, a: `${tagOf('a', i)}: ${report.a.sentences[i].text}`, b: `${tagOf('b', j)}: ${report.b.sentences[j].text}` })
  }
  for (const p of predPairs) if (goldPairs.has(p)) res.align.tp++; else { res.align.fp++; alignExample('ALIGN-FP', p) }
  for (const g of goldPairs) if (!predPairs.has(g)) { res.align.fn++; alignExample('ALIGN-FN', g) }
  return res
}

/**
 * Run the planted evaluation. `lib` is the imported library (needs `compare`); `pairs` replaces
 * the generated Vietnamese pairs with others of the same shape (planted-en.mjs).
 */
export async function evalPlanted({ lib, seed = 1, count = 300, split = 'dev', page = false, examplesOut, pairs = generatePairs({ seed, count, split, page }) } = {}) {
  const tot = { number: [0, 0, 0, 0, 0], date: [0, 0, 0, 0, 0], name: [0, 0, 0, 0, 0], missing: [0, 0, 0, 0, 0] } // tp fp fn dup unscored
  const subtypes = {}
  const fpWhere = {}
  const formatByType = {}
  const align = { tp: 0, fp: 0, fn: 0 }
  const planted = {}
  const examples = []
  let silentPairs = 0, silentPairsFlagged = 0
  let ms = 0
  for (const pair of pairs) {
    const t0 = performance.now()
    const report = lib.compare({ text: pair.a, source: 'A' }, { text: pair.b, source: 'B' })
    ms += performance.now() - t0
    const s = scorePair(pair, report)
    for (const [k, v] of Object.entries(s.kinds)) {
      const t = tot[k]
      t[0] += v.tp; t[1] += v.fp; t[2] += v.fn; t[3] += v.duplicates; t[4] += v.unscored
      for (const [st, c] of Object.entries(v.bySubtype)) {
        const x = (subtypes[`${k}:${st}`] ||= { planted: 0, found: 0 })
        x.planted += c.planted; x.found += c.found
      }
    }
    for (const [k, v] of Object.entries(s.fpWhere)) fpWhere[k] = (fpWhere[k] || 0) + v
    for (const f of s.formats) {
      const x = (formatByType[f.type] ||= { planted: 0, flagged: 0, equivalence: 0 })
      x.planted++; x.flagged += f.flagged ? 1 : 0; x.equivalence += f.equiv ? 1 : 0
    }
    align.tp += s.align.tp; align.fp += s.align.fp; align.fn += s.align.fn
    for (const [k, v] of Object.entries(pair.planted)) planted[k] = (planted[k] || 0) + v
    // pairs whose only changes are format / rewording / reordering: the report should be silent
    if (pair.gold.divergences.length === 0) {
      silentPairs++
      if (report.divergences.length) silentPairsFlagged++
    }
    for (const e of s.examples) examples.push(e)
  }
  const kinds = {}
  for (const [k, [tp, fp, fn, dup, unscored]] of Object.entries(tot)) kinds[k] = { ...prf(tp, fp, fn), duplicates: dup, ...(k === 'missing' ? { unscoredInChangedSentences: unscored } : {}) }
  const fmtPlanted = Object.values(formatByType).reduce((s, x) => s + x.planted, 0)
  const fmtFlagged = Object.values(formatByType).reduce((s, x) => s + x.flagged, 0)
  const fmtEquiv = Object.values(formatByType).reduce((s, x) => s + x.equivalence, 0)
  if (examplesOut) examplesOut.push(...examples)
  return {
    pairs: pairs.length,
    seed,
    split,
    kinds,
    subtypeRecall: Object.fromEntries(Object.entries(subtypes).sort().map(([k, v]) => [k, { ...v, recall: v.planted ? v.found / v.planted : NaN }])),
    format: { planted: fmtPlanted, formatFalseAlarms: fmtFlagged, equivalencesReported: fmtEquiv, byType: formatByType },
    falsePositivesBySite: fpWhere,
    silentPairs: { pairs: silentPairs, withAnyDivergence: silentPairsFlagged },
    alignment: prf(align.tp, align.fp, align.fn),
    planted,
    _msPerCompare: ms / pairs.length,
  }
}
