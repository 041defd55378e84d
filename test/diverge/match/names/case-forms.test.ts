import { describe, expect, it } from 'vitest'
import { type CaseGrammar, caseFormLink } from '../../../../src/diverge/match/names/case-forms'
import { CASE_ENDING } from '../../../../src/normalize/german-endings'

// names55: one case-form link for both name judges (linked sentences and whole reports), German and Turkish.
const german: CaseGrammar = { german: true, turkish: false }
const turkish: CaseGrammar = { german: false, turkish: true }
const none: CaseGrammar = { german: false, turkish: false }
const polish: CaseGrammar = { german: false, turkish: false, slavic: true, polish: true }
const slavic: CaseGrammar = { german: false, turkish: false, slavic: true, polish: false }

/** The link between `a` in `textA` and `b` in `textB`, each at its first place there. */
function caseLink(grammar: CaseGrammar, a: string, textA: string, b: string, textB: string): ReturnType<typeof caseFormLink> {
  const at = (name: string, text: string) => () => [{ start: text.indexOf(name), end: text.indexOf(name) + name.length }]
  return caseFormLink(grammar, { text: a, original: textA, spans: at(a, textA) }, { text: b, original: textB, spans: at(b, textB) })
}

/** The link's reason, or 'apart' / undefined. */
function link(grammar: CaseGrammar, a: string, textA: string, b: string, textB: string): string | undefined {
  const found = caseLink(grammar, a, textA, b, textB)
  return typeof found === 'object' ? found.reason : found
}

describe('one name in two cases is one name, by the grammar both reports are read in', () => {
  it.each([
    ['de: a genitive standing after its noun', german, 'Merkels', 'Die Rede Merkels wurde unterbrochen.', 'Merkel', 'Die Rede von Merkel wurde unterbrochen.', CASE_ENDING],
    ['tr: an apostrophe’s case suffix', turkish, "Ankara'da", "Polis Ankara'da açıklama yaptı.", "Ankara'ya", "Polis Ankara'ya gitti.", CASE_ENDING],
    ['pl: a genitive (polish57)', polish, 'Donalda Trumpa', 'Rzecznik Donalda Trumpa przemawiał.', 'Donald Trump', 'Donald Trump przemawiał.', CASE_ENDING],
    ['cs: a locative', slavic, 'Praze', 'Jednání proběhlo v Praze.', 'Praha', 'Praha hostila jednání.', CASE_ENDING],
    ['hr: a locative', slavic, 'Zagrebu', 'Sastanak je održan u Zagrebu.', 'Zagreb', 'Zagreb je domaćin sastanka.', CASE_ENDING],
    ['pl: two countries a letter apart', polish, 'Iranu', 'Ambasada Iranu została zaatakowana.', 'Iraku', 'Ambasada Iraku została zaatakowana.', 'apart'],
    ['en: two countries a letter apart', none, 'Iran', 'Troops were sent to Iran.', 'Iraq', 'Troops were sent to Iraq.', 'apart'],
    // traps: two people, a title alone, and reports read in no case grammar
    ['pl trap: a respelt stem is left to the spelling judges', polish, 'Turmp', 'Donald Turmp przemawiał.', 'Trump', 'Donald Trump przemawiał.', undefined],
    ['en trap: an English report declines no name', none, 'Dudy', 'President Dudy spoke.', 'Duda', 'President Duda spoke.', undefined],
    ['vi trap: a Vietnamese report declines no name', none, 'Dudy', 'Tổng thống Dudy phát biểu.', 'Duda', 'Tổng thống Duda phát biểu.', undefined],
    ['de trap: Peters is no genitive of Peter', german, 'Peters', 'Das sagte Peters am Montag.', 'Peter', 'Das sagte Peter am Montag.', 'apart'],
    ['tr trap: a title alone names no one', turkish, 'Başbakan', 'Başbakan açıklama yaptı.', 'Başbakanı', 'İngiltere Başbakanı açıklama yaptı.', 'apart'],
    ['tr trap: Sela / Selin are two names', turkish, 'Sela', 'Sela geldi.', 'Selin', 'Selin geldi.', undefined],
    ['en: no case grammar', none, 'Peters', 'Peters said on Monday.', 'Peter', 'Peter said on Monday.', undefined],
    ['vi: no case grammar', none, 'Hải', 'Ông Hải cho biết.', 'Hà', 'Ông Hà cho biết.', undefined],
  ])('%s', (_why, grammar, a, textA, b, textB, expected) => {
    expect(link(grammar, a, textA, b, textB)).toBe(expected)
  })
})

// tidy58: one reason for every grammar; which grammar linked the pair is a field of its own (the whole-report judge asks it).
describe('a case link says which grammar read it, under the one reason case-ending', () => {
  it.each([
    ['de', german, 'Merkels', 'Die Rede Merkels wurde unterbrochen.', 'Merkel', 'Die Rede von Merkel wurde unterbrochen.', 'german'],
    ['tr', turkish, "Ankara'da", "Polis Ankara'da açıklama yaptı.", "Ankara'ya", "Polis Ankara'ya gitti.", 'turkish'],
    ['pl', polish, 'Donalda Trumpa', 'Rzecznik Donalda Trumpa przemawiał.', 'Donald Trump', 'Donald Trump przemawiał.', 'slavic'],
  ])('%s', (_language, grammar, a, textA, b, textB, expected) => {
    const found = caseLink(grammar, a, textA, b, textB)
    expect(typeof found === 'object' ? found.grammar : found).toBe(expected)
  })
})
