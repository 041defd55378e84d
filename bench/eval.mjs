#!/usr/bin/env node
// corroborate's evaluation harness: one command, one table, one JSON file.
//
//   node bench/eval.mjs [--only boundaries,real,planted,planted-en,pages,msrp,vnpara,vmds,names,seed,dedup,warnings,story] [--quick] [--seed N] [--count N]
//   node bench/eval.mjs --check [--only …]
//
// Writes bench/results/eval.json (or eval.quick.json with --quick): deterministic, keys sorted,
// timings left out (they go to stderr). With --only, the other tasks' previous results are kept.
// --check writes nothing: it runs the quick tasks (all but real, vmds and dedup)
// and exits 1 if a metric in FLOORS fell below its value in eval.json (CI runs it).
// The corpora come from CORROBORATE_CORPORA or ../shared/corpora (bench/eval/metrics.mjs); a task
// whose corpora are absent is skipped with a notice, or fails (exit 2) when --only named it.
// See docs/eval.md.
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { corporaDir, loadLibrary, missingCorpora, repoRoot, roundDeep, stableStringify } from './eval/metrics.mjs'

const TASKS = ['boundaries', 'real', 'planted', 'planted-en', 'pages', 'msrp', 'vnpara', 'vmds', 'names', 'seed', 'dedup', 'warnings', 'story']
/** What each task reads from the corpora folder; the seed pair and its gold are in the repository. */
const NEEDS = {
  boundaries: ['vi-news-sentences.jsonl'],
  real: [], // its gold is in test/fixtures; with vmds present it also scores every pair of clusters 1–100
  planted: ['vi-news-sentences.jsonl', 'vmds/articles.jsonl'],
  'planted-en': [], // its base pages are repository fixtures (test/fixtures/html/readability*); absent ones are reported
  pages: ['vi-news-sentences.jsonl', 'vmds/articles.jsonl'],
  msrp: ['msrp/msr_paraphrase_train.txt', 'msrp/msr_paraphrase_test.txt'],
  vnpara: ['vnpara/Sentences1.txt', 'vnpara/Sentences2.txt', 'vnpara/Labels.txt'],
  vmds: ['vmds/articles.jsonl'],
  names: ['names/wd_korean.tsv', 'names/korean_surname_variants.tsv'],
  seed: [],
  dedup: ['vmds/articles.jsonl'],
  warnings: ['vmds/articles.jsonl'],
  story: ['vmds/articles.jsonl'],
}
/** The metrics --check holds to their recorded values: the ones a change to the library can lower. */
const FLOORS = {
  planted: ['kinds.number.precision', 'kinds.number.recall', 'kinds.date.precision', 'kinds.date.recall', 'kinds.name.precision', 'kinds.name.recall', 'kinds.missing.precision', 'kinds.missing.recall', 'alignment.f1'],
  seed: ['alignment.f1', 'divergences.precision', 'divergences.recall', 'equivalences.recall', 'boilerplate.f1'],
  msrp: ['similarityIdf.testF1'],
  vnpara: ['similarityIdf.meanF1'],
  names: ['precision', 'recall'],
  warnings: ['differentEvents.precision', 'differentEvents.recall'],
  story: ['precision', 'recall'],
  // English dev / test pages and the French, Spanish, German, Portuguese ones (planted-en.mjs): deterministic for a seed
  'planted-en': ['dev', 'test', 'other'].flatMap((set) => [
    ...['number', 'date', 'name', 'missing'].flatMap((k) => [`${set}.kinds.${k}.precision`, `${set}.kinds.${k}.recall`]),
    `${set}.alignment.f1`,
  ]),
  pages: ['dev.alignment.f1', 'dev.kinds.number.recall', 'dev.kinds.number.precision', 'test.alignment.f1', 'test.kinds.number.recall', 'test.kinds.number.precision'],
}
/** Metrics that must stay exactly at their recorded value (a format-only variant flagged is a bug). */
const EXACT = { planted: ['format.formatFalseAlarms'], 'planted-en': ['dev.format.formatFalseAlarms', 'test.format.formatFalseAlarms', 'other.format.formatFalseAlarms'] }

