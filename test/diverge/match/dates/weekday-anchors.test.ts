/**
 * The weekday of one action outside English (issue 11): the word a weekday stands beside is the
 * action it dates (*chìm hôm thứ Bảy*, *a coulé samedi*, *sank am Samstag*), so one action given
 * two weekdays in related sentences contradicts. Not a forecast, a recurring day, two events of
 * one story in one frame (an opening and a closing), a weekday quoted against one told, nor a
 * sentence that names both days (a local day and the GMT one).
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const DAY = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[tT]hứ \S+|[cC]hủ nhật|(?:lun|mar|mercre|jeu|vendre|same)di|dimanche|(?:Sams|Sonn)tag)$/u
const weekdayPairs = (a: string, b: string) =>
  compare(a, b).divergences.filter((d) => d.kind === 'date' && DAY.test(d.a?.text ?? '') && DAY.test(d.b?.text ?? '')).map((d) => [d.a!.text, d.b!.text])

describe('the weekday of one action, read from the word beside it', () => {
  it.each([
    ['vi: one sinking', 'Tàu ngầm hạt nhân Kursk chìm hôm thứ Bảy tại biển Barents cùng 118 thủy thủ.', 'Tàu ngầm Kursk bị chìm hôm Chủ nhật tại biển Barents với 118 thủy thủ trên tàu, giới chức Nga xác nhận.', ['thứ Bảy', 'Chủ nhật']],
    ['fr: one sinking', 'Le sous-marin nucléaire Koursk a coulé samedi en mer de Barents avec 118 marins à bord.', 'Le sous-marin Koursk a coulé dimanche en mer de Barents, et ses 118 marins sont portés disparus.', ['samedi', 'dimanche']],
    ['de: one sinking', 'Das Atom-U-Boot Kursk sank am Samstag in der Barentssee mit 118 Seeleuten an Bord.', 'Das U-Boot Kursk sank am Sonntag in der Barentssee, alle 118 Seeleute werden vermisst.', ['Samstag', 'Sonntag']],
    ['en: one sinking', 'The Russian nuclear submarine Kursk sank on Saturday in the Barents Sea with 118 sailors aboard.', 'The submarine Kursk sank on Sunday in the Barents Sea, and all 118 sailors aboard are feared dead.', ['Saturday', 'Sunday']],
  ])('%s: contradicts', (_why, a, b, pair) => {
    expect(weekdayPairs(a, b)).toEqual([pair])
  })

  it.each([
    ['vi: a forecast against the event', 'Cơn bão dự kiến đổ bộ vào đất liền hôm thứ Bảy tại Quảng Ninh với sức gió cấp 12.', 'Cơn bão đổ bộ vào đất liền hôm Chủ nhật tại Quảng Ninh với sức gió cấp 12.'],
    ['fr: a forecast against the event', 'La tempête devrait toucher terre samedi en Bretagne avec des rafales de 150 km/h.', 'La tempête a touché terre dimanche en Bretagne avec des rafales de 150 km/h.'],
    ['en: a forecast against the event', 'The storm is expected to make landfall on Saturday in Brittany with gusts of 150 km/h.', 'The storm made landfall on Sunday in Brittany with gusts of 150 km/h.'],
    ['vi: a recurring day', 'Hội đồng thành phố họp mỗi thứ Bảy tại trụ sở để bàn về ngân sách năm 2001.', 'Hội đồng thành phố họp hôm Chủ nhật tại trụ sở để bàn về ngân sách năm 2001.'],
    ['fr: a recurring day', 'Le conseil municipal se réunit chaque samedi à la mairie pour discuter du budget 2001.', 'Le conseil municipal se réunit dimanche à la mairie pour discuter du budget 2001.'],
    ['en: a recurring day', 'The city council met every Saturday at the town hall to discuss the 2001 budget.', 'The city council met on Sunday at the town hall to discuss the 2001 budget.'],
    ['vi: an opening and a closing', 'Lễ khai mạc Đại hội Thể thao Đông Nam Á diễn ra hôm thứ Bảy tại sân vận động Mỹ Đình.', 'Lễ bế mạc Đại hội Thể thao Đông Nam Á diễn ra hôm Chủ nhật tại sân vận động Mỹ Đình.'],
    ['fr: an opening and a closing', "La cérémonie d'ouverture des Jeux a eu lieu samedi au Stade national de Pékin.", 'La cérémonie de clôture des Jeux a eu lieu dimanche au Stade national de Pékin.'],
    ['en: an opening and a closing', 'The opening ceremony of the Games took place on Saturday at the National Stadium in Beijing.', 'The closing ceremony of the Games took place on Sunday at the National Stadium in Beijing.'],
    ['vi: a weekday quoted against one told', 'Ông Popov nói: "Tàu Kursk chìm hôm thứ Bảy tại biển Barents".', 'Tàu Kursk chìm hôm Chủ nhật tại biển Barents, theo giới chức Nga.'],
    ['fr: a local day and the GMT one', 'Le sous-marin Koursk a coulé dimanche à 1h00 heure locale (samedi 21h00 GMT) en mer de Barents.', 'Le sous-marin Koursk a coulé samedi en mer de Barents avec 118 marins à bord.'],
    ['vi: two statements', 'Bộ Quốc phòng Nga thông báo hôm thứ Bảy rằng tàu Kursk gặp sự cố ở biển Barents.', 'Hải quân Nga cho biết hôm Chủ nhật rằng tàu Kursk đã chìm ở biển Barents.'],
  ])('%s: no contradiction', (_why, a, b) => {
    expect(weekdayPairs(a, b)).toEqual([])
  })
})
