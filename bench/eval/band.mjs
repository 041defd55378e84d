// The unflagged band of the real task: contradictions and candidates with a confidence in
// [from, to) on the pairs `node bench/eval.mjs --only real` runs, each with its evidence and the
// gold's verdict (an item, a judged flag, or `unjudged`), and a tally of evidence by verdict.
// Read it before weighing a rule meant to lift real disagreements over the report threshold:
// a rule is worth building only on a feature the real ones carry and the traps do not.
//
//   node bench/eval/band.mjs [--lang vi|en] [--from 0.3] [--to 0.5] [--json]
//
// Vietnamese: every different-outlet pair of VietnameseMDS clusters 1–100 (the development
// clusters; the held-out 101–199 are never read); English: the MSRP train pairs of the gold.
import { loadLibrary } from './metrics.mjs'
import { listBand } from './real.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback
}
const lang = option('lang', 'vi')
if (lang !== 'vi' && lang !== 'en') throw new Error(`--lang must be vi or en, got ${lang}`)
const from = Number(option('from', '0.3'))
const to = Number(option('to', '0.5'))
const rows = listBand(await loadLibrary(), { lang, from, to })

if (args.includes('--json')) {
  console.log(JSON.stringify(rows, null, 1))
} else {
  const side = (v) => (v === 'divergence' || v === 'judged-correct' ? 'real' : v === 'unjudged' ? 'unjudged' : 'trap')
  for (const r of rows) {
    console.log(`${r.confidence.toFixed(2)} ${side(r.verdict).padEnd(8)} ${r.pair} ${r.kind}: ${r.a} | ${r.b}`)
    console.log(`     evidence: ${r.evidence.join('; ')}`)
    if (r.note) console.log(`     gold (${r.verdict}): ${r.note}`)
  }
  // Evidence strings with their figures folded ("sentences share 28% …" → "… N% …"), by verdict.
  const tally = new Map()
  for (const r of rows) {
    for (const e of new Set(r.evidence.map((x) => x.replace(/\([^)]*\)/g, '(…)').replace(/\d+(\.\d+)?/g, 'N')))) {
      const cell = tally.get(e) ?? { real: 0, trap: 0, unjudged: 0 }
      cell[side(r.verdict)]++
      tally.set(e, cell)
    }
  }
  const totals = { real: 0, trap: 0, unjudged: 0 }
  for (const r of rows) totals[side(r.verdict)]++
  console.log(`\n${lang} ${from}–${to}: ${rows.length} pairings, ${totals.real} real, ${totals.trap} traps, ${totals.unjudged} unjudged`)
  console.log('real trap unjudged  evidence')
  for (const [e, c] of [...tally].sort((x, y) => y[1].real + y[1].trap - x[1].real - x[1].trap))
    console.log(`${String(c.real).padStart(4)} ${String(c.trap).padStart(4)} ${String(c.unjudged).padStart(8)}  ${e}`)
}
