// Guards the measured name figures on the hand-judged real gold (test/fixtures/real-divergences,
// copied from the shared corpora (corpora/real-divergences): VietnameseMDS clusters 1–100, MSRP train).
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import * as lib from '../../src'
import { ROOT } from '../helpers'

describe('names on the real gold (the gold pairs only)', async () => {
  const { evaluateReal } = await import(pathToFileURL(resolve(ROOT, 'bench/eval/real.mjs')).href)
  const result = evaluateReal(lib, { allPairs: false })
  const nameMisses = (lang: 'vi' | 'en'): string[] => result[lang].missed.filter((m: string) => / name: /.test(m))

  it.each([
    // measured 2026-12-02 after names were resolved per entity: vi 5 of 60 respelt names missed, en 2 of 31;
    // then names with reordered words (Tristan John Prendergast / John Tristan, Djihad Salafist / Salafist
    // Jihad): vi 2 (Lao / Laos Airlines, Robert MacDonald / Joshua McDonald: another given name), en 1
    // (Noureddinne Mouleff / Nur al-Din Muliff). The third Vietnamese round (40 items read before any
    // change) brought four more, not fixed: one respelling (Kyi Ly / Kyi Lin) and three pairs naming
    // another defender for one foul (Đình Hoàng / Ngọc Hải), which no spelling rule can find. Measured after
    // both: vi 6, en 1. The lead's check of session 9 (round lead-fresh-9, read before that session's
    // changes and not tuned on) brought one more English miss: Habis Abdu / Abdullah al Saoub, a given
    // name shortened in the middle of a full name, given as two missing names: en 2. The eighth Vietnamese
    // round (virecall-10, read before any change) brought two more, not fixed: a city with its syllables
    // swapped (Hoa Liên / Liên Hoa) and one app under two brand names (Samsung / Galaxy Gear Manager): vi 8.
    ['vi', 8],
    ['en', 2],
  ] as const)('%s: at most %i respelt names missed', (lang, most) => {
    expect(nameMisses(lang).length).toBeLessThanOrEqual(most)
  })

  it.each([
    // measured 2026-12-02: none (World Tour Final / Finals, Stake / AtStake and Organization / World
    // Health Organisation are now one name in another form); one of slack. English: none since letters
    // added to a word make another word (InternationalCo / International) and a shorter designation
    // whose only differing word is another form of one word is the name in short (Justice Anthony M.
    // Kennedy / Justices Anthony Kennedy, Philippines Congress / Philippine National Congress)
    ['vi', 1],
    ['en', 0],
  ] as const)('%s: at most %i name flags judged wrong', (lang, most) => {
    expect(result[lang].wrongFlags.filter((m: string) => / name: /.test(m)).length).toBeLessThanOrEqual(most)
  })
})
