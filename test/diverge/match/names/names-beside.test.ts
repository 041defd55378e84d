/**
 * names51 (issue 11 point 2): a respelling in sentences the aligner does not link, whose wording
 * shares no pair of words, is still one entity when each report writes one third name beside it
 * (*evacuees from Madaya … Ramusa* / *residents of Madaya … Ramousah*, FA-KES). And a report
 * that writes an Arabic name both ways (*Qamishli* in its headline, *al-Qameshli* in its lead)
 * holds no spelling against the other report's *Qamishli*: a `transliteration`, no divergence.
 */
import { describe, expect, it } from 'vitest'
import { type Story, compare, compareMany } from '../../../../src'
import { houseWritesBoth, reportWords } from '../../../../src/diverge/match/names/house-spellings'
import { inconsistencies } from '../../../story/consistency'

const read = (a: string, b: string) => {
  const r = compare(a, b)
  const flags = r.divergences.filter((d) => d.kind === 'name').map((d) => [d.a?.text ?? null, d.b?.text ?? null])
  const candidates = r.candidates.filter((d) => d.kind === 'name').map((d) => [d.a?.text ?? null, d.b?.text ?? null])
  const equivalent = r.equivalences.filter((e) => e.reason === 'transliteration').map((e) => [e.a.text, e.b.text])
  return { flags, candidates, equivalent }
}

describe('a third name beside two spellings in unlinked sentences', () => {
  it.each([
    ['en: Ramusa / Ramousah beside Madaya', 'A blast hit a convoy of buses near Aleppo on Saturday. Thousands of evacuees from Madaya were also stuck in regime-controlled Ramusa south of Aleppo.', 'A suicide car bomb struck buses west of Aleppo, killing dozens. The rebels and residents of Madaya were waiting at the government-held Ramousah bus garage a few miles away.', ['Ramusa', 'Ramousah']],
    ['vi: Ramusa / Ramousah beside Madaya', 'Một vụ nổ đánh vào đoàn xe buýt gần Aleppo hôm thứ bảy. Hàng nghìn người sơ tán khỏi Madaya vẫn mắc kẹt ở Ramusa, phía nam thành phố.', 'Một xe bom tự sát tấn công đoàn xe buýt phía tây Aleppo, làm hàng chục người chết. Phiến quân và cư dân Madaya chờ đợi tại bến xe buýt Ramousah do chính phủ kiểm soát.', ['Ramusa', 'Ramousah']],
    ['id: Ramusa / Ramousah beside Madaya', 'Sebuah ledakan menghantam iring-iringan bus dekat Aleppo pada hari Sabtu. Ribuan pengungsi dari Madaya masih tertahan di Ramusa sebelah selatan kota.', 'Bom mobil bunuh diri menghantam bus di barat Aleppo dan menewaskan puluhan orang. Para pemberontak dan warga Madaya menunggu di terminal bus Ramousah yang dikuasai pemerintah.', ['Ramusa', 'Ramousah']],
  ])('%s: a name divergence', (_why, a, b, pair) => {
    expect(read(a, b).flags).toContainEqual(pair)
  })

  it.each([
    // no third name: the romanisation alone stays a candidate
    ['en: no name beside', 'Thousands of evacuees were also stuck in regime-controlled Ramusa south of the city.', 'The rebels and residents were waiting at the government-held Ramousah bus garage a few miles away.', ['Ramusa', 'Ramousah']],
    ['vi: no name beside', 'Hàng nghìn người sơ tán vẫn mắc kẹt ở Ramusa, phía nam thành phố.', 'Phiến quân và cư dân chờ đợi tại bến xe buýt Ramousah do chính phủ kiểm soát.', ['Ramusa', 'Ramousah']],
    ['id: no name beside', 'Ribuan pengungsi masih tertahan di Ramusa sebelah selatan kota.', 'Para pemberontak dan warga menunggu di terminal bus Ramousah yang dikuasai pemerintah.', ['Ramusa', 'Ramousah']],
  ])('%s: a candidate, not flagged', (_why, a, b, pair) => {
    const { flags, candidates } = read(a, b)
    expect(flags).toEqual([])
    expect(candidates).toContainEqual(pair)
  })

  it.each([
    // two people who share a surname, beside one city: two people
    ['en: Park Soo Kwan / Park Heong-joon beside Busan', 'Park Soo Kwan welcomed the delegation to Busan on Monday.', 'In Busan, mayor Park Heong-joon later signed the agreement.'],
    ['vi: Park Soo Kwan / Park Heong-joon beside Busan', 'Ông Park Soo Kwan đón đoàn tại Busan hôm thứ hai.', 'Tại Busan, thị trưởng Park Heong-joon sau đó ký thỏa thuận.'],
    ['id: Park Soo Kwan / Park Heong-joon beside Busan', 'Park Soo Kwan menyambut rombongan di Busan pada hari Senin.', 'Di Busan, wali kota Park Heong-joon kemudian menandatangani perjanjian.'],
    // two players of one team, one name beside: two people
    ['en: two players beside Arsenal', 'Arsenal fans cheered when Saka scored in the first half.', 'For Arsenal, Saliba was booked after the break.'],
    ['vi: Đình Hoàng / Ngọc Hải beside Hà Nội', 'Hà Nội thắng nhờ Đình Hoàng ghi bàn phút 10.', 'Bên phía Hà Nội, Ngọc Hải nhận thẻ vàng sau giờ nghỉ.'],
    // two players with near spellings beside a club, the outlet or a country: those stand beside everyone (rnames51)
    ['en: Fernandes / Fernandez beside a club', 'Fernandes scored twice as United beat Chelsea on Sunday.', 'The Chelsea midfielder Fernandez was booked after the break for a late tackle.'],
    ['fr: Fernandes / Fernandez beside a club', 'Fernandes a marqué deux fois dimanche contre Chelsea.', 'Le milieu de Chelsea, Fernandez, a reçu un carton jaune après la pause.'],
    ['vi: Fernandes / Fernandez beside a club', 'Fernandes lập cú đúp giúp MU thắng Chelsea hôm chủ nhật.', 'Tiền vệ Fernandez của Chelsea nhận thẻ vàng sau giờ nghỉ vì pha vào bóng muộn.'],
    ['en: Fernandes / Fernandez beside the outlet', 'Fernandes scored twice on Sunday, Reuters reported.', 'The midfielder Fernandez was booked after the break, Reuters said.'],
    ['vi: Fernandes / Fernandez beside the outlet', 'Fernandes lập cú đúp hôm chủ nhật, theo Reuters.', 'Tiền vệ Fernandez nhận thẻ vàng sau giờ nghỉ, Reuters cho biết.'],
    ['en: Fernandes / Fernandez beside a country', 'Fernandes scored twice for Portugal on Sunday.', 'The midfielder Fernandez was booked against Portugal after the break.'],
    ['vi: Fernandes / Fernandez beside a country', 'Fernandes ghi hai bàn cho Portugal hôm chủ nhật.', 'Tiền vệ Fernandez nhận thẻ vàng trong trận gặp Portugal sau giờ nghỉ.'],
  ])('%s: no name divergence', (_why, a, b) => {
    expect(read(a, b).flags).toEqual([])
  })
})

