/**
 * A day named from the paper's own (*yesterday*, *last week*, *năm ngoái*, *hier*) against the other
 * report's day of the same event, read with each report's `published`: spans that meet are one day
 * (equivalence `relative-date`), disjoint ones a date divergence below a stated date's confidence.
 * Without `published`, in a quote, after another day in the sentence, or for another event, nothing.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

// Monday 30 April 2018
const PAPER = '2018-04-30'
// This rule's divergences say which days the words name; other date rules' say other things.
const resolved = (evidence: readonly string[]) => evidence.some((e) => / is \d{4}-\d{2}-\d{2}/u.test(e))
const run = (a: string, b: string, pa: string | null = PAPER, pb: string | null = PAPER) => {
  const r = compare({ text: a, ...(pa !== null ? { published: pa } : {}) }, { text: b, ...(pb !== null ? { published: pb } : {}) })
  return {
    same: r.equivalences.filter((e) => e.reason === 'relative-date').map((e) => [e.a.text, e.b.text]),
    apart: r.divergences.filter((d) => d.kind === 'date' && resolved(d.evidence ?? [])).map((d) => [d.a?.text, d.b?.text, d.confidence]),
  }
}

describe('a relative day against the other report’s day, read with the reports’ own dates', () => {
  it.each([
    ['en: arrested yesterday / arrested on April 29', 'Police arrested the suspect yesterday at his home in Leeds after a long search.', 'Police arrested the suspect on April 29 at his home in Leeds after a long search.', ['yesterday', 'April 29']],
    ['en: last week / April 25 of the same paper week before', 'The company recalled 40,000 cars last week after a fault was found in the brakes.', 'The company recalled 40,000 cars on April 25 after a fault was found in the brakes.', ['last week', 'April 25']],
    ['vi: bị bắt hôm qua / bị bắt ngày 29/4', 'Nghi phạm Nguyễn Văn Tâm bị bắt hôm qua tại nhà riêng ở quận 7.', 'Nghi phạm Nguyễn Văn Tâm bị bắt ngày 29/4 tại nhà riêng ở quận 7.', ['hôm qua', '29/4']],
    ['fr: arrêté hier / arrêté le 29 avril', 'Le suspect a été arrêté hier à son domicile de Lyon par la police judiciaire.', 'Le suspect a été arrêté le 29 avril à son domicile de Lyon par la police judiciaire.', ['hier', '29 avril']],
    ['en: January of last year / January 2017', 'The steel plant closed January of last year after a fire in its main furnace.', 'The steel plant closed January 2017 after a fire in its main furnace.', ['January of last year', 'January 2017']],
    ['vi: năm ngoái / năm 2017', 'Nhà máy thép Hòa Phát đóng cửa năm ngoái sau vụ cháy lò cao.', 'Nhà máy thép Hòa Phát đóng cửa năm 2017 sau vụ cháy lò cao.', ['năm ngoái', 'năm 2017']],
  ])('%s: one day (relative-date)', (_why, a, b, pair) => {
    const { same, apart } = run(a, b)
    expect(same).toEqual([pair])
    expect(apart).toEqual([])
  })

  it.each([
    ['en: replaced last week / replaced two weeks ago', 'Dowd was replaced last week by former New York City Mayor Rudy Giuliani as the lead lawyer.', 'Dowd was replaced two weeks ago by former New York City Mayor Rudy Giuliani as the lead lawyer.', ['last week', 'two weeks ago']],
    ['en: recalled yesterday / recalled on April 20', 'The company recalled 40,000 cars yesterday after a fault was found in the brakes.', 'The company recalled 40,000 cars on April 20 after a fault was found in the brakes.', ['yesterday', 'April 20']],
    ['vi: bị bắt hôm qua / bị bắt ngày 20/4', 'Nghi phạm Nguyễn Văn Tâm bị bắt hôm qua tại nhà riêng ở quận 7.', 'Nghi phạm Nguyễn Văn Tâm bị bắt ngày 20/4 tại nhà riêng ở quận 7.', ['hôm qua', '20/4']],
    ['fr: arrêté hier / arrêté le 20 avril', 'Le suspect a été arrêté hier à son domicile de Lyon par la police judiciaire.', 'Le suspect a été arrêté le 20 avril à son domicile de Lyon par la police judiciaire.', ['hier', '20 avril']],
    ['fr: arrêté aujourd’hui / arrêté la semaine dernière', "Le suspect a été arrêté aujourd'hui à son domicile de Lyon par la police judiciaire.", 'Le suspect a été arrêté la semaine dernière à son domicile de Lyon par la police judiciaire.', ["aujourd'hui", 'la semaine dernière']],
    ['en: January of last year / January 2018', 'The steel plant closed January of last year after a fire in its main furnace.', 'The steel plant closed January 2018 after a fire in its main furnace.', ['January of last year', 'January 2018']],
    ['en: a day heading its sentence, in related sentences', 'Dowd was replaced last week by former New York City Mayor Rudy Giuliani as the lead lawyer.', 'Two weeks ago, Trump recruited former New York City Mayor Rudy Giuliani as the lead lawyer.', ['last week', 'Two weeks ago']],
    ['vi: a day heading its sentence, in related sentences', 'Ông Nguyễn Văn Tâm được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Bình Dương tuần trước.', 'Hôm nay, ông Nguyễn Văn Tâm được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Bình Dương.', ['tuần trước', 'Hôm nay']],
  ])('%s: two days, weaker than a stated date', (_why, a, b, pair) => {
    const { same, apart } = run(a, b)
    expect(same).toEqual([])
    expect(apart).toEqual([[...pair, 0.55]])
  })

  it('en: a report written a day later counts from its own day', () => {
    const { same, apart } = run('Police arrested the suspect yesterday at his home in Leeds after a long search.', 'Police arrested the suspect on April 30 at his home in Leeds after a long search.', '2018-05-01', PAPER)
    expect(same).toEqual([['yesterday', 'April 30']])
    expect(apart).toEqual([])
  })

  it.each([
    ['en: no published date', 'Police arrested the suspect yesterday at his home in Leeds after a long search.', 'Police arrested the suspect on April 20 at his home in Leeds after a long search.', null, null],
    ['vi: no published date', 'Nghi phạm Nguyễn Văn Tâm bị bắt hôm qua tại nhà riêng ở quận 7.', 'Nghi phạm Nguyễn Văn Tâm bị bắt ngày 20/4 tại nhà riêng ở quận 7.', null, null],
    ['en: another event’s day', 'Police arrested the suspect yesterday at his home in Leeds after a long search.', 'Police charged the suspect on April 20 with murder at a court in Leeds.', PAPER, PAPER],
    ['vi: another event’s day', 'Nghi phạm Nguyễn Văn Tâm bị bắt hôm qua tại nhà riêng ở quận 7.', 'Nghi phạm Nguyễn Văn Tâm bị khởi tố ngày 20/4 tại quận 7.', PAPER, PAPER],
    ['en: last year inside a quote', '"We recalled 40,000 cars last year," the chief executive said at a 2015 meeting.', 'The company recalled 40,000 cars in 2015, the chief executive said.', PAPER, PAPER],
    ['fr: l’an dernier inside a quote', '« Nous avons rappelé 40 000 voitures l\'an dernier », a déclaré le patron en 2015.', 'Le groupe a rappelé 40 000 voitures en 2015, a déclaré le patron.', PAPER, PAPER],
    ['en: reported speech dated otherwise', 'On March 3 the minister said the company recalled 40,000 cars last week.', 'The company recalled 40,000 cars on April 20, the minister said.', PAPER, PAPER],
    ['vi: lời kể có ngày khác', 'Ngày 3/3, ông Tâm cho biết công ty thu hồi 40.000 xe tuần trước.', 'Công ty thu hồi 40.000 xe ngày 20/4, ông Tâm cho biết.', PAPER, PAPER],
    ['en: USA TODAY is a name', 'Comey told USA TODAY in an interview on April 20 that he kept the memos.', 'Comey told USA TODAY in an interview on April 27 that he kept the memos.', PAPER, PAPER],
    ['en: a day heading an unrelated sentence', 'Dowd was replaced last week by former New York City Mayor Rudy Giuliani as the lead lawyer.', 'Two weeks ago, the markets in Tokyo fell sharply after a poor jobs report.', PAPER, PAPER],
    ['vi: a day heading an unrelated sentence', 'Ông Nguyễn Văn Tâm được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Bình Dương tuần trước.', 'Hôm qua, giá vàng trong nước giảm mạnh theo đà thế giới.', PAPER, PAPER],
  ])('%s: nothing', (_why, a, b, pa, pb) => {
    const { same, apart } = run(a, b, pa, pb)
    expect(same).toEqual([])
    expect(apart).toEqual([])
  })

  // Rows of the review (rpublished52): each a reading that named no day counted from the paper.
  it.each([
    ['en: USA Today in title case is a name', 'Comey told USA Today that he kept the memos after he was fired by Trump.', 'Yesterday, Comey said that he kept the memos after he was fired by Trump.', PAPER],
    ['en: Russia Today is a name', 'Putin told Russia Today that the strikes on Syria violated international law.', 'Yesterday, Putin said that the strikes on Syria violated international law.', PAPER],
    ['vi: Việt Nam Hôm Nay is a masthead', 'Ông Tâm trả lời báo Việt Nam Hôm Nay rằng công ty đã thu hồi toàn bộ lô xe lỗi phanh.', 'Hôm qua, ông Tâm cho biết công ty đã thu hồi toàn bộ lô xe lỗi phanh.', PAPER],
    ['vi: từ đầu năm 2017 states its year', 'Công ty thu hồi 40.000 xe từ đầu năm 2017 do lỗi phanh.', 'Công ty thu hồi 40.000 xe năm 2017 do lỗi phanh.', PAPER],
    ['vi: tuần trước đó counts from the story', 'Tuần trước đó, ông Nguyễn Văn Tâm được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Bình Dương.', 'Hôm nay, ông Nguyễn Văn Tâm được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Bình Dương.', PAPER],
    ['vi: … tuần trước đó at the end', 'Ông Nguyễn Văn Tâm được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Bình Dương tuần trước đó.', 'Hôm nay, ông Nguyễn Văn Tâm được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Bình Dương.', PAPER],
    ['vi: một tuần trước khi is before an event', 'Một tuần trước khi bầu cử, ông Nguyễn Văn Tâm được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Bình Dương.', 'Hôm qua, ông Nguyễn Văn Tâm được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Bình Dương.', PAPER],
    ['en: the last week of the campaign', 'In the last week of the campaign, Trump recruited former New York City Mayor Rudy Giuliani as the lead lawyer.', 'Two weeks ago, Trump recruited former New York City Mayor Rudy Giuliani as the lead lawyer.', PAPER],
    ['en: the last year of his term', 'Obama named Merrick Garland to the Supreme Court in the last year of his term after the death of Antonin Scalia.', 'Obama named Merrick Garland to the Supreme Court earlier this year after the death of Antonin Scalia.', '2016-12-01'],
    ['vi: năm ngoái inside ‘…’', 'Ông Tâm nói: ‘Công ty thu hồi 40.000 xe năm ngoái do lỗi phanh’.', 'Ông Tâm cho biết công ty thu hồi 40.000 xe năm 2015 do lỗi phanh.', PAPER],
    ['en: yesterday inside ‘…’', 'The chief executive said: ‘The company recalled 40,000 cars yesterday after a fault in the brakes.’', 'The company recalled 40,000 cars on April 20 after a fault in the brakes.', PAPER],
    ['en: yesterday inside ‘…’ with an apostrophe', 'The chief executive said: ‘The company’s plant recalled 40,000 cars yesterday after a fault in the brakes.’', 'The company’s plant recalled 40,000 cars on April 20 after a fault in the brakes.', PAPER],
    ['pt: hoje em dia is nowadays', 'Hoje em dia, o presidente Lula defende a reforma tributária no Congresso em Brasília.', 'Ontem, o presidente Lula defendeu a reforma tributária no Congresso em Brasília.', PAPER],
    ['id: hingga hari ini is to this day', 'Hingga hari ini, Presiden Joko Widodo belum menandatangani undang-undang pemilu yang baru.', 'Kemarin, Presiden Joko Widodo belum menandatangani undang-undang pemilu yang baru.', PAPER],
    ['fr: jusqu’à aujourd’hui is to this day', "Jusqu'à aujourd'hui, le président Macron n'a pas signé la nouvelle loi électorale du pays.", "Hier, le président Macron n'a pas signé la nouvelle loi électorale du pays.", PAPER],
    ['vi: hai tuần trước is two weeks ago, not last week', 'Hai tuần trước, ông Nguyễn Văn Tâm được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Bình Dương.', 'Hôm qua, ông Nguyễn Văn Tâm được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Bình Dương.', PAPER],
    ['vi: 3 tuần trước is not last week', 'Ông Nguyễn Văn Tâm được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Bình Dương 3 tuần trước.', 'Hôm qua, ông Nguyễn Văn Tâm được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Bình Dương.', PAPER],
    ['vi: ba tháng trước is not last month', 'Ba tháng trước, ông Nguyễn Văn Tâm được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Bình Dương.', 'Tháng trước, ông Nguyễn Văn Tâm được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Bình Dương.', PAPER],
    ['vi: đỉnh triều 3 ngày trước, another day’s tide', 'Triều cường tại TP HCM thấp hơn nhiều so với đỉnh triều 3 ngày trước.', 'Đỉnh triều sáng 21/10 tại TP HCM là 1,58m.', '2013-10-22'],
  ])('%s: nothing', (_why, a, b, paper) => {
    const { same, apart } = run(a, b, paper, paper)
    expect(same).toEqual([])
    expect(apart).toEqual([])
  })

  it.each([
    ['en: in January of last year / in January 2016', 'The steel plant closed in January of last year after a fire in its main furnace.', 'The steel plant closed in January 2016 after a fire in its main furnace.', ['January of last year', 'January 2016']],
    ['vi: vào tháng 1 năm ngoái / tháng 1 năm 2016', 'Nhà máy thép Hòa Phát đóng cửa vào tháng 1 năm ngoái sau vụ cháy lò cao.', 'Nhà máy thép Hòa Phát đóng cửa vào tháng 1 năm 2016 sau vụ cháy lò cao.', ['tháng 1 năm ngoái', 'tháng 1 năm 2016']],
  ])('%s: two days', (_why, a, b, pair) => {
    const { same, apart } = run(a, b)
    expect(same).toEqual([])
    expect(apart).toEqual([[...pair, 0.55]])
  })

  it.each([
    ['en: in January of last year / in January 2017', 'The steel plant closed in January of last year after a fire in its main furnace.', 'The steel plant closed in January 2017 after a fire in its main furnace.', ['January of last year', 'January 2017'], PAPER],
    ['en: a Sunday paper’s last week holds the Sunday-to-Saturday week', 'The company recalled 40,000 cars last week after a fault was found in the brakes.', 'The company recalled 40,000 cars on April 25 after a fault was found in the brakes.', ['last week', 'April 25'], '2018-04-29'],
  ])('%s: one day', (_why, a, b, pair, paper) => {
    const { same, apart } = run(a, b, paper, paper)
    expect(same).toEqual([pair])
    expect(apart).toEqual([])
  })

  it('vi: a Sunday paper’s tuần trước stays Monday to Sunday', () => {
    const { apart } = run('Công ty thu hồi 40.000 xe tuần trước do lỗi phanh.', 'Công ty thu hồi 40.000 xe ngày 25/4 do lỗi phanh.', '2018-04-29', '2018-04-29')
    expect(apart).toEqual([['tuần trước', '25/4', 0.55]])
  })
})