const USAGE = `usage: node bench/eval.mjs [--check] [--only ${TASKS.join(',')}] [--quick] [--seed N] [--count N]`

function parseArgs(argv) {
  const opts = { only: undefined, check: false, quick: false, seed: 1, count: undefined }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=')
    const value = () => inline ?? argv[++i]
    if (flag === '--only') opts.only = value().split(',').map((s) => s.trim()).filter(Boolean)
    else if (flag === '--check') opts.check = true
    else if (flag === '--quick') opts.quick = true
    else if (flag === '--seed') opts.seed = Number(value())
    else if (flag === '--count') opts.count = Number(value())
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE)
      process.exit(0)
    } else usageError(`unknown argument ${argv[i]}`)
  }
  for (const t of opts.only ?? []) if (!TASKS.includes(t)) usageError(`unknown task ${t} (tasks: ${TASKS.join(', ')})`)
  // Asked for by name: a task that cannot run is then an error, not a notice.
  opts.explicit = opts.only !== undefined
  opts.only ??= opts.check ? Object.keys(FLOORS) : TASKS
  opts.count ??= opts.quick ? 100 : 300
  return opts
}

function usageError(message) {
  console.error(`eval: ${message}\n${USAGE}`)
  process.exit(2)
}

/** The tasks of `opts.only` whose corpora are present; the others are reported (and fatal when named). */
function runnableTasks(opts, log) {
  const runnable = []
  const absent = []
  for (const name of opts.only) {
    const missing = missingCorpora(NEEDS[name] ?? [])
    if (missing.length) absent.push(`${name} (needs ${missing.join(', ')})`)
    else runnable.push(name)
  }
  if (absent.length) {
    const where = `not found in ${corporaDir}; put the corpora there or set CORROBORATE_CORPORA to their folder (see docs/eval.md)`
    if (opts.explicit) {
      console.error(`eval: cannot run ${absent.join('; ')}: ${where}`)
      process.exit(2)
    }
    log(`notice: skipped ${absent.join('; ')}: ${where}`)
  }
  return runnable
}

const at = (object, path) => path.split('.').reduce((value, key) => value?.[key], object)

/** The metrics of `results` below their value in `recorded` (eval.json keeps four decimals). */
function floorFailures(results, recorded) {
  const failures = []
  for (const [task, metrics] of Object.entries(results)) {
    for (const path of FLOORS[task] ?? []) {
      const floor = at(recorded?.tasks?.[task], path)
      const value = at(metrics, path)
      if (typeof floor !== 'number') failures.push(`${task} ${path}: no recorded value in eval.json`)
      else if (!(Number(value?.toFixed(4)) >= floor)) failures.push(`${task} ${path}: ${value} < recorded ${floor}`)
    }
    for (const path of EXACT[task] ?? []) {
      const want = at(recorded?.tasks?.[task], path)
      if (at(metrics, path) !== want) failures.push(`${task} ${path}: ${at(metrics, path)} ≠ recorded ${want}`)
    }
  }
  return failures
}

const pct = (x) => (typeof x === 'number' && Number.isFinite(x) ? (100 * x).toFixed(1) : String(x))
const num = (x, d = 4) => (typeof x === 'number' && Number.isFinite(x) ? String(Number(x.toFixed(d))) : String(x))

