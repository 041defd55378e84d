/**
 * Korean names in Latin letters: the surnames and their usual romanisations (Lee / Yi / Rhee), and
 * the romanisation units (consonant families, Hangul vowels) by which two spellings of one
 * syllable are compared (Busan / Pusan, Jung / Jong).
 *
 * Apart from name-match.ts, which aligns the syllables of two names of any language: these tables
 * and the unit-by-unit score are one language's knowledge, asked for one syllable at a time.
 */

import { nameCache, remember } from './name-caches'

// Korean surnames and their usual romanisations (after korean_surname_variants.tsv
// plus common press forms). A spelling may belong to two surnames (chun: 전, 천).
const KOREAN_SURNAMES: readonly string[] = [
  'kim gim kym',
  'lee yi rhee ree rey i ri rhi yee',
  'park pak bak bahk pack',
  'choi choe chey choy chwe',
  'jeong jung chung cheong chong joung jeung',
  'kang gang kahng khang',
  'cho jo joe',
  'yoon yun youn',
  'jang chang',
  'lim im rim yim',
  'han hahn hann',
  'oh o',
  'seo suh sur seu',
  'shin sin shinn',
  'kwon gwon kweon',
  'hwang whang',
  'ahn an ann',
  'song',
  'yoo yu you',
  'ryu ryoo lyu yu',
  'hong',
  'jeon jun chun chon jon',
  'cheon chun chon',
  'ko koh go goh kho',
  'moon mun moun',
  'yang ryang',
  'son sohn',
  'bae pae bai',
  'baek baik paik paek back',
  'nam nahm',
  'heo huh hur her',
  'noh no roh rho',
  'ha hah',
  'kwak gwak',
  'sung seong',
  'cha chah',
  'joo ju chu choo',
  'woo wu',
  'min',
  'jin chin',
  'won weon',
  'bang pang',
  'gong kong',
  'gil kil',
  'pyo phyo',
  'wang',
  'seol sul',
  'ban bahn',
  'byun byeon pyon byon',
  'eom um uhm',
  'yeom yum',
  'chae chai',
  'ji chi',
  'na ra',
  'do doh toh',
  'hyun hyeon',
  'namgung namkung namkoong',
]
const SURNAME_GROUPS = new Map<string, number[]>()
KOREAN_SURNAMES.forEach((line, group) => {
  for (const spelling of line.split(' ')) {
    const groups = SURNAME_GROUPS.get(spelling) ?? []
    groups.push(group)
    SURNAME_GROUPS.set(spelling, groups)
  }
})

/** Whether two romanised spellings may be one Korean surname (Lee / Rhee, Park / Bak). */
export function sameSurname(a: string, b: string): boolean {
  const ga = SURNAME_GROUPS.get(a)
  const gb = SURNAME_GROUPS.get(b)
  return !!ga && !!gb && ga.some((g) => gb.includes(g))
}

/** Whether a bare lower-case word is a usual romanisation of a Korean surname. */
export const isKoreanSurname = (spelling: string): boolean => SURNAME_GROUPS.has(spelling)

// Romanisation units, longest first. Consonants fold to one class per
// Hangul consonant family (g/k, d/t, b/p, j/ch, s/sh, r/l); vowels fold to one
// canonical spelling per Hangul vowel (oo/ou/woo → u, yoo/you → yu, ee → i).
// Vowels that are different Hangul letters but that RR, McCune–Reischauer
// without breves and popular usage write alike are scored by VOWEL_PAIRS.
const UNITS: readonly (readonly [string, string])[] = [
  ['tch', 'J'], ['yeo', 'yeo'], ['yoo', 'yu'], ['you', 'yu'], ['yae', 'yae'], ['weo', 'wo'], ['wae', 'wae'],
  ['wee', 'wi'], ['eui', 'ui'], ['woo', 'u'], ['yi', 'i'], ['ei', 'e'],
  ['ch', 'J'], ['jj', 'J'], ['kk', 'K'], ['gg', 'K'], ['kh', 'K'], ['gh', 'K'], ['ck', 'K'], ['tt', 'T'],
  ['th', 'T'], ['dd', 'T'], ['pp', 'P'], ['ph', 'P'], ['bb', 'P'], ['ss', 'S'], ['sh', 'S'], ['ll', 'L'],
  ['rr', 'L'], ['nn', 'N'], ['mm', 'M'], ['ng', 'G'],
  ['yo', 'yo'], ['yu', 'yu'], ['ya', 'ya'], ['ye', 'ye'], ['wa', 'wa'], ['wo', 'wo'], ['we', 'we'], ['wi', 'wi'],
  ['wu', 'u'], ['eo', 'eo'], ['eu', 'eu'], ['ue', 'eu'], ['oo', 'u'], ['ou', 'u'], ['ae', 'ae'], ['ai', 'ae'],
  ['ea', 'ae'], ['ee', 'i'], ['oe', 'oe'], ['oi', 'oe'], ['ui', 'ui'], ['uh', 'eo'],
  ['a', 'a'], ['e', 'e'], ['i', 'i'], ['o', 'o'], ['u', 'u'], ['y', 'i'],
  ['j', 'J'], ['z', 'J'], ['k', 'K'], ['g', 'K'], ['c', 'K'], ['q', 'K'], ['t', 'T'], ['d', 'T'],
  ['p', 'P'], ['b', 'P'], ['f', 'P'], ['v', 'P'], ['s', 'S'], ['x', 'S'], ['r', 'L'], ['l', 'L'],
  ['m', 'M'], ['n', 'N'], ['h', 'H'], ['w', 'u'],
]
const VOWEL_START = /[aeiouy]/
const isVowelUnit = (u: string) => u !== '' && u === u.toLowerCase()

