/**
 * Which script a word of a capitalised run is in, as names.ts splits a run at a switch between
 * Vietnamese syllables and foreign words (Busan | Đoàn Phương Lan).
 */
import { scriptKind } from '../vi-syllables'

export type KindOf = (folded: string) => 'vi' | 'foreign' | undefined
// Letters only Vietnamese writes (ơ, ư, đ, ạ, ả, ễ …): the accents Spanish, French or Portuguese share with it (á, é, ô, ã) are not among them.
const VI_ONLY_LETTER = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉĩịọỏốồổỗộớờởỡợụủũứừửữựỳỷỹỵ]/u
/**
 * In a report known to be in another language a word is Vietnamese only by a letter no other language writes:
 * Linda T. Sánchez in an English report is one name, not Linda T and a Vietnamese Sánchez (BASIL, names52).
 */
export const foreignReportKind: KindOf = (folded) => {
  const kind = scriptKind(folded)
  return kind === 'vi' && !VI_ONLY_LETTER.test(folded) ? undefined : kind
}