/** Table rows [metric, value, reference] for each task's metrics. */
const ROWS = {
  boundaries(m) {
    if (m.skipped) return [['boundaries', 'skipped', m.skipped]]
    return [
      [`sentence boundaries P / R / F1 (${m.documents} documents; missed ${m.fn}, invented ${m.fp})`, `${pct(m.precision)} / ${pct(m.recall)} / ${pct(m.f1)}`, 'target F1 99.0; was 97.7'],
    ]
  },
  real(m) {
    const rows = []
    for (const x of [m.vi, m.en]) {
      rows.push([`${x.language} recall of real disagreements (${x.found}/${x.divergences})`, pct(x.recall), 'held-out target ≥ 70'])
      rows.push([`${x.language} false alarms on traps (${x.falseAlarms}/${x.traps})`, pct(x.falseAlarmRate), 'held-out target ≤ 5'])
      rows.push([`${x.language} precision of judged flags (${x.correct}/${x.correct + x.wrong}; ${x.unjudgedCount} unjudged of ${x.flags}, ${x.pairs} pairs)`, pct(x.precision), 'held-out target ≥ 85'])
      const mp = x.missing
      rows.push([`${x.language} precision of missing facts (${mp.correct}/${mp.judged} judged still reported; ${mp.lostCount} judged missing no longer reported)`, pct(mp.precision), ''])
    }
    // New text outside both dev pools (issue 11): report pairs, so flags beyond the judged items stay unjudged.
    for (const [x, unit] of [[m.ecb, 'article pairs'], [m.danes, 'headline+lede pairs'], [m.gun, 'article pairs'], [m.vims, 'article pairs'], [m.mcgill, 'article pairs'], [m.abmusu, 'article pairs'], [m.cstnews, 'article pairs'], [m.rpm2, 'article pairs'], [m.indosum, 'article pairs'], [m.fakes, 'article pairs'], [m.basil, 'article pairs'], [m.allsides, 'headline+opening pairs'], [m.newswcl50, 'article pairs'], [m.tgnews, 'article pairs'], [m.semeval8de, 'article pairs'], [m.semeval8tr, 'article pairs'], [m.semeval8en, 'article pairs'], [m.semeval8es, 'article pairs'], [m.semeval8pl, 'article pairs'], [m.semeval8ar, 'article pairs'], [m.zhnews, 'article pairs']]) {
      if (!x) continue
      rows.push([`${x.language} recall of real disagreements (${x.found}/${x.divergences}; ${x.pairs} ${unit})`, pct(x.recall), 'held-out target ≥ 70'])
      rows.push([`${x.language} false alarms on traps (${x.falseAlarms}/${x.traps})`, pct(x.falseAlarmRate), 'held-out target ≤ 5'])
      rows.push([`${x.language} precision of judged flags (${x.correct}/${x.correct + x.wrong}; ${x.unjudgedCount} unjudged of ${x.flags})`, pct(x.precision), ''])
      const mp = x.missing
      if (mp?.judged || mp?.lostCount) rows.push([`${x.language} precision of missing facts (${mp.correct}/${mp.judged} judged still reported; ${mp.lostCount} judged missing no longer reported)`, pct(mp.precision), ''])
    }
    return rows
  },
  dedup(m) {
    const pct = (x) => (100 * x).toFixed(1)
    const rows = []
    for (const [name, v] of Object.entries(m.vmds)) {
      if (!v.test) continue
      rows.push([`VMDS same-event pair F1, ${name}: tune / test (batch clusters)`, `${pct(v.tune.clusters.f1)} / ${pct(v.test.clusters.f1)} (${pct(v.test.consolidated.f1)})`, name === 'defaults' ? 'target 90.0; TF-IDF oracle 82.3' : ''])
    }
    const p = m.planted
    rows.push([`planted near-duplicates P / R (${p.planted} among ${p.articles})`, `${pct(p.precision)} / ${pct(p.recall)}`, 'target 98 / 98'])
    return rows
  },
  planted(m) {
    const rows = [['pairs (seed ' + m.seed + ', ' + m.split + ')', String(m.pairs), '']]
    for (const k of ['number', 'date', 'name', 'missing']) {
      const x = m.kinds[k]
      rows.push([`${k} P / R / F1 (tp ${x.tp}, fp ${x.fp}, fn ${x.fn})`, `${pct(x.precision)} / ${pct(x.recall)} / ${pct(x.f1)}`, ''])
    }
    rows.push(['formatFalseAlarms / format variants planted', `${m.format.formatFalseAlarms} / ${m.format.planted}`, 'must be 0'])
    rows.push(['format variants with an equivalence reported', `${m.format.equivalencesReported} / ${m.format.planted}`, ''])
    rows.push(['pairs with no planted divergence that got one', `${m.silentPairs.withAnyDivergence} / ${m.silentPairs.pairs}`, '0'])
    rows.push(['alignment P / R / F1 (body sentence pairs)', `${pct(m.alignment.precision)} / ${pct(m.alignment.recall)} / ${pct(m.alignment.f1)}`, ''])
    return rows
  },
  'planted-en'(m) {
    const rows = []
    if (m.absentPages?.length) rows.push(['base pages absent (not scored)', m.absentPages.join(', '), 'restore test/fixtures/html'])
    for (const [set, label] of [['dev', 'English dev'], ['test', 'English test'], ['other', 'fr/es/de/pt']]) {
      const x = m[set]
      if (!x || x.skipped) { rows.push([`${label}`, 'skipped', x?.skipped ?? '']); continue }
      rows.push([`${label}: pairs (seed ${x.seed}; pages ${x.pages.length})`, String(x.pairs), ''])
      for (const k of ['number', 'date', 'name', 'missing']) {
        const y = x.kinds[k]
        rows.push([`${label}: ${k} P / R (tp ${y.tp}, fp ${y.fp}, fn ${y.fn})`, `${pct(y.precision)} / ${pct(y.recall)}`, ''])
      }
      rows.push([`${label}: format false alarms / variants planted (equivalence reported)`, `${x.format.formatFalseAlarms} / ${x.format.planted} (${x.format.equivalencesReported})`, 'must be 0'])
      rows.push([`${label}: pairs with no planted divergence that got one; alignment F1`, `${x.silentPairs.withAnyDivergence} / ${x.silentPairs.pairs}; ${pct(x.alignment.f1)}`, ''])
    }
    return rows
  },
  pages(m) {
    const rows = []
    for (const split of ['dev', 'test']) {
      const x = m[split]
      const n = x.kinds.number
      rows.push([`${split}: pages (${x.pairs}, headline/subhead lines, figure-initial sentences, moved blocks): alignment F1`, pct(x.alignment.f1), split === 'test' ? 'target 97.0 (held out)' : ''])
      rows.push([`${split}: number recall (tp ${n.tp}, fn ${n.fn}; headline ${x.subtypeRecall['number:headline']?.found ?? 0}/${x.subtypeRecall['number:headline']?.planted ?? 0}) / precision`, `${pct(n.recall)} / ${pct(n.precision)}`, split === 'test' ? 'target recall 95.0 (held out)' : ''])
      rows.push([`${split}: name P / R, pairs with no planted divergence that got one`, `${pct(x.kinds.name.precision)} / ${pct(x.kinds.name.recall)}, ${x.silentPairs.withAnyDivergence} / ${x.silentPairs.pairs}`, ''])
    }
    return rows
  },
  msrp(m) {
    const rows = []
    const add = (name, x, ref) => x && rows.push([`${name}: test acc / F1 (thr ${num(x.threshold, 3)} from train)`, `${pct(x.testAccuracy)} / ${pct(x.testF1)}`, ref])
    add('similarity + train IDF', m.similarityIdf, 'F1: Mihalcea 81.3, Wan 83.0 (acc 75.6)')
    add('similarity, no IDF', m.similarityNoIdf, '')
    add('word Jaccard baseline', m.jaccard, 'tuned Jaccard ~81')
    if (m.skipped) rows.push(['similarity', 'skipped', m.skipped])
    return rows
  },
  vnpara(m) {
    const rows = []
    const add = (name, x, ref) => x && rows.push([`${name}: mean acc / F1 (${m.folds}-fold)`, `${pct(x.meanAccuracy)} / ${pct(x.meanF1)}`, ref])
    add('similarity + fold IDF', m.similarityIdf, 'published best F1 95.4')
    add('similarity, no IDF', m.similarityNoIdf, '')
    add('syllable Jaccard baseline', m.jaccard, 'syllable Jaccard ~97')
    if (m.skipped) rows.push(['similarity', 'skipped', m.skipped])
    return rows
  },
  vmds(m) {
    const rows = [[`pairs tune / test (${m.quick ? 'negatives sampled, weighted' : 'all'})`, `${m.tune.scoredPairs} / ${m.test.scoredPairs}`, `${m.tune.positivePairs} / ${m.test.positivePairs} positive`]]
    for (const [key, name, ref] of [['overlapScore', 'compare().overlap.score', ''], ['overlapLexical', 'compare().overlap.lexical', ''], ['tfidfCosine', 'TF-IDF cosine baseline', 'AUC 0.9986, best F1 0.823']]) {
      const x = m[key]
      if (!x) continue
      rows.push([`${name}: tune AUC / best F1`, `${num(x.tune.auc)} / ${pct(x.tune.bestF1)}`, ref])
      rows.push([`${name}: test AUC / F1 @tune thr / oracle F1`, `${num(x.test.auc)} / ${pct(x.test.f1AtTuneThreshold)} / ${pct(x.test.oracleBestF1)}`, ref])
    }
    return rows
  },
  names(m) {
    if (m.skipped) return [['names', 'skipped', m.skipped]]
    const rows = []
    const walk = (o, prefix) => {
      for (const [k, v] of Object.entries(o)) {
        if (k.startsWith('_')) continue
        if (v && typeof v === 'object' && !Array.isArray(v)) walk(v, `${prefix}${k}.`)
        else if (typeof v === 'number') rows.push([`${prefix}${k}`, num(v), ''])
        else if (typeof v === 'string' && v.length < 60) rows.push([`${prefix}${k}`, v, ''])
      }
    }
    walk(m, '')
    return rows
  },
  warnings(m) {
    if (m.skipped) return [['warnings', 'skipped', m.skipped]]
    const d = m.differentEvents
    const i = m.independentReports
    return [
      [`"different events" P / R on different-cluster pairs (${m.pairs.same} same + ${m.pairs.different} different, clusters 1–100, seed ${m.seed})`, `${pct(d.precision)} / ${pct(d.recall)} (tp ${d.tp}, fp ${d.fp}, fn ${d.fn})`, `target ${pct(m.targets.precision)} / ${pct(m.targets.recall)}`],
      ['"independent reports" warnings on same / different-cluster pairs', `${i.sameClusterPairs} / ${i.differentClusterPairs}`, ''],
    ]
  },
  story(m) {
    const kinds = ['number', 'name'].map((k) => `${k} ${m.byKind[k].found}/${m.byKind[k].planted}`).join(', ')
    return [
      [`outlier P / R on ${m.stories} planted stories of 3–10 variants (${kinds}; ${m.outliersReported} outliers reported)`, `${pct(m.precision)} / ${pct(m.recall)}`, 'target 95.0 / 95.0'],
      ['planted changes missed by compare() / by the story step', `${m.missedByCompare} / ${m.missedByStory}`, ''],
    ]
  },
  seed(m) {
    if (m.skipped) return [['seed', 'skipped', m.skipped]]
    const rows = [
      ['alignment P / R / F1', `${pct(m.alignment.precision)} / ${pct(m.alignment.recall)} / ${pct(m.alignment.f1)}`, ''],
      [`divergence P / R (gold ${m.divergences.gold}, predicted ${m.divergences.predicted})`, `${pct(m.divergences.precision)} / ${pct(m.divergences.recall)}`, ''],
      [`equivalence recall (${m.equivalences.found}/${m.equivalences.gold})`, pct(m.equivalences.recall), ''],
    ]
    if (m.boilerplate) rows.push(['boilerplate (non-body role) P / R', `${pct(m.boilerplate.precision)} / ${pct(m.boilerplate.recall)}`, ''])
    if (m.unresolvedGold.length) rows.push(['gold entries not found in the texts', String(m.unresolvedGold.length), 'fix the gold'])
    return rows
  },
}