// [spelling, spelling, score, closed-syllable only]. o/u for ㅓ occurs before a
// final consonant (Sung/Song 성, Jung/Jong 정) but not in open syllables, where
// So/Su are 소/수.
const VOWEL_PAIRS: readonly (readonly [string, string, number, boolean])[] = [
  ['eo', 'o', 0.85, false], ['eo', 'u', 0.85, true], ['o', 'u', 0.8, true], ['eu', 'u', 0.85, false],
  ['yeo', 'yo', 0.9, false], ['yeo', 'yu', 0.85, true], ['yo', 'yu', 0.8, true], ['eo', 'yeo', 0.75, false],
  ['eo', 'yo', 0.75, false], ['eo', 'yu', 0.75, true],
  ['ae', 'e', 0.85, false], ['yae', 'ye', 0.85, false], ['i', 'ui', 0.9, false], ['oe', 'we', 0.9, false],
  ['oe', 'wae', 0.8, false], ['we', 'wae', 0.85, false],
]
const VOWEL_PAIR = new Map<string, { score: number; closed: boolean }>()
for (const [x, y, score, closed] of VOWEL_PAIRS) {
  VOWEL_PAIR.set(`${x}|${y}`, { score, closed })
  VOWEL_PAIR.set(`${y}|${x}`, { score, closed })
}

/** Romanisation units of a lower-case ASCII word: "hyeongjun" → H yeo G J u N. */
export function koreanUnits(word: string): readonly string[] {
  const cached = UNIT_CACHE.get(word)
  if (cached) return cached
  return remember(UNIT_CACHE, word, splitUnits(word))
}
const UNIT_CACHE = nameCache<readonly string[]>()

function splitUnits(word: string): string[] {
  const out: string[] = []
  for (let i = 0; i < word.length; ) {
    let unit: readonly [string, string] | undefined
    for (const u of UNITS) {
      if (word.startsWith(u[0], i)) {
        unit = u
        break
      }
    }
    if (!unit) {
      i++
      continue
    }
    if (unit[0] === 'uh' && VOWEL_START.test(word[i + 2] ?? '')) unit = ['u', 'u'] // Suh, but Ju-hyun
    const next = word[i + unit[0].length]
    const vowelNext = next !== undefined && VOWEL_START.test(next)
    const prevVowel = isVowelUnit(out[out.length - 1] ?? '')
    // Ahn, Oh, Hahn, Park, Hur: a post-vocalic h or r before a consonant only lengthens the vowel.
    if ((unit[0] === 'h' || unit[0] === 'r') && prevVowel && !vowelNext) {
      i += unit[0].length
      continue
    }
    out.push(unit[1])
    i += unit[0].length
  }
  return out
}

/** Similarity of two romanised words unit by unit; 0 unless every unit corresponds. */
export function romanisationSimilarity(a: string, b: string): number {
  const ua = koreanUnits(a)
  const ub = koreanUnits(b)
  if (ua.length !== ub.length) return 0
  let score = 0.9
  for (let i = 0; i < ua.length; i++) {
    const x = ua[i]!
    const y = ub[i]!
    if (x === y) continue
    const pair = VOWEL_PAIR.get(`${x}|${y}`)
    if (!pair) return 0
    if (pair.closed) {
      // closed: a consonant follows that is not the onset of a next syllable
      const next = ua[i + 1]
      const after = ua[i + 2]
      if (next === undefined || isVowelUnit(next) || (after !== undefined && isVowelUnit(after) && next !== 'G')) return 0
    }
    score = Math.min(score, pair.score)
  }
  return score
}
