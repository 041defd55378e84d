/**
 * A person and a place with close spellings are two names, not one respelt: *ngay như Maradona,
 * người rất yêu mến Messi* / *tại sân Maracana*, *coach Ferguson said* / *at Ferguson Park*.
 *
 * The kind of a name is read from the words around it in its own report, nothing else:
 * - a place when the words right before it are the head of a place (*sân*, *sân vận động*, *thành
 *   phố*, *tỉnh*, *sông*, *city of*, *province of*) or the word right after is one in English
 *   (*Maracana stadium*, *Ferguson Park* is read as its own name already);
 * - a person when a title of address or a person's role stands right before it (*ông*, *HLV*,
 *   *cầu thủ*, *Mr*, *coach*), an apposition follows it (*X, người …*, *X, 45 tuổi*, *X, who*),
 *   or a verb of saying follows a name that opens its clause (*X said*, *X cho biết*).
 * A name read both ways, or neither, has no kind. Two names of one kind (two spellings of one
 * mayor, *sân Mỹ Đình* / *sân Mĩ Đình*) are compared as before; so is a name of one kind against
 * one read as neither (*thành phố Hồ Chí Minh* / *Hồ Chí Minh*).
 */
import { foldWord } from '../../../normalize/fold'
import { SAYING_PHRASES } from '../../../normalize/saying-verbs'
import { phrases } from '../../../normalize/word-lists'

export type NameKind = 'person' | 'place'

/** Heads of a place written before its name. */
const PLACE_BEFORE = phrases(
  'sân, sân vận động, svđ, thành phố, tp, tỉnh, huyện, quận, xã, phường, thị xã, thị trấn, sông, núi, hồ, đảo, vịnh, đèo, ' +
    'phố, đường, làng, thôn, ấp, bang, thủ đô, city of, town of, village of, province of, state of, county of, port of, mount, lake, river',
)
/** Heads of a place written after its name in English (*Maracana stadium*). */
const PLACE_AFTER: ReadonlySet<string> = new Set(['stadium', 'arena', 'city', 'province', 'county', 'river', 'airport', 'village', 'town'].map(foldWord))
/** Titles of address and roles of a person written before the name. */
const PERSON_BEFORE = phrases(
  'ông, bà, anh, chị, cô, chú, bác, cụ, cháu, bé, em, hlv, huấn luyện viên, cầu thủ, danh thủ, tiền vệ, tiền đạo, hậu vệ, thủ môn, ' +
    'tay vợt, vận động viên, vđv, ca sĩ, nhạc sĩ, nhà văn, diễn viên, bị cáo, nghi phạm, ' +
    'mr, mrs, ms, miss, dr, coach, player, striker, midfielder, goalkeeper, singer, actor, actress, writer, defendant, suspect',
)
/** Words after a name and its comma that make it a person: an apposition (*Maradona, người …*, *Smith, 45 tuổi*, *Smith, who*). */
const APPOSITION = phrases('người, who, tuổi')
/**
 * Verbs of saying right after a name that opens its clause (*Smith said*, *Hùng cho biết*). After
 * other words the name is an object or a place (*police in Ferguson said*), and without a comma
 * "người" is the word for people (*ở Quảng Nam người dân …*).
 */
const SAYING = SAYING_PHRASES

const WORD = /[\p{L}\p{M}\p{N}]+/gu

/** The folded words of `text` before `start` (at most `n`, none across a clause mark) and after `end` (at most `n`). */
function around(text: string, start: number, end: number, n: number): { before: string[]; after: string[]; commaAfter: boolean } {
  const left = text.slice(Math.max(0, start - 60), start)
  const cut = Math.max(left.lastIndexOf(','), left.lastIndexOf('.'), left.lastIndexOf(';'), left.lastIndexOf('('), left.lastIndexOf(':'))
  const before = (left.slice(cut + 1).match(WORD) ?? []).slice(-n).map(foldWord)
  const right = text.slice(end, end + 60)
  const commaAfter = /^\s*,/u.test(right)
  const after = (right.match(WORD) ?? []).slice(0, n).map(foldWord)
  return { before, after, commaAfter }
}

