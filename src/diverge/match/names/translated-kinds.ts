/**
 * A body's name half translated: *Kendall Regional Medical Center* / *Centro Médico Regional Kendal*
 * (SemEval8-es, the fresh56 gold's one divergence), *Universität Ankara* / *Ankara Üniversitesi*. The words that say what kind of body it is (centre,
 * hospital, university, ministry, regional, medical …) are given in the report's language and in its
 * order; the proper part (Kendall) stays. Word for word the two names meet only in that part, so they
 * were read as two names, each `missing` from the other report.
 *
 * Each kind word stands for one meaning in every language it is listed in. Two names that tell the
 * same meanings in other words or another order, around proper parts of one length, are one body:
 * the same proper part is an equivalence; a proper part respelt (Kendall / Kendal) is the
 * respelling, judged on the proper words alone, the kind words out of the evidence. Meanings told on
 * one side only (Harvard University / Harvard Medical School) name two bodies, left to the other rules;
 * so do *X University* / *Universidad de X*, which English tells apart from *University of X*.
 */
import { foldWord, stripDiacritics } from '../../../normalize/fold'
import { keys } from '../../../normalize/word-lists'
import { type SpellingJudgement, judgeSpelling } from '../../reasons/name-spelling'
import type { Located } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'

export const KIND_WORDS_TRANSLATED = 'kind-words-translated'

// One row a meaning: its words in English, Spanish, Portuguese, French, Italian, German, Turkish, Vietnamese
// (a Vietnamese word of two syllables joined by _). Medical and health are two meanings: a health centre
// (centro de salud) is a primary-care clinic, another body than a medical center (review rnames57).
const MEANINGS: readonly string[] = [
  'center centre centro zentrum merkez merkezi trung_tâm',
  'hospital hospitals hôpital ospedale krankenhaus klinikum hastane hastanesi bệnh_viện',
  'clinic clínica clinique klinik klinika phòng_khám',
  'medical médico médica medico medica médical médicale medizinisches medizinische tıp y_khoa',
  'health salud saúde santé sanità gesundheit sağlık y_tế',
  'regional régional regionale regionales bölge bölgesel khu_vực',
  'university universidad universidade université università universität üniversite üniversitesi đại_học',
  'ministry ministerio ministério ministère ministero ministerium bakanlığı bakanlık bộ',
  'institute instituto institut istituto enstitüsü viện',
  'museum museo musée museu müze müzesi bảo_tàng',
  'airport aeropuerto aeroporto aéroport flughafen havalimanı sân_bay',
  'national nacional nationale nazionale ulusal quốc_gia',
  'school escuela escola école scuola schule okul okulu trường',
  'court tribunal corte gericht mahkeme mahkemesi tòa_án',
  'bank banco banque banca ngân_hàng',
  'defense defence defensa defesa défense difesa verteidigung savunma quốc_phòng',
  'justice justicia justiça giustizia justiz adalet tư_pháp',
  'education educación educação éducation istruzione bildung eğitim giáo_dục',
  'foreign exteriores estrangeiros étrangères esteri auswärtiges dışişleri ngoại_giao',
  'affairs asuntos negócios affaires affari',
  'interior interno intérieur inneres içişleri nội_vụ',
  'federal fédéral federale bundes',
  'general général generale genel',
  'supreme supremo suprema suprême oberstes yüksek tối_cao',
]
const MEANING_OF: ReadonlyMap<string, number> = new Map(
  MEANINGS.flatMap((row, meaning) => row.split(' ').map((word) => [word.split('_').map(foldWord).join(' '), meaning] as const)),
)
// Words that join a body's name in one language and not in another (Universidad de Harvard, Ministry of Health).
const JOINING: ReadonlySet<string> = keys('of the for and de del della di do da dos das du des la le el los las y e et und für der die das von và')

// A proper part respelt must be as close as a lone long word's slip: the kind words around it already differ.
const LEAST_CORE_SCORE = 0.85

interface Parts {
  readonly meanings: readonly number[]
  readonly kinds: string
  readonly core: readonly string[]
  /** The proper part after a joining word (University of Miami, Universidad de Miami). */
  readonly joined: boolean
  /** The proper part before every kind word (Miami University). */
  readonly leading: boolean
}

