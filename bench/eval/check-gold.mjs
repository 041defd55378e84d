// Validate the hand-judged gold of real disagreements (test/fixtures/real-divergences):
// every item and judged flag must point exactly where it says, so that a wrong offset or a
// copied sentence that drifted from the article cannot silently turn a hit into a miss.
//
//   node bench/eval/check-gold.mjs      → prints the problems, exit code 1 if any
//
// Vietnamese: offsets are UTF-16 (String.prototype.slice) into the article `text` of
// vi-articles.jsonl; clusters must be ≤ 100 (101–199 are the held-out set). English: MSRP
// train pairs; each value must occur in its sentence. vnPara items (`"file": "vnpara"`): the
// sentences are line `line` of the corpus when it is present, the offsets index them.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadRealGold } from './real.mjs'
import { corporaDir } from './metrics.mjs'
import { loadVnpara } from './vnpara.mjs'

export const HELD_OUT_FROM_CLUSTER = 101
const KINDS = new Set(['number', 'date', 'name'])
const ITEM_VERDICTS = new Set(['divergence', 'equivalent', 'different-slot'])
const FLAG_VERDICTS = new Set(['correct', 'wrong'])
const PARALLELS = new Set(['strong', 'loose'])

const isText = (x) => typeof x === 'string' && x.trim().length > 0
const isOffset = (x) => Number.isInteger(x) && x >= 0

const MISSING_VERDICTS = new Set(['missing', 'not-a-fact', 'other-form', 'conflict'])
// A judged `missing` fact of a report gold names it by the eval's prefix (real.mjs articleRuns).
const REPORT_GOLDS = { basil: 'basil', allsides: 'allsides', 'ecb+': 'ecbplus', mcgill: 'mcgill', gvc: 'gunviolence', vims: 'vims', abmusu: 'abmusu' }

/** Problems with the judged `missing` facts (missing-dev.json): each points at its text, from permitted sources. */
function checkMissing(gold, byId, problems) {
  const english = new Map([...gold.en.items, ...(gold.en.judged ?? [])].map((e) => [`${e.id1}|${e.id2}`, e]))
  const seen = new Set()
  for (const it of gold.missing.items) {
    const say = (what) => problems.push(`missing ${it.lang} ${it.a ?? it.id1}~${it.b ?? it.id2} ${JSON.stringify(it.text)}: ${what}`)
    if (!MISSING_VERDICTS.has(it.verdict)) say(`verdict must be ${[...MISSING_VERDICTS].join('|')}, got ${it.verdict}`)
    if (!isText(it.reason)) say('reason must be a non-empty string')
    if (!KINDS.has(it.factType)) say(`factType must be number|date|name, got ${it.factType}`)
    if (it.side !== 'a' && it.side !== 'b') say(`side must be a|b, got ${it.side}`)
    let text
    if (it.file in REPORT_GOLDS) {
      // Fresh report golds (BASIL, round missing51-1): whole articles, offsets into the side's text
      const arts = new Map((gold[REPORT_GOLDS[it.file]]?.articles ?? []).map((a) => [a.id, a]))
      if (!arts.has(it.id1) || !arts.has(it.id2)) say(`article not in ${REPORT_GOLDS[it.file]}/articles.jsonl`)
      text = arts.get(it.side === 'a' ? it.id1 : it.id2)?.text
    } else if (it.lang === 'vi') {
      if (!(it.cluster >= 1 && it.cluster < HELD_OUT_FROM_CLUSTER)) say(`cluster ${it.cluster} is held out or invalid`)
      text = byId.get(it.side === 'a' ? it.a : it.b)?.text
      if (text === undefined) say('article not in vi-articles.jsonl')
      // the pair is compared whole: a lone clone's tests read both articles from the fixture
      if (!byId.has(it.side === 'a' ? it.b : it.a)) say('the other article of the pair is not in vi-articles.jsonl')
    } else if (it.lang === 'en') {
      if (it.file !== 'train') say(`file must be train|basil, got ${it.file}`)
      const pair = english.get(`${it.id1}|${it.id2}`)
      if (!pair) say('pair not in en-dev.json')
      text = pair && (it.side === 'a' ? pair.aSentence : pair.bSentence)
    } else say(`lang must be vi|en, got ${it.lang}`)
    if (text !== undefined && text.slice(it.start, it.end) !== it.text) say(`text at ${it.start}-${it.end} is ${JSON.stringify(text.slice(it.start, it.end))}`)
    // A whole name and the fragment it opens with (Full HD, Full), or one span read as a date and
    // then as a number (1/3), are two facts judged apart.
    const key = [it.lang, it.a ?? it.id1, it.b ?? it.id2, it.side, it.start, it.end, it.factType].join(' ')
    if (seen.has(key)) say('duplicate')
    seen.add(key)
  }
}

