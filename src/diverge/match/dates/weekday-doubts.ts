/**
 * What a weekday's words say about its day beyond the weekday itself (issue 11): whether it dates
 * an action at all, and whether two weekdays in one frame may be two events.
 *
 * Outside English there is no verb reader (weekday-events.ts reads English past tenses), but the
 * word a weekday stands beside is the action it dates in the languages listed: *chìm hôm thứ Bảy*,
 * *a coulé samedi*, *sank am Samstag*, *se hundió el sábado*. A function word there (*là*, *et*,
 * *und*) or a verb of saying (*cho biết*, *a annoncé*: the day each outlet wrote) dates no action.
 *
 * A weekday after *every*, *mỗi*, *chaque*, *tous les*, *jeden* is a recurring day, no one day's.
 * Two frames alike but for a forecast on one side (*dự kiến đổ bộ hôm thứ Bảy* / *đổ bộ hôm Chủ
 * nhật*, *devrait toucher terre samedi*, *is expected to*) are what was foreseen and what came;
 * and one frame with opposite events each side (*khai mạc* / *bế mạc*, *opening* / *closing*,
 * *ouverture* / *clôture*) is two events of one story. German *wird* / *werden* are left out: they
 * make the passive as often as the future (*werden vermisst*).
 */
import type { Token } from '../../../document/fact-tokens'
import { keys } from '../../extract/fact-tokens'
import { foldWord } from '../../../normalize/fold'
import { SAYING_WORDS } from '../../../normalize/saying-verbs'

/** Words between an action and its weekday in the languages listed: "a coulé ce samedi", "am Samstag", "el sábado", "hôm thứ Bảy", "tenggelam pada Sabtu". */
const LEADS = keys(
  'on early late last next this hôm ngày vào sáng chiều trưa tối đêm khuya rạng le ce dans la nuit de du am vom diesem el este la no na neste nesta il lo questo pada hari',
)
/** Words that stand beside a weekday without being the action it dates. */
const FUNCTION_WORDS = keys(
  'và là của các những có được bị đã đang sẽ cũng thì mà với cho từ đến tới sau trước et ou est a ont été sont à au aux en und oder ist sind war wurde hat haben y o es fue ha han e è ou foi em ao dan yang di ke dari adalah',
)
/**
 * Verbs of saying (normalize/saying-verbs.ts), the syllables of Vietnamese ones read one at a time
 * beside a day, and German's participle: their day is the statement's, not the event's.
 */
const SAYING: ReadonlySet<string> = new Set([...SAYING_WORDS, ...keys('tuyên bố xác nhận mitgeteilt')])

/**
 * Words that make a weekday recur, before it ("every Saturday", "mỗi thứ Bảy", "chaque samedi", "tous
 * les samedis") or after it with a week ("Chủ nhật hàng tuần", "thứ Bảy mỗi tuần", "Saturday every week").
 * The one list for both readers of weekdays (weekday-events.ts, weekday-published.ts).
 */
const EVERY = keys('every each mỗi hằng hàng chaque tous toutes jeden jede jeder cada todos todas ogni')
/** Words that may stand between EVERY and its weekday: "tous les samedis", "todos los sábados". */
const EVERY_LEADS = keys('les los las os as the')
/** A week after EVERY: "hàng tuần", "every week", "chaque semaine". */
const WEEK_WORDS = keys('tuần week semaine woche semana settimana')
/** French weekdays: "le samedi" with no date after it is the habitual Saturday ("le marché a lieu le samedi"). */
const FRENCH_WEEKDAYS = keys('lundi mardi mercredi jeudi vendredi samedi dimanche')

/**
 * Words of a forecast, a plan or a possibility: the day foreseen, not the day it happened. The one
 * list for weekdays (retold-days.ts keeps its own: what is true of each day, the weather among it).
 * English "may" is read only written lower-case (mentionsOf leaves the month out).
 */
const FORECAST_WORDS = keys(
  'will could may might expected forecast scheduled planned due likely sẽ sắp pourrait pourraient devrait devraient doit doivent prévu prévue prévus sera seront ' +
    'könnte könnten soll sollen dürfte dürften voraussichtlich será serán podría podrían debería deberían previsto prevista prevé poderá poderão deve devem',
)
/** Two words in a row of a forecast: "có thể", "dự kiến", "khả năng", "risque de". */
const FORECAST_PAIRS: ReadonlySet<string> = new Set(['có thể', 'dự kiến', 'dự báo', 'dự định', 'kế hoạch', 'khả năng', 'risque de'].map((pair) => [...keys(pair)].join(' ')))

/** The words of a sentence (token keys) with its adjacent pairs, as forecasts() reads them. */
export function withPairs(words: readonly string[]): Set<string> {
  const out = new Set(words)
  for (let k = 0; k + 1 < words.length; k++) {
    const pair = `${words[k]} ${words[k + 1]}`
    if (FORECAST_PAIRS.has(pair)) out.add(pair)
  }
  return out
}