// The glued *Qamishli Hasaka* is how the extractor reads TRT's caption (FA-KES 1919191742): the
// spelling only A writes, which B's *al-Qameshli* is probed against.
describe('one report writes an Arabic name both ways', () => {
  it.each([
    ['en', 'A bomb blast in the Syrian city of Qamishli Hasaka on Wednesday killed 48 people.', 'Dozens injured in Qamishli ISIL Terrorist Attack. A car bomb killed at least 44 on Wednesday in al-Qameshli city in Hasaka province. The wounded were taken to al-Qamishli National Hospital, where al-Qameshli residents gave blood.'],
    ['vi', 'Vụ nổ bom ở thành phố Qamishli Hasaka của Syria hôm thứ tư làm 48 người chết.', 'Hàng chục người chết trong vụ tấn công Qamishli ISIL Terrorist Attack. Một xe bom đã giết ít nhất 44 người tại thành phố al-Qameshli thuộc tỉnh Hasaka. Người bị thương được đưa tới bệnh viện al-Qamishli National Hospital, nơi người dân al-Qameshli hiến máu.'],
    ['id', 'Ledakan bom di kota Qamishli Hasaka, Suriah, pada hari Rabu menewaskan 48 orang.', 'Puluhan tewas dalam Qamishli ISIL Terrorist Attack. Bom mobil menewaskan sedikitnya 44 orang pada hari Rabu di kota al-Qameshli, provinsi Hasaka. Korban luka dibawa ke al-Qamishli National Hospital, tempat warga al-Qameshli mendonorkan darah.'],
  ])('%s: B writes Qamishli and al-Qameshli twice each, a transliteration, nothing flagged', (_lang, a, b) => {
    const { flags, equivalent } = read(a, b)
    expect(flags).toEqual([])
    expect(equivalent).toContainEqual(['Qamishli Hasaka', 'al-Qameshli'])
  })

  it.each([
    // each report writes its own romanisation only: two ways, a divergence (as FA-KES' Ramusa / Ramousah)
    ['en', 'A bomb blast in the Syrian city of Qamishli Hasaka on Wednesday killed 48 people.', 'A car bomb killed at least 44 on Wednesday in al-Qameshli city in Hasaka province.'],
    ['vi', 'Vụ nổ bom ở thành phố Qamishli Hasaka của Syria hôm thứ tư làm 48 người chết.', 'Một xe bom đã giết ít nhất 44 người tại thành phố al-Qameshli thuộc tỉnh Hasaka.'],
    ['id', 'Ledakan bom di kota Qamishli Hasaka, Suriah, pada hari Rabu menewaskan 48 orang.', 'Bom mobil menewaskan sedikitnya 44 orang pada hari Rabu di kota al-Qameshli, provinsi Hasaka.'],
  ])('%s: neither writes both, still a name divergence', (_lang, a, b) => {
    const { flags, equivalent } = read(a, b)
    expect(flags).toContainEqual(['Qamishli Hasaka', 'al-Qameshli'])
    expect(equivalent).toEqual([])
  })

  it.each([
    // B writes Mohammed and Mohamed twice each, for two men; Hamdan / Hamdin is no transcription (rnames51)
    ['en', 'Relatives said the driver, Mohammed Hamdan, was 34 and had two children.', 'Police in Cairo named the man at the wheel as Mohamed Hamdin, a taxi driver. Mohamed Hamdin had worked for Mohammed Salah, a shop owner. Mohammed Salah said he was kind.'],
    ['vi', 'Người thân cho biết tài xế Mohammed Hamdan 34 tuổi và có hai con.', 'Cảnh sát Cairo xác định người cầm lái là Mohamed Hamdin, một tài xế taxi. Mohamed Hamdin từng làm cho ông Mohammed Salah, chủ cửa hàng. Ông Mohammed Salah nói anh rất tốt bụng.'],
  ])('%s: both transcriptions of another word used, the name still respelt', (_lang, a, b) => {
    const { flags, equivalent } = read(a, b)
    expect(flags).toContainEqual(['Mohammed Hamdan', 'Mohamed Hamdin'])
    expect(equivalent).toEqual([])
  })

  const words = (text: string) => () => reportWords(text)
  it.each([
    // a slip made once beside the right spelling is a misspelling (vi gold: Sergai / Sergei Mikhailov; GVC: Esteben / Esteban Santiago)
    ['en: Sergei / Sergai, once', 'Sergei', 'Sergai', 'Sergei spoke. Sergei left.', 'Sergei spoke. Sergai left. Sergei stayed.', false],
    ['vi: Sergei / Sergai, once', 'Sergei', 'Sergai', 'Ông Sergei nói. Ông Sergei đi.', 'Ông Sergei nói. Ông Sergai đi. Sergei ở lại.', false],
    ['en: Sydney / Syndey, a typo', 'Sydney', 'Syndey', 'Sydney won. Sydney fans.', 'Sydney won. Syndey fans. Syndey won. Sydney fans.', false],
    // two people of one report (Mario, Maria) are no transcription
    ['en: Mario / Maria', 'Mario Rossi', 'Maria Rossi', 'Mario Rossi spoke. Mario left.', 'Maria Rossi and Mario spoke. Maria and Mario left.', false],
    ['en: Qamishli / al-Qameshli, B uses both', 'Qamishli', 'al-Qameshli', 'In Qamishli.', 'Qamishli attack. In al-Qameshli city. al-Qamishli hospital. al-Qameshli residents.', true],
    ['id: Ramusa / Ramousah, B uses both', 'Ramusa', 'Ramousah', 'di Ramusa.', 'Terminal Ramusa, atau Ramousah. Bus Ramusa ke Ramousah.', true],
    ['id: Ramusa / Ramousah, B writes Ramusa once', 'Ramusa', 'Ramousah', 'di Ramusa.', 'Terminal Ramusa, atau Ramousah. Bus ke Ramousah.', false],
    ['vi: Ramusa / Ramousah, neither', 'Ramusa', 'Ramousah', 'tại Ramusa.', 'bến xe Ramousah.', false],
    // word for word: the words that differ must each be a transcription the report writes both ways (rnames51)
    ['en: Mohammed Hamdan / Mohamed Hamdin', 'Mohammed Hamdan', 'Mohamed Hamdin', 'Mohammed Hamdan drove.', 'Mohamed Hamdin drove. Mohamed Hamdin and Mohammed Salah. Mohammed Salah spoke.', false],
    ['vi: Mohammed Hamdan / Mohamed Hamdin', 'Mohammed Hamdan', 'Mohamed Hamdin', 'Tài xế Mohammed Hamdan.', 'Tài xế Mohamed Hamdin. Mohamed Hamdin và ông Mohammed Salah. Ông Mohammed Salah nói.', false],
    ['en: a glued word the other report does not write', 'Qamishli Hasaka', 'al-Qameshli', 'In Qamishli Hasaka.', 'Qamishli attack. In al-Qameshli city. al-Qamishli hospital. al-Qameshli residents.', false],
  ])('%s: one report writes both transcriptions = %s', (_why, x, y, textA, textB, both) => {
    expect(houseWritesBoth(x, y, words(textA), words(textB))).toBe(both)
  })
})