/** Problems with one Vietnamese item or judged flag (`role`: 'item' | 'judged'). */
function checkVietnamese(entry, role, byId, problems) {
  const label = `vi ${role} c${entry.cluster} ${entry.a}~${entry.b} ${JSON.stringify(entry.aText)}|${JSON.stringify(entry.bText)}`
  const say = (what) => problems.push(`${label}: ${what}`)
  const textFields = role === 'item'
    ? ['a', 'b', 'aText', 'bText', 'aSentence', 'bSentence', 'note']
    : ['a', 'b', 'aText', 'bText', 'aSentence', 'bSentence', 'why']
  for (const f of textFields) if (!isText(entry[f])) say(`${f} must be a non-empty string, got ${JSON.stringify(entry[f])}`)
  // A few VietnameseMDS articles have no outlet (null); the item then says null too.
  if (role === 'item') for (const f of ['aOutlet', 'bOutlet']) if (entry[f] !== null && !isText(entry[f])) say(`${f} must be a string or null, got ${JSON.stringify(entry[f])}`)
  const offsetFields = ['aStart', 'aEnd', 'bStart', 'bEnd', ...(role === 'item' ? ['aSentenceStart', 'bSentenceStart'] : [])]
  for (const f of offsetFields) if (!isOffset(entry[f])) say(`${f} must be a non-negative integer, got ${JSON.stringify(entry[f])}`)
  if (!Number.isInteger(entry.cluster) || entry.cluster < 1) say(`cluster must be a positive integer, got ${entry.cluster}`)
  else if (entry.cluster >= HELD_OUT_FROM_CLUSTER) say(`cluster ${entry.cluster} is held out (only 1–${HELD_OUT_FROM_CLUSTER - 1} may be used)`)
  if (!KINDS.has(entry.kind)) say(`kind must be number|date|name, got ${entry.kind}`)
  const verdicts = role === 'item' ? ITEM_VERDICTS : FLAG_VERDICTS
  if (!verdicts.has(entry.verdict)) say(`verdict must be ${[...verdicts].join('|')}, got ${entry.verdict}`)
  if (role === 'item' && !PARALLELS.has(entry.parallel)) say(`parallel must be strong|loose, got ${entry.parallel}`)
  if (entry.a === entry.b) say('a and b are the same article')
  for (const side of ['a', 'b']) {
    const article = byId.get(entry[side])
    if (!article) { say(`article ${entry[side]} is not in vi-articles.jsonl`); continue }
    if (article.cluster !== entry.cluster) say(`article ${article.id} is in cluster ${article.cluster}, not ${entry.cluster}`)
    if (role === 'item' && article.outlet !== entry[`${side}Outlet`]) say(`${side}Outlet ${entry[`${side}Outlet`]} but the article's outlet is ${article.outlet}`)
    const start = entry[`${side}Start`], end = entry[`${side}End`], value = entry[`${side}Text`]
    if (article.text.slice(start, end) !== value) say(`${side}Text is not text.slice(${start}, ${end}) = ${JSON.stringify(article.text.slice(start, end))}`)
    const sentence = entry[`${side}Sentence`]
    if (role === 'item') {
      const sStart = entry[`${side}SentenceStart`]
      if (article.text.slice(sStart, sStart + sentence.length) !== sentence) say(`${side}Sentence is not the text at ${side}SentenceStart ${sStart}`)
      else if (start < sStart || end > sStart + sentence.length) say(`${side}Text lies outside ${side}Sentence`)
    } else if (!sentence.includes(value)) say(`${side}Sentence does not contain ${side}Text`)
  }
  const [A, B] = [byId.get(entry.a), byId.get(entry.b)]
  if (A && B && A.outlet === B.outlet && A.outlet != null) say(`both articles are from ${A.outlet}: pairs must be different outlets`)
}

