/**
 * The kind of event a clause tells as its own subject or verb (*a house fire broke out*, *một xe
 * khách lật trên đèo*, *vụ sạt lở đất xảy ra*): two reports' opening clauses tell one event only
 * when they share its kind (review rdates40: a fire and a road crash of one morning, a ceremony and
 * a quake, rescuers reaching the scene of a crash are two moments). Read from the clause's start up
 * to the first word that turns to an object or a setting (*reports of shots*, *tin báo về vụ lật
 * xe*, *the scene of the crash*, *to report a shooting*, *sau vụ sạt lở*): an event named there is
 * what people acted on, not what the clause tells. A clause whose subject is people who act
 * (officers arrived, council held a meeting, ông A đi chợ) names no kind and sets no event's time.
 *
 * A clause that tells only that something happened (*sự việc xảy ra*, *the incident occurred*)
 * has the generic kind, which any kind shares; a clause naming a kind is read by its kinds alone.
 */
import { keys } from '../../extract/fact-tokens'

const GENERIC = 'generic'

// One word of a kind (folded, NFC). Words shared by two kinds (đâm: a vehicle or a knife) list both.
const KIND_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['shooting', 'shooting shootings shot shots gunfire gunshots gunshot gunman gunmen fired bắn fusillade'],
  ['explosion', 'explosion explosions exploded blast blasts bomb bombing detonated'],
  ['fire', 'fire fires blaze blazes burned burning cháy incendie'],
  ['crash', 'crash crashed collision collided overturned overturn rolled hit accident derailed lật tông đâm percuté renversé'],
  ['stabbing', 'stabbing stabbed stabbings đâm chém'],
  ['collapse', 'collapse collapsed sập effondré'],
  ['landslide', 'landslide landslides mudslide mudslides rockslide'],
  ['quake', 'earthquake earthquakes quake quakes tremor séisme'],
  ['flood', 'flood floods flooding flooded lũ ngập'],
  ['electrocution', 'electrocuted electrocution'],
  ['drowning', 'drowned drowning'],
  ['robbery', 'robbery robbed robbers robber heist cướp'],
  [GENERIC, 'happened occurred incident attack attacked erupted'],
]
// Two-syllable Vietnamese kinds (and English phrases) read before their syllables alone.
const KIND_PAIRS: ReadonlyMap<string, string> = new Map([
  ['nổ súng', 'shooting'],
  ['xả súng', 'shooting'],
  ['opened fire', 'shooting'],
  ['vụ nổ', 'explosion'],
  ['tiếng nổ', 'explosion'],
  ['phát nổ', 'explosion'],
  ['hỏa hoạn', 'fire'],
  ['hoả hoạn', 'fire'],
  ['tai nạn', 'crash'],
  ['va chạm', 'crash'],
  ['mất lái', 'crash'],
  ['lost control', 'crash'],
  ['sạt lở', 'landslide'],
  ['lở đất', 'landslide'],
  ['động đất', 'quake'],
  ['rung chấn', 'quake'],
  ['điện giật', 'electrocution'],
  ['đuối nước', 'drowning'],
  ['xảy ra', GENERIC],
  ['sự việc', GENERIC],
  ['vụ việc', GENERIC],
  ['sự cố', GENERIC],
])
const KINDS_OF = new Map<string, string[]>()
for (const [kind, words] of KIND_WORDS) for (const w of keys(words)) KINDS_OF.set(w, [...(KINDS_OF.get(w) ?? []), kind])

// Words after which the clause turns to what was acted on or where: of, about, to, after, về, sau, the scene.
const TURNS = keys('of about to after following over for into toward towards from về sau tới đến khi scene')
const TURN_PAIRS = new Set(['hiện trường', 'tin báo'])

/**
 * The kinds of event the clause's words (folded, in order) tell before they turn to an object or a
 * setting, or to a word `stops` marks (another moment, *officers arrived*): what follows the event
 * (*… thì bị điện giật khiến anh Huy tử vong*) is its outcome.
 */
export function eventKindsOf(words: readonly string[], stops?: (words: readonly string[], k: number) => boolean): Set<string> {
  const kinds = new Set<string>()
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    const pair = `${w} ${words[k + 1] ?? ''}`
    if (TURNS.has(w) || TURN_PAIRS.has(pair) || stops?.(words, k)) break
    const paired = KIND_PAIRS.get(pair)
    if (paired) {
      kinds.add(paired)
      k++
      continue
    }
    for (const kind of KINDS_OF.get(w) ?? []) kinds.add(kind)
  }
  if (kinds.size > 1) kinds.delete(GENERIC)
  return kinds
}

/** Every kind the words name, turns or not: whether a lede's clause dates an event of a kind (*… khi chiếc xe ben lật ngang … vào chiều 7.8*). */
export function kindsNamed(words: readonly string[]): Set<string> {
  const kinds = new Set<string>()
  for (let k = 0; k < words.length; k++) {
    const paired = KIND_PAIRS.get(`${words[k]} ${words[k + 1] ?? ''}`)
    if (paired) kinds.add(paired)
    for (const kind of KINDS_OF.get(words[k]!) ?? []) kinds.add(kind)
  }
  return kinds
}

/** Whether two clauses' kinds tell one event: a kind in common, or one told only as something that happened. */
export function oneEventKind(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false
  if (a.has(GENERIC) || b.has(GENERIC)) return true
  for (const kind of a) if (b.has(kind)) return true
  return false
}
