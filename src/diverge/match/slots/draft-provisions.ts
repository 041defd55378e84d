/**
 * Provision numbers of a text being drafted. "khoản 3 Điều 58" of the draft submitted in May and
 * "khoản 3 Điều 54" of the revised one, "Section 12 of the draft bill" / "Section 14 of the amended
 * bill": articles are renumbered from one version of a draft to the next, so two reports quoting
 * one clause of a bill under debate give it the number of the version each read. When both
 * sentences place their figure as a provision (article, clause, section, chapter) and both speak
 * of a draft or its amendment, the two numbers are as likely two versions as one misnumbering,
 * however alike the quoted clause is: the pair stays a candidate. A provision of an enacted text
 * ("Điều 139 Bộ luật Hình sự" / "Điều 140") is not doubted here.
 */
import type { Fact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'
import { foldWord } from '../../../normalize/fold'
import type { Clause } from '../clauses/clauses'

/** Words that number a provision of a legal text, right before its figure. */
const PROVISION = keys('điều khoản chương mục article articles section sections chapter clause clauses paragraph')
/** One word that says a text is a draft or is being amended. */
const DRAFT_WORD = keys('draft drafts drafted bill amend amended amending amendment amendments revise revised revision')
/** Two-syllable Vietnamese words of the same sense: dự thảo (draft), sửa đổi (amend), chỉnh lý (revise). */
const DRAFT_PAIRS: ReadonlyMap<string, string> = new Map(
  [
    ['dự', 'thảo'],
    ['sửa', 'đổi'],
    ['chỉnh', 'lý'],
  ].map(([first, second]) => [foldWord(first!), foldWord(second!)]),
)

/** Whether a figure numbers a provision: the word right before it is article, section, Điều, khoản… */
function provisionNumber(f: Fact, c: Clause): boolean {
  if (f.type !== 'number' || (f.kind !== 'plain' && f.kind !== 'ordinal') || f.range) return false
  const before = c.before[c.before.length - 1]
  return before !== undefined && PROVISION.has(before)
}

/** Whether a sentence speaks of a draft or of amending a text (one scan of its words). */
export function speaksOfDraft(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (DRAFT_WORD.has(w)) return true
    const next = DRAFT_PAIRS.get(w)
    if (next !== undefined && words[i + 1] === next) return true
  }
  return false
}

export function draftProvisionDoubt(x: Fact, y: Fact, cx: Clause, cy: Clause): string | undefined {
  if (!provisionNumber(x, cx) || !provisionNumber(y, cy)) return undefined
  if (!speaksOfDraft(cx.words) || !speaksOfDraft(cy.words)) return undefined
  return 'provision numbers of a text being drafted: drafts are renumbered from one version to the next'
}
