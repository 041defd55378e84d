// Per-round figures of the real task's gold (issue 11): how the engine does on the items of each round.
//
//   node bench/eval/rounds.mjs [round ...] [--min=0] [--list]
//
// For each round of test/fixtures/real-divergences/{vi,en,ecbplus,danes,gunviolence,vims,mcgill,abmusu,cstnews,rpm2,indosum,fakes,basil,allsides,newswcl50,tgnews,semeval8-de,semeval8-tr,semeval8-en,semeval8-es,semeval8-pl,semeval8-ar,zh-news}-dev.json (items carry `round`; the
// first, unmarked items are listed as '(unmarked)'): recall on its divergences, false alarms on its
// traps, and the default flags judged by its items (correct / wrong), plus the flags nobody judged on
// the pairs that hold its items (unjudged: read them into a round). A round read before its rules and scored
// before them gives a *fresh* figure; scored now it shows what the rules written since do on it.
// --min=T also counts a contradiction of confidence >= T as flagged (candidates below the default
// threshold); --list prints each miss, false alarm and unjudged flag.
import fs from 'node:fs'
import path from 'node:path'
import { corporaDir, loadLibrary, readJsonl } from './metrics.mjs'
import { articleInput, covers, loadRealGold, locateEnglish, oriented } from './real.mjs'

const UNMARKED = '(unmarked)'
const isFlag = (d) => d.kind !== 'missing'