/** The name's kind words (their meanings, and the words as written) and its proper words, in order. */
function partsOf(name: string): Parts {
  const words = name.split(/[\s\-‐‑–—]+/u).filter((w) => w !== '')
  const folded = words.map(foldWord)
  const meanings: number[] = []
  const kinds: string[] = []
  const core: string[] = []
  let joined = false
  let leading = false
  for (let k = 0; k < words.length; k++) {
    const two = k + 1 < words.length ? MEANING_OF.get(`${folded[k]} ${folded[k + 1]}`) : undefined
    if (two !== undefined) {
      meanings.push(two)
      kinds.push(`${folded[k]} ${folded[k + 1]}`)
      k++
      continue
    }
    const one = MEANING_OF.get(folded[k]!)
    if (one !== undefined) {
      meanings.push(one)
      kinds.push(folded[k]!)
    } else if (!JOINING.has(folded[k]!)) {
      if (core.length === 0) {
        joined = k > 0 && JOINING.has(folded[k - 1]!)
        leading = meanings.length === 0
      }
      core.push(words[k]!)
    }
  }
  return { meanings, kinds: kinds.join(' '), core, joined, leading: leading && meanings.length > 0 }
}

const sameMeanings = (x: readonly number[], y: readonly number[]): boolean => {
  const sx = [...new Set(x)].sort((p, q) => p - q)
  const sy = [...new Set(y)].sort((p, q) => p - q)
  return sx.length === sy.length && sx.every((m, k) => m === sy[k])
}

/**
 * One body named with its kind words translated or moved: KIND_WORDS_TRANSLATED (an equivalence) when
 * the proper words agree, a respelling of the proper words when they are close, undefined when the two
 * are not read so (no kind word on a side, other meanings, the same kind words in the same order, no proper word).
 */
export function kindWordsTranslated(a: string, b: string): typeof KIND_WORDS_TRANSLATED | SpellingJudgement | undefined {
  const x = partsOf(a)
  const y = partsOf(b)
  if (x.meanings.length === 0 || y.meanings.length === 0 || x.core.length === 0 || x.core.length !== y.core.length) return undefined
  if (x.kinds === y.kinds || !sameMeanings(x.meanings, y.meanings)) return undefined
  // Miami University / Universidad de Miami: English names two bodies Miami University and University of
  // Miami; a language that writes only the second form cannot say which one it renders (review rnames57).
  if ((x.joined && y.leading) || (y.joined && x.leading)) return undefined
  const coreA = x.core.join(' ')
  const coreB = y.core.join(' ')
  // Bệnh viện Bạch Mai / Bach Mai Hospital: a language without the marks writes the proper part without them.
  if (x.core.every((w, k) => stripDiacritics(foldWord(w)) === stripDiacritics(foldWord(y.core[k]!)))) return KIND_WORDS_TRANSLATED
  const judged = judgeSpelling(coreA, coreB)
  if (judged.kind !== 'respelling' || judged.score < LEAST_CORE_SCORE || judged.evidence.includes('words reordered')) return undefined
  return { ...judged, evidence: [...judged.evidence, KIND_WORDS_TRANSLATED], changes: `${coreA}\u0000${coreB}` }
}

/**
 * The mention narrowed to its one proper word, for the span a respelling points at (Kendal of Centro
 * Médico Regional Kendal): the kind words are no part of what differs. Unchanged when the proper part
 * is several words or is not found as written.
 */
export function properMention(mention: Located<NameFact>): Located<NameFact> {
  const core = partsOf(mention.span.text).core
  if (core.length !== 1) return mention
  const word = core[0]!
  const at = mention.span.text.indexOf(word)
  if (at < 0 || mention.span.text.indexOf(word, at + 1) >= 0) return mention
  const start = mention.span.start + at
  return {
    ...mention,
    span: { ...mention.span, start, end: start + word.length, text: word },
    fact: { ...mention.fact, start: mention.fact.start + at, end: mention.fact.start + at + word.length, text: word },
  }
}
