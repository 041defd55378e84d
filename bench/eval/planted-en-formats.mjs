// Format-only variants for planted-en: the same fact written another way, which the engine must
// NOT flag. Each maker (s, lang) returns null or { text, aStart, aEnd, bStart, bEnd } (offsets
// local to the sentence; a* into the original, b* into the new text).
import { EN_MONTH_ABBR, findDates, findNumbers, findNumberWords } from './planted-en-lang.mjs'

const at = (s, start, end, repl) => ({ text: s.slice(0, start) + repl + s.slice(end), aStart: start, aEnd: end, bStart: start, bEnd: start + repl.length })
const isYear = (t) => /^(1[89]|20)\d\d$/.test(t)
const ABBR_FULL = Object.fromEntries(Object.entries(EN_MONTH_ABBR).map(([m, a]) => [a, m]))
const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']

export const FORMAT_MAKERS = {
  // 5 percent ↔ 5%
  'percent-sign'(s, lang) {
    if (lang !== 'en') return null
    let m = /(?<![\p{L}\p{N}.,])(\d+(?:\.\d+)?) ?(percent|per cent)(?!\p{L})/u.exec(s)
    if (m) return at(s, m.index, m.index + m[0].length, `${m[1]}%`)
    m = /(?<![\p{L}\p{N}.,])(\d+(?:\.\d+)?)%/u.exec(s)
    return m ? at(s, m.index, m.index + m[0].length, `${m[1]} percent`) : null
  },
  // per cent ↔ percent
  'per-cent'(s, lang) {
    if (lang !== 'en') return null
    const m = /(?<=\d )(percent|per cent)(?!\p{L})/u.exec(s)
    return m ? at(s, m.index, m.index + m[0].length, m[1] === 'percent' ? 'per cent' : 'percent') : null
  },
  // 1,000 ↔ 1000 (1.000 / 1 000 ↔ 1000 in French, Spanish, German); never a year
  thousands(s, lang) {
    const nums = findNumbers(s, lang)
    const g = nums.find((n) => /^\d{1,3}(?:[,.  ]\d{3})+$/.test(n.text) && !(lang === 'en' ? /\./ : /,/).test(n.text))
    if (g && n2(g.text).length <= 7) return at(s, g.start, g.end, n2(g.text))
    // not a year, nor a clock time ("1451 GMT", "0600 hours")
    const u = nums.find((n) => /^\d{4,7}$/.test(n.text) && !isYear(n.text) && !(n.text.length === 4 && /^\s?(?:GMT|UTC|[A-Z]{2,4}T|hours|hrs|h)(?!\p{L})/u.test(s.slice(n.end))))
    if (!u) return null
    const sep = lang === 'en' ? ',' : lang === 'fr' ? ' ' : '.'
    return at(s, u.start, u.end, u.text.replace(/\B(?=(\d{3})+$)/g, sep))
  },
  // $1.5 million ↔ $1,500,000
  'money-scale'(s, lang) {
    if (lang !== 'en') return null
    const m = /(?<=\$)(\d{1,3}(?:\.\d{1,2})?) (million|billion)(?!\p{L})/u.exec(s)
    if (!m) return null
    const [int, frac = ''] = m[1].split('.')
    const zeros = m[2] === 'million' ? 6 : 9
    const full = (int + frac.padEnd(zeros, '0')).replace(/^0+/, '').replace(/\B(?=(\d{3})+$)/g, ',')
    return at(s, m.index, m.index + m[0].length, full)
  },
  // Aug. 13 → August 13 → 13 August → Aug. 13 (or the month spelt in full where AP abbreviates none)
  'date-style'(s, lang) {
    if (lang !== 'en') return null
    const d = findDates(s, lang).find((x) => x.form === 'month-day' || x.form === 'day-month')
    if (!d) return null
    const { month, day, year } = d.parts
    const full = ABBR_FULL[month] ?? month
    const y = year ? (d.form === 'month-day' ? `, ${year}` : ` ${year}`) : ''
    let repl
    if (d.form === 'month-day' && ABBR_FULL[month]) repl = `${full} ${day}${y}`
    else if (d.form === 'month-day') repl = `${day} ${full}${year ? ' ' + year : ''}`
    else repl = `${EN_MONTH_ABBR[full] ?? full} ${day}${year ? ', ' + year : ''}`
    return repl === d.text ? null : at(s, d.start, d.end, repl)
  },
  // Sept. ↔ September standing alone (a month, no day)
  'month-abbr'(s, lang) {
    if (lang !== 'en') return null
    const m = new RegExp(`(?<![\\p{L}])(${Object.keys(ABBR_FULL).map((a) => a.replace('.', '\\.')).join('|')}|${Object.keys(EN_MONTH_ABBR).join('|')})(?=\\s(?:(?:19|20)\\d\\d|\\p{Ll}))`, 'u').exec(s)
    if (!m) return null
    return at(s, m.index, m.index + m[1].length, ABBR_FULL[m[1]] ?? EN_MONTH_ABBR[m[1]])
  },
  // U.S. ↔ US, U.K. ↔ UK, U.N. ↔ UN
  'country-abbr'(s, lang) {
    if (lang !== 'en') return null
    const m = /(?<![\p{L}.])(U\.S\.|U\.K\.|U\.N\.|US|UK|UN)(?![\p{L}])(?!\.\s*$)/u.exec(s)
    if (!m) return null
    return at(s, m.index, m.index + m[1].length, m[1].includes('.') ? m[1].replace(/\./g, '') : m[1].split('').join('.') + '.')
  },
  // "three people" ↔ "3 people" (two to nine)
  'number-word'(s, lang) {
    if (lang !== 'en') return null
    const w = findNumberWords(s, lang).find((x) => DIGIT_WORDS.includes(x.text.toLowerCase()) && x.start > 0)
    if (w) return at(s, w.start, w.end, String(DIGIT_WORDS.indexOf(w.text.toLowerCase())))
    return null
  },
  // Mr. ↔ Mr (US and British style)
  'title-period'(s, lang) {
    if (lang !== 'en') return null
    const m = /(?<![\p{L}])(Mr|Mrs|Ms|Dr)(\.?)(?= \p{Lu})/u.exec(s)
    return m ? at(s, m.index, m.index + m[0].length, m[1] + (m[2] ? '' : '.')) : null
  },
  // curly ↔ straight quotes and apostrophes, « » ↔ " " in French, „ “ ↔ " " in German
  quotes(s, lang) {
    const map = /[“”‘’]/.test(s) ? { '“': '"', '”': '"', '‘': "'", '’': "'" } : null
    let t
    if (map) t = s.replace(/[“”‘’]/g, (c) => map[c])
    else if (/«\s?[^»]+\s?»/.test(s)) t = s.replace(/«\s?/g, '"').replace(/\s?»/g, '"')
    else if (/„[^“]+“/.test(s)) t = s.replace(/„/g, '"').replace(/“/g, '"')
    else if (lang === 'en' && /"[^"]+"/.test(s)) { let open = true; t = s.replace(/"/g, () => ((open = !open) ? '”' : '“')).replace(/(?<=\p{L})'(?=\p{L})/gu, '’') }
    if (!t || t === s) return null
    // the span: first to last changed character
    let i = 0
    while (s[i] === t[i]) i++
    let ea = s.length, eb = t.length
    while (ea > i && eb > i && s[ea - 1] === t[eb - 1]) { ea--; eb-- }
    return { text: t, aStart: i, aEnd: ea, bStart: i, bEnd: eb }
  },
  // 5 % ↔ 5% (French and German write a space before the sign)
  'percent-space'(s, lang) {
    if (lang === 'en') return null
    const m = /(?<=\d)( ?| ?)%/u.exec(s)
    if (!m) return null
    return { text: s.slice(0, m.index) + (m[1] ? '%' : ' %') + s.slice(m.index + m[0].length), aStart: m.index - 1, aEnd: m.index + m[0].length, bStart: m.index - 1, bEnd: m.index + (m[1] ? 1 : 2) }
  },
  // the same text in decomposed Unicode (an accented name typed on another keyboard)
  unicode(s) {
    const nfd = s.normalize('NFD')
    if (nfd === s) return null
    let i = 0
    while (s[i] === nfd[i]) i++
    let ea = s.length, eb = nfd.length
    while (ea > i && s[ea - 1] === nfd[eb - 1]) { ea--; eb-- }
    return { text: nfd, aStart: i, aEnd: ea, bStart: i, bEnd: eb }
  },
}
function n2(t) { return t.replace(/[,.  ]/g, '') }

// Rare kinds first, so they get planted whenever possible.
export const FORMAT_ORDER = ['money-scale', 'per-cent', 'percent-sign', 'month-abbr', 'date-style', 'country-abbr', 'thousands', 'number-word', 'percent-space', 'title-period', 'unicode', 'quotes']
