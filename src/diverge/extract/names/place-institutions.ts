/**
 * A known place that opens a capitalised run is split off as a name of its own, so that *Hàn
 * Quốc Lee Jae Myung* and *Tổng thống Nga Putin* give the country and the person (names.ts). When
 * what follows the place is an institution's name, the place is the first word of it: *New York
 * Stock Exchange*, *London Stock Exchange*, *New York Police Department* — split, the place and the
 * fragment *Stock Exchange* were each reported `missing` against a report that writes the
 * institution whole or not at all (round missing20-1 of the missing-facts gold, MSRP train
 * 1617844/1617745). Vietnamese writes the place after the institution (*Sở Giao dịch Chứng khoán
 * New York*), so its institution words here (*ngân hàng*, *bệnh viện*) are the rarer runs that
 * open with a place.
 *
 * The rest of the run names an institution when one of its words is a word of the kind that
 * heads or closes an institution's name. A person, a team of people or a place after the country
 * (*Lee Jae Myung*, *Putin*, *Tây Sơn*) holds none.
 */
import type { Word } from '../../../document/letter-words'
import { foldWord } from '../../../normalize/fold'

// Words that make a run an institution's name, English and Vietnamese (folded; a Vietnamese one is two
// syllables, since each syllable alone is also a given or family name: Đoàn, Công, Hàng).
const INSTITUTION_WORDS: ReadonlySet<string> = new Set(
  (
    'exchange exchanges airlines airways university college institute museum hospital bank ' +
    'police department ministry council committee commission agency authority corporation corp inc ' +
    'company association federation foundation school academy times post herald journal tribune ' +
    'fc club stadium zoo library observatory orchestra philharmonic opera ' +
    'ngân_hàng đại_học học_viện bệnh_viện bảo_tàng công_ty tập_đoàn hiệp_hội'
  )
    .split(' ')
    .map((w) => w.split('_').map(foldWord).join(' ')),
)

/** Does the rest of a run after a known place name an institution (Stock Exchange, Airlines), so that the place opens its name? */
export function restNamesInstitution(rest: readonly Word[]): boolean {
  return rest.some((w, k) => INSTITUTION_WORDS.has(w.folded) || (k + 1 < rest.length && INSTITUTION_WORDS.has(`${w.folded} ${rest[k + 1]!.folded}`)))
}
