// Name-variant evaluation on Wikidata labels (wd_korean.tsv: English label TAB Korean label).
//
// Positives: two different romanisations of one Hangul person name (이재명 → "Lee Jae-myung",
// "Yi Jae-myeong"). Negatives: two different Hangul names with the same Hangul surname, half of
// them "hard" (same length, all syllables but one equal: 김정훈 / 김정호), half random.
//
// Homonyms. Wikidata keeps one English label per item, so two rows with the same Hangul label are
// always two items: usually two people who share a name (김정은: Kim Jong-un, the footballer
// Kim Jung-eun), sometimes a Chinese or Western name whose Korean transcription collides with a
// Korean one (유선: Liu Shan / Liu Xuan). Whether two rows are one person cannot be known from the
// labels, so a positive here means "the same written name", which is what a spelling comparison
// can judge. The collisions are removed by checking each label against its Hangul, independently
// of the matcher under test: the first word must be a known romanisation of the first Hangul
// syllable (pinyin "Liu", "Zhang" fail), every syllable must be plain Korean romanisation (no
// f/q/v/x/z, one vowel group per hyphenated syllable), and the given name must have as many
// syllables as the Hangul (a joined given name must have enough vowel groups: "Han Jin" is not a
// spelling of 한혜진). Mislabelled rows that still pass stay in as noise.
//
// Run: node bench/eval/names.mjs   (NAMES_LIB=/path/to/bundle.js to test another build)
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { corporaDir } from './metrics.mjs'

const corpora = path.join(corporaDir, 'names')
const MAX_PAIRS = 2000
const THRESHOLD = 0.7

function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffle(arr, rand) {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[arr[i], arr[j]] = [arr[j], arr[i]]
  }
  return arr
}

// Surnames missing from korean_surname_variants.tsv (which lacks 박, 최, 정, …).
const EXTRA_SURNAMES = {
  박: 'park pak bak', 최: 'choi choe chey', 정: 'jung jeong chung cheong chong', 조: 'cho jo',
  윤: 'yoon yun youn', 장: 'jang chang', 임: 'lim im rim yim', 권: 'kwon gwon', 황: 'hwang whang',
  송: 'song', 전: 'jeon jun chun chon', 노: 'noh roh no', 허: 'heo huh hur', 곽: 'kwak gwak',
  민: 'min', 염: 'yeom yum', 변: 'byun byeon pyon', 심: 'shim sim', 석: 'seok suk', 우: 'woo wu',
  함: 'ham hahm', 현: 'hyun hyeon', 채: 'chae chai', 여: 'yeo yuh', 추: 'choo chu', 도: 'do doh',
  소: 'so soh', 마: 'ma', 탁: 'tak', 엄: 'eom um uhm', 육: 'yook yuk', 인: 'in', 맹: 'maeng',
  제: 'je', 모: 'mo', 국: 'kook guk', 은: 'eun', 편: 'pyun pyeon', 봉: 'bong', 경: 'kyung gyeong',
  명: 'myung myeong', 기: 'ki gi', 지: 'ji chi', 연: 'yeon yun', 태: 'tae', 예: 'ye', 금: 'keum geum',
  나: 'na ra', 라: 'ra na', 선: 'sun seon', 위: 'wi wee', 동: 'dong tong', 육: 'yuk yook',
}

function loadSurnames() {
  const map = new Map()
  const add = (hangul, spellings) => {
    const set = map.get(hangul) ?? new Set()
    for (const s of spellings.split(/\s+/)) if (s) set.add(s.toLowerCase())
    map.set(hangul, set)
  }
  const file = path.join(corpora, 'korean_surname_variants.tsv')
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue
    const [hangul, spellings] = line.split('\t')
    if (hangul && spellings && hangul.length === 1) add(hangul, spellings)
  }
  for (const [h, s] of Object.entries(EXTRA_SURNAMES)) add(h, s)
  return map
}

const SYLLABLE = /^[bcdghjklmnprstwy]*[aeiouwy]+[bcdghjklmnprstw]*$/
const VOWEL_GROUPS = /[aeiouy]+/g

