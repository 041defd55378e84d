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
    // Review Q 1-4: a credit names only its source; a lower-case content word after a name (a verb, a scene noun)
    // is a caption, Vietnamese and English alike, whatever the verb's form; a long line after a cue stays a caption.
    ['vi, a minister doing something', 'Ảnh: Bộ trưởng Đào Hồng Lan kiểm tra công tác phòng dịch', 'caption'],
    ['vi, the prime minister speaking', 'Ảnh: Thủ tướng Phạm Minh Chính phát biểu', 'caption'],
    ['vi, residents of a city voting', 'Ảnh: Người dân TP.HCM đi bỏ phiếu', 'caption'],
    ['vi, an airport closing', 'Ảnh: Sân bay Nội Bài đóng cửa tạm thời', 'caption'],
    ['vi, a bay in autumn', 'Ảnh: Vịnh Hạ Long mùa thu', 'caption'],
    ['vi, pupils of a named school', 'Ảnh: Học sinh Trường THCS Nguyễn Du nhận quà', 'caption'],
    ['vi, a storm felling trees', 'Ảnh: Bão Yagi quật đổ hàng nghìn cây xanh', 'caption'],
    ['vi, a storm making landfall', 'Ảnh: Siêu bão Yagi đổ bộ Quảng Ninh', 'caption'],
    ['vi, a named police force doing something', 'Ảnh: Công an tỉnh Quảng Nam điều tra vụ cháy', 'caption'],
    ['vi, a long caption', 'Ảnh: Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh thăm hỏi người dân vùng lũ ở ngoại thành', 'caption'],
    ['en, two named people holding hands', 'Photo: President Joe Biden and First Lady Jill Biden hold hands', 'caption'],
    ['en, a long caption with a base-form verb', 'Photo: German Chancellor Olaf Scholz and French President Emmanuel Macron shake hands and greet Ukrainian envoy Oleksii Makeiev.', 'caption'],
    ['en, an irregular past', 'Photo: Pope Francis led the Easter Mass', 'caption'],
    ['en, an aside before the verb', 'Photo: Gov. Gavin Newsom, center, tours the damage', 'caption'],
    ['en, a plural subject', 'Photo: Members of the National Guard patrol Times Square', 'caption'],
    ['vi, a long line after a cue is never body', 'Ảnh: Sở Y tế Hà Nội, Sở Y tế Bắc Ninh, Sở Y tế Hải Dương và Sở Y tế Hưng Yên', 'caption'],
    ['en, a typhoon hitting a province', 'Photo: Typhoon Yagi hits Quang Ninh province', 'caption'],
    // Review Q 5: a body's name may hold a figure or its seat ("tại", "in"): still a credit.
    ['vi, a hospital with a figure', 'Ảnh: Bệnh viện 108 Trung ương Quân đội', 'credit'],
    ['vi, a division and its corps', 'Ảnh: Sư đoàn 312 Quân đoàn 12', 'credit'],
    ['vi, a numbered school of a city', 'Ảnh: Trường THPT số 2 thành phố Lào Cai', 'credit'],
    ['vi, a news bureau abroad', 'Ảnh: Cơ quan thường trú TTXVN tại Paris', 'credit'],
    ['en, an embassy in a country', 'Photo: Embassy of Vietnam in the United States', 'credit'],
    ['en, a department’s photos', 'Photo: U.S. Department of Defense photos', 'credit'],
    ['vi, a naval command with a figure', 'Ảnh: Bộ Tư lệnh Vùng 4 Hải quân', 'credit'],
    ['en, an office in a city', 'Photo: Office of the Chief Medical Examiner in New York', 'credit'],
    ['en, a corporation’s press materials', 'Photo: Korea Electric Power Corporation press materials', 'credit'],
    ['vi, a hospital’s ambulance', 'Ảnh: Xe cứu thương của Bệnh viện Bạch Mai', 'caption'],
    ['vi, a ministry announcing a count', 'Ảnh: Bộ Y tế công bố 12 ca mắc mới', 'caption'],
    ['vi, a hospital receiving patients', 'Ảnh: Bệnh viện Bạch Mai tiếp nhận bệnh nhân', 'caption'],
    ['en, a department counting cases', 'Photo: Department of Health reports 12 new cases', 'caption'],
    ['vi, a government portal', 'Ảnh: Cổng thông tin điện tử Chính phủ', 'credit'],
    ['vi, a broadcaster', 'Ảnh: Đài Phát thanh và Truyền hình Hà Nội', 'credit'],
    ['en, an office via an agency', 'Photo: Office of the Prime Minister of Japan via AP', 'credit'],
    ['en, a photographer for a paper', 'Photo: John Smith for The New York Times', 'credit'],
  ])('%s', (_why, line, role) => {
    expect(roleOf(`${lead}\n${line}\nThe city was flooded for two days.`, line.slice(0, 12))).toBe(role)
  })
})
