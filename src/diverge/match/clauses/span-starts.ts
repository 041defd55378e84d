/**
 * A figure that opens a "from X to Y" span in its own clause: "saltou de R$ 74,8 bilhões em junho
 * de 2006 para R$ 104,8 bilhões", "naik dari Rp 74,8 miliar menjadi Rp 104,8 miliar", "est passé de
 * 74,8 à 104,8 milliards", "tăng từ 74,8 lên 104,8 tỷ đồng". X is where a move started (or a range's
 * low end), an earlier level than the one another report states alone; the sentence's own Y is the
 * figure to set against it. English "from" before a figure was read so already (slot-qualifiers.ts);
 * the other languages' "from" word is also their "of" (de) or needs its "to" to mean a start, so
 * the span is read only when a "to" word leads straight to a figure later in the same clause.
 */
import type { Token } from '../../extract/fact-tokens'
import { keys } from '../../extract/fact-tokens'

const FROM = keys('from de dari từ desde')
const TO = keys('to para à a até menjadi ke hingga sampai lên xuống đến tới')
/** Tokens read past the figure for its "to": the span's end sits close by. */
const REACH = 12
/** Words after a figure that are not what it counts ("25 in May", "5 de maio"): the figure is bare there. */
const GLUE = keys('de d du des da do of in on at em en na no di pada ke và vào ở tại and e et dan, . which que yang mà')
/** Magnitudes and measures any level of a sum or a rate may carry: "de 74,8 à 104,8 milliards" is one span. */
const MAGNITUDE = keys(
  'thousand million billion trillion mil milhão milhões bilhão bilhões trilhão mille million millions milliard milliards ribu juta miliar triliun nghìn ngàn triệu tỷ percent % persen pontos points poin điểm',
)
/** A clock time or a month after a "to" figure: "até 5 de maio", "à 18 heures", "hingga 5 Mei" end a period, not a move. */
const WHEN = keys(
  'heures heure h horas hora jam giờ pm am gmt wib ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro ' +
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre ' +
    'januari februari maret mei juni juli agustus oktober desember tháng',
)

/** A currency or unit code written as a word before a figure (R$, Rp, US$, VND): it stands between the "from" and the number. */
const codeWord = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && t.raw.length <= 3 && /^\p{Lu}/u.test(t.raw)
const symbol = (t: Token | undefined): boolean => t?.kind === 'punct' && /^[$€£¥₫%]$/u.test(t.raw)

/** The token index of the figure's number, skipping a code word and symbols after `k` (or undefined). */
function figureAt(tokens: readonly Token[], k: number): number | undefined {
  let j = k
  if (codeWord(tokens[j])) j++
  while (symbol(tokens[j])) j++
  return tokens[j]?.kind === 'num' ? j : undefined
}

/** The currency written before the number at `n` ("R$", "$", "Rp"), '' when none. */
function codeBefore(tokens: readonly Token[], n: number): string {
  let code = ''
  for (let j = n - 1; j >= 0 && (symbol(tokens[j]) || codeWord(tokens[j])); j--) code = tokens[j]!.raw + code
  return code
}

/** What the number at `n` counts: the word right after it (past "de"/"of"), undefined when that is glue or none. */
function unitAfter(tokens: readonly Token[], n: number): string | undefined {
  let j = n + 1
  if (symbol(tokens[j])) return tokens[j]!.raw
  if (tokens[j]?.kind === 'word' && GLUE.has(tokens[j]!.key) && tokens[j + 1]?.kind === 'word' && WHEN.has(tokens[j + 1]!.key)) j++
  const t = tokens[j]
  return t?.kind === 'word' && !GLUE.has(t.key) && !TO.has(t.key) ? t.key : undefined
}

/**
 * Is the figure at `end` the end of a span that the figure at `start` opens? Only when it measures the
 * same thing: not a date or a clock time ("12 pessoas até 5 de maio", "12 morts à 18 heures", "đến
 * 10/2020"), not another noun after a "to" that is a dative or a destination ("amende de 500 euros à
 * 20 conducteurs", "dari 12 desa … ke 3 posko"), not another currency.
 */
function sameMeasure(tokens: readonly Token[], start: number, end: number): boolean {
  if (/[/:]/u.test(tokens[end]!.raw)) return false
  const ue = unitAfter(tokens, end)
  if (ue !== undefined && WHEN.has(ue)) return false
  const us = unitAfter(tokens, start)
  const cs = codeBefore(tokens, start)
  const ce = codeBefore(tokens, end)
  if (ce !== '' && cs !== '' && ce !== cs) return false
  if (ue === undefined || ue === us) return true
  if (MAGNITUDE.has(ue)) return us === undefined || MAGNITUDE.has(us)
  // "from 12 to 15 villages": a bare start takes the end's noun; a start that counts something else, or a sum, does not
  return us === undefined && cs === ''
}

/**
 * Does the figure whose tokens run from `first` to before `next` open a span? `isBreak` says
 * where the clause ends (clauses.ts: passed in so this file needs nothing back from it). The first
 * "to" figure decides.
 */
export function opensSpan(tokens: readonly Token[], first: number, next: number, isBreak: (tokens: readonly Token[], k: number) => boolean): boolean {
  let b = first - 1
  while (b >= 0 && tokens[b]!.kind === 'punct' && !isBreak(tokens, b)) b--
  if (codeWord(tokens[b])) b--
  const from = tokens[b]
  if (from === undefined || from.kind !== 'word' || !FROM.has(from.key)) return false
  let start: number | undefined
  for (let j = next - 1; j >= first && start === undefined; j--) if (tokens[j]!.kind === 'num') start = j
  if (start === undefined) return false
  for (let k = next; k < tokens.length && k < next + REACH; k++) {
    if (isBreak(tokens, k)) return false
    const t = tokens[k]!
    if (t.kind !== 'word' || !TO.has(t.key)) continue
    const end = figureAt(tokens, k + 1)
    if (end !== undefined) return sameMeasure(tokens, start, end)
  }
  return false
}
