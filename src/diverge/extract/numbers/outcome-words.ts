/**
 * One lexicon of what befalls people in the news, read by every rule that counts people by it:
 * the outcome a figure counts (match/numbers/life-outcomes.ts: the dead against the living are two
 * slots), the outcome a zero is said of (match/numbers/zero-outcomes.ts: "No one was arrested" meets
 * "Police detained five", not "Two were hurt"), and the verbs after which a number word or a
 * zero is read as a toll at all (number-subjects.ts). Each kept its own list, and the lists
 * disagreed (rtoll32 8, 9): "bị tạm giữ" was an arrest in one and no outcome in the other, "di
 * dời" an evacuation in one. Words are sorted by meaning, not by where they were first needed:
 * "di dời" is evacuated, as "sơ tán, di dời" pairs them in storm news (review rtolls33); detained, held and jailed are
 * arrests; "toll" and "fatalities" count the dead; "thương vong" and casualties count the dead
 * and the hurt together, neither of them alone.
 */
import { foldWord } from '../../../normalize/fold'
import { keys } from '../../../normalize/word-lists'

export type Outcome = 'dead' | 'injured' | 'casualties' | 'missing' | 'alive' | 'arrested' | 'released' | 'evacuated' | 'displaced'

/**
 * The outcomes in Portuguese, Spanish, French, German and Italian, each form a report writes ("morreram",
 * "mortos", "a morte de", "murieron", "tués", "Tote", "starben", "ums Leben", "uccisi"). None of them is an
 * English or Vietnamese word, so no language gate is needed; "mortes" is Portuguese deaths and French dead alike.
 */
const CONTINENTAL_DEAD = (
  'morreram morreu morrem morrer morrido morto mortos morta mortas morte mortes óbito óbitos cadáveres faleceram faleceu falecido falecidos ' +
  // the verbs of killing, as "killed" and "killing" are English dead: "matou 16 pessoas", "matando pelo menos sete"
  'matou mataram mata matam matando ' +
  'muerto muertos muerta muertas murieron murió muerte muertes fallecido fallecidos fallecidas fallecieron falleció cadáveres ' +
  'mató mataron matan ' +
  'mort morts tués tuées tué décès décédés décédées périrent tuant ' +
  'tote toten getötet starben gestorben umgekommen tötete töteten ' +
  'morti uccisi uccise ucciso deceduti decedute morirono uccidendo'
).split(' ')
const CONTINENTAL_INJURED = (
  'feridos feridas ferido ferida heridos heridas herido herida blessés blessées blessé blessée verletzte verletzten verletzt feriti ferite ferito ' +
  // the verbs of injuring beside those of killing: "matou 30 pessoas e feriu outras 85", "hirió a otras 85", "blessant 85 autres"
  'feriu feriram ferindo hirió hirieron hiriendo blessant blessa ferendo'
).split(' ')
const CONTINENTAL_MISSING = 'desaparecidos desaparecidas disparus disparues vermisste vermissten vermisst dispersi'.split(' ')
const CONTINENTAL_ARRESTED = 'presos detidos detenidos arrestados arrêtés interpellés festgenommen verhaftet arrestati'.split(' ')

/** Phrases of each outcome, Vietnamese and English (and the continental words above); a phrase is one or more words. */
const PHRASES: ReadonlyArray<readonly [Outcome, readonly string[]]> = [
  [
    'dead',
    ['chết', 'tử vong', 'thiệt mạng', 'qua đời', 'tử nạn', 'đã mất', 'giết', 'died', 'dead', 'killed', 'deaths', 'die', 'dies', 'killing', 'perished', 'drowned', 'fatalities', 'toll',
      // Portuguese, Spanish, French, German, Italian: the news of a third language counts its dead in its own words (fresh42-1)
      ...CONTINENTAL_DEAD, 'ums leben'],
  ],
  ['injured', ['bị thương', 'injured', 'wounded', 'hurt', 'injuring', 'wounding', ...CONTINENTAL_INJURED]],
  ['casualties', ['thương vong', 'bị nạn', 'casualties']],
  // "đã mất tích" (has gone missing) before "đã mất" (has died): the longest phrase is read first
  ['missing', ['mất tích', 'đã mất tích', 'missing', ...CONTINENTAL_MISSING]],
  ['alive', ['còn sống', 'sống sót', 'survived', 'survivors', 'survive', 'alive', 'rescued']],
  // apprehended and taken into custody are the border agencies' words for an arrest (fresh38-1)
  ['arrested', ['bị bắt', 'bắt giữ', 'tạm giữ', 'tạm giam', 'bị giữ', 'arrested', 'detained', 'held', 'jailed', 'arrests', 'apprehended', 'taken into custody', ...CONTINENTAL_ARRESTED]],
  // the released are no longer held: "69 người được thả" is no count of the arrested
  ['released', ['được thả', 'trả tự do', 'released', 'freed']],
  // "sơ tán, di dời" is one doublet in Vietnamese storm news: moving people out of harm's way
  ['evacuated', ['sơ tán', 'di dời', 'evacuated', 'evacuating']],
  ['displaced', ['displaced']],
]