/** Words of two opposite events each side of a pair: one each side is two events of one frame. */
const OPPOSITE_EVENTS: ReadonlyArray<readonly [ReadonlySet<string>, ReadonlySet<string>]> = [
  [keys('khai open opens opened opening ouverture ouvert ouverts ouvre inauguration eröffnung eröffnet apertura abertura'), keys('bế close closes closed closing clôture clôturé fermeture schluss abschluss geschlossen clausura encerramento chiusura')],
  [keys('begin begins began start starts started bắt débute débuté commencé beginn begann comenzó começou'), keys('end ends ended finish finishes finished kết terminé fin ende endete terminó terminou')],
  [keys('arrive arrives arrived arrivé arrivée llegó chegou'), keys('leave leaves left depart departs departed rời quitté départ salió partiu')],
  [keys('thắng win won wins gagné victoire'), keys('thua lose lost loses perdu défaite')],
]

/**
 * The action a weekday at token `i` dates outside English: the word it stands beside, past the
 * words that lead to a day; undefined when that is a function word, a verb of saying, or nothing.
 */
export function actionBeside(tokens: readonly Token[], i: number): string | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!
    if (t.kind === 'word' && LEADS.has(t.key)) continue
    if (t.kind !== 'word' || FUNCTION_WORDS.has(t.key) || SAYING.has(t.key)) return undefined
    return t.key
  }
  return undefined
}

/** Whether a weekday recurs, given the two words before it (nearest last) and the two after it (nearest first), folded. */
function recurs(before: readonly string[], after: readonly string[]): boolean {
  const [far, near] = [before[before.length - 2], before[before.length - 1]]
  if (near !== undefined && (EVERY.has(near) || (EVERY_LEADS.has(near) && far !== undefined && EVERY.has(far)))) return true
  return after[0] !== undefined && EVERY.has(after[0]) && after[1] !== undefined && WEEK_WORDS.has(after[1])
}

/** Whether the weekday at token `i` (`width` tokens) recurs: "every Saturday", "mỗi thứ Bảy", "Chủ nhật hàng tuần", "tous les samedis", "le samedi". */
export function recurringAt(tokens: readonly Token[], i: number, width = 1): boolean {
  const keyAt = (k: number): string | undefined => (tokens[k]?.kind === 'word' ? tokens[k]!.key : undefined)
  const before = [keyAt(i - 2), keyAt(i - 1)].filter((w): w is string => w !== undefined)
  const after = [keyAt(i + width), keyAt(i + width + 1)].filter((w): w is string => w !== undefined)
  if (keyAt(i - 1) === 'le' && FRENCH_WEEKDAYS.has(tokens[i]!.key) && tokens[i + 1]?.kind !== 'num') return true
  return recurs(keyAt(i - 1) === undefined ? [] : before, keyAt(i + width) === undefined ? [] : after)
}

/** Whether the weekday written at `start`–`end` of an NFC text recurs, read as recurringAt reads tokens. */
export function recurringAround(text: string, start: number, end: number): boolean {
  const before = (text.slice(Math.max(0, start - 24), start).match(/[\p{L}\p{M}]+/gu) ?? []).slice(-2).map(foldWord)
  const after = (text.slice(end, end + 24).match(/[\p{L}\p{M}]+/gu) ?? []).slice(0, 2).map(foldWord)
  return recurs(before, after)
}

/** Whether a sentence's words (withPairs) hold a forecast or a plan. */
const forecasts = (words: ReadonlySet<string>): boolean => [...words].some((w) => FORECAST_WORDS.has(w) || FORECAST_PAIRS.has(w))

/** Why two sentences that date one frame with two weekdays may tell two events, if their words say so. */
export function twoEventsDoubt(a: ReadonlySet<string>, b: ReadonlySet<string>): string | undefined {
  if (forecasts(a) !== forecasts(b)) return 'one sentence tells a forecast or a plan, the other what happened'
  // "d'ouverture", "l'ouverture": the word without its elided article
  const bare = (words: ReadonlySet<string>): Set<string> => new Set([...words].map((w) => w.replace(/^(?:[dlj]|qu)['’]/u, '')))
  const [plainA, plainB] = [bare(a), bare(b)]
  const onlyA = [...plainA].filter((w) => !plainB.has(w))
  const onlyB = [...plainB].filter((w) => !plainA.has(w))
  const holds = (side: readonly string[], set: ReadonlySet<string>): boolean => side.some((w) => set.has(w))
  if (OPPOSITE_EVENTS.some(([p, q]) => (holds(onlyA, p) && holds(onlyB, q)) || (holds(onlyA, q) && holds(onlyB, p)))) return 'the sentences tell opposite events in one frame'
  return undefined
}
