/**
 * Two countries or islands a letter or two apart (*Iran* / *Iraq*, *Iranu* / *Iraku*, *Austria* /
 * *Australia*, *Niger* / *Nigeria*, *Mali* / *Malawi*) are two places, never one name respelt, in any
 * language: a report that writes one where the other writes the other names another place, which the
 * sentences say, not the spelling. Each line one place, as English and the Slavic languages spell it;
 * a declined form is read by its case ending only in a report read as Slavic (normalize/slavic-endings.ts).
 */
import { lowerNfc } from '../../../normalize/fold'
import { slavicReadings } from '../../../normalize/slavic-endings'

const PLACES: readonly string[] = [
  'iran|irán|írán',
  'iraq|irak|irák',
  'austria|austrija|rakousko|rakúsko|avstrija',
  'australia|australija|austrálie|austrália|avstralija',
  'niger',
  'nigeria|nigerija|nigérie|nigéria',
  'mali',
  'malawi|malavi',
  'bali',
  'gambia|gambija|gambie',
  'zambia|zambija|zambie',
  'slovakia|słowacja|slovensko|slovačka|slovaška',
  'slovenia|słowenia|slovenija|slovinsko',
  'guinea|gwinea|gvineja|guinej',
  'guyana|gujana|gvajana',
]

// Every reading of every spelling → its line: Iranu and Iraku reach iran and irak by their cut endings.
const BY_READING: ReadonlyMap<string, number> = (() => {
  const out = new Map<string, number>()
  PLACES.forEach((line, id) => {
    for (const form of line.split('|')) for (const r of slavicReadings(form, false)) if (!out.has(r)) out.set(r, id)
  })
  return out
})()

function placeOf(word: string, slavic: boolean): number | undefined {
  const direct = BY_READING.get(word)
  if (direct !== undefined || !slavic) return direct
  for (const r of slavicReadings(word, false)) {
    const id = BY_READING.get(r)
    if (id !== undefined) return id
  }
  return undefined
}

const wordsOf = (text: string): string[] => lowerNfc(text).split(/[\s\u00a0]+/u).filter((w) => w !== '')

/** Do two names differ where each writes another of the places above, word for word the same elsewhere? */
export function distinctPlaces(a: string, b: string, slavic: boolean): boolean {
  const x = wordsOf(a)
  const y = wordsOf(b)
  if (x.length !== y.length || x.length === 0) return false
  let apart = false
  for (let k = 0; k < x.length; k++) {
    if (x[k] === y[k]) continue
    const p = placeOf(x[k]!, slavic)
    const q = placeOf(y[k]!, slavic)
    if (p === undefined || q === undefined || p === q) return false
    apart = true
  }
  return apart
}
