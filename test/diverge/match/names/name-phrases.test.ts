import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { onceShared, phraseCounter, stockPair } from '../../../../src/diverge/match/names/name-phrases'

/** Name flags at the default threshold, as "A | B". */
function nameFlags(a: string, b: string): string[] {
  return compare(a, b)
    .divergences.filter((d) => d.kind === 'name')
    .map((d) => `${d.a!.text} | ${d.b!.text}`)
}

describe('onceShared: shared word pairs each report writes in one sentence only', () => {
  const gramsA = [new Set(['mở tỷ', 'tỷ số', 'phút 34']), new Set(['tỷ số', 'chung cuộc'])]
  const gramsB = [new Set(['mở tỷ', 'tỷ số', 'phút 34'])]
  const countA = phraseCounter(gramsA.length, (i) => gramsA[i]!)
  const countB = phraseCounter(gramsB.length, (i) => gramsB[i]!)
  it.each([
    ['once on both sides', 'mở tỷ', 1],
    ['twice in report A', 'tỷ số', 0],
    ['a pair with a figure', 'phút 34', 0],
    // stock phrases and the names' own words are no story's context
    ['en: a verb of saying and a function word', 'said on', 0],
    ['en: a function word and a day', 'on monday', 0],
    ['vi: a verb of saying', 'cho biết', 0],
    ['vi: the press', 'họp báo', 0],
    ['a word of the names', 'ông trần', 0],
    ['en: one content word beside a function word', 'opened the', 1],
  ])('%s', (_name, gram, expected) => {
    const once = (g: string): number => (g === 'tỷ số' || g === 'phút 34' ? countA(g) : 1)
    expect(onceShared(new Set([gram]), new Set([gram]), once, once, new Set(['trần', 'kyi']))).toBe(expected)
  })
})

// Kyi Ly / Kyi Lin (VietnameseMDS cluster 100): the captain who opened the scoring, in sentences the
// aligner does not link; "mở tỷ số" / "opened the scoring" is written once in each report.
describe('a word pair both reports write once ties two spellings of a name', () => {
  it.each([
    [
      'vi',
      'Trận đấu diễn ra trên sân Thuwunna. Myanmar dẫn tỷ số 2-1 sau hiệp một. Kyi Ly đã mở tỷ số 1-0 phút 34 cho Myanmar. Tỷ số chung cuộc là 3-1.',
      'Trận đấu diễn ra trên sân Thuwunna. Đội trưởng Kyi Lin dễ dàng đánh bại thủ môn Nguyên Mạnh, mở tỷ số trận đấu. Hậu vệ Quang Hùng ghi bàn ấn định chiến thắng.',
      'Kyi Ly | Kyi Lin',
    ],
    [
      'en',
      'The match was played in Yangon on Sunday. Kyi Ly opened the scoring in the 34th minute for Myanmar. The final score was 3-1.',
      'The match was played in Yangon on Sunday. Kyi Lin easily beat the goalkeeper and opened the scoring. Defender Quang Hung sealed the win from the spot.',
      'Kyi Ly | Kyi Lin',
    ],
  ])('%s: flagged', (_lang, a, b, flag) => {
    expect(nameFlags(a, b)).toContain(flag)
  })

  // Traps: the phrase written again elsewhere in one report ties nothing more; nor does a shared figure.
  it.each([
    [
      'vi: the phrase twice in one report',
      'Trận đấu diễn ra trên sân Thuwunna. Kyi Ly đã mở tỷ số 1-0 phút 34 cho Myanmar. Việt Nam suýt mở tỷ số ở phút 20.',
      'Trận đấu diễn ra trên sân Thuwunna. Đội trưởng Kyi Lin dễ dàng đánh bại thủ môn Nguyên Mạnh, mở tỷ số trận đấu.',
    ],
    [
      'en: the phrase twice in one report',
      'The match was played in Yangon on Sunday. Kyi Ly opened the scoring in the 34th minute. Vietnam nearly opened the scoring in the 20th minute.',
      'The match was played in Yangon on Sunday. Kyi Lin easily beat the goalkeeper and opened the scoring.',
    ],
    [
      'en: stock phrases beside the names ("said on Monday")',
      'Police said on Monday they arrested Kyi Ly for fraud. The case is under investigation.',
      'The case is under investigation. Officials said on Monday that Kyi Lin would attend the summit.',
    ],
    [
      'vi: stock phrases beside the names ("cho biết rằng")',
      'Công an cho biết rằng họ đã bắt Kyi Ly vì tội lừa đảo. Vụ việc đang được điều tra.',
      'Vụ việc đang được điều tra. Giới chức cho biết rằng Kyi Lin sẽ dự hội nghị.',
    ],
  ])('%s: not flagged', (_name, a, b) => {
    expect(nameFlags(a, b)).toEqual([])
  })
})

// The reporting-verb frame ("said at a news conference that", "cho biết trong buổi họp báo rằng")
// is every quoted person's: its word pairs are stock, shared context of no two mentions.
describe('stockPair: word pairs of the reporting frame', () => {
  it.each([
    ['en: said at', 'said at', true],
    ['en: a news', 'a news', true],
    ['en: news conference', 'news conference', true],
    ['en: conference that', 'conference that', true],
    ['en: spokesman said', 'spokesman said', true],
    ['vi: cho biết', 'cho biết', true],
    ['vi: trong buổi', 'trong buổi', true],
    ['vi: họp báo', 'họp báo', true],
    ['vi: báo rằng', 'báo rằng', true],
    // traps: a pair with a word of the story is context
    ['en: the refinery', 'the refinery', false],
    ['en: opened the', 'opened the', false],
    ['vi: mở tỷ', 'mở tỷ', false],
    ['vi: lọc dầu', 'lọc dầu', false],
    ['a single word', 'said', false],
  ])('%s', (_name, gram, expected) => {
    expect(stockPair(gram)).toBe(expected)
  })
})
