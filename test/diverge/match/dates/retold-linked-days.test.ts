/**
 * One event's day a day apart in two sentences the aligner linked (retold-days.ts, ViMs
 * 105_673~105_675, round fresh37-1): *…cho biết ngày 23/5, nhà chức trách đã tiến hành sơ tán và
 * lục soát một máy bay…* / *Ngày 24.5, hãng … phải tiến hành lục soát một máy bay…*. One side adds
 * words (the evacuation, where the plane stood) but says nothing else in place of the other's
 * (clause-replacements.ts): one search, one day. Traps first: another step of the story told in a
 * near copy (the arrest, then the charge), a day that closes its clause instead of fronting it
 * (*hacked on 21/10 and used …* / *On 22/10, it announced it had been hacked and used …*), one night across midnight, a span of two days, a
 * publication day.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const VI_FILL = 'Cảnh sát cho biết sẽ tiếp tục điều tra vụ việc. Các cơ quan chức năng đang phối hợp làm rõ nguyên nhân.'
const EN_FILL = 'Police said the investigation would go on. Officials are working to establish the cause.'
const FR_FILL = "La police a indiqué que l'enquête se poursuivait. Les autorités cherchent à établir les causes."
const ID_FILL = 'Polisi mengatakan penyelidikan akan terus berlanjut. Pihak berwenang sedang menyelidiki penyebabnya.'
const dayFlags = (a: string, b: string) =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'date')
    .map((d) => [d.a!.text, d.b!.text])

describe('one event a day apart in linked sentences', () => {
  it.each([
    ['vi trap: the arrest, then the charge', `Ngày 23/5, cảnh sát Istanbul bắt giữ một nghi phạm đe dọa đánh bom máy bay của hãng Turkish Airlines tại sân bay Ataturk. ${VI_FILL}`, `Ngày 24/5, cảnh sát Istanbul khởi tố một nghi phạm đe dọa đánh bom máy bay của hãng Turkish Airlines tại sân bay Ataturk. ${VI_FILL}`],
    ['en trap: the arrest, then the charge', `On May 23, Istanbul police arrested a man who threatened to bomb a Turkish Airlines plane at Ataturk airport. ${EN_FILL}`, `On May 24, Istanbul police charged a man who threatened to bomb a Turkish Airlines plane at Ataturk airport. ${EN_FILL}`],
    ['fr trap: the arrest, then the charge', `Le 23 mai, la police d'Istanbul a arrêté un homme qui menaçait de faire exploser un avion de Turkish Airlines à l'aéroport Atatürk. ${FR_FILL}`, `Le 24 mai, la police d'Istanbul a inculpé un homme qui menaçait de faire exploser un avion de Turkish Airlines à l'aéroport Atatürk. ${FR_FILL}`],
    ['id trap: the arrest, then the charge', `Pada 23 Mei, polisi Istanbul menangkap seorang pria yang mengancam meledakkan pesawat Turkish Airlines di bandara Ataturk. ${ID_FILL}`, `Pada 24 Mei, polisi Istanbul mendakwa seorang pria yang mengancam meledakkan pesawat Turkish Airlines di bandara Ataturk. ${ID_FILL}`],
    ['vi trap: the night and the early hours after it', `Theo Cục Hàng hải, đêm 23/5, lực lượng cứu hộ đã tiến hành sơ tán và tìm kiếm trên một tàu khách neo tại cảng Cát Lái sau khi phát hiện vết nứt lớn ở thân tàu. ${VI_FILL}`, `Rạng sáng 24/5, công ty phải tiến hành tìm kiếm trên một tàu khách neo tại cảng Cát Lái sau khi phát hiện vết nứt lớn ở thân tàu. ${VI_FILL}`],
    ['en trap: late on one day, early on the next', `A coast guard spokesman said late on May 23, rescuers evacuated and searched a passenger ferry moored at the port of Piraeus after finding a large crack in its hull. ${EN_FILL}`, `Early on May 24, the operator had to search a passenger ferry moored at the port of Piraeus after finding a large crack in its hull. ${EN_FILL}`],
    ['vi trap: a span of two days', `Theo Cục Hàng hải, từ ngày 23 đến ngày 24/5, lực lượng cứu hộ đã tiến hành sơ tán và tìm kiếm trên một tàu khách neo tại cảng Cát Lái sau khi phát hiện vết nứt lớn ở thân tàu. ${VI_FILL}`, `Ngày 24/5, công ty phải tiến hành tìm kiếm trên một tàu khách neo tại cảng Cát Lái sau khi phát hiện vết nứt lớn ở thân tàu. ${VI_FILL}`],
    ['vi trap: the day closes its clause (hacked on one day, announced the next)', `Tài khoản Facebook của đài truyền hình tỉnh hôm nay thông báo rằng nó đã bị tấn công trong ngày 21/10 và bị sử dụng trái phép để đăng thông tin sai lệch sao chép từ các nguồn khác. ${VI_FILL}`, `Ngày 22/10, đài truyền hình tỉnh tuyên bố tài khoản Facebook của đài đã bị tấn công và bị sử dụng trái phép để đăng thông tin sai lệch sao chép từ các nguồn khác. ${VI_FILL}`],
    ['en trap: the day closes its clause (hacked on one day, announced the next)', `The broadcaster said today that its Twitter account was hacked on October 21 and used illegally to post false news copied from other sources. ${EN_FILL}`, `On October 22, the broadcaster announced that its Twitter account had been hacked and used illegally to post false news copied from other sources. ${EN_FILL}`],
    ['en trap: a publication day', `Published May 24, 2024. Rescuers evacuated and searched a passenger ferry moored at the port of Piraeus after finding a large crack in its hull. ${EN_FILL}`, `On May 23, the operator had to search a passenger ferry moored at the port of Piraeus after finding a large crack in its hull. ${EN_FILL}`],
  ])('%s: no flag', (_why, a, b) => {
    expect(dayFlags(a, b)).toEqual([])
  })

  it.each([
    ['vi, one search told twice', `Theo Cục Hàng hải, ngày 23/5, lực lượng cứu hộ đã tiến hành sơ tán và tìm kiếm trên một tàu khách của công ty khi đang neo tại cảng Cát Lái sau khi phát hiện một vết nứt lớn ở thân tàu. ${VI_FILL}`, `Ngày 24/5, công ty phải tiến hành tìm kiếm trên một tàu khách của công ty tại cảng Cát Lái, TP HCM sau khi phát hiện một vết nứt lớn ở thân tàu. ${VI_FILL}`, ['23/5', '24/5']],
    ['en, one search told twice', `A coast guard spokesman said on May 23, rescuers evacuated and searched a passenger ferry moored at the port of Piraeus after finding a large crack in its hull. ${EN_FILL}`, `On May 24, the operator had to search a passenger ferry moored at the port of Piraeus after finding a large crack in its hull. ${EN_FILL}`, ['May 23', 'May 24']],
    ['fr, one search told twice', `Selon la capitainerie, le 23 mai, les secours ont évacué et fouillé un ferry amarré au port du Pirée après la découverte d'une grande fissure dans la coque. ${FR_FILL}`, `Le 24 mai, l'armateur a dû fouiller un ferry amarré au port du Pirée après la découverte d'une grande fissure dans la coque. ${FR_FILL}`, ['23 mai', '24 mai']],
    ['id, one search told twice', `Menurut syahbandar, pada 23 Mei, petugas mengevakuasi dan memeriksa sebuah kapal feri yang bersandar di Pelabuhan Tanjung Priok setelah menemukan retakan besar di lambung kapal. ${ID_FILL}`, `Pada 24 Mei, operator harus memeriksa sebuah kapal feri yang bersandar di Pelabuhan Tanjung Priok setelah menemukan retakan besar di lambung kapal. ${ID_FILL}`, ['23 Mei', '24 Mei']],
  ])('%s', (_why, a, b, pair) => {
    const flags = dayFlags(a, b)
    expect(flags).toHaveLength(1)
    expect(flags[0]![0]).toContain(pair[0])
    expect(flags[0]![1]).toContain(pair[1])
  })
})
