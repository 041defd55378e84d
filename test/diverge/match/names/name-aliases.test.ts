/**
 * names51: *Muhammad Al Azhar (MA) alias Zoya* / *Muhammad Aljahra alias Zoya* (IndoSum): spellings
 * too far apart to read as one name, each `missing`, though both reports give the man one alias.
 * The alias both give right after the name now makes the two one name respelt.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const flags = (a: string, b: string) =>
  compare(a, b).divergences.filter((d) => d.kind === 'name').map((d) => [d.a?.text ?? null, d.b?.text ?? null])

describe('two spellings of a name followed by one alias', () => {
  it.each([
    ['id', 'Kepolisian mengantongi identitas lima pelaku pembakaran Muhammad Al Azhar (MA) alias Zoya, di Pasar Muara Bakti, Bekasi.', 'Polisi kembali menangkap tiga terduga pelaku pembakaran Muhammad Aljahra alias Zoya yang diduga mencuri amplifier musala.', ['Muhammad Al Azhar', 'Muhammad Aljahra']],
    ['en', 'Police identified five more men in the mob that burned Muhammad Al Azhar (MA) alias Zoya at a market in Bekasi.', 'Officers arrested three suspects in the killing of Muhammad Aljahra, aka Zoya, who was accused of stealing an amplifier.', ['Muhammad Al Azhar', 'Muhammad Aljahra']],
    ['vi', 'Cảnh sát đã xác định thêm năm kẻ trong đám đông thiêu chết Muhammad Al Azhar (MA) tức Zoya tại chợ Bekasi.', 'Cảnh sát bắt thêm ba nghi phạm trong vụ thiêu chết Muhammad Aljahra tức Zoya, người bị cho là lấy trộm bộ khuếch đại.', ['Muhammad Al Azhar', 'Muhammad Aljahra']],
    ['vi: Nguyễn Văn Tư / Nguyễn Văn Tú, biệt danh', 'Công an đã bắt Nguyễn Văn Tư, biệt danh Tư Đen, tại nhà riêng ở quận 8.', 'Đối tượng Nguyễn Thành Tú biệt danh Tư Đen bị bắt khi đang lẩn trốn ở Long An.', ['Nguyễn Văn Tư', 'Nguyễn Thành Tú']],
    // a quoted alias, read between its quotes (rnames51)
    ['en: “Zoya”', 'Police identified five more men in the mob that burned Muhammad Al Azhar (MA), aka “Zoya”, at a market in Bekasi.', 'Officers arrested three suspects in the killing of Muhammad Aljahra, aka “Zoya”, who was accused of stealing an amplifier.', ['Muhammad Al Azhar', 'Muhammad Aljahra']],
    ['en: "Zoya"', 'Police identified five more men in the mob that burned Muhammad Al Azhar (MA) alias "Zoya" at a market in Bekasi.', 'Officers arrested three suspects in the killing of Muhammad Aljahra, aka "Zoya", who was accused of stealing an amplifier.', ['Muhammad Al Azhar', 'Muhammad Aljahra']],
    ['id: "Zoya"', 'Kepolisian mengantongi identitas lima pelaku pembakaran Muhammad Al Azhar (MA) alias "Zoya" di Pasar Muara Bakti, Bekasi.', 'Polisi kembali menangkap tiga terduga pelaku pembakaran Muhammad Aljahra alias "Zoya" yang diduga mencuri amplifier musala.', ['Muhammad Al Azhar', 'Muhammad Aljahra']],
    ['vi: "Tư Đen"', 'Công an đã bắt Nguyễn Văn Tư, biệt danh "Tư Đen", tại nhà riêng ở quận 8.', 'Đối tượng Nguyễn Thành Tú biệt danh "Tư Đen" bị bắt khi đang lẩn trốn ở Long An.', ['Nguyễn Văn Tư', 'Nguyễn Thành Tú']],
  ])('%s: one person respelt', (_lang, a, b, pair) => {
    expect(flags(a, b)).toContainEqual(pair)
  })

  it.each([
    // two aliases: two people
    ['id: two aliases', 'Polisi menangkap Muhammad Al Azhar alias Zoya di Bekasi.', 'Polisi menangkap Muhammad Aljahra alias Bobi di Babelan.'],
    ['en: two aliases', 'Police arrested Muhammad Al Azhar, aka Zoya, in Bekasi on Tuesday.', 'Police arrested Muhammad Aljahra, aka Bobi, in Babelan a week later.'],
    ['vi: two aliases', 'Công an đã bắt Nguyễn Văn Tư, biệt danh Tư Đen, tại quận 8.', 'Công an đã bắt Nguyễn Thành Tú, biệt danh Tú Lùn, tại Long An.'],
    // the alias written for someone else further on in the sentence
    ['en: the alias is another man\'s', 'Muhammad Al Azhar was questioned in Bekasi, police said, and later his brother Ahmad alias Zoya.', 'Muhammad Aljahra was questioned in Babelan before his cousin Rudi alias Zoya arrived.'],
    // two aliases sharing a head, read whole: two people (rnames51)
    ['id: al-Jawi / al-Bugisi', 'Densus 88 menangkap Muhammad Rizal alias Abu Hamzah al-Jawi di Bekasi.', 'Polisi juga menangkap Muhammad Ramli alias Abu Hamzah al-Bugisi di Poso.'],
    ['en: al-Jawi / al-Bugisi', 'Counter-terror police arrested Muhammad Rizal, alias Abu Hamzah al-Jawi, in Bekasi.', 'Officers also detained Muhammad Ramli, alias Abu Hamzah al-Bugisi, in Poso.'],
    ['vi: al-Jawi / al-Bugisi', 'Cảnh sát chống khủng bố bắt Muhammad Rizal, tức Abu Hamzah al-Jawi, tại Bekasi.', 'Cảnh sát cũng bắt giữ Muhammad Ramli, tức Abu Hamzah al-Bugisi, tại Poso.'],
    ['vi: Tư đen / Tư lùn', 'Công an đã bắt Nguyễn Văn Tư, biệt danh Tư đen, tại nhà riêng ở quận 8.', 'Đối tượng Nguyễn Thành Tú biệt danh Tư lùn bị bắt khi đang lẩn trốn ở Long An.'],
    ['en: Mr. Big / Mr. Clean', 'Police arrested Muhammad Rizal, aka Mr. Big, in Bekasi on Tuesday.', 'Police arrested Muhammad Ramli, aka Mr. Clean, in Babelan a week later.'],
    ['en: The butcher / The bomber', 'Police arrested Muhammad Rizal, aka The butcher, in Bekasi on Tuesday.', 'Police arrested Muhammad Ramli, aka The bomber, in Babelan a week later.'],
    // one name, no alias on one side: the spellings alone decide (too far apart)
    ['id: no alias on one side', 'Polisi menangkap Muhammad Al Azhar alias Zoya di Bekasi.', 'Polisi menangkap Muhammad Aljahra di Babelan pekan lalu.'],
  ])('%s: not one person', (_why, a, b) => {
    expect(flags(a, b)).toEqual([])
  })
})