/** Every phrase folded with its outcome, longest first, so "mất tích" is tried before "mất". */
const FOLDED: ReadonlyArray<readonly [readonly string[], Outcome]> = PHRASES.flatMap(([outcome, list]) =>
  list.map((p) => [p.split(' ').map((w) => foldWord(w)), outcome] as const),
).sort((x, y) => y[0].length - x[0].length)

/** The outcome whose phrase starts at word k of folded `words`, and its length in words, if one does. */
export function outcomePhraseAt(words: readonly string[], k: number): { outcome: Outcome; length: number } | undefined {
  for (const [p, outcome] of FOLDED) if (p.every((w, i) => words[k + i] === w) && (p !== UMS_LEBEN || deathUmsLeben(words, k))) return { outcome, length: p.length }
  return undefined
}

const UMS_LEBEN = FOLDED.find(([p]) => p.join(' ') === 'ums leben')![0]
/** "ums Leben von 47 Geiseln": the life of someone feared for, not a death (an article may open the next clause: words carry no commas). */
const LIFE_OF = keys('von')
/** "Angst / Sorge ums Leben", "bangen / kämpfen ums Leben": fear or fight for a life still lived (review runlinked54). */
const FOR_LIFE = keys('angst sorge sorgen bangen bangt bangte bangten fürchten fürchtet kämpfen kämpft kämpfte kämpften kampf ringen ringt rangen')
/** How many words before *ums Leben* a fear or fight may stand ("bangen in Afrin ums Leben"). */
const FOR_LIFE_REACH = 3

/** Is *ums Leben* at word k a death (*kamen … ums Leben*, *ums Leben gebracht*) rather than a fear for a life? */
function deathUmsLeben(words: readonly string[], k: number): boolean {
  if (LIFE_OF.has(words[k + 2] ?? '')) return false
  for (let j = Math.max(0, k - FOR_LIFE_REACH); j < k; j++) if (FOR_LIFE.has(words[j]!)) return false
  return true
}

/**
 * Do "p head" and "q head" word one outcome ("bắt giữ" / "tạm giữ", "bị bắt" / "bắt giữ" read by
 * their shared word)? Then the words before the shared one are no qualifiers of two slots.
 */
export function oneOutcomeWorded(p: string, q: string, head: string): boolean {
  const x = outcomePhraseAt([p, head], 0)
  const y = outcomePhraseAt([q, head], 0)
  return x !== undefined && y !== undefined && x.length === 2 && y.length === 2 && x.outcome === y.outcome
}

/** The outcome whose phrase starts at word k of folded `words`, if one does. */
export const outcomeAt = (words: readonly string[], k: number): Outcome | undefined => outcomePhraseAt(words, k)?.outcome


/**
 * Participles of what befalls people, outcome or not: before one, a counted subject counts people
 * ("Eight were hurt", "three were acquitted"), and a zero is a toll ("No one was charged"). The
 * outcomes' own English participles, and harms that count no outcome of this lexicon.
 */
export const PEOPLE_PARTICIPLES: ReadonlySet<string> = new Set([
  ...keys('hurt injured wounded killed died dead survived drowned missing rescued evacuated arrested detained apprehended jailed displaced'),
  ...keys(
    'fled charged convicted acquitted sentenced freed released hospitalised hospitalized treated identified kidnapped abducted taken trapped stranded infected poisoned shot stabbed beaten electrocuted trampled burned deported',
  ),
])

/** Verbs of what befell someone said without a passive ("Three died", "no one has died"), and irregular participles. */
export const ACTIVE_TOLL_VERBS: ReadonlySet<string> = keys('hurt died survived drowned fled taken hit struck caught held')

/** Vietnamese "bị" before harm ("bị thương", "bị giết", "bị tạm giữ"); "bị bỏ lại" (left behind) is no toll. */
const VI_PASSIVE = foldWord('bị')

/**
 * Is a Vietnamese toll said at word k of folded `words` ("chết", "thiệt mạng", "mất tích", "bị
 * thương", "bị tạm giữ")? "Không ai biết" (no one knows) and "không ai bị bỏ lại phía sau" (no one
 * left behind, a slogan) state none.
 */
export function viTollAt(words: readonly string[], k: number): boolean {
  return outcomeAt(words, k) !== undefined || (words[k] === VI_PASSIVE && outcomeAt(words, k + 1) !== undefined)
}
