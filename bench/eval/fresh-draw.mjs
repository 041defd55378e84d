// Seeded uniform draw of MSRP train pairs for a fresh English round (issue 11): pairs that no
// gold file names (en-dev items and judged flags, missing-dev English items, either order) and
// whose two sentences both carry a number or date (digits, number words, months, weekdays,
// relative days), or both carry a capitalised name the other sentence lacks. The eligible pairs
// are shuffled with a seeded Fisher–Yates (mulberry32) and printed in that order, each with the
// contradictions compare() raises at defaults, to be read and judged by hand.
//
//   node bench/eval/fresh-draw.mjs [seed=11] [count=80]
// Reads only msr_paraphrase_train.txt; the MSRP test file is held out.
import fs from 'node:fs'
import path from 'node:path'
import { corporaDir, mulberry32, repoRoot } from './metrics.mjs'

const seed = Number(process.argv[2] ?? 11)
const count = Number(process.argv[3] ?? 80)
// --differ: only pairs whose values differ: a number or date word on each side absent from the
// other, or a capitalised word on each side absent from the other sharing its first three letters
// with it (a respelling); --skip=N drops the first N pairs of the broad draw of the same seed.
const differ = process.argv.includes('--differ')
const skip = Number(process.argv.find((x) => x.startsWith('--skip='))?.slice(7) ?? 0)
const gold = (f) => JSON.parse(fs.readFileSync(path.join(repoRoot, 'test/fixtures/real-divergences', f), 'utf8'))
const used = new Set()
const use = (x) => { if (x.id1 != null) { used.add(`${x.id1}|${x.id2}`); used.add(`${x.id2}|${x.id1}`) } }
const en = gold('en-dev.json')
for (const x of [...en.items, ...(en.judged ?? [])]) use(x)
for (const x of gold('missing-dev.json').items) if (x.lang === 'en') use(x)

const lines = fs.readFileSync(path.join(corporaDir, 'msrp/msr_paraphrase_train.txt'), 'utf8').replace(/^\uFEFF/, '').split('\n').slice(1)
const NUM = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half|third|quarter)\b/i
const DATE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow|tonight)\b/
const numOrDate = (s) => NUM.test(s) || DATE.test(s)
const names = (s) => new Set([...s.matchAll(/(?<=\S\s+)\p{Lu}[\p{L}'’.-]+/gu)].map((m) => m[0]))
const ownName = (s, t) => [...names(s)].some((n) => !t.includes(n))
const values = (s) => new Set((s.match(/[\w.,:/$%-]+/g) ?? []).filter((w) => NUM.test(w) || DATE.test(w)).map((w) => w.replace(/[.,]$/, '').toLowerCase()))
const ownValue = (x, y) => { const vy = values(y); return [...values(x)].some((v) => !vy.has(v)) }
const closeName = (x, y) => {
  const nx = [...names(x)].filter((n) => !y.includes(n)), ny = [...names(y)].filter((n) => !x.includes(n))
  return nx.some((n) => ny.some((m) => n.slice(0, 3).toLowerCase() === m.slice(0, 3).toLowerCase()))
}
const differs = (a, b) => (ownValue(a, b) && ownValue(b, a)) || closeName(a, b)
const pairs = []
for (const line of lines) {
  const [quality, id1, id2, a, b] = line.split('\t')
  if (!b || used.has(`${id1}|${id2}`)) continue
  const a1 = a.trim(), b1 = b.trim()
  if ((numOrDate(a1) && numOrDate(b1)) || (ownName(a1, b1) && ownName(b1, a1))) pairs.push({ quality, id1, id2, a: a1, b: b1 })
}
const rand = mulberry32(seed)
for (let i = pairs.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1))
  ;[pairs[i], pairs[j]] = [pairs[j], pairs[i]]
}
const broadHead = new Set(pairs.slice(0, skip).map((p) => `${p.id1}|${p.id2}`))
const drawn = differ ? pairs.filter((p) => !broadHead.has(`${p.id1}|${p.id2}`) && differs(p.a, p.b)) : pairs
const lib = await import(path.join(repoRoot, 'dist/index.js'))
console.log(`# ${drawn.length} eligible pairs of ${lines.filter(Boolean).length}; seed ${seed}; first ${count}`)
for (const [k, p] of drawn.slice(0, count).entries()) {
  const r = lib.compare({ text: p.a }, { text: p.b })
  const flags = r.divergences.filter((d) => d.kind !== 'missing')
  console.log(`\n#${k} ${p.id1} ${p.id2} q${p.quality}\nA: ${p.a}\nB: ${p.b}`)
  for (const d of flags) console.log(`  FLAG ${d.kind} ${JSON.stringify(d.a?.text)} | ${JSON.stringify(d.b?.text)} conf ${d.confidence}`)
}