const VNPARA_PAIRS = 3083
let vnparaRows
/** The vnPara sentence pairs, when the corpus is present (null otherwise: the items' own sentences are then trusted). */
const vnpara = () => (vnparaRows ??= fs.existsSync(path.join(corporaDir, 'vnpara', 'Labels.txt')) ? loadVnpara() : null)

/** Problems with one vnPara item: a line of the corpus, offsets into its two sentences. */
function checkVnpara(entry, problems) {
  const label = `vi item vnpara ${entry.line} ${JSON.stringify(entry.aText)}|${JSON.stringify(entry.bText)}`
  const say = (what) => problems.push(`${label}: ${what}`)
  for (const f of ['aText', 'bText', 'aSentence', 'bSentence', 'note', 'round']) if (!isText(entry[f])) say(`${f} must be a non-empty string, got ${JSON.stringify(entry[f])}`)
  if (!Number.isInteger(entry.line) || entry.line < 1 || entry.line > VNPARA_PAIRS) say(`line must be 1–${VNPARA_PAIRS}, got ${entry.line}`)
  for (const f of ['aStart', 'aEnd', 'bStart', 'bEnd']) if (!isOffset(entry[f])) say(`${f} must be a non-negative integer, got ${JSON.stringify(entry[f])}`)
  if (!KINDS.has(entry.kind)) say(`kind must be number|date|name, got ${entry.kind}`)
  if (!ITEM_VERDICTS.has(entry.verdict)) say(`verdict must be ${[...ITEM_VERDICTS].join('|')}, got ${entry.verdict}`)
  if (!PARALLELS.has(entry.parallel)) say(`parallel must be strong|loose, got ${entry.parallel}`)
  const row = vnpara()?.[entry.line - 1]
  if (row) {
    if (row.s1 !== entry.aSentence) say(`aSentence is not line ${entry.line} of Sentences1.txt`)
    if (row.s2 !== entry.bSentence) say(`bSentence is not line ${entry.line} of Sentences2.txt`)
    if (entry.label !== undefined && entry.label !== row.label) say(`label ${entry.label} but the corpus says ${row.label}`)
  }
  for (const side of ['a', 'b']) {
    const sentence = entry[`${side}Sentence`], start = entry[`${side}Start`], end = entry[`${side}End`]
    if (isText(sentence) && sentence.slice(start, end) !== entry[`${side}Text`]) say(`${side}Text is not ${side}Sentence.slice(${start}, ${end}) = ${JSON.stringify(sentence.slice(start, end))}`)
  }
}

/** Problems with one English item or judged flag. */
function checkEnglish(entry, role, problems) {
  const label = `en ${role} ${entry.id1}/${entry.id2} ${JSON.stringify(entry.aText)}|${JSON.stringify(entry.bText)}`
  const say = (what) => problems.push(`${label}: ${what}`)
  for (const f of ['id1', 'id2', 'aText', 'bText', 'aSentence', 'bSentence', role === 'item' ? 'note' : 'why'])
    if (!isText(entry[f])) say(`${f} must be a non-empty string, got ${JSON.stringify(entry[f])}`)
  if (entry.file !== 'train') say(`file must be "train" (the MSRP test file is held out), got ${JSON.stringify(entry.file)}`)
  if (!KINDS.has(entry.kind)) say(`kind must be number|date|name, got ${entry.kind}`)
  const verdicts = role === 'item' ? ITEM_VERDICTS : FLAG_VERDICTS
  if (!verdicts.has(entry.verdict)) say(`verdict must be ${[...verdicts].join('|')}, got ${entry.verdict}`)
  if (isText(entry.aSentence) && !entry.aSentence.includes(entry.aText)) say('aText does not occur in aSentence')
  if (isText(entry.bSentence) && !entry.bSentence.includes(entry.bText)) say('bText does not occur in bSentence')
}