/** Every pair the gold's items or judged flags sit on, each with its items and judged flags placed in the run's orientation. */
function goldPairs(gold) {
  const pairs = new Map()
  const pairOf = (key, make) => pairs.get(key) ?? pairs.set(key, { ...make(), items: [], judged: [] }).get(key)
  const vmds = new Map(gold.articles.map((a) => [a.id, a]))
  const corpus = path.join(corporaDir, 'vmds/articles.jsonl')
  if (fs.existsSync(corpus)) for (const a of readJsonl(corpus)) if (a.cluster <= 100 && !vmds.has(a.id)) vmds.set(a.id, a)
  const viPair = (e) => {
    if (e.file === 'vnpara') return pairOf(`vnpara ${e.line}`, () => ({ lang: 'vi', label: `vnpara ${e.line}`, a: e.aSentence, b: e.bSentence }))
    const [x, y] = e.a < e.b ? [e.a, e.b] : [e.b, e.a]
    return pairOf(`${x}|${y}`, () => ({ lang: 'vi', label: `c${e.cluster} ${x}~${y}`, aId: x, a: articleInput(vmds.get(x)), b: articleInput(vmds.get(y)) }))
  }
  const viWhere = (e, p) => (e.file === 'vnpara' ? { aStart: e.aStart, aEnd: e.aEnd, bStart: e.bStart, bEnd: e.bEnd } : oriented(e, p.aId !== e.a))
  for (const it of gold.vi.items) { const p = viPair(it); p.items.push({ ...it, where: viWhere(it, p) }) }
  for (const j of gold.vi.judged ?? []) { const p = viPair(j); p.judged.push({ ...j, where: viWhere(j, p) }) }
  const enPair = (e) => pairOf(`${e.id1}|${e.id2}`, () => ({ lang: 'en', label: `msrp ${e.id1}|${e.id2}`, a: e.aSentence, b: e.bSentence }))
  for (const it of gold.en.items) enPair(it).items.push({ ...it, where: locateEnglish(it) })
  for (const j of gold.en.judged ?? []) enPair(j).judged.push({ ...j, where: locateEnglish(j) })
  // ECB+ article pairs (new English text): items carry offsets into the articles.
  const ecb = new Map(gold.ecbplus.articles.map((a) => [a.id, a]))
  const ecbPair = (e) => pairOf(`ecb+ ${e.a}|${e.b}`, () => ({ lang: 'en ECB+', label: `ecb+ ${e.a}~${e.b}`, a: articleInput(ecb.get(e.a)), b: articleInput(ecb.get(e.b)) }))
  for (const it of gold.ecbplus.items) ecbPair(it).items.push({ ...it, where: { aStart: it.aStart, aEnd: it.aEnd, bStart: it.bStart, bEnd: it.bEnd } })
  // DANeS headline+lede pairs (new Vietnamese text): items carry offsets into the records.
  const danes = new Map(gold.danes.articles.map((a) => [a.id, a]))
  const danesPair = (e) => pairOf(`danes ${e.a}|${e.b}`, () => ({ lang: 'vi DANeS', label: `danes ${e.a}~${e.b}`, a: articleInput(danes.get(e.a)), b: articleInput(danes.get(e.b)) }))
  for (const it of gold.danes.items) danesPair(it).items.push({ ...it, where: { aStart: it.aStart, aEnd: it.aEnd, bStart: it.bStart, bEnd: it.bEnd } })
  // Gun-violence incident article pairs (new English text): items and judged flags carry offsets into the articles.
  const gvc = new Map(gold.gunviolence.articles.map((a) => [a.id, a]))
  const gvcPair = (e) => pairOf(`gvc ${e.a}|${e.b}`, () => ({ lang: 'en GVC', label: `gvc ${e.a}~${e.b}`, a: articleInput(gvc.get(e.a)), b: articleInput(gvc.get(e.b)) }))
  const gvcWhere = (e) => ({ aStart: e.aStart, aEnd: e.aEnd, bStart: e.bStart, bEnd: e.bEnd })
  for (const it of gold.gunviolence.items) gvcPair(it).items.push({ ...it, where: gvcWhere(it) })
  for (const j of gold.gunviolence.judged ?? []) gvcPair(j).judged.push({ ...j, where: gvcWhere(j) })
  // ViMs same-event article pairs (new Vietnamese text): items and judged flags carry offsets into the articles.
  const vims = new Map(gold.vims.articles.map((a) => [a.id, a]))
  const vimsPair = (e) => pairOf(`vims ${e.a}|${e.b}`, () => ({ lang: 'vi ViMs', label: `vims ${e.a}~${e.b}`, a: articleInput(vims.get(e.a)), b: articleInput(vims.get(e.b)) }))
  for (const it of gold.vims.items) vimsPair(it).items.push({ ...it, where: gvcWhere(it) })
  for (const j of gold.vims.judged ?? []) vimsPair(j).judged.push({ ...j, where: gvcWhere(j) })
  // English same-story article pairs of five November 2018 clusters (new text): offsets into the articles.
  const mcgill = new Map(gold.mcgill.articles.map((a) => [a.id, a]))
  const mcgillPair = (e) => pairOf(`mcgill ${e.a}|${e.b}`, () => ({ lang: 'en McGill', label: `mcgill ${e.a}~${e.b}`, a: articleInput(mcgill.get(e.a)), b: articleInput(mcgill.get(e.b)) }))
  for (const it of gold.mcgill.items) mcgillPair(it).items.push({ ...it, where: gvcWhere(it) })
  for (const j of gold.mcgill.judged ?? []) mcgillPair(j).judged.push({ ...j, where: gvcWhere(j) })
  // Vietnamese same-event article pairs of ten AbMuSu clusters (new text): offsets into the articles.
  const abmusu = new Map(gold.abmusu.articles.map((a) => [a.id, a]))
  const abmusuPair = (e) => pairOf(`abmusu ${e.a}|${e.b}`, () => ({ lang: 'vi AbMuSu', label: `abmusu ${e.a}~${e.b}`, a: articleInput(abmusu.get(e.a)), b: articleInput(abmusu.get(e.b)) }))
  for (const it of gold.abmusu.items) abmusuPair(it).items.push({ ...it, where: gvcWhere(it) })
  for (const j of gold.abmusu.judged ?? []) abmusuPair(j).judged.push({ ...j, where: gvcWhere(j) })
  // Brazilian Portuguese same-event article pairs of nine CSTNews clusters (new text, a third language): offsets into the articles.
  const cstnews = new Map(gold.cstnews.articles.map((a) => [a.id, a]))
  const cstnewsPair = (e) => pairOf(`cstnews ${e.a}|${e.b}`, () => ({ lang: 'pt CSTNews', label: `cstnews ${e.a}~${e.b}`, a: articleInput(cstnews.get(e.a)), b: articleInput(cstnews.get(e.b)) }))
  for (const it of gold.cstnews.items) cstnewsPair(it).items.push({ ...it, where: gvcWhere(it) })
  for (const j of gold.cstnews.judged ?? []) cstnewsPair(j).judged.push({ ...j, where: gvcWhere(j) })
  // French same-event article pairs of five RPM2 themes (new text, a fourth language): offsets into the articles.
  const rpm2 = new Map(gold.rpm2.articles.map((a) => [a.id, a]))
  const rpm2Pair = (e) => pairOf(`rpm2 ${e.a}|${e.b}`, () => ({ lang: 'fr RPM2', label: `rpm2 ${e.a}~${e.b}`, a: articleInput(rpm2.get(e.a)), b: articleInput(rpm2.get(e.b)) }))
  for (const it of gold.rpm2.items) rpm2Pair(it).items.push({ ...it, where: gvcWhere(it) })
  for (const j of gold.rpm2.judged ?? []) rpm2Pair(j).judged.push({ ...j, where: gvcWhere(j) })
  // Indonesian same-event article pairs of IndoSum (new text, a fifth language): offsets into the articles.
  const indosum = new Map(gold.indosum.articles.map((a) => [a.id, a]))
  const indosumPair = (e) => pairOf(`indosum ${e.a}|${e.b}`, () => ({ lang: 'id IndoSum', label: `indosum ${e.a}~${e.b}`, a: articleInput(indosum.get(e.a)), b: articleInput(indosum.get(e.b)) }))
  for (const it of gold.indosum.items) indosumPair(it).items.push({ ...it, where: gvcWhere(it) })
  for (const j of gold.indosum.judged ?? []) indosumPair(j).judged.push({ ...j, where: gvcWhere(j) })
  // English same-event article pairs of FA-KES (new text: Syrian-war tolls across outlets): offsets into the articles.
  const fakes = new Map(gold.fakes.articles.map((a) => [a.id, a]))
  const fakesPair = (e) => pairOf(`fakes ${e.a}|${e.b}`, () => ({ lang: 'en FA-KES', label: `fakes ${e.a}~${e.b}`, a: articleInput(fakes.get(e.a)), b: articleInput(fakes.get(e.b)) }))
  for (const it of gold.fakes.items) fakesPair(it).items.push({ ...it, where: gvcWhere(it) })
  for (const j of gold.fakes.judged ?? []) fakesPair(j).judged.push({ ...j, where: gvcWhere(j) })
  // English same-event article triples of BASIL (new text: US politics, Fox / NYT / HuffPost): offsets into the articles.
  const basil = new Map(gold.basil.articles.map((a) => [a.id, a]))
  const basilPair = (e) => pairOf(`basil ${e.a}|${e.b}`, () => ({ lang: 'en BASIL', label: `basil ${e.a}~${e.b}`, a: articleInput(basil.get(e.a)), b: articleInput(basil.get(e.b)) }))
  for (const it of gold.basil.items) basilPair(it).items.push({ ...it, where: gvcWhere(it) })
  for (const j of gold.basil.judged ?? []) basilPair(j).judged.push({ ...j, where: gvcWhere(j) })
  // English same-event report triples of AllSides (new text, 2021: left / centre / right outlets, headline and opening): offsets into the reports.
  const allsides = new Map(gold.allsides.articles.map((a) => [a.id, a]))
  const allsidesPair = (e) => pairOf(`allsides ${e.a}|${e.b}`, () => ({ lang: 'en AllSides', label: `allsides ${e.a}~${e.b}`, a: articleInput(allsides.get(e.a)), b: articleInput(allsides.get(e.b)) }))
  for (const it of gold.allsides.items) allsidesPair(it).items.push({ ...it, where: gvcWhere(it) })
  for (const j of gold.allsides.judged ?? []) allsidesPair(j).judged.push({ ...j, where: gvcWhere(j) })
  // English same-event articles of NewsWCL50 (new text, April 2018: five outlets from far left to far right): offsets into the articles.
  const wcl = new Map(gold.newswcl50.articles.map((a) => [a.id, a]))
  const wclPair = (e) => pairOf(`newswcl50 ${e.a}|${e.b}`, () => ({ lang: 'en NewsWCL50', label: `newswcl50 ${e.a}~${e.b}`, a: articleInput(wcl.get(e.a)), b: articleInput(wcl.get(e.b)) }))
  for (const it of gold.newswcl50.items) wclPair(it).items.push({ ...it, where: gvcWhere(it) })
  for (const j of gold.newswcl50.judged ?? []) wclPair(j).judged.push({ ...j, where: gvcWhere(j) })
  // Russian-language same-event reports of the Telegram contest demo (new text, May 2020): offsets into the reports.
  const tg = new Map(gold.tgnews.articles.map((a) => [a.id, a]))
  const tgPair = (e) => pairOf(`tgnews ${e.a}|${e.b}`, () => ({ lang: 'rus TGNews', label: `tgnews ${e.a}~${e.b}`, a: articleInput(tg.get(e.a)), b: articleInput(tg.get(e.b)) }))
  for (const it of gold.tgnews.items) tgPair(it).items.push({ ...it, where: gvcWhere(it) })
  for (const j of gold.tgnews.judged ?? []) tgPair(j).judged.push({ ...j, where: gvcWhere(j) })
  // German same-event reports of SemEval-2022 Task 8's pairs (new text, Dec 2019 - May 2020): offsets into the reports.
  const se = new Map(gold.semeval8de.articles.map((a) => [a.id, a]))
  const sePair = (e) => pairOf(`semeval8de ${e.a}|${e.b}`, () => ({ lang: 'deu SemEval8', label: `semeval8de ${e.a}~${e.b}`, a: articleInput(se.get(e.a)), b: articleInput(se.get(e.b)) }))
  for (const it of gold.semeval8de.items) sePair(it).items.push({ ...it, where: gvcWhere(it) })
  for (const j of gold.semeval8de.judged ?? []) sePair(j).judged.push({ ...j, where: gvcWhere(j) })
  // Turkish same-event reports of SemEval-2022 Task 8's pairs (new text, Jan - Jun 2020): offsets into the reports.
  const st = new Map(gold.semeval8tr.articles.map((a) => [a.id, a]))
  const stPair = (e) => pairOf(`semeval8tr ${e.a}|${e.b}`, () => ({ lang: 'tur SemEval8', label: `semeval8tr ${e.a}~${e.b}`, a: articleInput(st.get(e.a)), b: articleInput(st.get(e.b)) }))
  for (const it of gold.semeval8tr.items) stPair(it).items.push({ ...it, where: gvcWhere(it) })
  for (const j of gold.semeval8tr.judged ?? []) stPair(j).judged.push({ ...j, where: gvcWhere(j) })
  // English same-event reports of SemEval-2022 Task 8's pairs (new text, Dec 2019 - Feb 2020): offsets into the reports.
  const sn = new Map(gold.semeval8en.articles.map((a) => [a.id, a]))
  const snPair = (e) => pairOf(`semeval8en ${e.a}|${e.b}`, () => ({ lang: 'eng SemEval8', label: `semeval8en ${e.a}~${e.b}`, a: articleInput(sn.get(e.a)), b: articleInput(sn.get(e.b)) }))
  for (const it of gold.semeval8en.items) snPair(it).items.push({ ...it, where: gvcWhere(it) })
  for (const j of gold.semeval8en.judged ?? []) snPair(j).judged.push({ ...j, where: gvcWhere(j) })
  // Spanish same-event reports of SemEval-2022 Task 8's pairs (new text, Dec 2019 - May 2020): offsets into the reports.
  const ss = new Map(gold.semeval8es.articles.map((a) => [a.id, a]))
  const ssPair = (e) => pairOf(`semeval8es ${e.a}|${e.b}`, () => ({ lang: 'spa SemEval8', label: `semeval8es ${e.a}~${e.b}`, a: articleInput(ss.get(e.a)), b: articleInput(ss.get(e.b)) }))
  for (const it of gold.semeval8es.items) ssPair(it).items.push({ ...it, where: gvcWhere(it) })
  for (const j of gold.semeval8es.judged ?? []) ssPair(j).judged.push({ ...j, where: gvcWhere(j) })
  // Polish same-event reports of SemEval-2022 Task 8's pairs (new text, Dec 2019 - Jun 2020): offsets into the reports.
  const sp = new Map(gold.semeval8pl.articles.map((a) => [a.id, a]))
  const spPair = (e) => pairOf(`semeval8pl ${e.a}|${e.b}`, () => ({ lang: 'pol SemEval8', label: `semeval8pl ${e.a}~${e.b}`, a: articleInput(sp.get(e.a)), b: articleInput(sp.get(e.b)) }))
  for (const it of gold.semeval8pl.items) spPair(it).items.push({ ...it, where: gvcWhere(it) })
  for (const j of gold.semeval8pl.judged ?? []) spPair(j).judged.push({ ...j, where: gvcWhere(j) })
  // Arabic same-event reports of SemEval-2022 Task 8's pairs (new text, Jan - Jun 2020): offsets into the reports.
  const sa = new Map(gold.semeval8ar.articles.map((a) => [a.id, a]))
  const saPair = (e) => pairOf(`semeval8ar ${e.a}|${e.b}`, () => ({ lang: 'ara SemEval8', label: `semeval8ar ${e.a}~${e.b}`, a: articleInput(sa.get(e.a)), b: articleInput(sa.get(e.b)) }))
  for (const it of gold.semeval8ar.items) saPair(it).items.push({ ...it, where: gvcWhere(it) })
  for (const j of gold.semeval8ar.judged ?? []) saPair(j).judged.push({ ...j, where: gvcWhere(j) })
  // Chinese same-event reports from stored news pages (new text, 2004 - 2023): offsets into the reports.
  const zn = new Map(gold.zhnews.articles.map((a) => [a.id, a]))
  const znPair = (e) => pairOf(`zhnews ${e.a}|${e.b}`, () => ({ lang: 'zho news', label: `zhnews ${e.a}~${e.b}`, a: articleInput(zn.get(e.a)), b: articleInput(zn.get(e.b)) }))
  for (const it of gold.zhnews.items) znPair(it).items.push({ ...it, where: gvcWhere(it) })
  for (const j of gold.zhnews.judged ?? []) znPair(j).judged.push({ ...j, where: gvcWhere(j) })
  return [...pairs.values()]
}

