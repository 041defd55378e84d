/**
 * Whether a figure is one someone expects, plans or forecasts rather than one that happened
 * ("dự kiến 5.000 người", "expected to reach $2 billion"), read from the words before it.
 *
 * A plan to buy or build something names a price that is the thing's, not a planned figure:
 * "kế hoạch mua 12 chiến đấu cơ FA-50 trị giá 18,9 tỷ peso" states what the jets cost, as
 * "hợp đồng … lên tới 18 tỷ peso" does. A word of worth between the expectation and the figure
 * hands the figure to the thing it prices; right after the expectation ("dự kiến trị giá",
 * "expected worth") it is still an estimate.
 */
import { foldWord } from '../../../normalize/fold'
import { keys } from '../../extract/fact-tokens'

const EXPECTED = keys('expects expected expecting expect forecast forecasts projected projects predicted predicts anticipated anticipates kiến báo hoạch tiêu target targets')
/** "dự kiến", "dự báo", "kế hoạch", "mục tiêu": the second syllable counts only after the first. */
const EXPECTED_FIRST: ReadonlyMap<string, string> = new Map(
  [
    ['kiến', 'dự'],
    ['báo', 'dự'],
    ['hoạch', 'kế'],
    ['tiêu', 'mục'],
  ].map(([second, first]) => [foldWord(second!), foldWord(first!)]),
)

/** One word that prices a thing: "worth", "valued" (at). */
const WORTH = keys('worth valued')
/** "trị giá", "giá trị": two syllables, either order. */
const TRI = foldWord('trị')
const GIA = foldWord('giá')

function expectationAt(words: readonly string[], k: number): boolean {
  const w = words[k]!
  return EXPECTED.has(w) && (!EXPECTED_FIRST.has(w) || words[k - 1] === EXPECTED_FIRST.get(w))
}

function worthAt(words: readonly string[], k: number): boolean {
  const w = words[k]!
  if (WORTH.has(w)) return true
  const next = words[k + 1]
  return (w === TRI && next === GIA) || (w === GIA && next === TRI)
}

/** A word of possibility: "could", "pode", "pourrait", "bisa", "có thể" (its second syllable after "có"). */
const MODAL = keys('could may might can pode poderá poderia podem poderão pourrait pourraient peut pourra pourront bisa dapat mungkin thể')
const CO = foldWord('có')
const THE = foldWord('thể')
/** A verb of reaching a level: what a modal before it makes a possibility ("could reach category 5", "có thể mạnh lên cấp 15"). */
const REACH = keys(
  'reach hit top exceed surpass become climb rise grow strengthen chegar atingir alcançar ultrapassar subir atteindre dépasser devenir monter grimper mencapai menjadi melebihi naik đạt lên vượt tới',
)
/** How many words after the reach verb the figure may stand ("pode chegar à categoria 5"). */
const REACH_SPAN = 4

/** "only", "baru", "mới", "chỉ", or a negation near the modal: "could reach only 12 villages", "baru bisa mencapai", "mới có thể tới", "could not exceed" tell what was reached, or was not, not a possibility. */
const RESULT = keys('only just merely not never no nor cannot baru hanya cuma tidak tak belum bukan mới chỉ không chưa chẳng apenas só somente não nem seulement pas jamais')
/** Words before "may" that make it the month: "in May", "early May", "since May". */
const BEFORE_MONTH = keys('in of on since until till by from through early late mid last next this')
/** "dapat" is "can" only before a verb ("dapat mencapai"); before a noun it is "received" ("dapat bantuan"). */
const DAPAT = foldWord('dapat')
const MAY = foldWord('may')
const verbLike = (w: string | undefined): boolean => w !== undefined && (REACH.has(w) || /^(me|ber|ter)/u.test(w))

/** Is words[m] a modal of possibility here (not the month May, not "dapat" = received)? */
function modalAt(words: readonly string[], m: number, capitals: ReadonlySet<string>): boolean {
  const w = words[m]!
  if (!MODAL.has(w)) return false
  if (w === THE) return words[m - 1] === CO
  if (w === MAY) return !capitals.has(MAY) && !BEFORE_MONTH.has(words[m - 1] ?? '')
  if (w === DAPAT) return verbLike(words[m + 1])
  return true
}

/**
 * A level the words say may be reached, not one that was: a modal, then within two words a verb of
 * reaching, then the figure within REACH_SPAN words, with no clause break from the modal on. A bare modal
 * says nothing of the figure, nor one a break closes off ("the storm, which could strengthen,
 * killed 20"), and a figure a storm "reached" is a result, as is one the words limit or negate
 * ("could reach only 12", "could not exceed", "mới có thể tới").
 */
function possible(words: readonly string[], broken: readonly boolean[], capitals: ReadonlySet<string>): boolean {
  const from = Math.max(0, words.length - REACH_SPAN - 3)
  for (let k = words.length - 1; k >= from; k--) {
    if (!REACH.has(words[k]!) || words.length - k > REACH_SPAN + 1) continue
    for (let m = k - 1; m >= Math.max(0, k - 2); m--) {
      if (!modalAt(words, m, capitals) || broken.slice(m).some(Boolean)) continue
      const lead = words[m] === THE ? m - 2 : m - 1
      if (words.slice(Math.max(0, lead)).some((w) => RESULT.has(w))) continue
      return true
    }
  }
  return false
}

/**
 * Does an expectation govern the figure whose preceding words (folded, in order) are `words`?
 * `broken` says, per word, whether a clause break follows it (Clause.leadBroken); `capitals` are the
 * sentence's words written with a capital (Clause.capitals: "May" the month).
 */
export function expected(words: readonly string[], broken: readonly boolean[] = [], capitals: ReadonlySet<string> = new Set()): boolean {
  if (possible(words, broken, capitals)) return true
  let last = -1
  for (let k = 0; k < words.length; k++) if (expectationAt(words, k)) last = k
  if (last < 0) return false
  for (let k = last + 2; k < words.length; k++) if (worthAt(words, k)) return false
  return true
}
