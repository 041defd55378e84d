/**
 * Clock times written with an hour word or after a clock preposition, in the languages that write
 * them so: German *um 20 Uhr*, *20 Uhr 30*; French *à 20 heures*, *à 20 heures 30*; Spanish *a las
 * 20.30 horas*, *a las 21 horas*; and the dotted clock after its preposition (*o godz. 20.30*, *в
 * 20.30*, *alle 20.30*, *om 20.30*, *às 20.30*). Unread, *21 Uhr* was a bare 21 and *20.30* a decimal
 * or a day and month, so one start told *20:30* / *20.30* was two facts and *20.30 Uhr* / *21 Uhr*
 * no pair. dates.ts asks here at a number token, before the day-and-month reading of a dotted pair.
 *
 * The dot alone is no clock (*2.30* is a decimal, *20.10* a day): the preposition or the hour word
 * makes it one, and a counted noun after it (*в 2.50 раза*) unmakes it.
 */
import { type Token, keys } from '../fact-tokens'
import { quantityAfter } from './date-quantities'

/** Prepositions that put a dotted figure at a time of day (*las* of *a las*, Polish *o* and *godz.*, Russian *в*). */
// German *am / vom / bis 14.05.* is a day and month, its clock is written with *Uhr*: no German lead here.
// Polish *godzina* in its cases (*o godzinie 21.30*, *około godziny 21.30*) and the hedges of the languages that write
// their decimals with a comma (*około 22.30*, *ok. 22.30*, *kolem 22.30*, *oko 22.30*): a hedge is no clock word, but
// there a dotted figure is a time, and unread it was a bare decimal that met no clock (fresh57: *około godziny 21:30* /
// *około 22.30* silent). No English hedge: *about 20.30* is a decimal.
const DOTTED_LEADS = keys('las o godz godziny godzinie godzina в во alle om às vers hacia')
/**
 * The hedges: after them a dotted figure is as often a sum or a size (*około 2.45 mln euro*, *oko 12.50 kuna*, *około
 * 2.30 m*), review rpolish58 bug 1 — so it is a clock only where the clause goes on at once: a mark, the text's end, an
 * hour word or a preposition or conjunction (*około 22.30 w centrum*), never a word a unit or currency list must foresee.
 */
const HEDGE_LEADS = keys('około ok kolem okolo oko около')
const AFTER_HEDGED_CLOCK = keys('w we na v ve u i a oraz do po lub albo gdy kiedy když kad в во на и а когда')
/** Czech, Slovak and Croatian hour words after a dotted clock (*21.30 hodin*, *21.30 hod.*, *21.30 sati*). */
const SLAVIC_HOURS = keys('hodin hod sati')
/** German *Uhr* makes any hour a time; *horas* / *hrs* only a dotted one or one after *las* (*durante 20 horas* is a length). */
const UHR = keys('uhr')
const HOUR_WORDS = keys('horas hs hrs')
/** French *heure(s)* is a time only after a preposition of time (*pendant 20 heures* is a length). */
const HEURES = keys('heure heures')
const HEURE_LEADS = keys('à vers dès')
/** Words after a dotted figure that make it a rate or a sum, whatever stands before it (*в 2.50 раза*, *o 20.30 procent*, *około 12.50 za sztukę*). */
const NOT_CLOCK_AFTER = keys('% раза раз процента процентов procent proc prozent percent pour por per euro euros евро рубль рубля рублей доллар доллара долларов zł zł złotych gr pkt punktu punktów пункта пунктов п za')
/**
 * Verbs of change before *o* / *в* make the figure the size of the change (*wzrosła o 2.50*, *вырос в
 * 1.25*), review rmeasures54 bug 5: their stems, for every gender and tense.
 */
const MOVE_STEMS = /^(?:wzr[oó]s|spad|zmal|zwięk|zmniej|obniż|podwyż|podnie|podnió|wyni|вырос|вырас|упал|пада|снизи|сниж|повыси|повыш|увеличи|уменьши|сократи|подорож|подешев|составил)/u
/** French *à 24 heures du scrutin*, *à 3 heures de route*: hours away from something, no time of day (bug 7), unless it is of the day. */
const OF_WORDS = keys('de du d')
const DAY_PARTS = keys('matin soir après-midi apres-midi l nuit')
/** Spanish *las 20 personas*: after a bare *las N* only its day part, its minutes or the clause's end make it a time (bug 4). */
const DAY_PART_ES = keys('mañana tarde noche madrugada')
/** Spanish *de la tarde / de la noche* after an hour below twelve moves it past noon. */
const AFTERNOON = keys('tarde noche')

