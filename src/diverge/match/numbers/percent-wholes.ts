/**
 * A Vietnamese share names its whole right after the figure: *85,72% cổ đông* (of the
 * shareholders), *98% cổ phần* (of the shares), *75% nhu cầu* (of the needs). Two shares of two
 * wholes are two slots, as English *22% of voters* / *31% of Americans* already are
 * (`slot-qualifiers.ts`, `shareOf`). The whole is the two syllables right after the figure when
 * both are content words (a compound noun): *tăng 10% so với …*, *15% trong năm*, *30% GDP* name
 * none, or one word only, and tell nothing; *75% dân số* / *70% dân số* stay one slot.
 */
import { foldWord } from '../../../normalize/fold'
import { keys } from '../../../normalize/word-lists'
import type { Fact } from '../../extract/fact'
import type { Clause } from '../clauses/clauses'

/** Words that follow a share without naming its whole: comparisons, moments, verbs, links. */
const NOT_WHOLE = keys(
  'so với trong và của là năm tháng quý ngày khi thì nhưng lên xuống trên dưới còn đã đang sẽ được bị có so sánh ' +
    'tổng mỗi một các những này đó nay tới đến từ hơn gần khoảng cùng kỳ trước sau tăng giảm đạt chiếm ở tại theo vào ra ' +
    // a cause or a purpose after the figure ("tăng 6,5% nhờ xuất khẩu") names no whole
    'nhờ do vì bởi cho với nên để mà',
)
/** "52% số phiếu bầu" is "52% phiếu bầu": the counting word before a whole is no part of it. */
const COUNTING = foldWord('số')
const SYLLABLE = /^\p{Ll}+$/u
/** A letter only Vietnamese writes (a tone or a vowel mark, đ). */
const VIETNAMESE = /[^\u0000-\u007f]/u

/** The whole a Vietnamese share names right after its figure, as two folded syllables, if it names one. */
export function shareWhole(f: Fact, c: Clause): string | undefined {
  if (f.type !== 'number' || f.kind !== 'percent') return undefined
  const [w1, w2] = c.after[0] === COUNTING ? c.after.slice(1) : c.after
  if (w1 === undefined || w2 === undefined) return undefined
  if (!SYLLABLE.test(w1) || !SYLLABLE.test(w2) || NOT_WHOLE.has(w1) || NOT_WHOLE.has(w2)) return undefined
  // Vietnamese only: an English share names its whole after "of" (shareOf); "5% pay rise" is no whole.
  if (!VIETNAMESE.test(w1 + w2)) return undefined
  return `${w1} ${w2}`
}

/**
 * Why two shares are of two wholes (cổ đông / cổ phần), else undefined. `besideX` / `besideY` are
 * the wholes the other shares of each sentence name (shareWhole): a sentence that writes the
 * other's whole only as another share's ("40% số phòng khách sạn và một phần tư lượng khách")
 * speaks of it through that share, not through this one.
 */
export function differentWholes(x: Fact, y: Fact, cx: Clause, cy: Clause, besideX: readonly string[] = [], besideY: readonly string[] = []): string | undefined {
  const wx = shareWhole(x, cx)
  if (wx === undefined) return undefined
  const wy = shareWhole(y, cy)
  if (wy === undefined || wx === wy) return undefined
  // a sentence that writes the other's whole too speaks of it ("75% nhu cầu … dân số" / "70% dân số")
  const writes = (c: Clause, whole: string, beside: readonly string[]): boolean => !beside.includes(whole) && whole.split(' ').every((w) => c.sentence.has(w))
  return writes(cy, wx, besideY) || writes(cx, wy, besideX) ? undefined : `shares of two wholes (${wx} / ${wy})`
}
