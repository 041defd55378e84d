import { describe, expect, it } from 'vitest'
import { numberFlags, enBase, viBase, frBase } from './_unlinked-counts'

/**
 * The main count of one counted noun in each report, told in sentences the aligner does not link
 * (issue 11): "205 délégations en tout" / "Les 204 délégations présentes", "Máy bay chở 180 hành
 * khách" / "186 hành khách". Each row must give its one number contradiction.
 */
describe('one counted noun\'s main figure on each side, in unlinked sentences', () => {
  it.each([
    ['fr: délégations', `Les trois heures de spectacle ont vu défiler 205 délégations en tout. ${frBase}`, `${frBase} Les 204 délégations présentes à Pékin ont ensuite défilé dans le stade.`, ['205 délégations', '204 délégations']],
    ['fr: a part beside the whole (des 123)', `Aucune des 123 délégations qui avaient défilé auparavant n'avait été sifflée. Le défilé a réuni 205 délégations en tout. ${frBase}`, `${frBase} Les 204 délégations présentes à Pékin ont ensuite défilé dans le stade.`, ['205 délégations', '204 délégations']],
    ['en: delegations', `In all, 205 delegations marched into the stadium. ${enBase}`, `${enBase} The 204 delegations present then paraded around the track.`, ['205 delegations', '204 delegations']],
    ['vi: hành khách', `Máy bay chở 180 hành khách phải quay đầu vì động cơ bốc cháy. ${viBase}`, `${viBase} Theo hãng, chuyến bay có 186 hành khách khi cất cánh từ Guadalajara.`, ['180 hành', '186 hành']],
    ['vi: a capacity is no count of those on board', `Máy bay chở 180 hành khách phải quay đầu. Chuyến bay VB518 có sức chứa 200 hành khách. ${viBase}`, `${viBase} Hãng cho biết 186 hành khách đã an toàn.`, ['180 hành', '186 hành']],
    ['en: none of the passengers were hurt counts them all', `A plane carrying 180 passengers turned back after an engine fire. ${enBase}`, `${enBase} None of the crew or the 186 passengers were injured, the airline said.`, ['180 passengers', '186 passengers']],
    ['fr: chefs', `Les dirigeants chinois accueillent 90 chefs d'État du monde entier. ${frBase}`, `${frBase} On comptait 80 chefs d'Etats dans les tribunes.`, ['90 chefs', '80 chefs']],
    ['en: sailors aboard, the sinking dated in full (Kursk)', `The Kursk sank on Aug. 12, 2000, in the Barents Sea with 118 sailors aboard. ${enBase}`, `${enBase} The submarine went down during naval exercises with 116 sailors on board.`, ['118 sailors', '116 sailors']],
    ['vi: thủy thủ trên tàu, ngày đầy đủ', `Tàu ngầm Kursk chìm ngày 12/8/2000 ở biển Barents với 118 thủy thủ trên tàu. ${viBase}`, `${viBase} Con tàu chìm trong cuộc tập trận cùng 116 thủy thủ.`, ['118 thủy', '116 thủy']],
    ['es: marineros, a reflexive se is no condition', `El submarino se hundió con 118 marineros a bordo. La multitud aplaudió en la plaza.`, `La multitud aplaudió en la plaza. El buque se fue a pique durante unas maniobras con 116 marineros.`, ['118 marineros', '116 marineros']],
    ['en: passengers of one flight', `The plane took off from Guadalajara with 180 passengers. ${enBase}`, `${enBase} The airline said 186 passengers were on the flight.`, ['180 passengers', '186 passengers']],
    ['en: a capacity (can carry) beside the count aboard', `The Airbus can carry 220 passengers. It left Guadalajara with 180 passengers. ${enBase}`, `${enBase} The airline said 186 passengers were on the flight.`, ['180 passengers', '186 passengers']],
    ['en: number words told alike', `Two divers opened the rear hatch of the submarine. ${enBase}`, `${enBase} Navy officials said four divers opened the hatch.`, ['Two divers', 'four divers']],
  ])('%s', (_label, a, b, pair) => {
    expect(numberFlags(a, b)).toEqual([pair])
  })
})

