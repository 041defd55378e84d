// Engine-free miner of disagreement-rich fresh pairs (issue 11, round enmine27-1): sentence pairs
// whose two sentences hold values of one kind in a shared context with different values.
//
//   node bench/eval/mine-slots.mjs en|vi [seed=27] [count=60] [--engine]
//
// en: MSRP train pairs (the test file is held out); vi: vnPara lines no gold item uses.
// A candidate is a value on each side absent from the other sentence, of the same kind:
//  - number: digits (1,821 / 21.245 / 17/5 / $5 / 5%) or an English number word; the two must
//    differ as numbers (1,821 = 1821 is not mined);
//  - weekday / month word;
//  - name: two capitalised words (not sentence-initial) of edit distance 1-3, both >= 4 letters;
// and a shared context: a content word (not a stop word, not a value) found within 3 tokens on the
// same side of both values (left of both or right of both), or the same counted noun/unit right
// after both numbers. Values any gold item or judged flag of the same pair already covers are left
// out. Only pairs whose content-word overlap (Jaccard) is at least --overlap=0.3 are kept (one story
// told twice, so a differing value in a shared context is likelier one slot). The candidates are shuffled with mulberry32 (seed) Fisher–Yates and the first `count` pairs
// printed with every mined value pair; --engine also prints compare()'s contradictions (only after
// the pairs were judged). The miner itself never calls the engine.
import fs from 'node:fs'
import path from 'node:path'
import { corporaDir, mulberry32, repoRoot } from './metrics.mjs'

const args = process.argv.slice(2).filter((x) => !x.startsWith('--'))
const lang = args[0] ?? 'en'
const seed = Number(args[1] ?? 27)
const count = Number(args[2] ?? 60)
const MIN_OVERLAP = Number(process.argv.find((x) => x.startsWith('--overlap='))?.slice(10) ?? 0.3)
const withEngine = process.argv.includes('--engine')
const gold = (f) => JSON.parse(fs.readFileSync(path.join(repoRoot, 'test/fixtures/real-divergences', f), 'utf8'))

const EN_NUMW = new Map(Object.entries({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12 }))
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|thứ|chủ)$/i
const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i
const STOP = new Set(`the a an of to in on at for and or but by with from as is are was were be been has have had it its this that these those he she they we i you his her their our which who whom than then said says say also not no more less about over under after before up down out into per while when where there here would will could should can may might do did does
là của và các những có được trong với cho đã này đó khi đến từ tại theo về như một nhiều người không cũng thì mà nên vào ra lên để bị do sẽ đang rằng năm tháng ngày hơn trên dưới gần khoảng này nay`.split(/\s+/))

