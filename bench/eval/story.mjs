// The story task (npm run eval --only story; npm run eval:story writes the details): planted
// stories. Each is 3–10 variants of one real VietnameseMDS article (clusters 1–100), each variant
// leaving out a different sentence; one variant, the outlet, changes one number or writes one
// person's name without its diacritics. compareMany() should make exactly that outlet the outlier
// of the row holding the change. Outlier precision = right outliers / outliers reported; recall =
// planted changes found with the right outlier.
//
// A change is planted the way an outlet would make it, with the planted benchmark's finders
// (planted.mjs): a number that stands as a word of its own (not FA-50, Z1, 8g02, nor the month of
// "tháng 9", which +7 would make no date at all), and a name respelled everywhere the outlet
// writes it (an outlet's spelling is its own, not one slip beside the usual one).
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { corporaDir, loadLibrary, readJsonl, repoRoot, stableStringify } from './metrics.mjs'
import { findNumbers } from './planted.mjs'

// Cut after a terminal mark followed by a space, never inside 4.000 or 10.1.
const sentencesOf = (text) => text.split(/(?<=[.!?]["”]?)\s+/).map((s) => `${s} `)
// Person names in this Vietnamese corpus: the common family names open them (the planting is
// Vietnamese; the engine under test is not).
const FAMILY = 'Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đào|Đoàn|Trương|Đinh|Lâm|Mai|Tô|Hà|Tạ'
const bare = (word) => word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Where to plant in one sentence: a number standing alone before a word, or a name whose last word has diacritics. */
function plant(sentence, kind) {
  if (kind === 'number') {
    for (const n of findNumbers(sentence)) {
      if (n.percent || !/^\d{1,4}$/.test(n.text) || !/^\s+\p{Ll}/u.test(sentence.slice(n.end))) continue
      return { at: n.start, from: n.text, to: String(Number(n.text) + 7) }
    }
    return null
  }
  for (const m of sentence.matchAll(new RegExp(`(?<=\\p{Ll}\\s)((?:${FAMILY})(?:\\s\\p{Lu}\\p{Ll}+){1,3})(?!\\s\\p{Lu})`, 'gu'))) {
    const words = m[1].split(' ')
    const last = words.at(-1)
    if (bare(last) === last) continue
    return { at: m.index, from: m[1], to: [...words.slice(0, -1), bare(last)].join(' ') }
  }
  return null
}

/** The outlier's text: the number changed where it was found, or the name respelled wherever it stands. */
function changed(sentences, target, change, kind) {
  if (kind === 'number') return sentences.map((s, i) => (i === target ? s.slice(0, change.at) + s.slice(change.at).replace(change.from, change.to) : s))
  const everywhere = new RegExp(`(?<![\\p{L}\\p{M}])${escape(change.from)}(?![\\p{L}\\p{M}])`, 'gu')
  return sentences.map((s) => s.replace(everywhere, change.to))
}

export function evalStory({ lib, articles }) {
  const byKind = { number: { planted: 0, found: 0 }, name: { planted: 0, found: 0 } }
  const falseOutliers = []
  const misses = []
  let planted = 0
  let reported = 0
  let right = 0
  articles.forEach((article, k) => {
    const sentences = sentencesOf(article.text)
    if (sentences.length < 8) return
    const n = 3 + (k % 8)
    const kind = k % 2 ? 'name' : 'number'
    // The planted sentence: one in the middle that every variant keeps, and the change inside a
    // sentence the segmenter reads as body. A page that carries its article twice puts a byline
    // before the copy ("Phương Hà Báo cáo …"), and a "name" cut from it is no fact of the story.
    const body = lib.segment(sentences.join('')).filter((sentence) => sentence.role === 'body')
    const inBody = (at) => body.some((sentence) => sentence.start <= at && at < sentence.end)
    let target = -1
    let change = null
    for (let s = 0, offset = 0; s < sentences.length - 1 && !change; offset += sentences[s].length, s++) {
      if (s < 2) continue
      const found = plant(sentences[s], kind)
      if (found && inBody(offset + found.at)) {
        change = found
        target = s
      }
    }
    if (!change) return
    const outlier = k % n
    const dropped = (v) => {
      const d = 1 + ((v * 3) % (sentences.length - 1))
      return d === target ? (d + 1) % sentences.length : d
    }
    const outlierSentences = changed(sentences, target, change, kind)
    const variants = Array.from({ length: n }, (_, v) => {
      const own = v === outlier ? outlierSentences : sentences
      return { text: own.map((s, i) => (i === dropped(v) && i !== target ? '' : s)).join(''), source: `v${v}` }
    })
    const story = lib.compareMany(variants)
    const rows = kind === 'name' ? story.names : story.facts
    const all = [...story.facts, ...story.names]
    const changedWord = change.to.split(' ').at(-1)
    planted++
    byKind[kind].planted++
    for (const row of all) {
      for (const o of row.outliers) if (o !== outlier) falseOutliers.push({ cluster: article.cluster, id: article.id, story: kind, readings: (row.readings ?? row.spellings).map((r) => r.text) })
    }
    reported += all.reduce((sum, row) => sum + row.outliers.length, 0)
    const hit = rows.find((row) => row.outliers.length === 1 && row.outliers[0] === outlier && row.cells[outlier].some((span) => span.text.includes(changedWord)))
    if (hit) {
      right++
      byKind[kind].found++
      return
    }
    // Whether any pair flagged the change at all (else the miss is compare()'s, not the story's).
    const row = rows.find((r) => r.cells[outlier].some((span) => span.text.includes(changedWord)))
    const readings = row && (row.readings ?? row.spellings)
    const flagged = row ? { status: row.status, readings: readings.map((r) => [r.text, r.outlets.length]) } : 'no pair flagged it'
    misses.push({ cluster: article.cluster, id: article.id, n, kind, from: change.from, to: change.to, flagged })
  })
  const found = byKind.number.found + byKind.name.found
  return {
    stories: planted,
    outliersReported: reported,
    precision: reported === 0 ? 0 : right / reported,
    recall: planted === 0 ? 0 : found / planted,
    byKind,
    missedByCompare: misses.filter((m) => m.flagged === 'no pair flagged it').length,
    missedByStory: misses.filter((m) => m.flagged !== 'no pair flagged it').length,
    _falseOutliers: falseOutliers,
    _misses: misses,
  }
}

/** The articles stories are planted in: clusters 1–100 (101 and up are held out), 1.5–8 KB each. */
export function storyArticles() {
  return readJsonl(path.join(corporaDir, 'vmds/articles.jsonl')).filter((a) => a.cluster <= 100 && a.text.length >= 1500 && a.text.length <= 8000)
}

// npm run eval:story: the same task on its own, with every miss and false outlier in bench/results/story-eval.json.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const lib = await loadLibrary()
  const m = evalStory({ lib, articles: storyArticles() })
  const round = (x) => Number(x.toFixed(3))
  const result = { ...m, precision: round(m.precision), recall: round(m.recall), falseOutliers: m._falseOutliers, misses: m._misses }
  delete result._falseOutliers
  delete result._misses
  fs.mkdirSync(path.join(repoRoot, 'bench/results'), { recursive: true })
  fs.writeFileSync(path.join(repoRoot, 'bench/results/story-eval.json'), stableStringify(result))
  console.log(JSON.stringify(result, null, 2))
}
