// names47: a report that writes a full name as the other report does and, once, its one-word short form respelt
// (rimanews' Djarod Padakova and "kata Djarot", CNN's Ahmad Syaikhu and "Demiz-Saikhu", against the other
// report's full name) disagrees with the other report on that name. A slip of one word of six letters or more,
// not a place, is read so; a shorter word (Dani / Danu, Lucca / Lucas) may be another person.
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const nameFlags = (a: string, b: string): Array<[string | undefined, string | undefined]> =>
  compare(a, b).divergences.filter((d) => d.kind === 'name').map((d) => [d.a?.text, d.b?.text])

describe('a one-word short form respelt beside the full name both reports write', () => {
  it.each([
    [
      'id',
      'Kepala Bidang Humas Kombes Pol Djarod Padakova mengatakan pesawat latih itu jatuh di sawah pada Rabu pagi.',
      'Kepala Bidang Humas Kombes Pol Djarod Padakova mengatakan pesawat latih itu jatuh di sawah pada Rabu pagi. "Kedua awak pesawat hanya mengalami luka," kata Djarot seperti dilansir Antara.',
      ['Djarod Padakova', 'Djarot'],
    ],
    [
      'en',
      'Police spokesman Robert Kowalski said the training plane crashed into a rice field on Wednesday morning.',
      'Police spokesman Robert Kowalski said the training plane crashed into a rice field on Wednesday morning. "Both crew members were only slightly hurt," Kowalsky told reporters.',
      ['Robert Kowalski', 'Kowalsky'],
    ],
    // fixnames47: an accent on another word of the full name (José) says nothing of the word respelt
    [
      'en: an accented given name',
      'Tottenham manager José Mourinho said his side deserved the win. "We were the better team," said Mourinio after the match.',
      'José Mourinho said his side deserved to win on Sunday. José Mourinho praised his defenders.',
      ['Mourinio', 'José Mourinho'],
    ],
    [
      'fr: an accented given name',
      'Le Premier ministre Édouard Philippe a présenté le plan lundi. "Nous serons prêts", a déclaré Phillipe devant la presse.',
      'Édouard Philippe a présenté le plan lundi matin. Édouard Philippe a remercié les soignants.',
      ['Phillipe', 'Édouard Philippe'],
    ],
    // names49: a comma after the slip that goes on with the clause (as quoted by, according to X, …) gives it no role of its own
    [
      'id: a comma before the source quoted',
      'Kepala Bidang Humas Kombes Pol Djarod Padakova mengatakan pesawat latih itu jatuh di sawah pada Rabu pagi.',
      'Kepala Bidang Humas Kombes Pol Djarod Padakova mengatakan pesawat latih itu jatuh di sawah pada Rabu pagi. "Kedua awak pesawat hanya mengalami luka," kata Djarot, seperti dilansir Antara.',
      ['Djarod Padakova', 'Djarot'],
    ],
    [
      'id: according to the slip, comma',
      'Kepala Bidang Humas Kombes Pol Djarod Padakova mengatakan pesawat latih itu jatuh di sawah pada Rabu pagi.',
      'Kepala Bidang Humas Kombes Pol Djarod Padakova mengatakan pesawat latih itu jatuh di sawah pada Rabu pagi. Menurut Djarot, kedua awak pesawat hanya mengalami luka.',
      ['Djarod Padakova', 'Djarot'],
    ],
    [
      'en: a comma before adding',
      'Police spokesman Robert Kowalski said the training plane crashed into a rice field on Wednesday morning.',
      'Police spokesman Robert Kowalski said the training plane crashed into a rice field on Wednesday morning. "Both crew members were only slightly hurt," said Kowalsky, adding that an inquiry had begun.',
      ['Robert Kowalski', 'Kowalsky'],
    ],
    [
      'vi: theo (according to) the slip, comma',
      'Người phát ngôn cảnh sát Robert Kowalski cho biết chiếc máy bay huấn luyện rơi xuống ruộng lúa sáng thứ Tư.',
      'Người phát ngôn cảnh sát Robert Kowalski cho biết chiếc máy bay huấn luyện rơi xuống ruộng lúa sáng thứ Tư. Theo Kowalsky, cả hai phi công chỉ bị thương nhẹ.',
      ['Robert Kowalski', 'Kowalsky'],
    ],
    [
      'es: según (according to) the slip, comma',
      'El portavoz policial Robert Kowalski dijo que la avioneta cayó en un arrozal el miércoles por la mañana.',
      'El portavoz policial Robert Kowalski dijo que la avioneta cayó en un arrozal el miércoles por la mañana. Según Kowalsky, los dos pilotos solo sufrieron heridas leves.',
      ['Robert Kowalski', 'Kowalsky'],
    ],
  ])('%s: flagged', (_lang, a, b, pair) => {
    expect(nameFlags(a, b)).toContainEqual(pair)
  })

  // traps: a short word a letter apart may be another person; a place; a Vietnamese syllable changed is another name
  it.each([
    [
      'en: a four-letter name',
      'Defender Dani Alves scored twice for the club on Sunday evening.',
      'Defender Dani Alves scored twice for the club on Sunday evening. Danu came on as a substitute late in the game.',
    ],
    [
      'pt: a five-letter name',
      'O atacante Lucas Moura marcou duas vezes no domingo.',
      'O atacante Lucas Moura marcou duas vezes no domingo. Lucca entrou no segundo tempo.',
    ],
    [
      'id: a place',
      'Gubernur DKI Jakarta meresmikan jembatan itu pada Senin.',
      'Gubernur DKI Jakarta meresmikan jembatan itu pada Senin. Warga Jakart menyambut baik.',
    ],
    [
      'vi: a Vietnamese given name changed',
      'Trung tá Nguyễn Văn Thành cho biết chiếc xe bị lật lúc 8 giờ sáng.',
      'Trung tá Nguyễn Văn Thành cho biết chiếc xe bị lật lúc 8 giờ sáng. Ông Thanh nói thêm rằng không ai bị thương.',
    ],
    [
      'vi: a long Vietnamese syllable with one letter changed',
      'Trung tá Trần Văn Thuyết cho biết chiếc xe bị lật lúc 8 giờ sáng.',
      'Trung tá Trần Văn Thuyết cho biết chiếc xe bị lật lúc 8 giờ sáng. Ông Thuyến nói thêm rằng không ai bị thương.',
    ],
    [
      'pt: a word opening a quote',
      'O presidente dos Estados Unidos falou com a imprensa na segunda-feira.',
      'O presidente dos Estados Unidos falou com a imprensa na segunda-feira. "Estamos chocados", disse ele.',
    ],
    [
      'fr: a country beside a president',
      'Le président George W. Bush a parlé lundi à la presse.',
      'Le président George W. Bush a parlé lundi à la presse. La Russie intervient en Ossétie du Sud, une région de la Géorgie.',
    ],
    // fixnames47: a short form that is a month or holiday, or that the text gives a role of its own, names no slip
    [
      'id: the fasting month beside a man named Ramadhan',
      'Karo Penmas Divisi Humas Polri Brigjen Ahmad Ramadhan mengatakan pengamanan mudik diperketat. Pengamanan berlaku selama bulan Ramadan hingga Lebaran.',
      'Brigjen Ahmad Ramadhan mengatakan pengamanan arus mudik diperketat tahun ini. Ahmad Ramadhan meminta pemudik berhati-hati.',
    ],
    [
      'en: the fasting month beside a man named Ramadhan',
      'Police spokesman Ahmad Ramadhan said security for the exodus would be tightened. Extra officers will be deployed during Ramadan.',
      'Police spokesman Ahmad Ramadhan said security would be tightened this year. Ahmad Ramadhan urged travellers to be careful.',
    ],
    [
      'en: another person with a role of his own',
      'Prime Minister Boris Johnson announced new restrictions on Monday. "This is a dark day," said Johnston, a pub owner in Leeds.',
      'Boris Johnson announced new restrictions on Monday evening. Boris Johnson said the measures would last four weeks.',
    ],
    [
      'id: a farmer quoted by his name and trade',
      'Menteri Pertanian Syahrul Yasin Limpo meninjau panen raya di Gowa. "Harga gabah turun," kata Syahril, petani setempat.',
      'Syahrul Yasin Limpo meninjau panen raya di Gowa pada Kamis. Ia berjanji menjaga harga gabah.',
    ],
    [
      'id: another official with his office',
      'Gubernur Jawa Tengah Ganjar Pranowo meresmikan jembatan baru di Semarang. "Jembatan ini untuk rakyat," kata Pranoto, kepala dinas pekerjaan umum.',
      'Ganjar Pranowo meresmikan jembatan baru di Semarang pada Rabu. Jembatan itu dibangun selama dua tahun.',
    ],
    [
      'fr: another person in the full name\'s own sentence',
      'Le Premier ministre Jean Castex a visité l\'usine lundi, tout comme Castel, député local.',
      'Jean Castex a visité l\'usine lundi matin. Jean Castex a salué les ouvriers.',
    ],
    [
      'vi: another person with a role of his own',
      'Thủ tướng Boris Johnson công bố các hạn chế mới hôm thứ Hai. "Đây là một ngày đen tối", Johnston, chủ một quán rượu ở Leeds, nói.',
      'Thủ tướng Boris Johnson công bố các hạn chế mới tối thứ Hai. Boris Johnson nói các biện pháp sẽ kéo dài bốn tuần.',
    ],
    // names49: after a comma, words that give a role still tell another person, whatever came before the name
    [
      'en: according to another person with a role of his own',
      'Prime Minister Boris Johnson announced new restrictions on Monday. According to Johnston, a pub owner in Leeds, trade fell by half.',
      'Boris Johnson announced new restrictions on Monday evening. Boris Johnson said the measures would last four weeks.',
    ],
    [
      'id: a farmer with his trade after a quoted clause word',
      'Menteri Pertanian Syahrul Yasin Limpo meninjau panen raya di Gowa. "Harga gabah turun," kata Syahril, petani setempat, saat ditemui.',
      'Syahrul Yasin Limpo meninjau panen raya di Gowa pada Kamis. Ia berjanji menjaga harga gabah.',
    ],
  ])('%s: not flagged', (_why, a, b) => {
    expect(nameFlags(a, b)).toEqual([])
  })
})