/** Per (language, round): the figures of its items, and the flags on the pairs holding them. */
export function evaluateRounds(lib, { rounds = null, min = null } = {}) {
  const gold = loadRealGold()
  const want = (r) => !rounds || rounds.includes(r)
  const table = new Map()
  const row = (lang, round) => table.get(`${lang} ${round}`) ?? table.set(`${lang} ${round}`, { lang, round, divergences: 0, found: 0, traps: 0, alarms: 0, correct: 0, wrong: 0, unjudged: 0, missed: [], falseAlarms: [], unjudgedFlags: [] }).get(`${lang} ${round}`)
  for (const p of goldPairs(gold)) {
    const roundsHere = [...new Set(p.items.map((it) => it.round ?? UNMARKED))].filter(want)
    if (!roundsHere.length) continue
    const options = min == null ? undefined : { minConfidence: Math.min(min, 0.5) }
    const report = lib.compare(p.a, p.b, options)
    const flags = report.divergences.filter((d) => isFlag(d) && (min == null || d.confidence >= min))
    for (const it of p.items) {
      const round = it.round ?? UNMARKED
      if (!want(round)) continue
      const r = row(p.lang, round)
      const hit = flags.some((f) => covers(f, it.where))
      const line = `${p.label} ${it.kind}: ${it.aText} | ${it.bText}`
      if (it.verdict === 'divergence') { r.divergences++; if (hit) r.found++; else r.missed.push(line) }
      else { r.traps++; if (hit) { r.alarms++; r.falseAlarms.push(`${line} (${it.verdict})`) } }
    }
    for (const f of flags) {
      // A judged flag counts for the round of the item (or judged entry) that covers it; an unjudged one for every round of the pair.
      const item = p.items.find((it) => covers(f, it.where))
      const judged = item ? null : p.judged.find((j) => covers(f, j.where))
      const verdict = item ? (item.verdict === 'divergence' ? 'correct' : 'wrong') : judged?.verdict
      const owner = item ? item.round ?? UNMARKED : judged ? judged.round ?? UNMARKED : null
      if (verdict === 'correct' || verdict === 'wrong') {
        if (want(owner)) row(p.lang, owner)[verdict]++
        continue
      }
      for (const round of roundsHere) {
        const r = row(p.lang, round)
        r.unjudged++
        r.unjudgedFlags.push(`${p.label} ${f.kind}: ${f.a?.text} | ${f.b?.text} (${f.confidence?.toFixed?.(2)})`)
      }
    }
  }
  return [...table.values()]
}

const pct = (x, y) => (y === 0 ? '—' : (100 * x / y).toFixed(1))

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const args = process.argv.slice(2)
  const rounds = args.filter((a) => !a.startsWith('--'))
  const min = args.find((a) => a.startsWith('--min='))
  const lib = await loadLibrary()
  const rows = evaluateRounds(lib, { rounds: rounds.length ? rounds : null, min: min ? Number(min.slice(6)) : null })
  console.log('lang\tround\tfound/divergences\trecall\tflagged/traps\tfalse alarms\tflags correct/wrong/unjudged\tprecision')
  for (const r of rows)
    console.log(`${r.lang}\t${r.round}\t${r.found}/${r.divergences}\t${pct(r.found, r.divergences)}\t${r.alarms}/${r.traps}\t${pct(r.alarms, r.traps)}\t${r.correct}/${r.wrong}/${r.unjudged}\t${pct(r.correct, r.correct + r.wrong)}`)
  if (args.includes('--list'))
    for (const r of rows) {
      for (const [what, list] of [['missed', r.missed], ['false alarm', r.falseAlarms], ['unjudged flag', r.unjudgedFlags]])
        for (const l of list) console.log(`${r.lang} ${r.round} ${what}: ${l}`)
    }
}