/** The same item twice (same pair, same spans) would count twice in every metric. */
function checkDuplicates(entries, keyOf, lang, role, problems) {
  const seen = new Set()
  for (const e of entries) {
    const k = keyOf(e)
    if (seen.has(k)) problems.push(`${lang} ${role}: duplicate ${k}`)
    seen.add(k)
  }
}

function checkCounts(gold, lang, problems) {
  const items = gold.items ?? []
  const divergences = items.filter((i) => i.verdict === 'divergence').length
  const expected = { items: items.length, divergences, traps: items.length - divergences, judged: (gold.judged ?? []).length }
  for (const [k, v] of Object.entries(expected))
    if (gold.counts?.[k] !== v) problems.push(`${lang} counts.${k} is ${gold.counts?.[k]}, the file holds ${v}`)
}

/** Problems with a gold of fresh report pairs (ECB+, DANeS): each item points at its values in reports of different outlets. */
function checkReportGold(reportGold, name, problems) {
  if (!reportGold) return
  const byId = new Map(reportGold.articles.map((a) => [a.id, a]))
  for (const it of reportGold.items) {
    const say = (what) => problems.push(`${name} ${it.a}~${it.b} ${JSON.stringify(it.aText)}|${JSON.stringify(it.bText)}: ${what}`)
    const a = byId.get(it.a), b = byId.get(it.b)
    if (!a || !b) { say('report not in the fixture'); continue }
    if (a.outlet === b.outlet) say(`both reports are from ${a.outlet}`)
    if (!KINDS.has(it.kind)) say(`kind must be number|date|name, got ${it.kind}`)
    if (!ITEM_VERDICTS.has(it.verdict)) say(`verdict must be ${[...ITEM_VERDICTS].join('|')}, got ${it.verdict}`)
    if (!isText(it.note)) say('note must be a non-empty string')
    if (!isText(it.round)) say('round must be a non-empty string')
    if (!isOffset(it.aStart) || a.text.slice(it.aStart, it.aEnd) !== it.aText) say(`a offsets ${it.aStart}-${it.aEnd} do not hold aText`)
    if (!isOffset(it.bStart) || b.text.slice(it.bStart, it.bEnd) !== it.bText) say(`b offsets ${it.bStart}-${it.bEnd} do not hold bText`)
  }
  const pairs = new Set(reportGold.items.map((it) => `${it.a}|${it.b}`))
  for (const j of reportGold.judged ?? []) {
    const say = (what) => problems.push(`${name} judged ${j.a}~${j.b} ${JSON.stringify(j.aText)}|${JSON.stringify(j.bText)}: ${what}`)
    const a = byId.get(j.a), b = byId.get(j.b)
    if (!a || !b) { say('report not in the fixture'); continue }
    if (!pairs.has(`${j.a}|${j.b}`)) say('no item of the gold is on this pair, so the flag is never read')
    if (j.verdict !== 'correct' && j.verdict !== 'wrong') say(`verdict must be correct|wrong, got ${j.verdict}`)
    if (!isText(j.note) || !isText(j.round)) say('note and round must be non-empty strings')
    if (!isOffset(j.aStart) || a.text.slice(j.aStart, j.aEnd) !== j.aText) say(`a offsets ${j.aStart}-${j.aEnd} do not hold aText`)
    if (!isOffset(j.bStart) || b.text.slice(j.bStart, j.bEnd) !== j.bText) say(`b offsets ${j.bStart}-${j.bEnd} do not hold bText`)
  }
}