/** A label's folded key, or null when it is not a plausible romanisation of `hangul`. */
function koreanKey(label, hangul, surnames) {
  const words = label.trim().split(/\s+/)
  if (words.length < 2 || words.length > 4) return null
  const lower = label.toLowerCase()
  if (!/^[a-z' -]+$/.test(lower) || /[fqvxz]/.test(lower)) return null
  const [surname, ...given] = lower.replace(/'/g, '').split(/\s+/)
  if (!surnames.get(hangul[0])?.has(surname)) return null
  const syllables = given.flatMap((w) => w.split('-')).filter(Boolean)
  const need = hangul.length - 1
  if (syllables.length === need) {
    if (!syllables.every((s) => SYLLABLE.test(s) && s.match(VOWEL_GROUPS).length === 1)) return null
  } else if (syllables.length === 1) {
    const groups = syllables[0].match(VOWEL_GROUPS)?.length ?? 0
    if (groups < need || groups > need + 1) return null
  } else return null
  return [surname, ...syllables].join(' ')
}

export function buildPairs(seed = 20250813) {
  const surnames = loadSurnames()
  const groups = new Map() // hangul → Map(key → label)
  const file = path.join(corpora, 'wd_korean.tsv')
  let rows = 0
  let kept = 0
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const [label, hangul] = line.split('\t')
    if (!label || !hangul) continue
    rows++
    if (!/^[가-힣]{2,4}$/.test(hangul)) continue
    const key = koreanKey(label, hangul, surnames)
    if (!key) continue
    kept++
    const g = groups.get(hangul) ?? new Map()
    if (!g.has(key)) g.set(key, label)
    groups.set(hangul, g)
  }
  const rand = mulberry32(seed)
  const positives = []
  for (const g of groups.values()) {
    const labels = [...g.values()]
    for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) positives.push([labels[i], labels[j]])
  }
  const bySurname = new Map()
  for (const [hangul, g] of groups) {
    const list = bySurname.get(hangul[0]) ?? []
    list.push([hangul, [...g.values()]])
    bySurname.set(hangul[0], list)
  }
  const hard = []
  const easy = []
  const buckets = [...bySurname.values()].filter((b) => b.length > 1)
  // Hard: same length, exactly one differing syllable. Enumerated per bucket by masking one position.
  for (const bucket of buckets) {
    const byMask = new Map()
    for (const [hangul, labels] of bucket) {
      for (let k = 1; k < hangul.length; k++) {
        const mask = hangul.slice(0, k) + '_' + hangul.slice(k + 1)
        const list = byMask.get(mask) ?? []
        list.push([hangul, labels])
        byMask.set(mask, list)
      }
    }
    for (const list of byMask.values()) {
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) hard.push([list[i][1][0], list[j][1][0]])
    }
  }
  for (let n = 0; n < MAX_PAIRS * 3 && easy.length < MAX_PAIRS; n++) {
    const bucket = buckets[Math.floor(rand() * buckets.length)]
    const x = bucket[Math.floor(rand() * bucket.length)]
    const y = bucket[Math.floor(rand() * bucket.length)]
    if (x[0] === y[0]) continue
    easy.push([x[1][Math.floor(rand() * x[1].length)], y[1][Math.floor(rand() * y[1].length)]])
  }
  const sameKey = (p) => p[0].toLowerCase().replace(/-/g, ' ') === p[1].toLowerCase().replace(/-/g, ' ')
  // Two Hangul names can share one romanisation (정/종 → jong): no spelling comparison can separate them.
  const ambiguous = [...hard, ...easy].filter(sameKey).length
  return {
    rows,
    kept,
    groups: groups.size,
    positives: shuffle(positives, rand).slice(0, MAX_PAIRS),
    hard: shuffle(hard.filter((p) => !sameKey(p)), rand).slice(0, MAX_PAIRS / 2),
    easy: easy.filter((p) => !sameKey(p)).slice(0, MAX_PAIRS / 2),
    ambiguous,
  }
}

export async function evalNames({ nameSimilarity, threshold = THRESHOLD, seed } = {}) {
  const data = buildPairs(seed)
  const negatives = [...data.hard, ...data.easy]
  const score = (pairs) => pairs.map(([a, b]) => nameSimilarity(a, b))
  const pos = score(data.positives)
  const negHard = score(data.hard)
  const negEasy = score(data.easy)
  const neg = [...negHard, ...negEasy]
  const at = (t) => {
    const tp = pos.filter((s) => s >= t).length
    const fp = neg.filter((s) => s >= t).length
    const precision = tp + fp ? tp / (tp + fp) : 1
    const recall = pos.length ? tp / pos.length : 0
    return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, tp, fp }
  }
  const main = at(threshold)
  let best = { t: threshold, ...main }
  for (let t = 0.5; t <= 0.951; t += 0.05) {
    const m = at(t)
    if (m.f1 > best.f1) best = { t: Math.round(t * 100) / 100, ...m }
  }
  const r3 = (x) => Math.round(x * 1000) / 1000
  const fpHard = negHard.filter((s) => s >= threshold).length
  const fpEasy = negEasy.filter((s) => s >= threshold).length
  return {
    precision: r3(main.precision),
    recall: r3(main.recall),
    f1: r3(main.f1),
    positives: pos.length,
    negatives: neg.length,
    threshold,
    notes:
      `${data.kept}/${data.rows} rows kept as Korean person names in ${data.groups} Hangul groups; ` +
      `negatives ${data.hard.length} hard (one syllable differs, ${fpHard} FP) + ${data.easy.length} random same-surname (${fpEasy} FP); ` +
      `${data.ambiguous} negative pairs with identical romanisation dropped; best F1 ${r3(best.f1)} at ${best.t}`,
    _examples: {
      missedPositives: data.positives.filter((_, i) => pos[i] < threshold).slice(0, 25),
      falsePositives: [...data.hard, ...data.easy].filter((_, i) => neg[i] >= threshold).slice(0, 25),
    },
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const lib = process.env.NAMES_LIB ? pathToFileURL(path.resolve(process.env.NAMES_LIB)).href : '../../dist/index.js'
  const { nameSimilarity } = await import(lib)
  const result = await evalNames({ nameSimilarity })
  const verbose = process.argv.includes('--verbose')
  console.log(JSON.stringify(verbose ? result : { ...result, _examples: undefined }, null, 2))
}
