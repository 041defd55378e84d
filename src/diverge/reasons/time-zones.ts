/**
 * Times of day in two time zones: the zone a time names ("EDT", "Arizona time", "giờ Hà Nội"),
 * and whether two times that differ are one instant told in two zones. compatible.ts asks it of
 * two times of one slot (a reason, 'time-zone', not a contradiction); the pairers ask whether a
 * time names its zone at all.
 */
import type { DateFact, Fact } from '../extract/fact'
import { keys } from '../extract/fact-tokens'

/**
 * UTC offsets in hours of the zones news text names. A name that covers summer and winter
 * time ("Eastern") allows both; "local time" and an unknown place allow any whole hour.
 */
const ZONE_OFFSETS: ReadonlyMap<string, readonly number[]> = new Map(
  (
    [
      ['edt', -4], ['est', -5], ['eastern', -4, -5], ['et', -4, -5], ['cdt', -5], ['cst', -6], ['central', -5, -6],
      ['mdt', -6], ['mst', -7], ['mountain', -6, -7], ['arizona', -7], ['pdt', -7], ['pst', -8], ['pacific', -7, -8], ['pt', -7, -8],
      ['gmt', 0], ['utc', 0], ['bst', 1], ['cet', 1], ['cest', 2], ['aest', 10], ['aedt', 11], ['ist', 5.5], ['jst', 9], ['kst', 9],
      ['ict', 7], ['hà nội', 7], ['việt nam', 7], ['bangkok', 7], ['bắc kinh', 8], ['beijing', 8], ['tokyo', 9], ['seoul', 9], ['london', 0, 1],
    ] as Array<[string, ...number[]]>
  ).map(([zone, ...hours]) => [zone.normalize('NFC'), hours]),
)
// "local" names a zone only as "local time" (the rule for "… time" below): *local police*, Portuguese *o local* (the place) do not.
const ZONES = keys('edt est cdt cst mdt mst pdt pst gmt utc bst cet cest aest aedt ist jst kst ict eastern central mountain pacific et pt')
// "Hour" words that name the local zone with "local" right after them (*hora local*, *horário local*, *heure locale*).
const HOUR_WORDS = keys('hora horário horario heure')
const LOCAL = keys('local locale')
// Words the local zone may stand behind (*às 10h30 no horário local*), no further from its time than these.
const LOCAL_REACH = 3

/** The time zone a time of day is given in: "EDT", "(AEST)", "Arizona time", "giờ Hà Nội", "giờ địa phương", "hora local". */
function zoneOf(d: DateFact): string | undefined {
  const after = d.after ?? []
  const words = [...after, ...(d.before ?? []).slice(-1)]
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    // a zone's name stands right beside its time (*7 p.m. EST*, *GMT 10:00*); further on it is another word (*the central bank*)
    if (ZONES.has(w) && (k === 0 || k >= after.length)) return w
    if (w === 'time' && k > 0) return words[k - 1]
    if (w === 'giờ' && words[k + 1]) return words.slice(k + 1, k + 3).join(' ')
    if (k < LOCAL_REACH && ((HOUR_WORDS.has(w) && LOCAL.has(words[k + 1] ?? '')) || w === 'ortszeit')) return 'local'
  }
  return undefined
}

/** The time names its zone ("EDT", "Arizona time", "giờ Hà Nội"). */
export const zoned = (d: Fact): boolean => d.type === 'date' && zoneOf(d) !== undefined

/** Both times name a zone, and not the same one: "7 p.m. EST" / "8am (AEST)". */
export function bothZoned(a: DateFact, b: DateFact): boolean {
  const za = zoneOf(a)
  const zb = zoneOf(b)
  return za !== undefined && zb !== undefined && za !== zb
}

/** The offsets a zone name allows; undefined when the name says no offset ("local", a city not listed). */
function offsetsOf(zone: string): readonly number[] | undefined {
  return ZONE_OFFSETS.get(zone) ?? ZONE_OFFSETS.get(zone.split(' ')[0]!)
}

/**
 * One instant in two time zones (3:49 p.m. Eastern / 1:49 p.m. MDT), at least one with its
 * zone named and the zones not the same. When both zones are known the hours must match
 * their offsets (7 p.m. EST is 10 a.m. AEST, not 8 a.m.); otherwise any whole number of
 * hours apart. The calendar day may move with the zone.
 */
export function compatibleTimes(a: DateFact, b: DateFact): string | undefined {
  if (a.minutes === undefined || b.minutes === undefined) return undefined
  const za = zoneOf(a)
  const zb = zoneOf(b)
  if ((za === undefined && zb === undefined) || za === zb) return undefined
  if ((a.minutes - b.minutes) % 60 !== 0) return undefined
  if (a.month !== undefined && b.month !== undefined && a.month !== b.month) return undefined
  if (a.day !== undefined && b.day !== undefined && Math.abs(a.day - b.day) > 1) return undefined
  const oa = za === undefined ? undefined : offsetsOf(za)
  const ob = zb === undefined ? undefined : offsetsOf(zb)
  if (oa && ob) {
    const day = 24 * 60
    const utc = (minutes: number, hours: number): number => (((minutes - hours * 60) % day) + day) % day
    if (!oa.some((x) => ob.some((y) => utc(a.minutes!, x) === utc(b.minutes!, y)))) return undefined
  }
  return 'time-zone'
}