const minutesOf = (t: Token | undefined): number | undefined => (t?.kind === 'num' && t.spaced && /^\d{2}$/u.test(t.raw) && +t.raw <= 59 ? +t.raw : undefined)

/** The clock preposition before token `i`, past Polish *godz.*'s dot (*o godz. 20.30*); a hedge only before a clause's going on. */
function ledAt(tokens: readonly Token[], i: number): boolean {
  let k = i - 1
  if (tokens[k]?.raw === '.' && (tokens[k - 1]?.key === 'godz' || tokens[k - 1]?.key === 'ok')) k--
  const lead = tokens[k]?.key ?? ''
  if (DOTTED_LEADS.has(lead)) return true
  const next = tokens[i + 1]
  return HEDGE_LEADS.has(lead) && (next === undefined || next.kind !== 'word' || AFTER_HEDGED_CLOCK.has(next.key))
}

/** A clock time at number token `i`: its minutes since midnight and last token, or undefined. */
export function clockWordAt(tokens: readonly Token[], i: number): { minutes: number; last: number } | undefined {
  const t = tokens[i]!
  const m = /^(\d{1,2})(?:\.(\d{2}))?$/u.exec(t.raw)
  if (!m || +m[1]! > 24 || (m[2] !== undefined && +m[2] > 59)) return undefined
  const hour = +m[1]!
  const next = tokens[i + 1]
  const word = next?.kind === 'word' ? next.key : ''
  // "10.30 p.m.": British English writes the clock with a dot; its a.m. / p.m. make it one whatever stands before it
  if (m[2] !== undefined && hour >= 1 && hour <= 12 && /^[ap]\.?m$/u.test(word)) {
    const pm = word[0] === 'p'
    const last = tokens[i + 2]?.raw === '.' && !tokens[i + 2]!.spaced && word.includes('.') ? i + 2 : i + 1
    return { minutes: ((hour % 12) + (pm ? 12 : 0)) * 60 + +m[2], last }
  }
  let minutes = m[2] !== undefined ? +m[2] : undefined
  let last = i
  const afterLas = tokens[i - 1]?.key === 'las'
  // "las 20 personas", "de las 20 personas": a bare hour after las followed by a word other than "de la tarde" counts that word
  if (afterLas && m[2] === undefined && next?.kind === 'word' && !HOUR_WORDS.has(word) && !(word === 'de' && tokens[i + 2]?.key === 'la' && DAY_PART_ES.has(tokens[i + 3]?.key ?? ''))) return undefined
  // "0.25": no clock writes its hour so
  if (m[2] !== undefined && m[1] === '0') return undefined
  const frenchAway = HEURES.has(word) && OF_WORDS.has(tokens[i + 2]?.key ?? '') && !DAY_PARTS.has(tokens[i + 3]?.key ?? '')
  if (UHR.has(word) || ((HOUR_WORDS.has(word) || SLAVIC_HOURS.has(word)) && (m[2] !== undefined || afterLas)) || (HEURES.has(word) && HEURE_LEADS.has(tokens[i - 1]?.key ?? '') && !frenchAway)) {
    last = i + 1
    // "20 Uhr 30", "20 heures 30": the minutes after the hour word
    const after = minutes === undefined ? minutesOf(tokens[i + 2]) : undefined
    if (after !== undefined) {
      minutes = after
      last = i + 2
    }
  } else if (!(m[2] !== undefined || afterLas) || !ledAt(tokens, i) || MOVE_STEMS.test(tokens[i - 2]?.key ?? '') || quantityAfter(tokens, i) || NOT_CLOCK_AFTER.has(next?.key ?? '') || (next?.raw === '.' && !next.spaced && m[2] !== undefined && /^\d/u.test(tokens[i + 2]?.raw ?? ''))) return undefined
  let h = hour
  // "a las 9 de la noche"
  if (tokens[last + 1]?.key === 'de' && tokens[last + 2]?.key === 'la' && AFTERNOON.has(tokens[last + 3]?.key ?? '') && h < 12) {
    h += 12
    last += 3
  }
  return { minutes: (h % 24) * 60 + (minutes ?? 0), last }
}
