/**
 * One thing made in two countries (maker-countries.ts): *fabricação russa* / *fabricação ucraniana*
 * (CSTNews 1-1~1-2), *Russian-made* / *Ukrainian-made*, *do Nga sản xuất* / *do Ukraine sản xuất*.
 * The two reports name the country of make of one object, each one country only; a country said
 * of anything else (a crew, an owner, another part) is no maker.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import type { Report } from '../../../../src'
import { makerMentions } from '../../../../src/diverge/match/names/maker-countries'

const makers = (report: Report): Array<[string | undefined, string | undefined]> =>
  report.divergences.filter((d) => d.kind === 'name' && d.evidence.includes('two countries of make')).map((d) => [d.a?.text, d.b?.text])

describe('makerMentions: the country a phrase says a thing was made in', () => {
  it.each([
    ['A Russian-made Antonov plane crashed near Bukavu.', 'russia', 'Russian-made'],
    ['The plane, made in Ukraine, crashed near Bukavu.', 'ukraine', 'made in Ukraine'],
    ['O avião, de fabricação russa, caiu perto de Bukavu.', 'russia', 'fabricação russa'],
    ['O avião, fabricado na Ucrânia, caiu perto de Bukavu.', 'ukraine', 'fabricado na Ucrânia'],
    ['El avión, de fabricación rusa, cayó cerca de Bukavu.', 'russia', 'fabricación rusa'],
    ["L'avion, de fabrication russe, s'est écrasé près de Bukavu.", 'russia', 'fabrication russe'],
    ['Chiếc máy bay do Nga sản xuất rơi gần Bukavu.', 'russia', 'do Nga sản xuất'],
    ['Chiếc máy bay do Trung Quốc chế tạo rơi gần Bukavu.', 'china', 'do Trung Quốc chế tạo'],
    ['Chiếc máy bay được sản xuất tại Ukraine rơi gần Bukavu.', 'ukraine', 'sản xuất tại Ukraine'],
    // Vietnam and the other makers of planes, cars and ships.
    ['Chiếc máy bay do Việt Nam sản xuất rơi gần Bukavu.', 'vietnam', 'do Việt Nam sản xuất'],
    ['A Vietnamese-made plane crashed near Bukavu.', 'vietnam', 'Vietnamese-made'],
    ['A Taiwanese-made drone crashed near Bukavu.', 'taiwan', 'Taiwanese-made'],
    ['O avião, de fabricação indonésia, caiu perto de Bukavu.', 'indonesia', 'fabricação indonésia'],
    ['Chiếc máy bay do Thái Lan sản xuất rơi gần Bukavu.', 'thailand', 'do Thái Lan sản xuất'],
    // The maker named as a firm of a country.
    ['The plane was built by a Chinese manufacturer in 2010.', 'china', 'built by a Chinese manufacturer'],
    ['The plane was made by a Russian company.', 'russia', 'made by a Russian company'],
    ['O avião foi fabricado por uma empresa russa.', 'russia', 'fabricado por uma empresa russa'],
    ['Chiếc máy bay do một hãng Trung Quốc sản xuất rơi gần Bukavu.', 'china', 'do một hãng Trung Quốc sản xuất'],
  ])('%s', (text, country, phrase) => {
    const found = makerMentions(text, [{ start: 0, end: text.length }])
    expect(found.map((m) => [m.country, text.slice(m.start, m.end)])).toEqual([[country, phrase]])
  })

  it.each([
    ['The plane was operated by a Ukrainian crew.'], // a crew, not a maker
    ['Russia made its position clear on Monday.'], // a country that made a statement
    ['Nga sản xuất 10 triệu thùng dầu mỗi ngày.'], // Russia produces oil: no "do" before
    ['O avião pertencia a uma companhia congolesa.'], // an owner's nationality
    ['Made in Heaven was the band’s last album.'], // no country after
    ['The American-designed plane crashed near Bukavu.'], // designed is not made: the An-26 was designed in one country, built in another
    ['Giá dầu giảm mạnh do Nga sản xuất thêm một triệu thùng mỗi ngày.'], // do = because: Russia produces more
    ['Giá dầu giảm do Mỹ sản xuất 13 triệu thùng mỗi ngày.'], // a quantity made, not a thing's make
    ['The plane was bought by a Chinese company.'], // a buyer, not a maker
  ])('no maker: %s', (text) => {
    expect(makerMentions(text, [{ start: 0, end: text.length }])).toEqual([])
  })
})

describe('two reports, one object made in two countries', () => {
  it.each([
    [
      'Ao menos 17 pessoas morreram na queda de um avião no Congo. O avião, de fabricação russa, tentava aterrissar em Bukavu.',
      'Ao menos 17 pessoas morreram na queda de um avião no Congo. O avião, um Antonov-28 de fabricação ucraniana, levava minerais.',
      ['fabricação russa', 'fabricação ucraniana'],
    ],
    [
      'At least 17 people died when a plane crashed in Congo. The Russian-made plane was trying to land at Bukavu.',
      'At least 17 people died when a plane crashed in Congo. The Ukrainian-made plane was carrying minerals.',
      ['Russian-made', 'Ukrainian-made'],
    ],
    [
      'Ít nhất 17 người chết khi máy bay rơi ở Congo. Chiếc máy bay do Nga sản xuất đang hạ cánh xuống Bukavu.',
      'Ít nhất 17 người chết khi máy bay rơi ở Congo. Chiếc máy bay do Ukraine sản xuất chở theo khoáng sản.',
      ['do Nga sản xuất', 'do Ukraine sản xuất'],
    ],
    [
      'Máy bay rơi ở Congo, 20 người chết. Chiếc máy bay do Việt Nam sản xuất rơi sau khi cất cánh.',
      'Máy bay rơi ở Congo, 20 người chết. Chiếc máy bay do Trung Quốc sản xuất rơi sau khi cất cánh.',
      ['do Việt Nam sản xuất', 'do Trung Quốc sản xuất'],
    ],
    [
      'Plane crashes in Congo, killing 20. The plane was built by a Chinese manufacturer and crashed after takeoff.',
      'Plane crashes in Congo, killing 20. The plane was built by a Russian manufacturer and crashed after takeoff.',
      ['built by a Chinese manufacturer', 'built by a Russian manufacturer'],
    ],
    // The maker written after the plane, and an aside naming it (o avião, um Antonov-28 de fabricação ucraniana).
    [
      'Avião cai no Congo e mata 20 pessoas. O avião de fabricação russa caiu ao decolar de Kinshasa.',
      'Avião cai no Congo e mata 20 pessoas. O avião, um Soviet Antonov-28 de fabricação ucraniana, caiu ao decolar de Kinshasa.',
      ['fabricação russa', 'fabricação ucraniana'],
    ],
  ])('%s', (a, b, pair) => {
    expect(makers(compare(a, b))).toEqual([pair])
  })

  it.each([
    // Made in Russia, flown by a Ukrainian crew: one maker, no conflict.
    [
      'At least 17 people died when a plane crashed in Congo. The plane, made in Russia, was flown by a Ukrainian crew.',
      'At least 17 people died when a plane crashed in Congo. The Russian-made plane had a crew of three.',
    ],
    [
      'Ít nhất 17 người chết khi máy bay rơi ở Congo. Máy bay do Nga sản xuất, tổ lái người Ukraine.',
      'Ít nhất 17 người chết khi máy bay rơi ở Congo. Máy bay do Ukraine khai thác.',
    ],
    [
      'Ao menos 17 pessoas morreram na queda de um avião no Congo. O avião, de fabricação russa, tinha tripulação ucraniana.',
      'Ao menos 17 pessoas morreram na queda de um avião no Congo. O avião pertencia a uma companhia ucraniana.',
    ],
    // Another object's maker: the plane against its engines.
    [
      'At least 17 people died when a plane crashed in Congo. The Russian-made plane was trying to land at Bukavu.',
      'At least 17 people died when a plane crashed in Congo. The plane’s Ukrainian-made engines failed, officials said.',
    ],
    // A report naming two makers speaks of two things: no one country to hold against the other.
    [
      'At least 17 people died when a plane crashed in Congo. The Russian-made plane carried Chinese-made radios.',
      'At least 17 people died when a plane crashed in Congo. The Ukrainian-made plane was carrying minerals.',
    ],
    // Missiles of an earlier strike: the object is not the story's in B's opening (VietnameseMDS 31).
    [
      'Israel không kích tên lửa tại Syria. Quan chức cho biết mục tiêu là một số tên lửa do Nga sản xuất.',
      'Máy bay Israel oanh tạc căn cứ quân sự ở Syria. Đêm 31/10 máy bay Israel tấn công. Tháng 5/2013, Israel cũng đã không kích một căn cứ cất giữ các tên lửa do Iran sản xuất.',
    ],
    [
      'Israel struck missiles in Syria overnight. Officials said the target was Russian-made missiles bound for Hezbollah.',
      'Israeli jets struck a military base in Syria. The strike came overnight. In May, Israel hit a base holding Iranian-made missiles.',
    ],
    // Soviet-made against Russian-made: the Soviet Union held both.
    [
      'At least 17 people died when a plane crashed in Congo. The Soviet-made plane was trying to land at Bukavu.',
      'At least 17 people died when a plane crashed in Congo. The Russian-made plane was carrying minerals.',
    ],
    // The engines' maker, not the plane's, written after the plane (PT, VI).
    [
      'Avião cai no Congo e mata 20 pessoas. O avião de fabricação russa caiu ao decolar de Kinshasa.',
      'Avião cai no Congo e mata 20 pessoas. O avião, com motores de fabricação ucraniana, caiu ao decolar de Kinshasa.',
    ],
    [
      'Máy bay rơi ở Congo, 20 người chết. Chiếc máy bay do Nga sản xuất rơi sau khi cất cánh.',
      'Máy bay rơi ở Congo, 20 người chết. Chiếc máy bay lắp động cơ do Ukraine sản xuất rơi sau khi cất cánh.',
    ],
    // Another origin given the object in another way (from China, của Nga): not one country of make.
    [
      'US tariffs hit solar panels. New US tariffs hit Chinese-made solar panels, the department said.',
      'US tariffs hit solar panels. New US tariffs hit solar panels from China and India; Indian-made solar panels face a 30 percent duty.',
    ],
    [
      'India buys a fighter jet. India bought a French-made fighter jet, the ministry said.',
      'India buys a fighter jet. India, which makes its own jets, bought a fighter jet from France; the Indian-made fighter jet is not ready.',
    ],
    [
      'Nga bán máy bay cho Việt Nam. Việt Nam mua một máy bay do Nga sản xuất, Bộ Quốc phòng cho biết.',
      'Nga bán máy bay cho Việt Nam. Việt Nam mua một máy bay của Nga, trong khi máy bay do Ấn Độ sản xuất chưa sẵn sàng.',
    ],
    [
      'O Brasil compra um avião. O Brasil comprou um avião de fabricação francesa, disse o ministério.',
      'O Brasil compra um avião. O Brasil comprou um avião da França; o avião de fabricação brasileira não está pronto.',
    ],
    // Goods of two trade flows: a class of things, not one object.
    ['Tariffs hit Chinese-made goods. The tariffs hit Chinese-made goods, officials said.', 'Tariffs hit goods made in the US. The tariffs hit goods made in the US, officials said.'],
    ['Thuế đánh vào các mặt hàng do Trung Quốc sản xuất. Thuế mới đánh vào các mặt hàng do Trung Quốc sản xuất.', 'Thuế đánh vào các mặt hàng do Mỹ sản xuất. Thuế mới đánh vào các mặt hàng do Mỹ sản xuất.'],
    // Designed in one country, built in another.
    [
      'Plane crashes in Congo, killing 20. The Russian-made plane crashed after takeoff from Kinshasa.',
      'Plane crashes in Congo, killing 20. The American-designed plane crashed after takeoff from Kinshasa.',
    ],
    // do = because: Russia and the US produce more oil, no thing made.
    ['Giá dầu thế giới giảm mạnh. Giá dầu giảm mạnh do Nga sản xuất thêm một triệu thùng mỗi ngày.', 'Giá dầu thế giới giảm mạnh. Giá dầu giảm mạnh do Mỹ sản xuất thêm một triệu thùng mỗi ngày.'],
  ])('keeps apart: %s', (a, b) => {
    expect(makers(compare(a, b))).toEqual([])
  })
})