/** Counts of one noun that are not one slot: whatever pairs main figures must leave these without a number contradiction. */
describe('counts of one noun in unlinked sentences that stay apart', () => {
  it.each([
    ['en: two planes in one report', `One plane carried 180 passengers and a second plane carried 150 passengers. ${enBase}`, `${enBase} The airline said 186 passengers were on the flight.`],
    ['en: passengers against crew', `The plane carried 180 passengers from Guadalajara. ${enBase}`, `${enBase} The airline said 6 crew members were on board.`],
    ['vi: hành khách against phi hành đoàn', `Máy bay chở 180 hành khách từ Guadalajara. ${viBase}`, `${viBase} Hãng cho biết có 6 thành viên phi hành đoàn trên máy bay.`],
    ['fr: pays against délégations (other nouns)', `On attend 10.624 athlètes venus de 204 pays. ${frBase}`, `${frBase} Les trois heures de spectacle ont vu défiler 205 délégations en tout.`],
    ['en: the country count of another Games', `At the 2004 Games in Athens, 201 delegations took part. ${enBase}`, `${enBase} The 204 delegations present then paraded around the track.`],
    ['fr: délégations d\'autres Jeux (une année)', `A Athènes en 2004, 201 délégations avaient défilé. ${frBase}`, `${frBase} Les 204 délégations présentes à Pékin ont ensuite défilé dans le stade.`],
    ['en: a part (of whom)', `The 312 French athletes marched behind their flag. ${enBase}`, `${enBase} In all, 10,600 athletes will compete in the Games.`],
    ['fr: une part (dont)', `Le stade comptait 91.000 spectateurs, dont quelque 80 chefs d'Etat. ${frBase}`, `${frBase} Les dirigeants chinois accueillent 90 chefs d'État du monde entier.`],
    ['en: a forecast', `Organisers expect 12,000 volunteers could join next week. ${enBase}`, `${enBase} Some 10,000 volunteers worked at the venue on Friday.`],
    ['vi: an injured count is a toll, not a passenger count', `Máy bay chở 180 hành khách phải quay đầu. ${viBase}`, `${viBase} Vụ việc khiến 12 hành khách bị thương nhẹ.`],
    ['vi: a magnitude is a measure, not a count', `Trận động đất mạnh 6,1 độ richter xảy ra ở Aceh. ${viBase}`, `${viBase} Một dư chấn mạnh 5,2 độ richter xảy ra sau đó.`],
    ['en: temperatures in degrees', `The heat reached 41 degrees in the city on Monday. ${enBase}`, `${enBase} Forecasters said it would be 38 degrees by noon.`],
    ['fr: les heures d\'un spectacle sont une durée', `Le spectacle a duré trois heures. ${frBase}`, `${frBase} La fête a tenu quatre heures en tout.`],
    ['en: seasons are a span of time (MSRP 257789)', `Knight had 29 interceptions in his years with the Saints, including 17 the last three seasons. ${enBase}`, `${enBase} Knight has played six seasons, all with New Orleans.`],
    ['en: injured passengers are a toll', `A plane carrying 180 passengers turned back after an engine fire. ${enBase}`, `${enBase} Twelve passengers were injured in the evacuation.`],
    ['en: a missing toll is no noun count (fact-moments)', `A flash flood on Monday killed 30 people. ${enBase}`, `${enBase} Rescuers search for 12 missing people in Lang Nu on Tuesday.`],
    ['vi: năm tỉnh khác, the rest of a list', `Ngoài ra còn 5 tỉnh khác bị ảnh hưởng nặng bởi cơn bão. ${viBase}`, `${viBase} Các tỉnh Quảng Ninh, Hải Phòng và 3 tỉnh khác bị ảnh hưởng.`],
  ])('%s', (_label, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})

/** Number words, sailors aboard and seats: counts of one noun that are two sets, two operations or two days (issue 11, DUC 2006 Kursk). */
describe('number words, people aboard and capacities that stay apart', () => {
  it.each([
    ['en: two divers / four divers in two operations', `Two Norwegian divers opened the rear hatch of the submarine. ${enBase}`, `${enBase} Four Russian divers entered the ninth compartment, the navy said.`],
    ['en: two divers / four divers on two days', `Two divers reached the hull on Monday. ${enBase}`, `${enBase} Four divers reached the hull on Wednesday.`],
    ['vi: hai thợ lặn / bốn thợ lặn, hai ngày', `Hai thợ lặn tiếp cận thân tàu hôm thứ Hai. ${viBase}`, `${viBase} Bốn thợ lặn tiếp cận thân tàu hôm thứ Tư.`],
    ['vi: hai thợ lặn / bốn thợ lặn, hai việc', `Hai thợ lặn Na Uy mở cửa khoang phía sau. ${viBase}`, `${viBase} Bốn thợ lặn Nga vào khoang thứ chín.`],
    ['fr: deux plongeurs / quatre plongeurs', `Deux plongeurs norvégiens ont ouvert l'écoutille arrière. ${frBase}`, `${frBase} Quatre plongeurs russes sont entrés dans le neuvième compartiment.`],
    ['en: two teams told apart by who they are', `Two Norwegian divers opened the rear hatch of the submarine. ${enBase}`, `${enBase} Navy officials said four British divers opened the hatch.`],
    ['en: two more bodies / four more bodies (steps of a running count)', `Divers said two more bodies were found inside the hull. ${enBase}`, `${enBase} Rescuers later brought four more bodies ashore, navy officials said.`],
    ['vi: thêm 2 thi thể / thêm 4 thi thể', `Thợ lặn cho biết đã tìm thêm 2 thi thể trong thân tàu. ${viBase}`, `${viBase} Hải quân cho biết đã đưa thêm 4 thi thể lên bờ.`],
    ['en: two of the sailors', `Two of the sailors wrote notes before they died. ${enBase}`, `${enBase} The submarine went down with four sailors still in the stern.`],
    ['en: two bodies / four bodies recovered on two days (a running count)', `Divers recovered two bodies from the wreck on Saturday. ${enBase}`, `${enBase} Four bodies had been recovered by Monday, the navy said.`],
    ['vi: hai thi thể / bốn thi thể, hai ngày', `Thợ lặn đã trục vớt hai thi thể hôm thứ Bảy. ${viBase}`, `${viBase} Đến thứ Hai, bốn thi thể đã được trục vớt.`],
    ['en: sailors aboard / sailors trapped', `The Kursk sank in the Barents Sea with 118 sailors aboard. ${enBase}`, `${enBase} Officials said 116 sailors were trapped inside the hull.`],
    ['vi: thủy thủ trên tàu / thủy thủ mắc kẹt', `Tàu ngầm Kursk chìm với 118 thủy thủ trên tàu. ${viBase}`, `${viBase} Quan chức cho biết 116 thủy thủ bị mắc kẹt trong thân tàu.`],
    ['fr: marins à bord / marins piégés', `Le Koursk a coulé avec 118 marins à bord. ${frBase}`, `${frBase} Selon la marine, 116 marins sont piégés dans la coque.`],
    ['en: sailors / crew members (two nouns)', `The Kursk sank in the Barents Sea with 118 sailors aboard. ${enBase}`, `${enBase} The submarine went down with 116 crew members on board.`],
    ['en: seats / passengers', `The plane, with 180 seats, left Guadalajara on time. ${enBase}`, `${enBase} The airline said 186 passengers were on the flight.`],
    ['en: can carry / carried', `The Airbus can carry 180 passengers. ${enBase}`, `${enBase} The airline said 186 passengers were on the flight.`],
    ['vi: có thể chở / chở', `Chiếc Airbus có thể chở 180 hành khách. ${viBase}`, `${viBase} Hãng cho biết chuyến bay có 186 hành khách.`],
    ['fr: peut transporter / passagers à bord', `L'Airbus peut transporter 180 passagers. ${frBase}`, `${frBase} La compagnie a indiqué que 186 passagers étaient à bord.`],
    ['es: marineros a bordo / atrapados', `El submarino se hundió con 118 marineros a bordo. La multitud aplaudió en la plaza.`, `La multitud aplaudió en la plaza. La marina dijo que 116 marineros quedaron atrapados en el casco.`],
    ['pt: marinheiros a bordo / presos', `O submarino afundou com 118 marinheiros a bordo. A multidão aplaudiu na praça.`, `A multidão aplaudiu na praça. A marinha disse que 116 marinheiros estavam presos no casco.`],
    ['de: Seeleute an Bord / eingeschlossen', `Das U-Boot sank mit 118 Seeleuten an Bord. Die Menge jubelte auf dem Platz.`, `Die Menge jubelte auf dem Platz. Die Marine sagte, 116 Seeleute seien eingeschlossen.`],
    ['es: puede transportar / a bordo', `El Airbus puede transportar 180 pasajeros. La multitud aplaudió en la plaza.`, `La multitud aplaudió en la plaza. La aerolínea dijo que 186 pasajeros iban a bordo.`],
    ['es: dos buzos / cuatro buzos', `Dos buzos noruegos abrieron la escotilla trasera. La multitud aplaudió en la plaza.`, `La multitud aplaudió en la plaza. Cuatro buzos rusos entraron en el noveno compartimento.`],
    ['pt: se opening a sentence is a condition', `Se o avião levasse 180 passageiros, pousaria. A multidão aplaudiu na praça.`, `A multidão aplaudiu na praça. A companhia disse que 186 passageiros estavam no voo.`],
    ['en: another year in a bare year still sets apart', `In 2004, 201 delegations marched in Athens. ${enBase}`, `${enBase} The 204 delegations present then paraded around the track.`],
  ])('%s', (_label, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})
