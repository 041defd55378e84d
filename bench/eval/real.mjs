// Real disagreements between outlets, judged by hand (issue 11).
//
// Gold: test/fixtures/real-divergences/{vi,en}-dev.json (copied from
// ../shared/corpora/real-divergences and extended in the same form; protocol in docs/eval.md).
// Vietnamese items point into VietnameseMDS articles (clusters 1–100 only), or, with
// `"file": "vnpara", "line": N`, into the vnPara sentence pairs (line N of Sentences1/2.txt, each
// sentence run as a one-sentence report, offsets into the trimmed sentences); English items are
// MSRP train sentence pairs.
//
// For each language:
// - recall: items judged `divergence` whose two spans are both covered by one flagged
//   contradiction (a divergence of any kind but `missing`) of compare(A, B) at defaults;
// - false alarms: items judged `equivalent` or `different-slot` that are flagged that way;
// - precision: over every flag on the pairs run (Vietnamese: all different-outlet pairs of
//   clusters 1–100 when the corpus is present, else the gold's own pairs; English: the gold's
//   pairs), the share judged correct among the flags that carry a judgement (an item, or an
//   entry of `judged`); flags nobody has judged yet are listed so they can be read and added.
import fs from 'node:fs'
import path from 'node:path'
import { repoRoot, corporaDir, readJsonl } from './metrics.mjs'
import { loadMissingGold, missingItemsOf, scoreMissing } from './missing-precision.mjs'

const goldDir = path.join(repoRoot, 'test/fixtures/real-divergences')

export function loadRealGold() {
  const vi = JSON.parse(fs.readFileSync(path.join(goldDir, 'vi-dev.json'), 'utf8'))
  const en = JSON.parse(fs.readFileSync(path.join(goldDir, 'en-dev.json'), 'utf8'))
  const articles = readJsonl(path.join(goldDir, 'vi-articles.jsonl'))
  return { vi, en, articles, missing: loadMissingGold(), ecbplus: loadEcbplusGold(), danes: loadDanesGold(), gunviolence: loadGunViolenceGold(), vims: loadVimsGold(), mcgill: loadMcgillGold(), abmusu: loadAbmusuGold(), cstnews: loadCstnewsGold(), rpm2: loadRpm2Gold(), indosum: loadIndosumGold(), fakes: loadFakesGold(), basil: loadBasilGold(), allsides: loadAllsidesGold(), newswcl50: loadNewswcl50Gold(), tgnews: loadTgnewsGold(), semeval8de: loadSemeval8deGold(), semeval8tr: loadSemeval8trGold(), semeval8en: loadSemeval8enGold(), semeval8es: loadSemeval8esGold(), semeval8pl: loadSemeval8plGold(), semeval8ar: loadSemeval8arGold(), zhnews: loadZhnewsGold() }
}

