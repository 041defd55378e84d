/**
 * Words about a measure's slot (measure-pairs.ts): whether its sentence tells another event's or
 * another object's figure ("a decade ago", "the state record", "trước đây", "il y a"), and the slot
 * said in words for the evidence, not as its internal key (review rmeasures45).
 */
import { keys } from '../../extract/fact-tokens'
import { foldWord } from '../../../normalize/fold'

/** Another event's or another object's figure, alone: "ago", "previous", "record", "former", "kỷ lục". */
const OTHER_EVENT = keys('ago previous previously record records past former lục recorde récord précédent précédente ancien ancienne anterior')
/** "last" before one of these: "last year", "last decade". */
const LAST = foldWord('last')
const SPANS = keys('year years decade month week century time')
const [VI_BEFORE, VI_HERE] = [foldWord('trước'), foldWord('đây')] as const
const [FR_IL, FR_Y, FR_A] = [foldWord('il'), foldWord('y'), foldWord('a')] as const

/** A scan of the sentence's folded words for a sign that its figure is another event's or another object's. */
export function otherEventWords(words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    if (OTHER_EVENT.has(w)) return true
    const next = words[k + 1]
    if (w === LAST && SPANS.has(next ?? '')) return true
    if (w === VI_BEFORE && next === VI_HERE) return true
    if (w === FR_IL && next === FR_Y && words[k + 2] === FR_A) return true
  }
  return false
}

const ASPECT_WORDS: ReadonlyMap<string, string> = new Map([
  ['theft', 'sum stolen'],
  ['sale', 'price'],
  ['quake', "quake's magnitude"],
  ['aftershock', "aftershock's magnitude"],
  ['fall', 'fall'],
  ['depth', 'depth'],
  ['height', 'height'],
  ['length', 'length'],
  ['width', 'width'],
  ['weight', 'weight'],
])

/** A slot key ("money usd theft", "mass weight of tumor", "years  of service") in words: "each report's one weight of the tumor". */
export function slotWords(slot: string): string {
  const of = slot.indexOf(' of ')
  const head = (of < 0 ? slot : slot.slice(0, of)).split(' ').filter((w) => w !== '')
  const object = of < 0 ? '' : slot.slice(of + 4)
  const aspect = ASPECT_WORDS.get(head[head.length - 1] ?? '') ?? (head[0] === 'years' ? 'years' : 'size')
  return `each report's one ${aspect}${object === '' ? '' : ` of the ${object}`}`
}