async function runTask(name, lib, opts, log) {
  switch (name) {
    case 'boundaries': {
      const m = (await import('./eval/boundaries.mjs')).evalBoundaries({ lib })
      for (const miss of m.misses ?? []) log(`boundaries: missed   ${miss}`)
      for (const extra of m.invented ?? []) log(`boundaries: invented ${extra}`)
      return m
    }
    case 'planted': {
      const { evalPlanted } = await import('./eval/planted.mjs')
      const examples = []
      const m = await evalPlanted({ lib, seed: opts.seed, count: opts.count, split: 'dev', examplesOut: examples })
      const file = path.join(repoRoot, 'bench/results', opts.quick ? 'planted-examples.quick.json' : 'planted-examples.json')
      if (!opts.check) fs.writeFileSync(file, stableStringify(examples.slice(0, 400)))
      log(`planted: ${examples.length} FP/FN/format examples (first 400) in ${path.relative(repoRoot, file)}; ${m._msPerCompare.toFixed(1)} ms per compare`)
      return m
    }
    case 'planted-en': {
      const { evalPlantedEn } = await import('./eval/planted-en.mjs')
      const examples = []
      const m = await evalPlantedEn({ lib, seed: opts.seed, count: opts.count, examplesOut: examples })
      if (m.absentPages.length) log(`planted-en: base pages absent, not scored: ${m.absentPages.join(', ')}`)
      const file = path.join(repoRoot, 'bench/results', opts.quick ? 'planted-en-examples.quick.json' : 'planted-en-examples.json')
      if (!opts.check) fs.writeFileSync(file, stableStringify(examples))
      log(`planted-en: ${examples.length} FP/FN/format/alignment examples in ${path.relative(repoRoot, file)}`)
      return m
    }
    case 'real': {
      const m = (await import('./eval/real.mjs')).evaluateReal(lib, { allPairs: !opts.quick })
      const file = path.join(repoRoot, 'bench/results', opts.quick ? 'real-details.quick.json' : 'real-details.json')
      if (!opts.check) fs.writeFileSync(file, stableStringify({ vi: m.vi, en: m.en, ecb: m.ecb, danes: m.danes, gun: m.gun, vims: m.vims, mcgill: m.mcgill, abmusu: m.abmusu, cstnews: m.cstnews, rpm2: m.rpm2, indosum: m.indosum, fakes: m.fakes, basil: m.basil, allsides: m.allsides, newswcl50: m.newswcl50, tgnews: m.tgnews, semeval8de: m.semeval8de, semeval8tr: m.semeval8tr, semeval8en: m.semeval8en, semeval8es: m.semeval8es, semeval8pl: m.semeval8pl, semeval8ar: m.semeval8ar, zhnews: m.zhnews }))
      log(`real: misses, false alarms, wrong and unjudged flags in ${path.relative(repoRoot, file)} (${m.vi.scope})`)
      for (const x of [m.vi, m.en, m.ecb, m.danes, m.gun, m.vims, m.mcgill, m.abmusu, m.cstnews, m.rpm2, m.indosum, m.fakes, m.basil, m.allsides, m.newswcl50, m.tgnews, m.semeval8de, m.semeval8tr, m.semeval8en, m.semeval8es, m.semeval8pl, m.semeval8ar, m.zhnews].filter(Boolean)) { delete x.missed; delete x.falseAlarmList; delete x.wrongFlags; delete x.unjudged }
      return m
    }
    case 'pages': {
      const { evalPlanted } = await import('./eval/planted.mjs')
      const count = Math.round(opts.count / 2)
      const dev = await evalPlanted({ lib, seed: opts.seed, count, split: 'dev', page: true })
      const test = await evalPlanted({ lib, seed: opts.seed, count, split: 'test', page: true })
      return { dev, test }
    }
    case 'msrp': return (await import('./eval/msrp.mjs')).evalMsrp({ lib })
    case 'vnpara': return (await import('./eval/vnpara.mjs')).evalVnpara({ lib })
    case 'vmds': {
      const m = await (await import('./eval/vmds.mjs')).evalVmds({ lib, quick: opts.quick, log })
      if (m.tune._msPerPairWall) log(`vmds: ${m.tune._msPerPairWall.toFixed(2)} / ${m.test._msPerPairWall.toFixed(2)} ms per pair, wall clock (tune / test)`)
      return m
    }
    case 'names': {
      const file = path.join(repoRoot, 'bench/eval/names.mjs')
      if (!fs.existsSync(file)) return { skipped: 'bench/eval/names.mjs not present' }
      const mod = await import(pathToFileURL(file).href)
      if (typeof mod.evalNames !== 'function') return { skipped: 'bench/eval/names.mjs has no evalNames export' }
      if (typeof lib.nameSimilarity !== 'function') return { skipped: 'library has no nameSimilarity() export' }
      return mod.evalNames({ nameSimilarity: lib.nameSimilarity })
    }
    case 'seed': return (await import('./eval/seed.mjs')).evalSeed({ lib })
    case 'dedup': return (await import('./eval/dedup.mjs')).evalDedup({ lib, quick: opts.quick, log })
    case 'story': {
      const { evalStory, storyArticles } = await import('./eval/story.mjs')
      const m = evalStory({ lib, articles: storyArticles() })
      for (const miss of m._misses) log(`story: missed ${miss.kind} ${miss.from} → ${miss.to} (cluster ${miss.cluster}, article ${miss.id}, ${miss.n} variants): ${JSON.stringify(miss.flagged)}`)
      for (const wrong of m._falseOutliers) log(`story: false outlier in a ${wrong.story} story (article ${wrong.id}): ${wrong.readings.join(' / ')}`)
      return m
    }
    case 'warnings': {
      const m = await (await import('./eval/warnings.mjs')).evalWarnings({ lib })
      for (const miss of m._misses ?? []) log(`warnings: missed ${miss.a} / ${miss.b} (clusters ${miss.clusters.join(', ')}): lexical ${miss.lexical}, score ${miss.score}, warnings [${miss.codes.join(', ')}]`)
      return m
    }
  }
}

