// Base articles of the planted-en task: the news pages of test/fixtures/html/readability and
// readability-news
// (Mozilla Readability's test pages, Apache-2.0, see that folder's NOTICE), read from each
// page's expected.html: the text of its <p> elements (figure captions left out), split into
// sentences. The pages are in the repository (readability/ and readability-news/), so the task always has its base; loadPages()
// still says which are absent when a page folder is gone.
import fs from 'node:fs'
import path from 'node:path'
import { repoRoot } from './metrics.mjs'

const FIXTURES = path.join(repoRoot, 'test/fixtures/html')

/**
 * Page folders (under test/fixtures/html) and their language (from expected-metadata.json, or
 * stated here where it has none): the 14 pages of readability/ and the 12 news pages of
 * readability-news/, all from the same commit of Mozilla Readability's test suite.
 */
export const PAGES = {
  'readability/ars-1': 'en', 'readability/bbc-1': 'en', 'readability/cnn': 'en', 'readability/herald-sun-1': 'en',
  'readability/nytimes-1': 'en', 'readability/nytimes-2': 'en', 'readability/seattletimes-1': 'en', 'readability/telegraph': 'en',
  'readability/wapo-1': 'en', 'readability/wapo-2': 'en',
  'readability/heise': 'de', 'readability/la-nacion': 'es', 'readability/lemonde-1': 'fr', 'readability/liberation-1': 'fr',
  'readability-news/breitbart': 'en', 'readability-news/buzzfeed-1': 'en', 'readability-news/cnet': 'en', 'readability-news/guardian-1': 'en',
  'readability-news/medicalnewstoday': 'en', 'readability-news/nytimes-3': 'en', 'readability-news/nytimes-4': 'en', 'readability-news/salon-1': 'en',
  'readability-news/yahoo-2': 'en', 'readability-news/yahoo-3': 'en',
  'readability-news/nytimes-5': 'es', 'readability-news/folha': 'pt',
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', mdash: '—', ndash: '–', hellip: '…', shy: '' }
function decode(s) {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&([a-z]+);/gi, (m, n) => ENTITIES[n.toLowerCase()] ?? m)
}

/** The paragraphs of an expected.html: <p> text, tags stripped, soft hyphens dropped, spaces collapsed. */
export function paragraphsOf(html) {
  const body = html.replace(/<figcaption[\s\S]*?<\/figcaption>/gi, '').replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
  const out = []
  for (const m of body.matchAll(/<p(?:\s[^>]*)?>([\s\S]*?)<\/p>/gi)) {
    const t = decode(m[1].replace(/<[^>]+>/g, '')).replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim()
    if (t.length >= 40) out.push(t.normalize('NFC'))
  }
  return out
}

// Abbreviations after which a full stop does not end a sentence (lower-cased, no dot).
const ABBREV = new Set(('mr mrs ms dr st sen rep gov gen lt col sgt capt prof jr sr inc co corp ltd vs no nos ' +
  'jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd dept est approx fig ca etc ' +
  'm mme mlle dr sra sr dña av nr bzw ca ggf usw z b d h').split(' '))

/**
 * Sentences of a paragraph: a break after . ! ? … (and closing quotes) when whitespace and an
 * upper-case letter, digit or opening quote follow, except after an abbreviation, an initial
 * (U.S., J.) or a number's own dot (German ordinals "13. August").
 */
export function sentencesOf(par) {
  const out = []
  // ("“[I felt] am I …": a bracketed insertion may open a quoted sentence)
  const re = /[.!?…]+["”»’)]*\s+(?=["“«‘(]?\[?[\p{Lu}\d])/gu
  let start = 0
  let m
  while ((m = re.exec(par))) {
    const before = par.slice(start, m.index)
    const lastWord = (before.match(/([\p{L}]+)$/u) || [, ''])[1]
    if (m[0].startsWith('.') && !/["”»’)]/u.test(m[0])) {
      if (ABBREV.has(lastWord.toLowerCase()) || lastWord.length === 1) continue
      if (/\b\p{L}\.\p{L}$/u.test(before)) continue // U.S, a.m
      if (/(?:^|\s)\d{1,2}$/.test(before) && /^\.\s*(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)/u.test(par.slice(m.index))) continue
    }
    const end = m.index + m[0].trimEnd().length
    const s = par.slice(start, end).trim()
    if (s) out.push(s)
    start = m.index + m[0].length
  }
  const rest = par.slice(start).trim()
  if (rest) out.push(rest)
  // a piece without a letter ("…" between two quoted sentences) stays with the sentence before
  // it, or opening the paragraph ("“… But, despite …"), with the sentence after it
  const joined = []
  let opening = ''
  for (const x of out) {
    if (!/\p{L}/u.test(x)) { if (joined.length) joined[joined.length - 1] += ` ${x}`; else opening += `${x} ` }
    else { joined.push(opening + x); opening = '' }
  }
  if (opening) joined.push(opening.trim())
  return joined
}

let cache = null

/**
 * The base pages in a fixed order (alphabetical within a language):
 * [{ name, lang, index, sentences, absent? }]. `index` counts within the group (English, other), and the
 * split is by it: 'test' = index % 3 === 0, 'dev' = the others.
 */
export function loadPages() {
  if (cache) return cache
  const out = []
  const byLang = {}
  const short = (key) => key.split('/').at(-1)
  for (const key of Object.keys(PAGES).sort((x, y) => short(x).localeCompare(short(y)))) {
    const lang = PAGES[key]
    const name = short(key)
    const file = path.join(FIXTURES, key, 'expected.html')
    const group = lang === 'en' ? 'en' : 'other'
    const index = (byLang[group] = (byLang[group] ?? -1) + 1)
    if (!fs.existsSync(file)) { out.push({ name, lang, index, sentences: [], absent: true }); continue }
    const seen = new Set()
    const sentences = []
    for (const p of paragraphsOf(fs.readFileSync(file, 'utf8'))) {
      for (const s of sentencesOf(p)) {
        // letters and digits only: "“… Fares have increased …”" repeats "Fares have increased …”"
        const k = s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
        if (seen.has(k)) continue // a repeated sentence would make the gold alignment ambiguous
        seen.add(k)
        sentences.push(s)
      }
    }
    out.push({ name, lang, index, sentences })
  }
  cache = out
  return out
}

/** Pages of one language group ('en' or 'other') and split ('dev', 'test', 'all'). */
export function pagesFor(group, split) {
  return loadPages().filter((p) => !p.absent && (group === 'en' ? p.lang === 'en' : p.lang !== 'en') && (split === 'all' || (split === 'test') === (p.index % 3 === 0)))
}

/** Page folders that are absent (the task says so rather than scoring fewer pages quietly). */
export function absentPages() {
  return loadPages().filter((p) => p.absent).map((p) => p.name)
}
