import { describe, expect, it } from 'vitest'
import { segment } from '../../src'

const roleOf = (text: string, prefix: string): string | undefined => segment(text).find((s) => s.text.startsWith(prefix))?.role

const body = 'Đoàn đại biểu cấp cao đã tới thăm thành phố cảng Busan và làm việc với lãnh đạo thành phố trong hai ngày.'

describe('roles at the tail of an article', () => {
  it('tags a short unpunctuated title and its lead as a related-article teaser', () => {
    const text = `${body}\n\nViệt Nam - Hàn Quốc hướng đến kim ngạch thương mại 150 tỉ USD\n\nTrong khuôn khổ chuyến thăm, hôm qua (12.8), Tổng Bí thư có nhiều hoạt động.`
    expect(roleOf(text, 'Việt Nam - Hàn Quốc')).toBe('related')
    expect(roleOf(text, 'Trong khuôn khổ')).toBe('related')
  })

  it('keeps the last paragraph as body after a long run of photo captions', () => {
    const captions = Array.from({ length: 12 }, (_, i) => `Ca sĩ chụp ảnh cùng đồng nghiệp năm ${2000 + i}`).join(' ')
    const text = `${body}\n\n${captions}\n\nSắp tới, nữ ca sĩ sẽ có đêm nhạc nhìn lại chặng đường 20 năm ca hát vào tối thứ bảy (2.11) tại TP.HCM.`
    expect(roleOf(text, 'Sắp tới')).toBe('body')
  })

  it.each([
    ['a title line and its one-sentence lead', 'Việt Nam - Hàn Quốc hướng đến kim ngạch thương mại 150 tỉ USD\n\nTrong khuôn khổ chuyến thăm, Tổng Bí thư có nhiều hoạt động.', 'related'],
    ['a title, its lead, and a byline after them', 'Việt Nam - Hàn Quốc hướng đến kim ngạch thương mại 150 tỉ USD\n\nTrong khuôn khổ chuyến thăm, Tổng Bí thư có nhiều hoạt động.\n\nTheo Thanh Niên', 'related'],
    ['a subhead over a paragraph of full sentences', 'Việt Nam - Hàn Quốc hướng đến kim ngạch thương mại 150 tỉ USD\n\nTrong khuôn khổ chuyến thăm, Tổng Bí thư có nhiều hoạt động. Hai bên ký 12 văn kiện hợp tác.', 'body'],
    ['a subhead over two one-sentence paragraphs', 'Việt Nam - Hàn Quốc hướng đến kim ngạch thương mại 150 tỉ USD\n\nTrong khuôn khổ chuyến thăm, Tổng Bí thư có nhiều hoạt động.\n\nHai bên ký 12 văn kiện hợp tác trong lĩnh vực thương mại.', 'body'],
    ['an English subhead over a closing paragraph', 'Trade between the two countries to reach 150 billion dollars\n\nDuring the visit the leaders signed twelve agreements. They will meet again next year.', 'body'],
  ])('the sentence after %s: %s', (_shape, tail, role) => {
    const text = `${body}\n\n${tail}`
    const lead = tail.split('\n\n')[1]!
    expect(roleOf(text, lead.slice(0, 20))).toBe(role)
  })
})