function stripPrivate(v) {
  if (Array.isArray(v)) return v.map(stripPrivate)
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([k]) => !k.startsWith('_')).map(([k, x]) => [k, stripPrivate(x)]))
  return v
}

function printTable(rows) {
  const head = ['task', 'metric', 'value', 'reference']
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (r) => '| ' + r.map((c, i) => c.padEnd(w[i])).join(' | ') + ' |'
  console.log(line(head))
  console.log('|' + w.map((n) => '-'.repeat(n + 2)).join('|') + '|')
  for (const r of rows) console.log(line(r))
}

async function main() {
  const opts = parseArgs(process.argv.slice(2))
  const log = (msg) => process.stderr.write(`[eval] ${msg}\n`)
  const tasksToRun = runnableTasks(opts, log)
  const lib = await loadLibrary()
  const outDir = path.join(repoRoot, 'bench/results')
  fs.mkdirSync(outDir, { recursive: true })
  const outFile = path.join(outDir, opts.quick ? 'eval.quick.json' : 'eval.json')
  const previous = fs.existsSync(outFile) ? JSON.parse(fs.readFileSync(outFile, 'utf8')) : null
  const results = {}
  const rows = []
  for (const name of TASKS) {
    if (!tasksToRun.includes(name)) continue
    const t0 = performance.now()
    let m
    try {
      m = await runTask(name, lib, opts, log)
    } catch (err) {
      log(`${name}: FAILED: ${err.stack || err}`)
      m = { error: String(err.message || err) }
    }
    log(`${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`)
    results[name] = roundDeep(stripPrivate(m), 4)
    if (m.error) rows.push([name, 'error', m.error.slice(0, 80), ''])
    else for (const r of ROWS[name](m)) rows.push([name, ...r])
  }
  printTable(rows)
  if (opts.check) {
    const failures = floorFailures(results, previous)
    for (const failure of failures) log(`dropped: ${failure}`)
    log(failures.length ? `${failures.length} metric(s) below bench/results/${path.basename(outFile)}` : `checked ${Object.keys(results).join(', ')}: nothing below ${path.relative(repoRoot, outFile)}`)
    process.exitCode = failures.length ? 1 : 0
    return
  }
  const tasks = { ...(tasksToRun.length < TASKS.length && previous?.tasks ? previous.tasks : {}), ...results }
  const doc = { meta: { seed: opts.seed, plantedPairs: opts.count, quick: opts.quick, schemaVersion: 1 }, tasks }
  fs.writeFileSync(outFile, stableStringify(doc))
  log(`wrote ${path.relative(repoRoot, outFile)}`)
}

main().catch((err) => {
  console.error(err.stack || String(err))
  process.exit(1)
})