// perf52: a story reads each report's names by sentence and word counts once, for every pair it is
// in; what its pairs show must stay what compare() shows for each pair on its own.
describe('a story reads the names beside and the house spellings as each pair does', () => {
  const variantsOf = (story: Story): string[] => story.names.flatMap((n) => n.variants.map((v) => `${v.outlets.join('-')} ${v.a.text} / ${v.b.text}`))
  it.each([
    ['en', 'A blast hit a convoy of buses near Aleppo on Saturday. Thousands of evacuees from Madaya were also stuck in regime-controlled Ramusa south of Aleppo.', 'A suicide car bomb struck buses west of Aleppo, killing dozens. The rebels and residents of Madaya were waiting at the government-held Ramousah bus garage a few miles away.', 'Buses were attacked near Aleppo on Saturday. People from Madaya were waiting at the Ramousah bus garage when the car bomb went off.'],
    ['vi', 'Một vụ nổ đánh vào đoàn xe buýt gần Aleppo hôm thứ bảy. Hàng nghìn người sơ tán khỏi Madaya vẫn mắc kẹt ở Ramusa, phía nam thành phố.', 'Một xe bom tự sát tấn công đoàn xe buýt phía tây Aleppo, làm hàng chục người chết. Phiến quân và cư dân Madaya chờ đợi tại bến xe buýt Ramousah do chính phủ kiểm soát.', 'Đoàn xe buýt bị tấn công gần Aleppo hôm thứ bảy. Người dân Madaya đang chờ tại bến xe buýt Ramousah khi xe bom phát nổ.'],
  ])('%s: Ramusa / Ramousah beside Madaya, shown between outlets 0 and 1 as compare() shows it', (_lang, a, b, c) => {
    const story = compareMany([a, b, c])
    expect(inconsistencies(story, [a, b, c])).toEqual([])
    expect(variantsOf(story)).toContain('0-1 Ramusa / Ramousah')
  })

  it.each([
    ['en', 'A bomb blast in the Syrian city of Qamishli Hasaka on Wednesday killed 48 people.', 'Dozens injured in Qamishli ISIL Terrorist Attack. A car bomb killed at least 44 on Wednesday in al-Qameshli city in Hasaka province. The wounded were taken to al-Qamishli National Hospital, where al-Qameshli residents gave blood.'],
    ['vi', 'Vụ nổ bom ở thành phố Qamishli Hasaka của Syria hôm thứ tư làm 48 người chết.', 'Hàng chục người chết trong vụ tấn công Qamishli ISIL Terrorist Attack. Một xe bom đã giết ít nhất 44 người tại thành phố al-Qameshli thuộc tỉnh Hasaka. Người bị thương được đưa tới bệnh viện al-Qamishli National Hospital, nơi người dân al-Qameshli hiến máu.'],
  ])('%s: a report that writes Qamishli both ways holds no variant against either other report (trap)', (_lang, a, b) => {
    const articles = [a, b, a.replace('48', '47')]
    const story = compareMany(articles)
    expect(inconsistencies(story, articles)).toEqual([])
    expect(variantsOf(story).filter((v) => v.includes('Qameshli'))).toEqual([])
  })
})