// Review J: "Video:" before a caption made the whole caption a credit, its facts dropped. A media cue's
// line is a caption when a phrase of common words follows the cue; a maker's name or an outlet credits.
describe('a media cue before a caption, or before a credit', () => {
  const lead = 'The storm hit the coast on Monday and flooded the old town.'
  it.each([
    ['en, a video’s caption', 'Video: Rescuers pull 12 people from the rubble in Naples.', 'caption'],
    ['en, an unpunctuated video caption', 'Video: Rescuers pull 12 people from the rubble in Naples', 'caption'],
    ['en, a photo’s caption', 'Photo: Residents wade through the flooded streets of Naples.', 'caption'],
    ['vi, a video’s caption', 'Video: Lực lượng cứu hộ đưa 12 người ra khỏi đống đổ nát ở Quảng Nam.', 'caption'],
    ['vi, a clip’s caption', 'Clip: Mưa đá rơi trắng sân nhà ở Biên Hòa', 'caption'],
    // Traps: the maker, an outlet, a body's name with lower-case syllables, a source line.
    ['vi, a photographer', 'Ảnh: Hoàng Hà', 'credit'],
    ['vi, a clip’s maker', 'Clip: Minh Tiệp.', 'credit'],
    ['vi, a photographer and the outlet', 'Ảnh: Trần Văn Minh/TTXVN', 'credit'],
    ['vi, a body’s name with lower-case syllables', 'Đồ họa: Bộ Kế hoạch', 'credit'],
    ['en, an agency and its photographer', 'Photo: AP Photo/Evan Vucci', 'credit'],
    ['en, a video’s source', 'Video: Reuters', 'credit'],
    ['vi, a source line of common words', 'Nguồn: Bộ Nông nghiệp và Phát triển nông thôn', 'credit'],
    ['en, a source line of common words', 'Source: the county sheriff and state police', 'credit'],
    // Who supplied it (review M 13): "… cung cấp" (supplied by), "courtesy of …" credit, whatever the body's name.
    ['vi, supplied by the provincial police', 'Ảnh: Công an tỉnh Quảng Nam cung cấp', 'credit'],
    ['vi, supplied by a department', 'Ảnh: Sở Tài nguyên và Môi trường Hà Nội cung cấp', 'credit'],
    ['vi, a video supplied by a command', 'Video: Bộ Tư lệnh Cảnh sát cơ động cung cấp', 'credit'],
    ['vi, supplied by, with do', 'Ảnh: do Ban quản lý dự án cung cấp.', 'credit'],
    ['en, courtesy of a family', 'Photo: courtesy of the Smith family', 'credit'],
    ['en, a video courtesy of a department', 'Video: courtesy of the Hanoi fire department', 'credit'],
    // Traps: "cung cấp" carrying the sentence on, a caption about supplies.
    ['vi, supplying pictures, a sentence', 'Ảnh: Sở Xây dựng tỉnh Quảng Nam cung cấp 12 bức ảnh hiện trường.', 'caption'],
    // Review N 8-9: a descriptive phrase beside its supplier is a caption; only cue + supplier is a credit.
    ['en, a wire handout caption', 'Photo: Handout picture released by Cal Fire shows crews at the Camp Creek site near Pulga on Nov. 8.', 'caption'],
    ['en, courtesy of, then a caption', 'Photo: Courtesy of Cal Fire, firefighters battle the blaze that destroyed 12 homes near Pulga.', 'caption'],
    ['vi, a caption closing on its supplier', 'Ảnh: Lực lượng cứu hộ đưa 5 nạn nhân ra khỏi đống đổ nát tại xã Trà Leng, do Công an tỉnh Quảng Nam cung cấp.', 'caption'],
    ['vi, a caption then do … cung cấp, no comma', 'Ảnh: Lực lượng cứu hộ đưa 5 nạn nhân ra khỏi đống đổ nát do Công an tỉnh Quảng Nam cung cấp.', 'caption'],
    // Still credits: the cue and the supplier alone.
    ['en, a handout by a body', 'Photo: Handout photo released by Cal Fire', 'credit'],
    ['en, courtesy of a fire service', 'Photo: Courtesy of Cal Fire', 'credit'],
    ['vi, a name then its supplier', 'Ảnh: Trần Minh, do Công an tỉnh Quảng Nam cung cấp', 'credit'],
    ['en, a caption about courtesy', 'Photo: Rescuers carry 12 people out of the courtesy lounge at the airport.', 'caption'],
    // Session 30: the name of a body after the cue credits (capitals after its first word, no word that
    // sets a scene); a clause that sets a scene (where, when: a preposition, a figure) captions.
    ['vi, a regional weather service', 'Ảnh: Đài Khí tượng thủy văn khu vực Bắc Bộ', 'credit'],
    ['vi, a national forecasting centre', 'Ảnh: Trung tâm Dự báo khí tượng thủy văn quốc gia', 'credit'],
    ['vi, a provincial committee', 'Đồ họa: Ủy ban nhân dân tỉnh Quảng Nam', 'credit'],
    ['en, a governor’s office', 'Photo: Office of the Governor of Texas', 'credit'],
    ['en, courtesy of a family via an agency', 'Photo: Courtesy of the Smith family via Getty Images', 'credit'],
    ['vi, rescuers at the scene', 'Ảnh: Lực lượng cứu hộ tìm kiếm nạn nhân tại hiện trường', 'caption'],
    ['vi, a scene with no place word', 'Ảnh: Lực lượng cứu hộ tìm kiếm nạn nhân', 'caption'],
    ['vi, a named place and a scene word', 'Ảnh: Người dân Hà Nội xếp hàng tại điểm tiêm', 'caption'],
    ['en, rescuers in a named town on a day', 'Photo: Rescuers carry a survivor in Hatay on Monday', 'caption'],
    ['en, a named person and a scene word', 'Photo: President Biden speaks to reporters at the White House', 'caption'],
    ['en, a verb after its named subject', 'Photo: Mayor Lee greets residents of Busan', 'caption'],
    ['en, a participle after a named body', 'Photo: Firefighters of the Hanoi Fire Department battling the blaze', 'caption'],
    ['en, a police press office', 'Photo: Hanoi Police press office of the city', 'credit'],
    ['en, a department of a city', 'Photo: Hanoi Department of Health and Social Affairs', 'credit'],
  ])('%s', (_why, line, role) => {
    expect(roleOf(`${lead}\n${line}\nThe city was flooded for two days.`, line.slice(0, 12))).toBe(role)
  })
})
