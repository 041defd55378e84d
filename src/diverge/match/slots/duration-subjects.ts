/**
 * What a duration is the duration of. One storm's reports give the hail's length and the heavy
 * rain's (*mưa đá diễn ra trong khoảng 20 phút*, *mưa lớn kéo dài hơn 30 phút*, *phát hiện mưa
 * đá (kéo dài khoảng 15 phút)*): every figure is a number of minutes, the sentences share their
 * words, and the unit alone pairs the rain's 30 minutes with the hail's 15.
 *
 * The words just before the figure say whose length it is, once the hedge (*khoảng*, *hơn*,
 * *about*) and the verb of lasting (*kéo dài*, *diễn ra trong*, *lasted*) are passed over: *mưa
 * đá*, *mưa lớn*, *heavy rain*. Two durations of one thing (*mưa đá* / *mưa đá*) fill one slot;
 * two kinds of one thing (*mưa đá* / *mưa lớn*, *heavy rain* / *light rain*: a word shared, its
 * qualifier not) are two slots. Subjects worded apart altogether say nothing: a paraphrase
 * (*cuộc họp* / *buổi làm việc*) is as likely as another event.
 */
import type { Fact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'
import type { Clause } from '../clauses/clauses'

/** Hedges and verbs of lasting between a subject and its length, Vietnamese and English. */
const PASSED_OVER = keys(
  'khoảng hơn gần trên chừng độ ước kéo dài diễn ra trong suốt mất about nearly almost around roughly some over more than for lasted lasting last went on the a an its of',
)
/** Of those, the ones that make the words before them the thing that lasts: without one ("followed a 2 week trial") the words before are a clause's subject and verb, not whose length it is. */
const LASTING = keys('kéo dài diễn ra trong suốt mất lasted lasting last went for')
/** Words a subject is made of at most: a head and one qualifier. */
const SUBJECT_WORDS = 2

/** The subject of a duration (folded words), or undefined when the figure is not a duration or none is written before it. */
function durationSubject(fact: Fact, clause: Clause): readonly string[] | undefined {
  if (fact.type !== 'number' || fact.kind !== 'duration') return undefined
  const lead = clause.lead
  let end = lead.length
  let lasting = false
  while (end > 0 && PASSED_OVER.has(lead[end - 1]!)) {
    end--
    if (LASTING.has(lead[end]!)) lasting = true
  }
  if (!lasting) return undefined
  let start = end
  while (start > 0 && end - start < SUBJECT_WORDS && !PASSED_OVER.has(lead[start - 1]!) && !/\d/.test(lead[start - 1]!)) start--
  return start < end ? lead.slice(start, end) : undefined
}

/** Two subjects one thing ("mưa đá" twice), two kinds of one thing ("mưa đá" / "mưa lớn"), or neither. */
function compareSubjects(x: readonly string[] | undefined, y: readonly string[] | undefined): 'same' | 'kinds' | undefined {
  if (!x || !y) return undefined
  if (x.join(' ') === y.join(' ')) return 'same'
  if (x.length !== SUBJECT_WORDS || y.length !== SUBJECT_WORDS) return undefined
  const shared = x.filter((w) => y.includes(w)).length
  return shared === 1 ? 'kinds' : undefined
}

/** How the durations `x` and `y` relate by their subjects, and the two subjects as text ("mưa đá / mưa lớn"). */
export function durationRelation(x: Fact, y: Fact, cx: Clause, cy: Clause): { relation: 'same' | 'kinds' | undefined; text: string } {
  const sx = durationSubject(x, cx)
  const sy = durationSubject(y, cy)
  return { relation: compareSubjects(sx, sy), text: `${sx?.join(' ')} / ${sy?.join(' ')}` }
}
