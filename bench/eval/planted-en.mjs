// Planted changes over English (and French, Spanish, German) news pages: the planted task's
// method (bench/eval/planted.mjs) on other languages. Each pair is a window of up to 16
// sentences of one page (A) and a copy (B) with changes planted at clean sites, at most one per
// sentence, so that the gold is exact: a number, a date, a name respelt everywhere it stands,
// sentences dropped or inserted (their facts are "missing"), format-only variants that must not
// be flagged, rewordings, merges, splits and reorders. Scored by planted.mjs's scorePair.
//
//   generatePairsEn({ seed, count, split, group }) -> pairs   (group 'en' or 'other')
//   evalPlantedEn({ lib, seed, count }) -> { dev, test, other, absentPages }
import { hashSeed, rng } from './metrics.mjs'
import { evalPlanted } from './planted.mjs'
import { structureOp } from './planted-structure.mjs'
import { absentPages, pagesFor } from './planted-en-base.mjs'
import { EN_NUMBER_WORDS, WEEKDAYS, isGeneric, findDates, findFacts, findNames, findNumberWords, findNumbers, respellings } from './planted-en-lang.mjs'
import { FORMAT_MAKERS, FORMAT_ORDER } from './planted-en-formats.mjs'

const TERMINAL = /[.!?…]["”»’)]*$/u
// body sentences: no captions, credits or sign-offs ("… contributed to this report", "X is a reporter for Y")
const isEligible = (s) => s.length >= 30 && s.split(' ').length >= 6 && TERMINAL.test(s) && !/Getty Images|Photo:|Source:|\[Read|Follow |contributed (?:to this report|reporting)|is a (?:reporter|writer|correspondent) (?:for|at)/u.test(s)
const replaceAt = (s, start, end, repl) => s.slice(0, start) + repl + s.slice(end)
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const wordRe = (w, flags = 'u') => new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escapeRe(w)}(?![\\p{L}\\p{M}\\p{N}])`, flags)
const capFirst = (s) => s.charAt(0).toUpperCase() + s.slice(1)
const count = (s, re) => (s.match(re) || []).length
const quotesClosed = (s) => count(s, /[“«„]/gu) === count(s, /[”»]/gu) && count(s, /"/g) % 2 === 0

/** A different value in the same format: one of the two leading digits changed (35 → 38, 1,200 → 1,700). */
function changeNumber(text, r, decimal) {
  const digitPos = []
  for (let i = 0; i < text.length; i++) if (/\d/.test(text[i])) digitPos.push(i)
  const intDigits = text.split(decimal)[0].replace(/\D/g, '').length
  const p = digitPos[intDigits >= 2 ? r.int(0, 1) : 0]
  const choices = []
  for (let d = p === digitPos[0] ? 1 : 0; d <= 9; d++) if (d !== +text[p]) choices.push(d)
  return replaceAt(text, p, p + 1, String(r.pick(choices)))
}

function changeDate(d, r, lang) {
  const other = (v, lo, hi) => { let x; do x = r.int(lo, hi); while (x === v); return x }
  if (d.form === 'weekday') {
    const days = WEEKDAYS[lang]
    return days[other(days.indexOf(d.parts.weekday), 0, 6)]
  }
  if (d.form === 'year') return String(+d.parts.year + r.pick([-2, -1, 1, 2]))
  // month-day / day-month: another day, in the same place
  const nd = String(other(+d.parts.day, 1, 28))
  const i = d.text.search(/\d{1,2}/)
  return replaceAt(d.text, i, i + d.parts.day.length, nd)
}

const REWORDS = {
  // "officials said Thursday that …" too: a weekday stands in the sentences newsrooms reword most
  'said-that': (s) => (/ said(?: (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))? that /.test(s) ? s.replace(/ said( (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))? that /, ' said$1 ') : null),
  also: (s) => (/ also /.test(s) ? s.replace(' also ', ' ') : null),
  'attribution-verb': (s) => (/ told reporters /.test(s) ? s.replace(' told reporters ', ' said ') : / said\.$/.test(s) ? s.replace(/ said\.$/, ' told reporters.') : null),
}

/** Build `count` pairs from the pages of `group` ('en' | 'other') and `split`. */
export function generatePairsEn({ seed = 1, count = 150, split = 'dev', group = 'en', maxSentences = 16 } = {}) {
  const pool = pagesFor(group, split).filter((p) => p.sentences.length >= 4)
  if (!pool.length) return []
  const pairs = []
  for (let k = 0; k < count; k++) {
    const r = rng(hashSeed('planted-en', group, split, seed, k))
    const page = pool[k % pool.length]
    const from = r.int(0, Math.max(0, page.sentences.length - maxSentences))
    pairs.push(makePair(page, page.sentences.slice(from, from + maxSentences), pool, r, `${group}-${split}-${seed}-${k}`))
  }
  return pairs
}

function makePair(page, A, pool, r, id) {
  const lang = page.lang
  const claimed = new Set()
  const B = A.map((text, i) => ({ text, from: [i], tag: 'untouched' }))
  const gold = []
  const formats = []
  const rewords = []
  const structure = []
  const eligible = (i) => !claimed.has(i) && isEligible(A[i])
  const change = (i, start, end, repl, kind, subtype, extra = {}) => {
    B[i].text = replaceAt(A[i], start, end, repl)
    B[i].tag = kind
    claimed.add(i)
    gold.push({ kind, subtype, ...extra, a: [{ unit: i, start, end }], b: [{ unit: B[i], start, end: start + repl.length }] })
  }

  // name: one token respelt wherever it stands in A
  const spellings = []
  if (r.chance(0.65)) plantName(A, B, claimed, gold, r, spellings, lang)
  // number: digits (not years) or an English number word
  if (r.chance(0.75)) {
    const cands = []
    A.forEach((s, i) => {
      if (!eligible(i)) return
      for (const n of findNumbers(s, lang)) if (!/^(19|20)\d\d$/.test(n.text)) cands.push({ i, n })
      for (const n of findNumberWords(s, lang)) cands.push({ i, n })
    })
    if (cands.length) {
      const { i, n } = r.pick(cands)
      let repl
      if (n.subtype === 'word') {
        const w = r.pick(EN_NUMBER_WORDS.filter((x) => x !== n.text.toLowerCase()))
        repl = /^\p{Lu}/u.test(n.text) ? capFirst(w) : w
      } else repl = changeNumber(n.text, r, lang === 'en' ? '.' : ',')
      if (repl !== n.text) change(i, n.start, n.end, repl, 'number', n.subtype)
    }
  }
  // rewording that keeps every fact (English)
  if (lang === 'en' && r.chance(0.6)) {
    for (const type of r.shuffle(Object.keys(REWORDS))) {
      const cands = A.map((_, i) => i).filter((i) => eligible(i) && REWORDS[type](A[i]))
      if (!cands.length) continue
      // half the time a sentence with a date, which the date step may then change in the reworded copy
      const dated = cands.filter((i) => findDates(A[i], lang).length)
      const i = r.pick(dated.length && r.chance(0.5) ? dated : cands)
      B[i].text = REWORDS[type](A[i])
      B[i].tag = `reword:${type}`
      claimed.add(i)
      rewords.push({ type, aUnit: i })
      break
    }
  }
  // date: a day, a weekday or a year, in a sentence kept as it was or in one reworded (a rewording
  // touches no date, so A's dates and B's stand in the same order)
  if (r.chance(0.6)) {
    const cands = []
    A.forEach((s, i) => {
      const reworded = B[i].tag.startsWith('reword:')
      if (!eligible(i) && !reworded) return
      const inB = findDates(B[i].text, lang)
      findDates(s, lang).forEach((d, k) => { if (!reworded || inB[k]?.text === d.text) cands.push({ i, d, b: reworded ? inB[k] : d }) })
    })
    if (cands.length) {
      const inReworded = cands.filter((c) => B[c.i].tag.startsWith('reword:'))
      const { i, d, b } = r.pick(inReworded.length && r.chance(0.5) ? inReworded : cands)
      const repl = changeDate(d, r, lang)
      if (repl !== d.text) {
        const extra = d.form === 'year' ? { alsoKind: 'number' } : {}
        if (B[i].tag.startsWith('reword:')) {
          B[i].text = replaceAt(B[i].text, b.start, b.end, repl)
          gold.push({ kind: 'date', subtype: d.form, ...extra, a: [{ unit: i, start: d.start, end: d.end }], b: [{ unit: B[i], start: b.start, end: b.start + repl.length }] })
        } else change(i, d.start, d.end, repl, 'date', d.form, extra)
      }
    }
  }
  // format-only variants: up to 3, rare kinds first
  {
    let n = 0
    const want = r.int(1, 3)
    for (const type of FORMAT_ORDER) {
      if (n >= want) break
      const cands = A.map((_, i) => i).filter((i) => eligible(i) && FORMAT_MAKERS[type](A[i], lang))
      if (!cands.length) continue
      if ((type === 'unicode' || type === 'quotes' || type === 'title-period') && !r.chance(0.5)) continue
      const i = r.pick(cands)
      const v = FORMAT_MAKERS[type](A[i], lang)
      B[i].text = v.text
      B[i].tag = `format:${type}`
      claimed.add(i)
      formats.push({ type, a: { unit: i, start: v.aStart, end: v.aEnd }, b: { unit: B[i], start: v.bStart, end: v.bEnd } })
      n++
    }
  }
  // structure: one or two of drop / insert / merge / split / reorder
  const nOps = r.chance(0.4) ? 2 : 1
  let done = 0
  for (const op of r.shuffle(['drop', 'insert', 'merge', 'split', 'reorder'])) {
    if (done >= nOps) break
    if (structureOp(op, { B, claimed, r, structure }, structureRules(page, pool, spellings, lang, A))) done++
  }
  return assemble({ id, page, A, B, gold, formats, rewords, structure, r, lang })
}

function plantName(A, B, claimed, gold, r, spellings, lang) {
  const cands = []
  A.forEach((s, i) => { if (isEligible(s)) for (const n of findNames(s, lang)) for (const t of n.tokens) if (t.text.length >= 4 && !isGeneric(t.text)) cands.push(t) })
  for (const t of r.shuffle(cands).slice(0, 8)) {
    const options = respellings(t.text)
    // a doubled or undoubled letter first: the commonest newsroom respelling
    const strong = options.filter((o) => o.type !== 'letter-swap')
    const o = r.pick(strong.length && r.chance(0.7) ? strong : options)
    if (!o) continue
    const re = wordRe(t.text, 'gu')
    const hits = A.flatMap((s, i) => [...s.matchAll(re)].map((m) => ({ i, start: m.index })))
    if (!hits.length || hits.some((h) => claimed.has(h.i)) || A.some((s) => wordRe(o.text).test(s))) continue
    const g = { kind: 'name', subtype: o.type, a: [], b: [] }
    const delta = o.text.length - t.text.length
    for (const i of new Set(hits.map((h) => h.i))) {
      const starts = hits.filter((h) => h.i === i).map((h) => h.start).sort((x, y) => x - y)
      let text = A[i]
      for (const st of [...starts].reverse()) text = replaceAt(text, st, st + t.text.length, o.text)
      starts.forEach((st, k) => {
        g.a.push({ unit: i, start: st, end: st + t.text.length })
        g.b.push({ unit: B[i], start: st + k * delta, end: st + k * delta + o.text.length })
      })
      B[i].text = text
      B[i].tag = 'name'
      claimed.add(i)
    }
    gold.push(g)
    spellings.push(t.text, o.text)
    return
  }
}

const SPLIT_AT = { en: /, (?:and|but|while) |; /gu, fr: /, (?:et|mais) |; /gu, es: /, (?:y|pero) |; /gu, de: /, (?:und|aber) |; /gu, pt: /, (?:e|mas) |; /gu }

/** The rules of the shared structure operations (planted-structure.mjs) for a page of `lang`. */
function structureRules(page, pool, avoid, lang, A) {
  const pageWords = [...new Set(A.flatMap(capitalWords))]
  return {
    // a body sentence: a dropped caption, list line or link is no missing fact of the story
    droppable: isEligible,
    // a sentence of another page of the same language (the pool's other pages, else any of the group)
    donors: () => {
      const donors = pool.filter((p) => p.name !== page.name && p.lang === page.lang)
      return donors.length ? donors : pagesFor(page.lang === 'en' ? 'en' : 'other', 'all').filter((p) => p.name !== page.name && p.lang === page.lang)
    },
    // nor one naming someone a letter off a name of the page ("Werner" into a page of "Warner"): the
    // engine reads it as a respelling, which the gold does not plant
    insertable: (s) => isEligible(s) && findFacts(s, lang).length && !avoid.some((w) => wordRe(w).test(s)) && !capitalWords(s).some((w) => pageWords.some((p) => oneEditApart(w, p))),
    inserted: () => ({}),
    // a piece of a quotation cut by the page's sentence split ("Same high standards,” reads one.")
    // merged with the next would join what the engine keeps in one quoted sentence
    mergeable: (s, next) => /\p{L}\.$/u.test(s) && quotesClosed(s) && quotesClosed(next),
    splitAt: SPLIT_AT[lang],
    quoted: /["“”«»]/,
    eligible: isEligible,
  }
}

/** Paragraphs of 1–3 sentences. */
function buildText(units, r) {
  let text = ''
  const ranges = []
  let inPara = 0
  let size = r.int(1, 3)
  units.forEach((u, i) => {
    if (i > 0) {
      if (inPara >= size || !TERMINAL.test(units[i - 1].text) || !TERMINAL.test(u.text)) { text += '\n\n'; inPara = 0; size = r.int(1, 3) } else text += ' '
    }
    ranges.push({ start: text.length, end: text.length + u.text.length })
    text += u.text
    inPara++
  })
  return { text: text + '\n', ranges }
}

function factPresent(f, text, lang) {
  // "Bin Laden" is still named by "bin Laden"; "United States" by "US" or "U.S." (its initials)
  // and "Tom Forte" by "Forte said" (a first name and a family name, the family name alone)
  if (f.type === 'name') return wordRe(f.text, 'iu').test(text) || initialsIn(f.text, text) || familyNameIn(f.text, text)
  return findFacts(text, lang).some((g) => g.type === f.type && g.key === f.key) || (f.type === 'number' && new RegExp(`(?<![\\p{N}.,])${escapeRe(f.text)}(?![\\p{N}]|[.,]\\d)`, 'u').test(text))
}

function initialsIn(name, text) {
  const words = name.split(' ')
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return false
  const letters = words.map((w) => w[0])
  return wordRe(letters.join(''), 'u').test(text) || wordRe(`${letters.join('.')}.`, 'u').test(text)
}

function familyNameIn(name, text) {
  const words = name.split(' ')
  return words.length === 2 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isGeneric(w)) && wordRe(words[1], 'u').test(text)
}

/** Whether two words differ by one letter changed, added or dropped, or two neighbours swapped. */
function oneEditApart(x, y) {
  // a plural is no respelling (Democrat / Democrats)
  if (x === y || Math.abs(x.length - y.length) > 1 || x === `${y}s` || y === `${x}s`) return false
  let i = 0
  while (i < x.length && x[i] === y[i]) i++
  if (x.length === y.length) return x.slice(i + 1) === y.slice(i + 1) || (x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2) === y.slice(i + 2))
  return x.length > y.length ? x.slice(i + 1) === y.slice(i) : x.slice(i) === y.slice(i + 1)
}

const capitalWords = (s) => [...s.matchAll(/(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]{3,}/gu)].map((m) => m[0])

function assemble({ id, page, A, B, gold, formats, rewords, structure, r, lang }) {
  const aBuilt = buildText(A.map((text) => ({ text })), r)
  const bBuilt = buildText(B, r)
  const aUnits = aBuilt.ranges.map((rg, i) => ({ start: rg.start, end: rg.end, tag: B.find((u) => u.from.includes(i))?.tag ?? 'dropped' }))
  const bUnits = bBuilt.ranges.map((rg, j) => ({ start: rg.start, end: rg.end, from: B[j].from, tag: B[j].tag }))
  const bIndex = new Map(B.map((u, j) => [u, j]))
  const globalA = (sp) => ({ start: aBuilt.ranges[sp.unit].start + sp.start, end: aBuilt.ranges[sp.unit].start + sp.end })
  const globalB = (sp) => { const j = bIndex.get(sp.unit); return { start: bBuilt.ranges[j].start + sp.start, end: bBuilt.ranges[j].start + sp.end } }
  const withText = (text) => (g) => ({ ...g, text: text.slice(g.start, g.end) })
  // missing facts: one gold per distinct fact and side; every occurrence is an acceptable span
  const missing = new Map()
  // one value counting two things ("11 écologistes (sur 18), 11 UDI") is two facts
  const addMissing = (f, side, unit, sentence) => {
    const counted = f.type === 'number' ? /^\s?([\p{L}\p{M}-]*)/u.exec(sentence.slice(f.end))[1].toLowerCase() : ''
    const key = `${side}:${f.type}:${f.key}:${counted}`
    if (!missing.has(key)) { missing.set(key, { kind: 'missing', subtype: f.type, factType: f.type, a: [], b: [] }); gold.push(missing.get(key)) }
    missing.get(key)[side].push({ unit, start: f.start, end: f.end })
  }
  for (const st of structure) {
    if (st.op === 'drop') { for (const f of findFacts(A[st.aUnit], lang)) if (!factPresent(f, bBuilt.text, lang)) addMissing(f, 'a', st.aUnit, A[st.aUnit]) }
    else if (st.op === 'insert') { for (const f of findFacts(st.unit.text, lang)) if (!factPresent(f, aBuilt.text, lang)) addMissing(f, 'b', st.unit, st.unit.text) }
  }
  const divergences = gold.map((g) => ({
    kind: g.kind, subtype: g.subtype, ...(g.factType ? { factType: g.factType } : {}), ...(g.alsoKind ? { alsoKind: g.alsoKind } : {}),
    a: g.a.map(globalA).map(withText(aBuilt.text)), b: g.b.map(globalB).map(withText(bBuilt.text)),
  }))
  const fmt = formats.map((f) => ({ type: f.type, a: withText(aBuilt.text)(globalA(f.a)), b: withText(bBuilt.text)(globalB(f.b)) }))
  // gold alignment groups: connected components of the A-unit / B-unit links
  const groups = []
  const seenA = new Set()
  for (let i = 0; i < A.length; i++) {
    if (seenA.has(i)) continue
    const as = new Set([i])
    const bs = new Set()
    for (let grew = true; grew;) {
      grew = false
      B.forEach((u, j) => { if (!bs.has(j) && u.from.some((x) => as.has(x))) { bs.add(j); grew = true; u.from.forEach((x) => as.add(x)) } })
    }
    as.forEach((x) => seenA.add(x))
    if (bs.size) groups.push({ a: [...as].sort((x, y) => x - y), b: [...bs].sort((x, y) => x - y) })
  }
  const planted = {}
  for (const g of divergences) planted[g.kind] = (planted[g.kind] || 0) + 1
  for (const f of fmt) planted[`format:${f.type}`] = (planted[`format:${f.type}`] || 0) + 1
  for (const w of rewords) planted[`reword:${w.type}`] = (planted[`reword:${w.type}`] || 0) + 1
  for (const s of structure) planted[`structure:${s.op}`] = (planted[`structure:${s.op}`] || 0) + 1
  return {
    id, base: { page: page.name, lang }, a: aBuilt.text, b: bBuilt.text, aUnits, bUnits,
    gold: { divergences, alignments: groups }, formats: fmt, rewords,
    structure: structure.map((s) => ({ op: s.op, ...(s.aUnit !== undefined ? { aUnit: s.aUnit } : {}) })), planted,
  }
}

/** The planted-en task: English dev and test pages, and the French / Spanish / German pages together. */
export async function evalPlantedEn({ lib, seed = 1, count = 300, examplesOut } = {}) {
  const out = { absentPages: absentPages() }
  const n = { dev: Math.round((2 * count) / 3), test: Math.round(count / 3), other: Math.round(count / 3) }
  for (const [key, group, split] of [['dev', 'en', 'dev'], ['test', 'en', 'test'], ['other', 'other', 'all']]) {
    const pairs = generatePairsEn({ seed, count: n[key], split, group })
    const ex = []
    out[key] = pairs.length ? await evalPlanted({ lib, seed, split, pairs, examplesOut: ex }) : { skipped: 'no base pages' }
    if (out[key].skipped) continue
    out[key].pages = pagesFor(group, split).map((p) => p.name)
    if (examplesOut) for (const e of ex) examplesOut.push({ set: key, ...e, page: pairs.find((p) => p.id === e.pair)?.base.page })
  }
  return out
}