const endsWith = (words: readonly string[], phrase: readonly string[]): boolean =>
  phrase.length <= words.length && phrase.every((w, i) => words[words.length - phrase.length + i] === w)
const startsWith = (words: readonly string[], phrase: readonly string[]): boolean => phrase.every((w, i) => words[i] === w)

/** The kind of the name at [start, end) of `text`, read from its neighbours; undefined when they say neither or both. */
export function nameKind(text: string, start: number, end: number): NameKind | undefined {
  const { before, after, commaAfter } = around(text, start, end, 3)
  const place = PLACE_BEFORE.some((p) => endsWith(before, p)) || (after[0] !== undefined && PLACE_AFTER.has(after[0]) && !commaAfter)
  // "Maradona, người rất yêu mến Messi", "Smith, 45, said": an apposition after a comma; "Smith said" right after.
  const afterWords = /^\d+$/u.test(after[0] ?? '') ? after.slice(1) : after
  const person =
    PERSON_BEFORE.some((p) => endsWith(before, p)) ||
    (commaAfter && APPOSITION.some((p) => startsWith(afterWords, p))) ||
    (before.length === 0 && SAYING.some((p) => startsWith(afterWords, p)))
  if (place === person) return undefined
  return place ? 'place' : 'person'
}

// A mention is read against every close spelling and rival of the other report: its kind is kept by its span.
const spanKinds = new WeakMap<object, { readonly text: string; readonly start: number; readonly end: number; readonly kind: NameKind | undefined }>()

/** `nameKind` of a mention's span, kept by the span. */
function kindAt(text: string, span: { start: number; end: number }): NameKind | undefined {
  const known = spanKinds.get(span)
  if (known !== undefined && known.start === span.start && known.end === span.end && known.text === text) return known.kind
  const kind = nameKind(text, span.start, span.end)
  spanKinds.set(span, { text, start: span.start, end: span.end, kind })
  return kind
}

/** Why two close spellings name two things (a person / a place), else undefined. */
export function kindsApart(textA: string, a: { start: number; end: number }, textB: string, b: { start: number; end: number }): string | undefined {
  // Most names have no kind: the other's words are read only when this one has one.
  const x = kindAt(textA, a)
  if (x === undefined) return undefined
  const y = kindAt(textB, b)
  return y !== undefined && x !== y ? `a ${x} and a ${y}` : undefined
}

/** How many mentions of an entity are read for its kind. */
const MENTIONS_READ = 4

// An entity is weighed against every rival of the other report (name-entities.ts): its kind is read once.
const entityKinds = new WeakMap<object, { readonly text: string; readonly kind: NameKind | undefined }>()

/** The kind an entity's mentions agree on (the first few read), else undefined; kept by the mentions' list. */
function entityKind(text: string, mentions: ReadonlyArray<{ readonly span: { start: number; end: number } }>): NameKind | undefined {
  const known = entityKinds.get(mentions)
  if (known !== undefined && known.text === text) return known.kind
  const kind = readEntityKind(text, mentions)
  entityKinds.set(mentions, { text, kind })
  return kind
}

function readEntityKind(text: string, mentions: ReadonlyArray<{ readonly span: { start: number; end: number } }>): NameKind | undefined {
  let kind: NameKind | undefined
  for (const m of mentions.slice(0, MENTIONS_READ)) {
    const k = kindAt(text, m.span)
    if (k === undefined) continue
    if (kind !== undefined && kind !== k) return undefined
    kind = k
  }
  return kind
}

/** Two entities, one a person and the other a place by the words around their mentions. */
export function entitiesApart(
  textA: string,
  a: ReadonlyArray<{ readonly span: { start: number; end: number } }>,
  textB: string,
  b: ReadonlyArray<{ readonly span: { start: number; end: number } }>,
): boolean {
  const x = entityKind(textA, a)
  if (x === undefined) return false
  const y = entityKind(textB, b)
  return y !== undefined && x !== y
}
