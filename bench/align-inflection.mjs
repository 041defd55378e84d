// Issue 11 (align58): do the golds of inflecting languages miss their disagreements because the aligner
// never links the two sentences that state them, and do those sentences share words only in inflected forms?
//
//   node bench/align-inflection.mjs [--gold pl,rus,tr,de] [--verbose]
//
// For every judged item (divergence or trap) of each gold: the sentence of each span, whether one
// alignment of compare() holds both, and, when none does, what words the two sentences share —
// exactly (the comparison tokens, three letters or more, or a figure) and in another form only (two
// different tokens of four letters or more, diacritics dropped, with a common head of four letters
// or more that leaves at most four letters of either: *wyborach* / *wybory*, *Trumpa* / *Trump*). The
// second count is a guess by letters, not a grammar: it is the ceiling of what reading endings could add.
// Also, per gold: alignments, body alignments and `different-events` warnings over its pairs.
// CORROBORATE_DIST picks another build (as the eval does).
import { loadLibrary } from './eval/metrics.mjs'
import { articleInput, loadSemeval8deGold, loadSemeval8plGold, loadSemeval8trGold, loadTgnewsGold } from './eval/real.mjs'

const GOLDS = { pl: loadSemeval8plGold, rus: loadTgnewsGold, tr: loadSemeval8trGold, de: loadSemeval8deGold }
const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined)
const chosen = (arg('--gold') ?? Object.keys(GOLDS).join(',')).split(',')
const verbose = process.argv.includes('--verbose')
const lib = await loadLibrary()

const bare = (t) => t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
const content = (t) => /\d/u.test(t) || [...t].length >= 3
function headShared(x, y) {
  const a = [...bare(x)]
  const b = [...bare(y)]
  if (a.length < 4 || b.length < 4 || a.join('') === b.join('')) return false
  let p = 0
  while (p < a.length && p < b.length && a[p] === b[p]) p++
  return p >= 4 && a.length - p <= 4 && b.length - p <= 4
}
const sentenceAt = (sentences, offset) => sentences.findIndex((s) => s.start <= offset && offset < s.end)

for (const name of chosen) {
  const gold = GOLDS[name]()
  const byId = new Map(gold.articles.map((a) => [a.id, a]))
  const pairs = new Map()
  for (const it of gold.items) {
    const k = `${it.a}|${it.b}`
    if (!pairs.has(k)) pairs.set(k, [])
    pairs.get(k).push(it)
  }
  const tally = { pairs: 0, alignments: 0, body: 0, differentEvents: 0, zeroOverlap: 0 }
  const rows = { divergence: newRow(), trap: newRow() }
  for (const [k, items] of pairs) {
    const [ia, ib] = k.split('|')
    const report = lib.compare(articleInput(byId.get(ia)), articleInput(byId.get(ib)))
    tally.pairs++
    tally.alignments += report.alignments.length
    tally.body += report.alignments.filter((al) => al.role === 'body').length
    if (report.warnings.some((w) => w.code === 'different-events')) tally.differentEvents++
    if (report.overlap.score === 0) tally.zeroOverlap++
    for (const it of items) {
      const row = rows[it.verdict === 'divergence' ? 'divergence' : 'trap']
      const sa = sentenceAt(report.a.sentences, it.aStart)
      const sb = sentenceAt(report.b.sentences, it.bStart)
      row.items++
      if (sa < 0 || sb < 0) { row.unplaced++; continue }
      if (report.alignments.some((al) => al.a.includes(sa) && al.b.includes(sb))) { row.linked++; continue }
      const ta = lib.tokens(report.a.sentences[sa].text).filter(content)
      const tb = lib.tokens(report.b.sentences[sb].text).filter(content)
      const setB = new Set(tb)
      const exact = [...new Set(ta.filter((t) => setB.has(t)))]
      const inflected = [...new Set(ta.filter((t) => !setB.has(t)).flatMap((t) => tb.filter((u) => headShared(t, u)).map((u) => `${t}/${u}`)))]
      row.unlinked++
      if (inflected.length > 0) row.withInflected++
      if (inflected.length > exact.length) row.moreInflected++
      if (verbose && it.verdict === 'divergence') {
        console.log(`  ${name} ${it.a}~${it.b} s${sa}~s${sb} ${it.kind}: ${it.aText} | ${it.bText}`)
        console.log(`     exact (${exact.length}): ${exact.join(' ')}`)
        console.log(`     inflected (${inflected.length}): ${inflected.join(' ')}`)
      }
    }
  }
  console.log(`${name}: ${tally.pairs} pairs, ${tally.alignments} alignments (${tally.body} body), overlap 0 on ${tally.zeroOverlap}, different-events on ${tally.differentEvents}`)
  for (const [verdict, r] of Object.entries(rows)) {
    console.log(`  ${verdict}s ${r.items}: linked ${r.linked}, unlinked ${r.unlinked} (sharing a word in another form ${r.withInflected}, more such words than exact ones ${r.moreInflected}), not placed ${r.unplaced}`)
  }
}

function newRow() {
  return { items: 0, linked: 0, unlinked: 0, withInflected: 0, moreInflected: 0, unplaced: 0 }
}