/** Every problem found in the gold, as readable lines (empty when all is well). */
export function checkRealGold(gold = loadRealGold()) {
  const problems = []
  const byId = new Map()
  for (const article of gold.articles) {
    if (byId.has(article.id)) problems.push(`vi-articles.jsonl: article ${article.id} listed twice`)
    byId.set(article.id, article)
    if (!(article.cluster >= 1 && article.cluster < HELD_OUT_FROM_CLUSTER)) problems.push(`vi-articles.jsonl: article ${article.id} is in held-out cluster ${article.cluster}`)
    if (typeof article.text !== 'string' || article.text !== article.text.normalize('NFC')) problems.push(`vi-articles.jsonl: article ${article.id} text is not an NFC string`)
  }
  for (const it of gold.vi.items) if (it.file === 'vnpara') checkVnpara(it, problems)
  else checkVietnamese(it, 'item', byId, problems)
  for (const j of gold.vi.judged ?? []) checkVietnamese(j, 'judged', byId, problems)
  for (const it of gold.en.items) checkEnglish(it, 'item', problems)
  for (const j of gold.en.judged ?? []) checkEnglish(j, 'judged', problems)
  const viKey = (e) => [e.file === 'vnpara' ? `vnpara:${e.line}` : e.a, e.b, e.aStart, e.aEnd, e.bStart, e.bEnd].join(' ')
  const enKey = (e) => [e.id1, e.id2, e.aText, e.bText].join(' ')
  checkDuplicates(gold.vi.items, viKey, 'vi', 'items', problems)
  checkDuplicates(gold.vi.judged ?? [], viKey, 'vi', 'judged', problems)
  checkDuplicates(gold.en.items, enKey, 'en', 'items', problems)
  checkDuplicates(gold.en.judged ?? [], enKey, 'en', 'judged', problems)
  checkCounts(gold.vi, 'vi', problems)
  checkCounts(gold.en, 'en', problems)
  checkMissing(gold, byId, problems)
  checkReportGold(gold.ecbplus, 'ecbplus', problems)
  checkReportGold(gold.danes, 'danes', problems)
  checkReportGold(gold.gunviolence, 'gunviolence', problems)
  checkReportGold(gold.vims, 'vims', problems)
  checkReportGold(gold.mcgill, 'mcgill', problems)
  checkReportGold(gold.abmusu, 'abmusu', problems)
  checkReportGold(gold.cstnews, 'cstnews', problems)
  checkReportGold(gold.rpm2, 'rpm2', problems)
  checkReportGold(gold.indosum, 'indosum', problems)
  checkReportGold(gold.fakes, 'fakes', problems)
  checkReportGold(gold.basil, 'basil', problems)
  checkReportGold(gold.allsides, 'allsides', problems)
  checkReportGold(gold.newswcl50, 'newswcl50', problems)
  checkReportGold(gold.tgnews, 'tgnews', problems)
  checkReportGold(gold.semeval8de, 'semeval8de', problems)
  checkReportGold(gold.semeval8tr, 'semeval8tr', problems)
  checkReportGold(gold.semeval8en, 'semeval8en', problems)
  checkReportGold(gold.semeval8es, 'semeval8es', problems)
  checkReportGold(gold.semeval8pl, 'semeval8pl', problems)
  checkReportGold(gold.semeval8ar, 'semeval8ar', problems)
  checkReportGold(gold.zhnews, 'zhnews', problems)
  return problems
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const gold = loadRealGold()
  const problems = checkRealGold(gold)
  for (const p of problems) console.log(p)
  const tally = (g) => {
    const d = g.items.filter((i) => i.verdict === 'divergence').length
    return `${d} divergences, ${g.items.length - d} traps, ${(g.judged ?? []).length} judged flags`
  }
  console.log(`vi: ${tally(gold.vi)}; en: ${tally(gold.en)}; ${problems.length} problem(s)`)
  process.exitCode = problems.length ? 1 : 0
}
