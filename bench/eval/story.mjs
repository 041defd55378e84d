// npm run eval:story: planted stories. Each is 3–10 variants of one real VietnameseMDS article
// (clusters 1–100), each variant leaving out a different sentence; one variant changes a number
// or spells a name without its diacritics. compareMany() should make exactly that outlet the
// outlier of the row holding the change. Outlier precision = right outliers / outliers reported;
// recall = planted changes found with the right outlier.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { compareMany } from '../../dist/index.js'

const root = resolve(fileURLToPath(import.meta.url), '../../..')
const articles = readFileSync(resolve(root, '../shared/corpora/vmds/articles.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line))
  .filter((a) => a.cluster <= 100 && a.text.length >= 1500 && a.text.length <= 8000)

// Cut after a terminal mark followed by a space, never inside 4.000 or 10.1.
const sentencesOf = (text) => text.split(/(?<=[.!?]["”]?)\s+/).map((s) => `${s} `)
// Person names in this Vietnamese corpus: the common family names open them (the planting is
// Vietnamese; the engine under test is not).
const FAMILY = 'Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đào|Đoàn|Trương|Đinh|Lâm|Mai|Tô|Hà|Tạ'
const bare = (word) => word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')

/** Where to plant in one sentence: a number before a word, or a name whose last word has diacritics. */
function plant(sentence, kind) {
  if (kind === 'number') {
    const m = /(?<![\d.,/])(\d{1,4})(?![\d.,/])(?=\s+\p{Ll})/u.exec(sentence)
    if (!m) return null
    const changed = String(Number(m[1]) + 7)
    return { at: m.index, from: m[1], to: changed }
  }
  for (const m of sentence.matchAll(new RegExp(`(?<=\\p{Ll}\\s)((?:${FAMILY})(?:\\s\\p{Lu}\\p{Ll}+){1,3})(?!\\s\\p{Lu})`, 'gu'))) {
    const words = m[1].split(' ')
    const last = words.at(-1)
    if (bare(last) === last) continue
    return { at: m.index, from: m[1], to: [...words.slice(0, -1), bare(last)].join(' ') }
  }
  return null
}

const byKind = { number: { planted: 0, found: 0 }, name: { planted: 0, found: 0 } }
const falseOutliers = []
let planted = 0
let found = 0
let reported = 0
let right = 0
const misses = []
articles.forEach((article, k) => {
  const sentences = sentencesOf(article.text)
  if (sentences.length < 8) return
  const n = 3 + (k % 8)
  const kind = k % 2 ? 'name' : 'number'
  // The planted sentence: one in the middle that every variant keeps.
  let target = -1
  let change = null
  for (let s = 2; s < sentences.length - 1 && !change; s++) {
    change = plant(sentences[s], kind)
    target = s
  }
  if (!change) return
  const outlier = k % n
  const dropped = (v) => {
    const d = 1 + ((v * 3) % (sentences.length - 1))
    return d === target ? (d + 1) % sentences.length : d
  }
  const variants = Array.from({ length: n }, (_, v) => {
    const kept = sentences.map((s, i) => {
      if (i === dropped(v) && i !== target) return ''
      if (v === outlier && i === target) return s.slice(0, change.at) + s.slice(change.at).replace(change.from, change.to)
      return s
    })
    return { text: kept.join(''), source: `v${v}` }
  })
  const story = compareMany(variants)
  const rows = kind === 'name' ? story.names : story.facts
  const all = [...story.facts, ...story.names]
  planted++
  byKind[kind].planted++
  for (const row of all) for (const o of row.outliers) if (o !== outlier) falseOutliers.push({ cluster: article.cluster, kind, readings: (row.readings ?? row.spellings).map((r) => r.text) })
  reported += all.reduce((sum, row) => sum + row.outliers.length, 0)
  const hit = rows.find((row) => row.outliers.length === 1 && row.outliers[0] === outlier && row.cells[outlier].some((span) => span.text.includes(change.to.split(' ').at(-1))))
  if (hit) {
    found++
    right++
    byKind[kind].found++
  } else {
    // Whether any pair flagged the change at all (else the miss is compare()'s, not the story's).
    const row = rows.find((r) => r.cells[outlier].some((span) => span.text.includes(change.to.split(' ').at(-1))))
    const flagged = row ? { status: row.status, readings: row.readings.map((r) => [r.text, r.outlets.length]) } : 'no pair flagged it'
    misses.push({ cluster: article.cluster, id: article.id, n, kind, from: change.from, to: change.to, flagged })
  }
})

const precision = reported === 0 ? 0 : right / reported
const recall = planted === 0 ? 0 : found / planted
const result = { stories: planted, outliersReported: reported, precision: Number(precision.toFixed(3)), recall: Number(recall.toFixed(3)), byKind, missedByCompare: misses.filter((m) => m.flagged === 'no pair flagged it').length, missedByStory: misses.filter((m) => m.flagged !== 'no pair flagged it').length, falseOutliers: falseOutliers.slice(0, 10), misses: misses.slice(0, 20) }
mkdirSync(resolve(root, 'bench/results'), { recursive: true })
writeFileSync(resolve(root, 'bench/results/story-eval.json'), JSON.stringify(result, null, 2) + '\n')
console.log(JSON.stringify(result, null, 2))