const isNum = (t) => /\d/.test(t) || EN_NUMW.has(t.toLowerCase())
const numValue = (t) => {
  const w = EN_NUMW.get(t.toLowerCase())
  if (w != null) return String(w)
  if (/\d\/\d/.test(t)) return t
  // Vietnamese 21.245 / 1.000 is grouping; English 1,821 is grouping: drop both separators of a grouped figure.
  const g = t.replace(/[$%€£]/g, '')
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(g)) return g.replace(/[.,]/g, '')
  return g.replace(/,(?=\d)/g, lang === 'vi' ? '.' : '')
}
const kindOf = (t, i) => {
  if (isNum(t)) return 'number'
  if (WEEKDAY.test(t) && lang === 'en') return 'weekday'
  if (MONTH.test(t)) return 'month'
  if (i > 0 && /^\p{Lu}[\p{L}'’-]{3,}$/u.test(t)) return 'name'
  return null
}
// Possessive 's and curly quotes are dropped from a word (Microsoft’s = Microsoft's = Microsoft).
const tokens = (s) => [...s.matchAll(/[$€£]?\d[\d.,/:]*\d%?|[$€£]?\d%?|[\p{L}][\p{L}\p{M}-]*/gu)].map((m) => ({ t: m[0].replace(/[.,]$/, ''), i: m.index }))
const words = (s) => new Set((s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP.has(w)))
/** Share of content words the two sentences hold in common (Jaccard): the pair must tell one story. */
function overlap(a, b) {
  const x = words(a), y = words(b)
  let n = 0
  for (const w of x) if (y.has(w)) n++
  return n / (x.size + y.size - n || 1)
}
function lev(a, b) {
  const p = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let d = p[0]; p[0] = i
    for (let j = 1; j <= b.length; j++) { const u = p[j]; p[j] = Math.min(p[j] + 1, p[j - 1] + 1, d + (a[i - 1] === b[j - 1] ? 0 : 1)); d = u }
  }
  return p[b.length]
}
const content = (t) => !STOP.has(t.toLowerCase()) && !isNum(t) && t.length >= 2
function context(toks, k, side) {
  const out = new Set()
  for (let d = 1; d <= 3; d++) {
    const x = toks[k + side * d]
    if (x && content(x.t)) out.add(x.t.toLowerCase())
  }
  return out
}
function mine(a, b, covered) {
  const ta = tokens(a), tb = tokens(b)
  const va = new Set(ta.filter((x, i) => kindOf(x.t, i)).map((x) => (isNum(x.t) ? numValue(x.t) : x.t)))
  const vb = new Set(tb.filter((x, i) => kindOf(x.t, i)).map((x) => (isNum(x.t) ? numValue(x.t) : x.t)))
  const out = []
  for (const [i, x] of ta.entries()) {
    const kx = kindOf(x.t, i)
    if (!kx) continue
    const nx = kx === 'number' ? numValue(x.t) : x.t
    if (vb.has(nx) || b.includes(x.t) || covered(x.i, x.i + x.t.length, 'a')) continue
    for (const [j, y] of tb.entries()) {
      const ky = kindOf(y.t, j)
      if (ky !== kx) continue
      const ny = ky === 'number' ? numValue(y.t) : y.t
      if (va.has(ny) || a.includes(y.t) || nx === ny || covered(y.i, y.i + y.t.length, 'b')) continue
      if (kx === 'name') { const d = lev(x.t.toLowerCase(), y.t.toLowerCase()); if (d < 1 || d > 3) continue }
      const why = []
      for (const side of [-1, 1]) {
        const cx = context(ta, i, side), cy = context(tb, j, side)
        for (const w of cx) if (cy.has(w)) why.push(`${side < 0 ? '<' : '>'}${w}`)
      }
      if (kx === 'number' && ta[i + 1] && tb[j + 1] && ta[i + 1].t.toLowerCase() === tb[j + 1].t.toLowerCase() && !why.includes(`>${ta[i + 1].t.toLowerCase()}`)) why.push(`unit ${ta[i + 1].t}`)
      if (why.length) out.push({ kind: kx, a: x.t, b: y.t, aStart: x.i, bStart: y.i, why })
    }
  }
  return out
}

const pairs = []
if (lang === 'en') {
  const en = gold('en-dev.json'), miss = gold('missing-dev.json')
  const spans = new Map()
  for (const x of [...en.items, ...(en.judged ?? []), ...miss.items.filter((m) => m.lang === 'en')]) {
    if (x.id1 == null) continue
    const k = `${x.id1}|${x.id2}`
    if (!spans.has(k)) spans.set(k, [])
    spans.get(k).push(x)
  }
  const lines = fs.readFileSync(path.join(corporaDir, 'msrp/msr_paraphrase_train.txt'), 'utf8').replace(/^\uFEFF/, '').split('\n').slice(1)
  for (const line of lines) {
    const [quality, id1, id2, a0, b0] = line.split('\t')
    if (!b0) continue
    const a = a0.trim(), b = b0.trim()
    const gs = spans.get(`${id1}|${id2}`) ?? []
    const covered = (s, e, side) => gs.some((g) => {
      const t = side === 'a' ? g.aText : g.bText, sent = side === 'a' ? a : b
      if (!t) return false
      const at = sent.indexOf(t)
      return at >= 0 && at < e && at + t.length > s
    })
    const found = mine(a, b, covered)
    if (found.length && overlap(a, b) >= MIN_OVERLAP) pairs.push({ label: `msrp ${id1} ${id2} q${quality}`, a, b, found })
  }
} else {
  const used = new Set(gold('vi-dev.json').items.filter((x) => x.file === 'vnpara').map((x) => x.line))
  for (const x of gold('missing-dev.json').items) if (x.file === 'vnpara') used.add(x.line)
  const s1 = fs.readFileSync(path.join(corporaDir, 'vnpara/Sentences1.txt'), 'utf8').split('\n')
  const s2 = fs.readFileSync(path.join(corporaDir, 'vnpara/Sentences2.txt'), 'utf8').split('\n')
  const labels = fs.readFileSync(path.join(corporaDir, 'vnpara/Labels.txt'), 'utf8').split('\n')
  for (let n = 1; n <= s1.length; n++) {
    if (used.has(n) || !s1[n - 1]?.trim() || !s2[n - 1]?.trim()) continue
    const a = s1[n - 1].trim().normalize('NFC'), b = s2[n - 1].trim().normalize('NFC')
    const found = mine(a, b, () => false)
    if (found.length && overlap(a, b) >= MIN_OVERLAP) pairs.push({ label: `vnpara ${n} label ${labels[n - 1]?.trim()}`, a, b, found })
  }
}
const rand = mulberry32(seed)
for (let i = pairs.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [pairs[i], pairs[j]] = [pairs[j], pairs[i]] }
const lib = withEngine ? await import(path.join(repoRoot, 'dist/index.js')) : null
console.log(`# ${lang}: ${pairs.length} mined pairs; seed ${seed}; first ${count}`)
for (const [k, p] of pairs.slice(0, count).entries()) {
  console.log(`\n#${k} ${p.label}\nA: ${p.a}\nB: ${p.b}`)
  for (const f of p.found) console.log(`  ${f.kind} ${JSON.stringify(f.a)}@${f.aStart} | ${JSON.stringify(f.b)}@${f.bStart}  [${f.why.join(' ')}]`)
  if (lib) for (const d of lib.compare(p.a, p.b).divergences.filter((d) => d.kind !== 'missing')) console.log(`  FLAG ${d.kind} ${JSON.stringify(d.a?.text)} | ${JSON.stringify(d.b?.text)} conf ${d.confidence}`)
}
