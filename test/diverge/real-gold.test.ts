/**
 * The real-divergence floor: on the hand-judged gold of test/fixtures/real-divergences
 * (its own sentence pairs only, no corpus needed), recall, false alarms and precision of
 * judged flags must not fall back. Measured with compare() at defaults when this test was
 * written (gold pairs only, after rebasing on main's headline comparison): vi 5/25 found,
 * 4/44 traps flagged, 11 correct / 6 wrong flags; en 33/48 found, 20/97 traps flagged,
 * 33 correct / 20 wrong. Floors leave one item of slack.
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const load = async (path: string): Promise<any> => import(pathToFileURL(resolve(ROOT, path)).href)

describe('real disagreements judged by hand (gold pairs only)', async () => {
  const { evaluateReal, evaluateVnparaGold } = await load('bench/eval/real.mjs')
  const lib = await load('dist/index.js')
  // The VietnameseMDS and MSRP gold; the vnPara round (another distribution) has its own floor below.
  const result = evaluateReal(lib, { allPairs: false, vnpara: false })

  it.each([
    // measured 2026-12-02 on vi 83 + 99 and en 119 + 275 (the English gold grew by 167 newly read
    // items, most of them traps the engine flagged, so its alarm count is not comparable with the 8
    // of 145 before), with facts paired across whole reports (anchors, mutual best matches) and slot
    // evidence from sessions, moves, periods, measures and names merged: vi 66 found, 3 traps
    // flagged, precision 0.915 (97/106); en 89 found, 32 traps flagged, precision 0.708 (97/137).
    // With one-word name changes judged by their sentences (branch names-missing): vi 68 found, 3 traps, 0.917.
    // Session 4 merged (en-traps slot doubts, en-recall units and weak conflicts, vi-fresh second round),
    // with 52 fresh English items read before the merge: vi 70/92, 3/146, 0.945; en 111/138, 36/308,
    // 0.734 (on the first 394 alone 95/119, 15/275, 0.844). One item of slack.
    // Vietnamese third round (branch vinum): 40 items read before any change (15 disagreements,
    // 25 traps), the untouched engine 0/15 and 0/25, whole gold 70/107, 3/171, 0.945. With minutes
    // of a match paired by the match's order and counted nouns of one thing (dân / người): fresh
    // round 11/15, 0/25; whole gold 84/107, 3/171, 0.952 (118/124).
    // With the shoot-out score as its own slot: 85/107, 3/171, 0.952 (119/125).
    // Quotes tied to no common moment made candidates, figures of listed entities paired by entity,
    // clock ranges end to end (branch enprec; 8 flags judged on 130 new MSRP train candidates added):
    // en 111/138, 23/308, 0.804 (127/158). One item of slack.
    // Session 5 merged (names, vinum, enprec, and a reading of the day named on one side only),
    // with the lead's 32 fresh English items (round lead-fresh-5) read before the merges appended:
    // vi 86/107, 3/171, 0.952; en 114/150, 22/328, 0.813 (the fresh 32 alone 3/12, 3/20, 0.50).
    // One item of slack.
    // Vietnamese fourth round (branch virecall, round virecall-6): 39 items read before any change
    // (2 disagreements, 37 traps), the untouched engine 0/2 and 1/37. With each set's final score
    // paired by its set (séc 3 … 21-17 / set 3 … 7/21), slash scores after a score cue read as
    // scores, names with moved spaces not missing and glued initials (V.Mikhailov) read apart, and
    // a full date against a year alone (24-3-1959 / năm 1957): round 1/2, 1/37; whole gold vi
    // 90/109, 3/207, 0.954 (125/131). One item of slack.
    // English precision, second round (branch enprec, round enprec-6 of 40 items appended): scope,
    // base and label doubts, market fractions and bid/offer halves, moves told apart by their ends:
    // en 114/152, 8/366, 0.920 (126/137); vi unchanged. A little slack: other rounds merge beside it.
    // English recall round (branch enrecall): 55 items read on candidates 120-229 before any change
    // (8 disagreements, 47 traps; the untouched engine 0/8, 0/47) appended as round enrecall-6; with two
    // unnamed readings of a day taken as one slot and what sets readings apart read better, one starting
    // level with no reading named weighed as a link: en 124/158, 20/375, 0.838 (140/167; the first 478
    // items 124/150, 20/328); vi unchanged. One item of slack.
    // Both English rounds merged (four items both rounds judged alike kept once): en 122/159,
    // 8/410, 0.926 (138/149); the lead's unseen session-6 check (31 items, not in the gold) 2/4, 0/27
    // before and after the merges. One item of slack.
    // Vietnamese fifth round (branch virecall, round virecall-7): 28 items on sentence pairs of little
    // shared wording (1 disagreement, 27 traps), 0/1 and 0/27 before and after the worth-of-a-plan rule;
    // whole gold vi 90/110, 3/234, 0.954 (125/131): floors kept.
    // English recall, second round (branch enrecall, round enrecall-7 of 44 items read before any change:
    // 2/6, 0/38 before and after): counts of one specific noun paired by it, lower-case qualifiers past
    // to the counted noun, a new batch not a total: vi 91/109, 3/207, 0.955 (126/132); en 128/169,
    // 8/475, 0.929 (144/155). One item of slack.
    // Vietnamese sixth round (branch virecall-8, round virecall-8): 35 items read before any change
    // (3 disagreements, 32 traps), the untouched engine 0/3 and 0/32. With a goal told on both sides
    // or a respelt scorer tying two minutes, a bare -n a derivation only after -a (Kremli / Kremlin),
    // and a duration's subject (mưa đá / mưa lớn): round 3/3, 0/32; vi 96/113, 3/266, 0.963
    // (130/135); en 128/171, 7/508, 0.935 (144/154). One item of slack.
    // English recall, third round (branch enrecall-8, round enrecall-8 of 30 fresh items read before any
    // change: 0/2, 0/28 before and after; 2 guard traps added as round enrecall-8-guard): weekdays of one
    // action, fractions in words, the subject before a shared verb no qualifier: en 128/173 -> 132/173,
    // 8/538, 0.931 (148/159); vi unchanged. One item of slack.
    // Both merged (session 8, with the lead's middle-initial rule and round lead-fresh-8): see the commit.
    // Vietnamese seventh round (branch virecall-9, round virecall-9): 27 traps found by phenomenon (ranges
    // written with a dash or words, Roman vs Arabic phase numbers, exonyms), 0/27 flagged before and after;
    // the rules for them (Roman numerals, date ranges, x/y of counted things, exonyms) change no flag:
    // vi 96/113, 3/293, 0.963 (130/135); en 132/173, 7/553, 0.937. Floors kept.
    // Vietnamese eighth round (branch virecall-10, round virecall-10): 25 items read on reports before any
    // change (0/3 found, 0/22 flagged). A function word or weekday is no name of a clause (a caption glued
    // before a sentence left "Theo", "Sau" capitalised inside it): vi 96/116 -> 97/116, 3/315, 0.963 (131/136).
    // Counted rounds of kicks name a shoot-out ("Sau 5 lượt đá, … tỉ số 4-1"): vi 98/116, 3/315, 0.964 (132/137).
    // Two sentences naming the same two sides give one match's score (Celtic 2 – 1 Ajax / Ajax thất thủ 0-2
    // … Celtic): vi 99/116, 3/315, 0.964 (133/138). en unchanged.
    // A sentence pointing back with a noun the sentence before names ("giá trị của bản hợp đồng này")
    // borrows that sentence's words, at half weight, for the overlap of its facts' pairing (branch
    // refers-11): vi 100/116 -> 101/116, 3/335, 0.964 (134/139 -> 135/140); en, planted, seed unchanged.
    // Made safe (branch refers-12): only the facts of the clause that points back borrow, never after a
    // clause opening with "Ngoài", "Besides", "Meanwhile"…, and borrowed words alone cannot lift a pair
    // to 0.5 unless both count one noun: figures unchanged; the two traps the rule had lifted are back
    // at main's confidences (c69 0.45 -> 0.42, c16 650 / 440 triệu USD 0.48 -> 0.44).
    // The event word beside a date ties it to its event across unlinked sentences (branch vimiss-14:
    // khởi tranh / diễn ra / tổ chức for a start, sẽ về / trở về for a return, đến + a start for an end);
    // words of two events set two dates apart: vi 101/116 -> 103/116 (the BTV Cup's start 25.10 / 23/10
    // and 25-10 / 23/10), 3/352, 0.965 (137/142); en, planted, seed unchanged. One item of slack.
    ['vi', 102, 4, 0.95],
    // English recall, fourth round (branch enrecall-9, round enrecall-9 of 37 fresh items read before any
    // change: 1/2, 0/35 before and after): a rival set apart by its clause is no rival, an irregular past
    // form is a verb, cents are hundredths of a dollar: en 133/175 -> 136/175, 7/588, 0.933 (153/164);
    // vi unchanged. One item of slack.
    // English recall, fifth round (branch enrecall-10, round enrecall-10 of 33 items read by phenomenon
    // before any change: 0/4, 2/29; whole gold then 138/182, 9/631, 0.917 (155/169)): a middle name and
    // its initial are one name, a middle word or a body's head word (Airlines / Airways) of a foreign
    // name differing in related sentences is one name respelt, a foreign name's first word never is:
    // round 4/4, 1/29 (Aug. 15 / Aug. 22, a due date vs its window's end); en 143/182, 8/631, 0.930
    // (160/172). Then a day in the week before a period's stated last day (through Aug. 22) is doubted:
    // round 4/4, 0/29; en 143/182, 7/631, 0.936 (160/171); vi, planted, seed unchanged. One item of slack.
    // English recall, sixth round (branch enrecall-11, round enrecall-11 of 35 items read by phenomenon
    // before any change: 0/2, 0/33): a weak number conflict of two unlinked sentences that already disagree
    // confidently on another figure weighs as if linked (PeopleSoft 5.5 / 6.3 percent beside 94 cents /
    // $1.09): en 144/184 -> 147/184, 7/664, 0.938 (167/178, six new flags judged correct); vi unchanged.
    // A hedge on a figure written to its last digit covers a few units of that digit, not 4 % (around
    // 1.5292 / 1.5261): en 149/184, 7/664, 0.940 (172/183).
    // A preposition of place before a name both sentences write is no contrasting qualifier (around /
    // orbiting Jupiter): en 150/184, 7/664, 0.940 (173/184).
    // Two precise figures (three digits or more) within 1 % of each other weigh as one figure misreported
    // (fell 98.30 / down 98.32 points): en 151/184, 7/664, 0.941 (174/185).
    // Round enrecall-12 (23 traps read before any change, none flagged) appended: 151/184, 7/687.
    // A rise and a fall from one level with no reading named, the quote hovering within 0.5 % of it,
    // are one slot (Nasdaq added 1.92 at 1,647.94 / dipped 0.08 to 1,646): en 156/184, 7/687, 0.942 (180/191).
    // Pence and headcounts glued to their figure (290-1/2p, 4.600-strong) read: en 157/184, 7/687, 0.943 (181/192).
    // English -es plurals singular as a whole ("churches" → church, was "churche"), congregations counted
    // as churches: en 159/184 (about 500 congregations / about 215 churches, and 50 / 25 bishops beside
    // them by corroboration), 7/687, 0.943 (183/194).
    // A modified part of the day within its bare word unless moves of one measure differ in size (branch
    // band-13: early morning / morning, Safeway 290-1/2p / 288-1/4p): en 160/184, 7/687, 0.944 (184/195).
    // The event word beside two days ties them (sentenced / sentencing: July 3 / July 30), and a name in
    // a short form is one entity for the clause rule (Les Miz / Les Misérables: $1.8 billion / over $2
    // billion) (branch enpair-14): en 162/184, 7/687, 0.944 (186/197); vi unchanged. One item of slack.
    ['en', 161, 7, 0.94],
  ] as const)('%s: at least %i real disagreements found, at most %i traps flagged, precision ≥ %d', (lang, found, alarms, precision) => {
    const measured = result[lang]
    expect(measured.found).toBeGreaterThanOrEqual(found)
    expect(measured.falseAlarms).toBeLessThanOrEqual(alarms)
    expect(measured.precision).toBeGreaterThanOrEqual(precision)
  })

  // Round vipara-1 (43 items from vnPara sentence pairs, judged before any rule): 3/7 found, 14/36
  // traps flagged, 3 of 17 flags correct before; after month parts, outcomes and part-wholes 4/7,
  // 12/36, 4 of 16. No slack: it is small and new.
  // Rounds vipara-1, vipara2-1, vipara3-1 (docs/eval.md): 5/10 found, 3/104 traps flagged, 5 of 8 flags correct.
  it('vnPara sentence pairs: at least 5 found, at most 3 traps flagged, precision ≥ 0.6', () => {
    const measured = evaluateVnparaGold(lib)
    expect(measured.found).toBeGreaterThanOrEqual(5)
    expect(measured.falseAlarms).toBeLessThanOrEqual(3)
    expect(measured.precision).toBeGreaterThanOrEqual(0.6)
  })
})