const pad = (n) => String(n).padStart(2, '0')
const iso = (y, m, d) => (m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}-${pad(m)}-${pad(d)}` : undefined)

/**
 * The day a fixture report was published, as ISO YYYY-MM-DD, or undefined: a real user passes
 * `Article.published`, so the eval does too wherever the fixture records it. Fields differ by corpus:
 * `date` (AllSides, BASIL, NewsWCL50 ISO; FA-KES US month/day/two-digit year), `dct` (GVC ISO; ViMs
 * day-first, *07:00 ngày 20 tháng 05 năm 2016*, *19/05/2016*), `time` (VietnameseMDS, day-first
 * *23/10/2013 11:39*), and CSTNews's file name (*D1_C1_Folha_04-08-2006_07h42*). Vietnamese and
 * Brazilian dates are day-first; only FA-KES writes a two-digit year.
 */
export function publishedOf(a) {
  const raw = a.date ?? a.dct ?? a.time ?? (/_\d{2}-\d{2}-\d{4}_/u.test(a.file ?? '') ? a.file : undefined)
  if (typeof raw !== 'string') return undefined
  let m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(raw)
  if (m) return iso(m[1], Number(m[2]), Number(m[3]))
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/u.exec(raw)
  if (m) return iso(2000 + Number(m[3]), Number(m[1]), Number(m[2]))
  m = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+(?:năm\s+)?(\d{4})/iu.exec(raw) ?? /(?<!\d)(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?!\d)/u.exec(raw)
  if (m) return iso(m[3], Number(m[2]), Number(m[1]))
  return undefined
}

/** A fixture report as compare() takes it: its text, outlet and, where the fixture records it, its publication day. */
export function articleInput(a) {
  const published = publishedOf(a)
  return published === undefined ? { text: a.text, source: a.outlet ?? undefined } : { text: a.text, source: a.outlet ?? undefined, published }
}

/** A gold of fresh report pairs whose items carry offsets into the reports of `articlesFile` (ECB+, DANeS). */
function loadArticleGold(goldFile, articlesFile) {
  const gold = JSON.parse(fs.readFileSync(path.join(goldDir, goldFile), 'utf8'))
  const articles = readJsonl(path.join(repoRoot, articlesFile))
  return { ...gold, articles }
}

/** ECB+ article pairs (English, new text outside MSRP; test/fixtures/ecbplus). */
export const loadEcbplusGold = () => loadArticleGold('ecbplus-dev.json', 'test/fixtures/ecbplus/articles.jsonl')

/** DANeS headline+lede pairs (Vietnamese, new text outside VietnameseMDS; test/fixtures/danes). */
export const loadDanesGold = () => loadArticleGold('danes-dev.json', 'test/fixtures/danes/articles.jsonl')

/** Gun-violence incident article pairs (English local news, new text outside MSRP and ECB+; test/fixtures/gunviolence). */
export const loadGunViolenceGold = () => loadArticleGold('gunviolence-dev.json', 'test/fixtures/gunviolence/articles.jsonl')

/** ViMs same-event article pairs (Vietnamese, new text outside VietnameseMDS and DANeS; test/fixtures/vims). */
export const loadVimsGold = () => loadArticleGold('vims-dev.json', 'test/fixtures/vims/articles.jsonl')

/** English articles on five November 2018 stories, several outlets each (politics, business, war; new text outside MSRP, ECB+ and GVC; test/fixtures/mcgill). */
export const loadMcgillGold = () => loadArticleGold('mcgill-dev.json', 'test/fixtures/mcgill/articles.jsonl')

/** VLSP 2022 AbMuSu same-event article pairs (Vietnamese, August 2022; new text outside VietnameseMDS, DANeS and ViMs; test/fixtures/abmusu). */
export const loadAbmusuGold = () => loadArticleGold('abmusu-dev.json', 'test/fixtures/abmusu/articles.jsonl')

/** CSTNews same-event article pairs (Brazilian Portuguese, 2006-2007: a language neither dev gold holds; test/fixtures/cstnews). */
export const loadCstnewsGold = () => loadArticleGold('cstnews-dev.json', 'test/fixtures/cstnews/articles.jsonl')

/** RPM2 same-event article pairs (French, 2008: a fourth language; test/fixtures/rpm2). */
export const loadRpm2Gold = () => loadArticleGold('rpm2-dev.json', 'test/fixtures/rpm2/articles.jsonl')

/** IndoSum same-event article pairs (Indonesian, 2016-2018: a fifth language; test/fixtures/indosum). */
export const loadIndosumGold = () => loadArticleGold('indosum-dev.json', 'test/fixtures/indosum/articles.jsonl')

/** FA-KES same-event article pairs (English, Syrian war 2016-2017: casualty tolls across ten outlets; test/fixtures/fakes). */
export const loadFakesGold = () => loadArticleGold('fakes-dev.json', 'test/fixtures/fakes/articles.jsonl')

/** BASIL same-event article triples (English, US politics 2011-2019: Fox, the Times and HuffPost on one event; test/fixtures/basil). */
export const loadBasilGold = () => loadArticleGold('basil-dev.json', 'test/fixtures/basil/articles.jsonl')

/** AllSides story triples (English, 2021: one left-, centre- and right-rated outlet's headline and opening on one event; test/fixtures/allsides). */
export const loadAllsidesGold = () => loadArticleGold('allsides-dev.json', 'test/fixtures/allsides/articles.jsonl')

/** NewsWCL50 same-event articles (English, April 2018: HuffPost, NYT, USA Today, Fox, Breitbart on one event; test/fixtures/newswcl50). */
export const loadNewswcl50Gold = () => loadArticleGold('newswcl50-dev.json', 'test/fixtures/newswcl50/articles.jsonl')

/** Same-event threads of the Telegram Data Clustering Contest 2020 demo (Russian, 1-3 May 2020: reports of Russian, Ukrainian, Belarusian and Kazakh outlets; test/fixtures/tgnews-ru). */
export const loadTgnewsGold = () => loadArticleGold('tgnews-dev.json', 'test/fixtures/tgnews-ru/articles.jsonl')

/** German same-event article pairs of SemEval-2022 Task 8 (Dec 2019 - May 2020: German, Austrian and Swiss outlets; test/fixtures/semeval8-de). */
export const loadSemeval8deGold = () => loadArticleGold('semeval8-de-dev.json', 'test/fixtures/semeval8-de/articles.jsonl')

/** Turkish same-event article pairs of SemEval-2022 Task 8 (Jan - Jun 2020: Turkish sites, many carrying AA, DHA or İHA copy; test/fixtures/semeval8-tr). */
export const loadSemeval8trGold = () => loadArticleGold('semeval8-tr-dev.json', 'test/fixtures/semeval8-tr/articles.jsonl')

/** English same-event article pairs of SemEval-2022 Task 8 (Dec 2019 - Feb 2020: nine events, ANI, IANS, Reuters, DW and unnamed sites; test/fixtures/semeval8-en). */
export const loadSemeval8enGold = () => loadArticleGold('semeval8-en-dev.json', 'test/fixtures/semeval8-en/articles.jsonl')

/** Spanish same-event article pairs of SemEval-2022 Task 8 (Dec 2019 - May 2020: nineteen events, EFE, AFP, Notimex copies and unnamed sites; test/fixtures/semeval8-es). */
export const loadSemeval8esGold = () => loadArticleGold('semeval8-es-dev.json', 'test/fixtures/semeval8-es/articles.jsonl')

/** Polish same-event article pairs of SemEval-2022 Task 8 (Dec 2019 - Jun 2020: ten events, PAP copies and unnamed sites; test/fixtures/semeval8-pl). */
export const loadSemeval8plGold = () => loadArticleGold('semeval8-pl-dev.json', 'test/fixtures/semeval8-pl/articles.jsonl')

/** Arabic same-event article pairs of SemEval-2022 Task 8 (Jan - Jun 2020: twelve events, Egyptian, Algerian and Saudi stories on unnamed sites; test/fixtures/semeval8-ar). */
export const loadSemeval8arGold = () => loadArticleGold('semeval8-ar-dev.json', 'test/fixtures/semeval8-ar/articles.jsonl')

/** Chinese same-event article pairs from stored news pages (2004 - 2023: twelve Chinese accidents, two outlets each, Simplified and Traditional script; test/fixtures/zh-news). */
export const loadZhnewsGold = () => loadArticleGold('zh-news-dev.json', 'test/fixtures/zh-news/articles.jsonl')

/** One run per judged ECB+ pair (article against article at `options`), its items placed in the run's orientation. */
export const ecbplusRuns = (lib, ecb, options) => articleRuns(lib, ecb, options, 'ecb+')

/** One run per judged pair of a report gold (report against report at `options`), labelled `${prefix} a~b`. */
export function articleRuns(lib, gold, options, prefix) {
  const byId = new Map(gold.articles.map((a) => [a.id, a]))
  const pairs = new Map()
  const where = (e) => ({ aStart: e.aStart, aEnd: e.aEnd, bStart: e.bStart, bEnd: e.bEnd })
  for (const it of gold.items) {
    const k = `${it.a}|${it.b}`
    if (!pairs.has(k)) pairs.set(k, { a: byId.get(it.a), b: byId.get(it.b), items: [], judged: [] })
    pairs.get(k).items.push({ ...it, where: where(it) })
  }
  // Flags judged after a rule raised them on spans no item holds (`correct` / `wrong`), read like the dev golds'.
  for (const j of gold.judged ?? []) pairs.get(`${j.a}|${j.b}`)?.judged.push({ ...j, where: where(j) })
  const missingGold = loadMissingGold()
  return [...pairs.values()].map(({ a, b, items, judged }) => ({
    pairLabel: `${prefix} ${a.id}~${b.id}`,
    report: lib.compare(articleInput(a), articleInput(b), options),
    items, judged,
    // Judged `missing` facts of report pairs (BASIL, round missing51-1) carry the gold's prefix as file and the two ids.
    missingItems: missingItemsOf(missingGold, undefined, (it) => it.file === prefix && it.id1 === a.id && it.id2 === b.id, () => false),
  }))
}

const overlaps = (span, start, end) => span != null && span.start < end && span.end > start
const isFlag = (d) => d.kind !== 'missing'

/** Does a flag cover both sides of a judged pair of spans (either orientation of the pair)? */
export function covers(flag, side) {
  if (overlaps(flag.a, side.aStart, side.aEnd) && overlaps(flag.b, side.bStart, side.bEnd)) return true
  // A name divergence lists every occurrence of both spellings: any of them is the judged pair.
  const occ = flag.occurrences
  return !!occ && occ.a.some((s) => overlaps(s, side.aStart, side.aEnd)) && occ.b.some((s) => overlaps(s, side.bStart, side.bEnd))
}

/** Locate an English item's values inside its sentences (MSRP items carry no offsets). */
export function locateEnglish(item) {
  const aStart = item.aSentence.indexOf(item.aText)
  const bStart = item.bSentence.indexOf(item.bText)
  if (aStart < 0 || bStart < 0) throw new Error(`en gold item ${item.id1}/${item.id2}: value not found in its sentence`)
  return { aStart, aEnd: aStart + item.aText.length, bStart, bEnd: bStart + item.bText.length }
}

/** A judgement in the orientation of the pair as run (`swap`: the item's a is the run's b). */
export function oriented(j, swap) {
  return swap ? { aStart: j.bStart, aEnd: j.bEnd, bStart: j.aStart, bEnd: j.aEnd } : j
}

function summarize(lang, runs) {
  let divergences = 0, found = 0, traps = 0, alarms = 0, flags = 0, correct = 0, wrong = 0
  const missed = [], falseAlarms = [], unjudged = [], wrongFlags = []
  // Where recall and false alarms come from: per kind, per parallel (strong/loose wording), per trap verdict.
  const breakdown = { recallByKind: {}, recallByParallel: {}, alarmsByKind: {}, alarmsByVerdict: {} }
  const tally = (table, key, hit) => {
    const cell = (table[key ?? 'unknown'] ??= { hits: 0, of: 0 })
    cell.of++
    if (hit) cell.hits++
  }
  for (const { pairLabel, report, items, judged } of runs) {
    const pairFlags = report.divergences.filter(isFlag)
    for (const it of items) {
      const hit = pairFlags.some((f) => covers(f, it.where))
      if (it.verdict === 'divergence') {
        divergences++
        if (hit) found++
        else missed.push(`${pairLabel} ${it.kind}: ${it.aText} | ${it.bText}`)
        tally(breakdown.recallByKind, it.kind, hit)
        if (it.parallel) tally(breakdown.recallByParallel, it.parallel, hit)
      } else {
        traps++
        if (hit) { alarms++; falseAlarms.push(`${pairLabel} ${it.verdict}: ${it.aText} | ${it.bText}`) }
        tally(breakdown.alarmsByKind, it.kind, hit)
        tally(breakdown.alarmsByVerdict, it.verdict, hit)
      }
    }
    for (const f of pairFlags) {
      flags++
      const item = items.find((it) => covers(f, it.where))
      const verdict = item ? (item.verdict === 'divergence' ? 'correct' : 'wrong') : judged.find((j) => covers(f, j.where))?.verdict
      if (verdict === 'correct') correct++
      else if (verdict === 'wrong') { wrong++; wrongFlags.push(`${pairLabel} ${f.kind}: ${f.a?.text} | ${f.b?.text}`) }
      else unjudged.push({ pair: pairLabel, kind: f.kind, a: f.a, b: f.b, message: f.message, confidence: f.confidence })
    }
  }
  const ratio = (x, y) => (y === 0 ? null : x / y)
  return {
    language: lang,
    pairs: runs.length,
    recall: ratio(found, divergences), found, divergences,
    falseAlarmRate: ratio(alarms, traps), falseAlarms: alarms, traps,
    precision: ratio(correct, correct + wrong), flags, correct, wrong, unjudgedCount: unjudged.length,
    breakdown,
    missing: scoreMissing(runs),
    missed, falseAlarmList: falseAlarms, wrongFlags, unjudged,
  }
}

function vietnamese(lib, gold, { allPairs, options, vnpara = true }) {
  const byId = new Map(gold.articles.map((a) => [a.id, a]))
  let pool = gold.articles
  const corpus = path.join(corporaDir, 'vmds/articles.jsonl')
  let scope = 'the gold pairs only (../shared/corpora/vmds not found)'
  if (allPairs && fs.existsSync(corpus)) {
    pool = readJsonl(corpus).filter((a) => a.cluster <= 100)
    for (const a of pool) byId.set(a.id, a)
    scope = 'all different-outlet pairs of VietnameseMDS clusters 1–100'
  }
  const key = (x, y) => (x < y ? `${x}|${y}` : `${y}|${x}`)
  const pairs = new Map()
  const addPair = (x, y) => { if (!pairs.has(key(x, y))) pairs.set(key(x, y), { a: x, b: y, items: [], judged: [] }) }
  if (allPairs && pool !== gold.articles) {
    const byCluster = new Map()
    for (const a of pool) byCluster.set(a.cluster, [...(byCluster.get(a.cluster) ?? []), a])
    for (const docs of byCluster.values())
      for (let i = 0; i < docs.length; i++)
        for (let j = i + 1; j < docs.length; j++) if (docs[i].outlet !== docs[j].outlet) addPair(docs[i].id, docs[j].id)
  }
  const articleItems = gold.vi.items.filter((it) => !isVnpara(it))
  for (const it of articleItems) addPair(it.a, it.b)
  for (const j of gold.vi.judged ?? []) addPair(j.a, j.b)
  // VietnameseMDS items carry their cluster; a report gold's (ViMs, AbMuSu) are scored with that gold.
  for (const it of gold.missing.items) if (it.lang === 'vi' && it.cluster !== undefined) addPair(it.a, it.b)
  for (const it of articleItems) {
    const p = pairs.get(key(it.a, it.b))
    p.items.push({ ...it, where: oriented(it, p.a !== it.a) })
  }
  for (const j of gold.vi.judged ?? []) {
    const p = pairs.get(key(j.a, j.b))
    p.judged.push({ ...j, where: oriented(j, p.a !== j.a) })
  }
  const runs = []
  for (const p of pairs.values()) {
    const A = byId.get(p.a), B = byId.get(p.b)
    const report = lib.compare(articleInput(A), articleInput(B), options)
    const missingItems = missingItemsOf(gold.missing, 'vi', (it) => it.cluster !== undefined && key(it.a, it.b) === key(p.a, p.b), (it) => it.a !== p.a)
    runs.push({ pairLabel: `c${A.cluster} ${p.a}~${p.b}`, report, items: p.items, judged: p.judged, missingItems })
  }
  if (!vnpara) return { scope, runs }
  runs.push(...vnparaRuns(lib, gold.vi.items.filter(isVnpara), options))
  return { scope: gold.vi.items.some(isVnpara) ? `${scope}, and the vnPara sentence pairs of the gold` : scope, runs }
}

const isVnpara = (it) => it.file === 'vnpara'

/** vnPara items: one run per sentence pair (its two sentences as two one-sentence reports); offsets index the sentences. */
function vnparaRuns(lib, items, options) {
  const byLine = new Map()
  for (const it of items) {
    if (!byLine.has(it.line)) byLine.set(it.line, { a: it.aSentence, b: it.bSentence, items: [] })
    byLine.get(it.line).items.push({ ...it, where: { aStart: it.aStart, aEnd: it.aEnd, bStart: it.bStart, bEnd: it.bEnd } })
  }
  return [...byLine].map(([line, p]) => ({ pairLabel: `vnpara ${line}`, report: lib.compare(p.a, p.b, options), items: p.items, judged: [], missingItems: [] }))
}

function english(lib, gold, { options }) {
  const pairs = new Map()
  for (const it of gold.en.items) {
    const k = `${it.id1}|${it.id2}`
    if (!pairs.has(k)) pairs.set(k, { a: it.aSentence, b: it.bSentence, items: [], judged: [] })
    pairs.get(k).items.push({ ...it, where: locateEnglish(it) })
  }
  for (const j of gold.en.judged ?? []) {
    const k = `${j.id1}|${j.id2}`
    if (!pairs.has(k)) pairs.set(k, { a: j.aSentence, b: j.bSentence, items: [], judged: [] })
    pairs.get(k).judged.push({ ...j, where: locateEnglish(j) })
  }
  const runs = []
  for (const [k, p] of pairs) {
    const missingItems = missingItemsOf(gold.missing, 'en', (it) => `${it.id1}|${it.id2}` === k, () => false)
    runs.push({ pairLabel: `msrp ${k}`, report: lib.compare(p.a, p.b, options), items: p.items, judged: p.judged, missingItems })
  }
  return { scope: 'MSRP train pairs of the gold', runs }
}

/**
 * Run both languages. `allPairs`: Vietnamese precision over every different-outlet pair of clusters 1–100;
 * `vnpara: false` leaves the vnPara sentence pairs out of the Vietnamese figures (the VietnameseMDS gold alone).
 */
export function evaluateReal(lib, { allPairs = true, vnpara = true } = {}) {
  const gold = loadRealGold()
  const vi = vietnamese(lib, gold, { allPairs, vnpara })
  const en = english(lib, gold, {})
  const ecb = { scope: 'ECB+ same-event article pairs of the gold (fresh text, round fresh32-1)', ...summarize('eng ECB+', ecbplusRuns(lib, gold.ecbplus)) }
  const danes = { scope: 'DANeS same-event headline+lede pairs of the gold (fresh text, round fresh33-1)', ...summarize('vie DANeS', articleRuns(lib, gold.danes, undefined, 'danes')) }
  const gun = { scope: 'Gun-violence same-incident article pairs of the gold (fresh text, round fresh34-1)', ...summarize('eng GVC', articleRuns(lib, gold.gunviolence, undefined, 'gvc')) }
  const vims = { scope: 'ViMs same-event article pairs of the gold (fresh text, round fresh37-1)', ...summarize('vie ViMs', articleRuns(lib, gold.vims, undefined, 'vims')) }
  const mcgill = { scope: 'Same-story English article pairs of five November 2018 news clusters (fresh text, round fresh38-1)', ...summarize('eng McGill', articleRuns(lib, gold.mcgill, undefined, 'mcgill')) }
  const abmusu = { scope: 'AbMuSu same-event Vietnamese article pairs of ten August 2022 clusters (fresh text, round fresh40-1)', ...summarize('vie AbMuSu', articleRuns(lib, gold.abmusu, undefined, 'abmusu')) }
  const cstnews = { scope: 'CSTNews same-event Brazilian Portuguese article pairs of nine 2006-2007 clusters (fresh text, round fresh42-1)', ...summarize('por CSTNews', articleRuns(lib, gold.cstnews, undefined, 'cstnews')) }
  const rpm2 = { scope: 'RPM2 same-event French article pairs of five 2008 themes (fresh text, round fresh43-1)', ...summarize('fra RPM2', articleRuns(lib, gold.rpm2, undefined, 'rpm2')) }
  const indosum = { scope: 'IndoSum same-event Indonesian article pairs of 25 events of 2016-2018 (fresh text, round fresh45-1)', ...summarize('ind IndoSum', articleRuns(lib, gold.indosum, undefined, 'indosum')) }
  const fakes = { scope: 'FA-KES same-event English article pairs of 7 Syrian-war events of 2016-2017 (fresh text, round fresh47-1)', ...summarize('eng FA-KES', articleRuns(lib, gold.fakes, undefined, 'fakes')) }
  const basil = { scope: 'BASIL same-event English article pairs of 9 US political events of 2011-2019, Fox / NYT / HuffPost (fresh text, round fresh49-1)', ...summarize('eng BASIL', articleRuns(lib, gold.basil, undefined, 'basil')) }
  const allsides = { scope: 'AllSides same-event English report pairs (headline and opening) of 10 events of 2021, left / centre / right outlets (fresh text, round fresh50-1)', ...summarize('eng AllSides', articleRuns(lib, gold.allsides, undefined, 'allsides')) }
  const newswcl50 = { scope: 'NewsWCL50 same-event English article pairs of 10 events of April 2018, HuffPost / NYT / USA Today / Fox / Breitbart (fresh text, round fresh51-1)', ...summarize('eng NewsWCL50', articleRuns(lib, gold.newswcl50, undefined, 'newswcl50')) }
  const tgnews = { scope: 'Russian-language same-event article pairs of 6 threads of 1-3 May 2020, Telegram Data Clustering Contest demo (fresh text, round fresh52-1)', ...summarize('rus TGNews', articleRuns(lib, gold.tgnews, undefined, 'tgnews')) }
  const semeval8de = { scope: 'German same-event article pairs of 8 events of Dec 2019 - May 2020, SemEval-2022 Task 8 pairs (fresh text, round fresh53-1)', ...summarize('deu SemEval8', articleRuns(lib, gold.semeval8de, undefined, 'semeval8de')) }
  const semeval8tr = { scope: 'Turkish same-event article pairs of 20 events of Jan - Jun 2020, SemEval-2022 Task 8 pairs (fresh text, round fresh54-1)', ...summarize('tur SemEval8', articleRuns(lib, gold.semeval8tr, undefined, 'semeval8tr')) }
  const semeval8en = { scope: 'English same-event article pairs of 9 events of Dec 2019 - Feb 2020, SemEval-2022 Task 8 pairs (fresh text, round fresh55-1)', ...summarize('eng SemEval8', articleRuns(lib, gold.semeval8en, undefined, 'semeval8en')) }
  const semeval8es = { scope: 'Spanish same-event article pairs of 19 events of Dec 2019 - May 2020, SemEval-2022 Task 8 pairs (fresh text, round fresh56-1)', ...summarize('spa SemEval8', articleRuns(lib, gold.semeval8es, undefined, 'semeval8es')) }
  const semeval8pl = { scope: 'Polish same-event article pairs of 10 events of Dec 2019 - Jun 2020, SemEval-2022 Task 8 pairs (fresh text, round fresh57-1)', ...summarize('pol SemEval8', articleRuns(lib, gold.semeval8pl, undefined, 'semeval8pl')) }
  const semeval8ar = { scope: 'Arabic same-event article pairs of 12 events of Jan - Jun 2020, SemEval-2022 Task 8 pairs (fresh text, round fresh58-1)', ...summarize('ara SemEval8', articleRuns(lib, gold.semeval8ar, undefined, 'semeval8ar')) }
  const zhnews = { scope: 'Chinese same-event article pairs of 12 events of 2004 - 2023, stored news pages of two outlets each (fresh text, round fresh59-1)', ...summarize('zho news', articleRuns(lib, gold.zhnews, undefined, 'zhnews')) }
  return { vi: { scope: vi.scope, ...summarize('vie', vi.runs) }, en: { scope: en.scope, ...summarize('eng', en.runs) }, ecb, danes, gun, vims, mcgill, abmusu, cstnews, rpm2, indosum, fakes, basil, allsides, newswcl50, tgnews, semeval8de, semeval8tr, semeval8en, semeval8es, semeval8pl, semeval8ar, zhnews }
}

/** The Vietnamese measures on the vnPara sentence pairs of the gold alone. */
export function evaluateVnparaGold(lib) {
  const gold = loadRealGold()
  return { scope: 'the vnPara sentence pairs of the gold', ...summarize('vie', vnparaRuns(lib, gold.vi.items.filter(isVnpara), undefined)) }
}

/**
 * The same measures at each `minConfidence` in `thresholds`: every pair is compared once with
 * `minConfidence: 0`, and a contradiction counts as flagged at threshold t when its confidence
 * is at least t (what compare() would report at that setting).
 */
export function sweepReal(lib, thresholds, { allPairs = true } = {}) {
  const gold = loadRealGold()
  const options = { minConfidence: 0 }
  const langs = { vi: vietnamese(lib, gold, { allPairs, options }), en: english(lib, gold, { options }) }
  const rows = []
  for (const t of thresholds) {
    const row = { minConfidence: t }
    for (const [lang, { runs }] of Object.entries(langs)) {
      const kept = runs.map((r) => ({ ...r, report: { ...r.report, divergences: r.report.divergences.filter((d) => d.kind === 'missing' || d.confidence >= t) } }))
      const m = summarize(lang, kept)
      row[lang] = { recall: m.recall, falseAlarms: m.falseAlarmRate, precision: m.precision, found: m.found, alarms: m.falseAlarms, correct: m.correct, wrong: m.wrong, unjudged: m.unjudgedCount }
    }
    rows.push(row)
  }
  return rows
}

/**
 * Every number, date and name contradiction or candidate with `from` ≤ confidence < `to` on the
 * pairs the real task runs (`compare()` at `minConfidence: 0`), each with its evidence, the
 * sentences around both values and the verdict of the gold item or judged flag that covers it
 * (`unjudged` when none does): the list to read when weighing a rule for an unflagged band.
 */
export function listBand(lib, { from = 0.3, to = 0.5, lang = 'vi', allPairs = true } = {}) {
  const gold = loadRealGold()
  const options = { minConfidence: 0 }
  const { runs } = lang === 'vi' ? vietnamese(lib, gold, { allPairs, options }) : english(lib, gold, { options })
  const rows = []
  for (const { pairLabel, report, items, judged } of runs) {
    for (const f of [...report.divergences, ...report.candidates]) {
      if (!isFlag(f) || f.confidence < from || f.confidence >= to) continue
      const item = items.find((it) => covers(f, it.where))
      const flag = item ? undefined : judged.find((j) => covers(f, j.where))
      const verdict = item ? item.verdict : flag ? `judged-${flag.verdict}` : 'unjudged'
      rows.push({ pair: pairLabel, kind: f.kind, a: f.a?.text, b: f.b?.text, confidence: f.confidence, evidence: f.evidence, verdict, note: item?.note ?? flag?.why, round: item?.round })
    }
  }
  return rows.sort((x, y) => y.confidence - x.confidence)
}
