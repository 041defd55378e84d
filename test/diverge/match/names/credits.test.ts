/**
 * Names that credit a report (issue 16: one home for the byline and credit rules of
 * missing-names.ts and not-missing.ts): a byline, a photo credit or the agency a report is taken
 * from is never `missing`, whichever of its shapes it takes; a name in the report's own
 * sentences still is.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { isPlayerPrompt } from '../../../../src/diverge/match/names/credits'

const missing = (a: string, b: string): string[] =>
  compare({ text: a }, { text: b }).divergences.filter((d) => d.kind === 'missing').map((d) => (d.a ?? d.b)!.text)

describe('a name that credits its report is not missing', () => {
  it.each([
    // A cue before the name.
    ['vi, a photo credit', 'Lực lượng cứu hộ tìm kiếm người mất tích tại hiện trường. Ảnh: Hoàng Hà', 'Lực lượng cứu hộ tìm kiếm người mất tích.', 'Hoàng Hà'],
    ['en, a photo credit', 'Rescuers searched the rubble for survivors on Sunday. Photo: Jane Doe', 'Rescuers searched the rubble for survivors on Sunday.', 'Jane Doe'],
    ['vi, an agency after Theo', 'Theo Reuters, hai bên đã đạt được thỏa thuận ngừng bắn.', 'Hai bên đã đạt được thỏa thuận ngừng bắn.', 'Reuters'],
    ['en, an agency in brackets', 'Two sides agreed a ceasefire on Monday (Reuters) after talks.', 'Two sides agreed a ceasefire on Monday after talks.', 'Reuters'],
    // A byline closing its line, or before a slash and the outlet.
    ['vi, a byline closing its line', 'Ngân hàng Nhà nước giữ nguyên lãi suất điều hành trong tháng này. Lan Hương\nCác doanh nghiệp vẫn chờ đợi chính sách mới.', 'Ngân hàng Nhà nước giữ nguyên lãi suất điều hành trong tháng này.\nCác doanh nghiệp vẫn chờ đợi chính sách mới.', 'Lan Hương'],
    ['en, a byline and its agency closing the line', 'The bank kept its rates unchanged this month. Thanh Tuấn (TTXVN)\nFirms are still waiting for new policy.', 'The bank kept its rates unchanged this month.\nFirms are still waiting for new policy.', 'Thanh Tuấn'],
    ['vi, a byline before its outlet', 'Ngân hàng giữ nguyên lãi suất điều hành. Trọng Phú/VOV online', 'Ngân hàng giữ nguyên lãi suất điều hành.', 'Trọng Phú'],
    // The sign-off: after the last sentence, run into a credit, before the source line.
    ['en, a byline after the last sentence', 'The storm killed three people in the county on Sunday. Reporting by Jane Doe', 'The storm killed three people in the county on Sunday.', 'Jane Doe'],
    ['vi, a byline run into the photo credit', 'Các đám cháy vẫn chưa được kiểm soát. Nguyễn Thủy Ảnh: CNN', 'Cháy rừng lan rộng ở bang New South Wales.', 'Nguyễn Thủy Ảnh'],
    ['vi, bylines before the source line', 'Ông Mustafa Qadri nhận định. Thục Ninh - Bình Giang Theo L’Humanité, Telegraph', 'Báo cáo được công bố hôm qua.', 'Thục Ninh'],
    // A contribution line: every name in it credits the report.
    ['en, a writer in a contribution line', 'The bill passed on Monday. Associated Press Writer Sara Kugler contributed to this report from New York City.', 'The bill passed on Monday. Associated Press Writer Michael Gormley contributed to this report from Albany.', 'Associated Press Writer Sara Kugler'],
    ['en, the town a contributor wrote from', 'The bill passed on Monday. Associated Press Writer Sara Kugler contributed to this report from New York City.', 'The bill passed on Monday.', 'New York City'],
    ['en, contributed reporting', 'The bill passed on Monday. Jane Doe contributed reporting from Paris.', 'The bill passed on Monday.', 'Jane Doe'],
    ['en, staff writers and the story', 'The bill passed on Monday. Staff writers Brandon Formby and Colleen McCain Nelson contributed to this story.', 'The bill passed on Monday.', 'Brandon Formby'],
    // The credit cue run into the name, or an outlet and a slash between them (round miss28b-1's listing).
    ['vi, a credit cue run into the outlet', 'Liên hoan hữu nghị nhân dân Việt Nam-Ấn Độ lần thứ VI. Ảnh Hanoimoi Liên hoan do các tổ chức tổ chức.', 'Liên hoan hữu nghị nhân dân Việt Nam-Ấn Độ lần thứ VI. Liên hoan do các tổ chức tổ chức.', 'Ảnh Hanoimoi'],
    ['en, a credit cue run into the outlet', 'The festival opened in Hanoi on Sunday. Photo Reuters. The city hosted it.', 'The festival opened in Hanoi on Sunday. The city hosted it.', 'Photo Reuters'],
    ['vi, a photographer after the outlet and a slash', 'Thủ tướng trao quà cho các gia đình khó khăn. Ảnh VGP/Từ Lương Những hoạt động của Hội rất hiệu quả.', 'Thủ tướng trao quà cho các gia đình khó khăn.', 'Từ Lương Những'],
    ['en, a photographer after the outlet and a slash', 'The minister met flood victims on Monday. Photo: AFP/John Smith', 'The minister met flood victims on Monday.', 'John Smith'],
    // A media player's prompt, and a media word standing as a name: the page, not the report.
    ['vi, a video prompt', 'Xem video giới thiệu về máy bay FA-50: Bạn cài Flash Player để xem được Clip này. Máy bay có thể mang 4,5 tấn vũ khí.', 'Máy bay có thể mang 4,5 tấn vũ khí.', 'Flash Player'],
    ['en, a video prompt', 'The jet can carry 4.5 tonnes of weapons. You need Flash Player to watch this video.', 'The jet can carry 4.5 tonnes of weapons.', 'Flash Player'],
    ['vi, a media word as a name', 'Một số hình ảnh Moyes và Persie tranh cãi trên sân: Video buổi tập của MU trước trận đấu.', 'Moyes và Persie tranh cãi trên sân.', 'Video'],
    ['en, a media word as a name', 'Moyes and Persie argued on the pitch. Video: the training session before the match.', 'Moyes and Persie argued on the pitch.', 'Video'],
    // A reporter's contact line.
    ['en, a contact line', 'The bill passed on Monday. To reach John A. Dvorak, who covers Kansas, call (816) 234-7743 or send e-mail to jdvorak@kcstar.com.', 'The bill passed on Monday. To reach Brad Cooper, municipal reporter, call (816) 234-7724.', 'John A. Dvorak'],
    ['vi, a contact line', 'Dự luật được thông qua hôm thứ Hai. Mọi thông tin xin liên hệ Nguyễn Văn An, điện thoại 0912 345 678, email an@baomoi.vn.', 'Dự luật được thông qua hôm thứ Hai.', 'Nguyễn Văn An'],
    // Its phone number is no fact either, in the Vietnamese formats too (review of the credits rule).
    ['en, a contact line’s phone number', 'The bill passed on Monday. To reach John A. Dvorak, who covers Kansas, call (816) 234-7743.', 'The bill passed on Monday.', '(816) 234-7743'],
    ['vi, a contact line’s landline', 'Dự luật được thông qua hôm thứ Hai. Mọi chi tiết xin liên hệ Ban tổ chức, điện thoại 024 3825 1234.', 'Dự luật được thông qua hôm thứ Hai.', 'Ban tổ chức'],
    ['vi, a contact line’s landline number', 'Dự luật được thông qua hôm thứ Hai. Mọi chi tiết xin liên hệ Ban tổ chức, điện thoại 024 3825 1234.', 'Dự luật được thông qua hôm thứ Hai.', '3825'],
    ['vi, a contact line’s hotline', 'Dự luật được thông qua hôm thứ Hai.\nLiên hệ: Nguyễn Văn An, tổng đài 1900 1234.', 'Dự luật được thông qua hôm thứ Hai.', 'Nguyễn Văn An'],
    // A contact line with one comma, or reaching the writer by role (review J's traps of the emergency-number rule).
    ['en, a contact line with one comma', 'The storm hit on Monday. To reach Jane Doe, call (239) 555-0100.', 'The storm hit on Monday.', 'Jane Doe'],
    ['en, reach the reporter', 'The storm hit on Monday. Reach the reporter, Jane Doe, at 555-0100.', 'The storm hit on Monday.', 'Jane Doe'],
    ['en, reach the reporter’s number', 'The storm hit on Monday. Reach the reporter, Jane Doe, at 555-0100.', 'The storm hit on Monday.', '555-0100'],
    // A house number is no emergency number (review M 14-15): "số 112 Lê Duẩn", "at 112 Main St." stand before a street.
    ['vi, a contact line with a house number 112', 'Cơn bão đổ bộ hôm thứ Hai.\nLiên hệ: Ban Bạn đọc, số 112 Lê Duẩn, Hà Nội, ĐT 024 3942 5555', 'Cơn bão đổ bộ hôm thứ Hai.', 'Lê Duẩn'],
    ['vi, a contact line’s house number 112', 'Cơn bão đổ bộ hôm thứ Hai.\nLiên hệ: Ban Bạn đọc, số 112 Lê Duẩn, Hà Nội, ĐT 024 3942 5555', 'Cơn bão đổ bộ hôm thứ Hai.', '112'],
    ['vi, a reporter at house number 113', 'Cơn bão đổ bộ hôm thứ Hai.\nMọi chi tiết xin liên hệ phóng viên Minh Anh, số 113 Trần Hưng Đạo, điện thoại 0912 345 678.', 'Cơn bão đổ bộ hôm thứ Hai.', 'Minh Anh'],
    ['vi, a reporter on a street numbered 115 đường', 'Cơn bão đổ bộ hôm thứ Hai.\nMọi chi tiết xin liên hệ phóng viên Minh Anh, số 115 đường Trần Phú, điện thoại 0912 345 678.', 'Cơn bão đổ bộ hôm thứ Hai.', 'Minh Anh'],
    ['en, a contact line with a street address 112', 'The storm hit on Monday.\nContact Jane Doe at jdoe@kcstar.com or at 112 Main St., Kansas City.', 'The storm hit on Monday.', 'Kansas City'],
    ['en, or a street address 112 … Road', 'The storm hit on Monday.\nContact Jane Doe at jdoe@kcstar.com or 112 Grand Road, Kansas City.', 'The storm hit on Monday.', 'Kansas City'],
    ['vi, hoặc a house on a phố', 'Cơn bão đổ bộ hôm thứ Hai.\nMọi chi tiết xin liên hệ phóng viên Minh Anh, điện thoại 0912 345 678 hoặc 113 phố Huế.', 'Cơn bão đổ bộ hôm thứ Hai.', 'Minh Anh'],
    ['en, a contact line’s street address 911', 'The storm hit on Monday.\nContact Jane Doe at 911 Grand Blvd., Kansas City, or jdoe@kcstar.com.', 'The storm hit on Monday.', 'Kansas City'],
    ['vi, a contact line with a mobile number', 'Cơn bão đổ bộ hôm thứ Hai.\nLiên hệ: Nguyễn Văn An, 0912 345 678.', 'Cơn bão đổ bộ hôm thứ Hai.', 'Nguyễn Văn An'],
    // Captions: the credit after an outlet and a slash, the people before it kept (below).
    ['vi, a photographer closing a caption', 'Thủ tướng Nguyễn Xuân Phúc thị sát vùng lũ Quảng Nam. Ảnh: VGP/Quang Hiếu', 'Thủ tướng thị sát vùng lũ.', 'Quang Hiếu'],
    ['en, a photographer closing a caption', 'President Barack Obama tours flooded Miami. Photo: AFP/Jim Watson', 'The president toured the city.', 'Jim Watson'],
  ])('%s', (_why, a, b, name) => {
    expect(missing(a, b)).not.toContain(name)
  })
})

describe('a number in the report’s own sentences is still missing', () => {
  it.each([
    ['vi, an authority’s hotline number', 'Cơn bão đổ bộ hôm thứ Hai. Người dân cần liên hệ UBND huyện Điện Bàn qua số 0235 386 1234 để được hỗ trợ.', 'Cơn bão đổ bộ hôm thứ Hai.', '0235'],
    ['en, an emergency line’s number', 'The storm hit on Monday. To reach Naples police, call 911 or (239) 555-0100.', 'The storm hit on Monday.', '(239) 555-0100'],
    ['en, contact the police at 911', 'The storm hit on Monday. Contact Naples police at 911 or (239) 555-0100.', 'The storm hit on Monday.', '911'],
    ['vi, an emergency line’s number', 'Cơn bão đổ bộ hôm thứ Hai.\nLiên hệ: Công an huyện Điện Bàn, số 113 hoặc 0235 386 1234.', 'Cơn bão đổ bộ hôm thứ Hai.', '0235'],
    // A number dialled, after a dialling word, stays the story's (review M 14-15 traps).
    ['vi, dial 113 with quay số', 'Cơn bão đổ bộ hôm thứ Hai.\nLiên hệ: Công an huyện Điện Bàn, quay số 113 hoặc 0235 386 1234.', 'Cơn bão đổ bộ hôm thứ Hai.', '0235'],
    ['vi, số điện thoại 115', 'Cơn bão đổ bộ hôm thứ Hai.\nLiên hệ: Trung tâm Cấp cứu Đà Nẵng, số điện thoại 115 hoặc 0236 382 1234.', 'Cơn bão đổ bộ hôm thứ Hai.', '0236'],
    ['en, call 911 before a capitalised name', 'The storm hit on Monday. To reach Naples police, call 911 Monday to Friday or (239) 555-0100.', 'The storm hit on Monday.', '(239) 555-0100'],
    ['vi, an amount beside liên hệ', 'Dự luật được thông qua. Cơ quan điều tra đang làm rõ mối liên hệ giữa hai công ty, liên quan khoản tiền 300.000.000.000 đồng.', 'Dự luật được thông qua.', '300.000.000.000 đồng'],
  ])('%s', (_why, a, b, number) => {
    expect(missing(a, b)).toContain(number)
  })
})

describe('a name in the report’s own sentences is still missing', () => {
  it.each([
    ['vi, a name after Theo that is no agency', 'Theo ông Nguyễn Văn Bình, hai bên đã đạt được thỏa thuận ngừng bắn.', 'Hai bên đã đạt được thỏa thuận ngừng bắn.', 'Nguyễn Văn Bình'],
    ['en, an agency named in a sentence', 'The talks were first reported by Reuters on Monday in Geneva.', 'The talks were first reported on Monday in Geneva.', 'Reuters'],
    ['vi, a name opening a sentence', 'Ngân hàng giữ nguyên lãi suất. Lan Hương cho biết doanh nghiệp vẫn chờ đợi.', 'Ngân hàng giữ nguyên lãi suất. Doanh nghiệp vẫn chờ đợi.', 'Lan Hương'],
    ['en, a contribution that is news', 'The bill passed on Monday. Bill Gates contributed $10 million to the campaign.', 'The bill passed on Monday.', 'Bill Gates'],
    ['en, contributed to a report of a commission', 'The bill passed on Monday. Senator John Kerry contributed to the report on Iraq.', 'The bill passed on Monday.', 'John Kerry'],
    ['vi, a contribution in a Vietnamese sentence', 'Dự luật được thông qua hôm thứ Hai. Ông Nguyễn Văn Bình đóng góp cho bài viết về kinh tế.', 'Dự luật được thông qua hôm thứ Hai.', 'Nguyễn Văn Bình'],
    // Traps: a credit word inside a sentence, a name after a slash that is no credit, a video's subject, a reach that is news.
    ['vi, a credit word opening a sentence, not a name', 'Ảnh hưởng của cơn bão Wutip khiến 20 người chết.', 'Cơn bão khiến 20 người chết.', 'Wutip'],
    ['en, needing to see a video is news', 'Investigators need John Smith to see the video before Monday.', 'Investigators need a witness before Monday.', 'John Smith'],
    ['en, watching a video is news', 'Millions tuned in to watch the video of Saddam Hussein on Monday.', 'Millions tuned in on Monday.', 'Saddam Hussein'],
    ['vi, a contact that is news', 'Ông Nguyễn Văn Bình cho biết đã liên hệ qua điện thoại với gia đình nạn nhân.', 'Gia đình nạn nhân đã được thông báo.', 'Nguyễn Văn Bình'],
    ['en, contacting someone is news', 'Police said they had contacted John Smith by e-mail on Monday.', 'Police said they had contacted a man on Monday.', 'John Smith'],
    ['en, a name after a slash in a sentence', 'The Dow Jones/Wilshire index rose while Hewlett-Packard/Compaq shares fell.', 'The index rose while shares fell.', 'Compaq'],
    ['vi, a video of a named person', 'Đoạn video ghi lại cảnh ông Nguyễn Văn Bình phát biểu tại hội nghị.', 'Đoạn video ghi lại cảnh phát biểu tại hội nghị.', 'Nguyễn Văn Bình'],
    ['en, a video of a named person', 'The video shows Saddam Hussein urging Iraqis to fight the occupation.', 'The video shows a man urging Iraqis to fight the occupation.', 'Saddam Hussein'],
    ['en, to reach a place', 'Pen Hadow became the first man to reach the North Pole unsupported from Canada.', 'Pen Hadow became the first man to reach the pole unsupported.', 'North Pole'],
    // Review of the credits rule: each of these was hidden. "liên hệ" in another sense beside an amount in dots.
    ['vi, a link beside an amount', 'Dự luật được thông qua. Cơ quan điều tra đang làm rõ mối liên hệ giữa Trịnh Văn Quyết và Công ty FLC, liên quan khoản tiền 300.000.000.000 đồng.', 'Dự luật được thông qua.', 'Trịnh Văn Quyết'],
    ['vi, a contact beside an amount', 'Dự luật được thông qua. Ông Nguyễn Văn Hùng cho biết đã liên hệ với Bộ Quốc phòng để hỗ trợ 500.000.000 đồng.', 'Dự luật được thông qua.', 'Nguyễn Văn Hùng'],
    // "need to see the video of the player", "the video of the flash flood": no software asked for.
    ['en, the video of a player', 'The storm hit on Monday. Coach Bill Belichick said the league will need to see the video of the player before ruling on the hit.', 'The storm hit on Monday.', 'Bill Belichick'],
    ['en, the video of a flash flood', 'The storm hit on Monday. Residents need to see the video of the flash flood in Naples, Sheriff Kevin Rambosk said.', 'The storm hit on Monday.', 'Sheriff Kevin Rambosk'],
    ['vi, an app and a browser after the watching', 'Cơn bão đổ bộ hôm thứ Hai. Người dân cài ứng dụng Zalo của VNG để xem video cứu hộ tại Quảng Nam trên trình duyệt.', 'Cơn bão đổ bộ hôm thứ Hai.', 'Zalo'],
    // "Contact"/"To reach" in another sense, with a number in the sentence.
    ['en, contact lost', 'The storm hit on Monday. Contact with Governor Rick Scott was lost, residents said, and a hotline at (850) 488-7146 was opened.', 'The storm hit on Monday.', 'Rick Scott'],
    ['en, to reach a city', 'The storm hit on Monday. To reach Miami, President Barack Obama flew to Orlando; his staff gave reporters the number (202) 456-1111.', 'The storm hit on Monday.', 'Barack Obama'],
    // A public hotline in the story: the authority named is a fact, and its number too.
    ['vi, an authority’s hotline', 'Cơn bão đổ bộ hôm thứ Hai. Người dân cần liên hệ UBND huyện Điện Bàn qua số 0235 386 1234 để được hỗ trợ.', 'Cơn bão đổ bộ hôm thứ Hai.', 'Điện Bàn'],
    ['en, a charity’s hotline', 'The storm hit on Monday. Residents were told to reach the Red Cross in Naples at (239) 555-0100.', 'The storm hit on Monday.', 'Red Cross'],
    // A public emergency number dialled: the story tells readers how to reach help (review J: "To reach Naples, call 911").
    ['en, reach a city’s police by 911', 'The storm hit on Monday. To reach Naples police, call 911 or (239) 555-0100.', 'The storm hit on Monday.', 'Naples'],
    ['en, reach a sheriff by 999 after two commas', 'The storm hit on Monday. To reach Kent Police, which covers Dover, call 999 or 0300 123 1212.', 'The storm hit on Monday.', 'Kent Police'],
    // Review N 7: after hoặc/or a capitalised word after the number names the service, not a street.
    ['vi, hoặc 113 Công an', 'Cơn bão đổ bộ hôm thứ Hai.\nMọi thông tin xin liên hệ: Công an huyện Đông Anh, ĐT 024 3883 2345 hoặc 113 Công an huyện.', 'Cơn bão đổ bộ hôm thứ Hai.', 'Đông Anh'],
    ['vi, hoặc 115 Cấp cứu', 'Cơn bão đổ bộ hôm thứ Hai.\nLiên hệ: Trung tâm Y tế huyện Đông Anh, ĐT 024 3883 2345 hoặc 115 Cấp cứu.', 'Cơn bão đổ bộ hôm thứ Hai.', 'Trung tâm Y tế huyện Đông Anh'], // the body whose name Đông Anh ends (name-institutions.ts)
    ['en, or 911 Emergency', 'The storm hit on Monday. Contact Naples police at (239) 555-0100 or 911 Emergency Services.', 'The storm hit on Monday.', '911'],
    ['vi, liên hệ the police by 113', 'Cơn bão đổ bộ hôm thứ Hai.\nLiên hệ: Công an huyện Điện Bàn, số 113 hoặc 0235 386 1234.', 'Cơn bão đổ bộ hôm thứ Hai.', 'Điện Bàn'],
    ['vi, liên hệ an ambulance by 115', 'Cơn bão đổ bộ hôm thứ Hai.\nMọi trường hợp cấp cứu xin liên hệ Trung tâm Cấp cứu Đà Nẵng, gọi 115 hoặc 0236 382 1234.', 'Cơn bão đổ bộ hôm thứ Hai.', 'Trung tâm Cấp cứu Đà Nẵng'],
    // A credit word opening a name in body text: a portrait, a film, human resources.
    ['vi, a portrait of a person', 'Cơn bão đổ bộ hôm thứ Hai. Ảnh Hồ Chí Minh được treo trang trọng tại hội trường.', 'Cơn bão đổ bộ hôm thứ Hai.', 'Ảnh Hồ Chí Minh'],
    ['vi, a portrait by a familiar name', 'Cơn bão đổ bộ hôm thứ Hai. Ảnh Bác Hồ được treo tại hội trường.', 'Cơn bão đổ bộ hôm thứ Hai.', 'Ảnh Bác Hồ'],
    ['en, a film opening a name', 'The storm hit on Monday. Source Code star Jake Gyllenhaal visited Miami.', 'The storm hit on Monday.', 'Source Code'],
    ['vi, human resources', 'Cơn bão đổ bộ hôm thứ Hai. Nguồn Nhân lực tỉnh Quảng Nam bị thiếu, ông Hùng nói.', 'Cơn bão đổ bộ hôm thứ Hai.', 'Nguồn Nhân'],
    // A caption keeps the people it names.
    ['vi, a caption naming its people', 'Cơn bão đổ bộ hôm thứ Hai.\nThủ tướng Nguyễn Xuân Phúc thị sát vùng lũ Quảng Nam. Ảnh: VGP/Quang Hiếu', 'Cơn bão đổ bộ hôm thứ Hai.', 'Nguyễn Xuân Phúc'],
    ['en, a caption naming its people', 'The storm hit on Monday.\nPresident Barack Obama tours flooded Miami. Photo: AFP/Jim Watson', 'The storm hit on Monday.', 'Barack Obama'],
  ])('%s', (_why, a, b, name) => {
    expect(missing(a, b)).toContain(name)
  })
})

// A gap of n characters (code points) between two parts of a prompt, spaces at both ends.
const gap = (n: number, letter = 'x'): string => ` ${letter.repeat(n - 2)} `

describe('a media player’s prompt: the ask, the software within 30 characters, the watching within 30 more', () => {
  it.each([
    ['vi, the prompt', 'Bạn cài Flash Player để xem được Clip này.', true],
    ['en, the prompt', 'You need Flash Player to watch this video.', true],
    ['vi, a bare player after installing', 'Bạn cài đặt player để xem video này.', true],
    ['en, a bare player after downloading', 'Download the latest player to view the video.', true],
    // The ask and the software 30 characters apart, then 31.
    ['en, ask and software 30 apart', `You need${gap(30)}Flash Player to watch this video.`, true],
    ['en, ask and software 31 apart', `You need${gap(31)}Flash Player to watch this video.`, false],
    ['vi, ask and software 30 apart', `Bạn cần cài${gap(30, 'ă')}trình duyệt mới để xem video.`, true],
    ['vi, ask and software 31 apart', `Bạn cần cài${gap(31, 'ă')}trình duyệt mới để xem video.`, false],
    // The software and the watching 30 characters apart, then 31.
    ['en, software and watching 30 apart', `Please enable JavaScript${gap(30)}to play the video.`, true],
    ['en, software and watching 31 apart', `Please enable JavaScript${gap(31)}to play the video.`, false],
    ['vi, software and watching 30 apart', `Bạn cần tải Adobe Flash${gap(30, 'ơ')}để có thể xem clip.`, true],
    ['vi, software and watching 31 apart', `Bạn cần tải Adobe Flash${gap(31, 'ơ')}để có thể xem clip.`, false],
    // Characters, not UTF-16 units: an emoji in the gap counts once.
    ['en, an emoji in a 30-character gap', `You need ${'x'.repeat(27)}😀 Flash Player to watch this video.`, true],
    // A bare player: within 20 characters of installing, then 21.
    ['en, a bare player 20 after downloading', `Download${gap(20)}player to watch the video.`, true],
    ['en, a bare player 21 after downloading', `Download${gap(21)}player to watch the video.`, false],
    ['vi, a bare player 20 after cài đặt', `Cài đặt${gap(20, 'ư')}player để xem video.`, true],
    ['vi, a bare player 21 after cài đặt', `Cài đặt${gap(21, 'ư')}player để xem video.`, false],
    // A sentence stop between the parts: two sentences, no prompt.
    ['en, a full stop between ask and software', 'Please upgrade. Adobe Flash is required to view this video.', false],
    ['vi, a full stop between software and watching', 'Bạn cần cài Flash Player. Để xem clip này, hãy tải lại trang.', false],
    ['en, a question mark between', 'Need a browser? To watch the video, press play.', false],
    ['vi, a line break between', 'Cập nhật trình duyệt\nđể xem video.', false],
    // Traps: no software asked for, a bare player without installing, videos, the watching before the software.
    ['en, needing to see the video of a player', 'The league will need to see the video of the player.', false],
    ['en, the video of a flash flood', 'Residents need to see the video of the flash flood.', false],
    ['en, a bare player after need', 'You need the player to watch this video.', false],
    ['en, videos', 'You need Flash Player to watch these videos.', false],
    ['vi, an app, the watching before the browser', 'Người dân cài ứng dụng Zalo để xem video cứu hộ trên trình duyệt.', false],
  ])('%s', (_why, sentence, prompt) => {
    expect(isPlayerPrompt(sentence)).toBe(prompt)
  })
})
