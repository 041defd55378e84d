/**
 * What else may tie two minutes of one match to one event, once the match's order has narrowed
 * the candidates to one on each side (`match-minutes.ts`).
 *
 * Two reports tell one goal each in their own words and often name its scorer differently: by
 * another part of his name (*Joshua* / *Robert MacDonald*), or spelt another way (*MacDonal* /
 * *McDonald*). Neither shares a name word, so the minute was left unpaired. Two things still say
 * "the same event": both sentences tell a goal (*ghi bàn … ở phút 44* / *phút 43 … vô lê tung
 * lưới*, *scored in the 44th minute* / *netted in the 43rd*), and a foreign name word of one is a
 * respelling of one of the other's. A foul against the goal it led to still stays apart: only one
 * of the two sentences tells a goal.
 */
import { editDistance } from '../../reasons/edit-distance'
import { isVietnameseSyllable } from '../../extract/vi-syllables'

/**
 * Words that tell a goal was scored or conceded. Vietnamese: scored (*ghi bàn*, *lập công*,
 * *tung lưới*, *phá lưới*), opened, levelled or raised the score, a goal (*bàn thắng*, *bàn
 * thua*, *bàn gỡ*), conceded (*thủng lưới*, *bị dẫn*); English, Portuguese, Spanish, French and German the same (*gol*, *marcou*,
 * *abriu o placar*, *marcó*, *a marqué*, *traf*); never the French *but*, an English word too.
 */
const GOAL =
  /ghi bàn|lập công|tung lưới|phá lưới|thủng lưới|mở (?:tỷ|tỉ) số|nâng (?:tỷ|tỉ) số|gỡ hòa|gỡ hoà|san bằng (?:tỷ|tỉ) số|bàn thắng|bàn thua|bàn gỡ|bị dẫn|\b(?:scored|scores|netted|equali[sz]ed|equali[sz]er|goal|goals)\b|opened the scoring|\b(?:gol|golo|gols|goles|marcou|empatou|traf|erzielte|torschütze)\b|\bmarcó|abri[ru] o placar|a marqué|ouvre le score|égalis/iu

/** Does the sentence (NFC, as a document's sentences are read) tell a goal? */
export function tellsGoal(sentence: string): boolean {
  return GOAL.test(sentence)
}

/** Shortest name word compared by spelling: shorter words are too often other names a letter apart. */
const MIN_LENGTH = 6

/**
 * Two name words (folded) one a respelling of the other: both foreign (never a Vietnamese syllable,
 * where a changed letter is another name: *Thành* / *Thạnh*), at least six letters (*Marco* /
 * *Mario* are two people), at most one edit apart, two for words of seven letters or more
 * (*macdonal* / *mcdonald*).
 */
export function respeltNameWord(a: string, b: string): boolean {
  if (a === b || a.length < MIN_LENGTH || b.length < MIN_LENGTH) return false
  if (/\d/.test(a) || /\d/.test(b) || isVietnameseSyllable(a) || isVietnameseSyllable(b)) return false
  const limit = Math.min(a.length, b.length) >= 7 ? 2 : 1
  return editDistance(a, b, limit) <= limit
}

/** Pairs of name words, one of each set, that are respellings of each other ("macdonal~mcdonald"). */
export function respeltActors(wordsA: ReadonlySet<string>, wordsB: ReadonlySet<string>): string[] {
  const out: string[] = []
  for (const a of wordsA) {
    if (wordsB.has(a)) continue
    for (const b of wordsB) if (!wordsA.has(b) && respeltNameWord(a, b)) out.push(`${a}~${b}`)
  }
  return out
}
