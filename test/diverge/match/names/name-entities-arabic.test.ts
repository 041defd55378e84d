/**
 * One Arabic name romanised two ways across two reports (issue 11 point 2): a name divergence in
 * one language where context ties the two mentions, an equivalence across two languages'
 * transcriptions, and nothing for two names whose spellings merely meet (reasons/name-arabic.ts).
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const findings = (a: string, b: string): string[] => {
  const r = compare(a, b)
  return [
    ...r.divergences.filter((d) => d.kind === 'name').map((d) => `name:${d.a?.text ?? ''}|${d.b?.text ?? ''}`),
    ...r.equivalences.filter((e) => e.reason === 'transliteration').map((e) => `transliteration:${e.a.text}|${e.b.text}`),
  ]
}

// What the romanisation rule flags in a pair (a candidate below the flag is no flag), and any transcription equivalence.
const romanised = (a: string, b: string): string[] => {
  const r = compare(a, b)
  return [
    ...r.divergences.filter((d) => d.evidence.includes('romanised another way')).map((d) => `${d.kind}:${d.a?.text ?? ''}|${d.b?.text ?? ''}`),
    ...r.equivalences.filter((e) => e.reason === 'transliteration').map((e) => `transliteration:${e.a.text}|${e.b.text}`),
  ]
}

const EN = 'The monitor said the death toll was likely to rise as rescuers searched the rubble on Tuesday.'
const FR = "L'Observatoire a indiqué que le bilan risquait de s'alourdir alors que les secouristes fouillaient les décombres mardi."
const ID = 'Lembaga pemantau mengatakan jumlah korban kemungkinan akan bertambah karena tim penyelamat masih mencari di reruntuhan.'
const VI = 'Tổ chức giám sát cho biết số người chết có thể tăng khi lực lượng cứu hộ tìm kiếm trong đống đổ nát hôm thứ Ba.'

describe('two names whose spellings meet: never one name romanised twice', () => {
  it.each([
    ['en: Hasan and Husayn are two names', `A bomb killed Hassan Nasrallah's aide in Damascus. ${EN}`, `A bomb killed Hussein Nasrallah's aide in Damascus. ${EN}`],
    ['en: Homs / Hama', `A bomb killed 16 people in Homs on Tuesday. ${EN}`, `A bomb killed 16 people in Hama on Tuesday. ${EN}`],
    ['en: Mohammed / Mahmoud', `Police named the bomber as Mohammed Ali. ${EN}`, `Police named the bomber as Mahmoud Ali. ${EN}`],
    ['en: a short name, no context ties the two mentions', `${EN} Residents of Foua fled north.`, `${EN} Officials in Fua said schools were closed for a week after the storms.`],
    ['vi: Thanh / Thinh are two people', `Ông Nguyễn Văn Thanh cho biết 16 người thiệt mạng. ${VI}`, `Ông Nguyễn Văn Thinh cho biết 16 người thiệt mạng. ${VI}`],
    ['id: Surabaya / Sumbawa', `Bom meledak di Surabaya pada hari Selasa dan menewaskan 16 orang. ${ID}`, `Bom meledak di Sumbawa pada hari Selasa dan menewaskan 16 orang. ${ID}`],
    ['en: an English surname and a town, unlinked, nothing shared (review rtranslit48)', 'Shelling hit Paulson on Monday, killing 12 people, the monitor said. Aid groups warned of a worsening crisis.', 'Eight civilians died when rockets struck a market. Residents of Polson fled north on Tuesday, witnesses said.'],
    ['en: the Treasury Secretary and a Montana town (review rtranslit48)', 'Treasury Secretary Henry Paulson met bank chiefs in Washington on Sunday to discuss the rescue plan.', 'Bank chiefs met in Washington on Sunday to discuss the rescue plan. In Polson, Montana, local lenders said they had not been invited.'],
    ['fr: Marseille / Marsala', `Une bombe a tué 16 personnes à Marseille mardi. ${FR}`, `Une bombe a tué 16 personnes à Marsala mardi. ${FR}`],
  ])('%s', (_label, a, b) => {
    expect(romanised(a, b)).toEqual([])
  })
})

describe('one Arabic name romanised two ways', () => {
  it.each([
    ['en: linked sentences', `A motorcycle bomb killed 16 people in Hasaka on Tuesday. ${EN}`, `A motorcycle bomb killed 16 people in Hasakeh on Tuesday. ${EN}`, ['name:Hasaka|Hasakeh']],
    ['en: the other words of the name equal', `${EN} Warplanes struck Khan Sheikhoun at dawn.`, `${EN} The gas attack on Khan Shaykhun drew condemnation from Western capitals.`, ['name:Khan Sheikhoun|Khan Shaykhun']],
    ['en: the article dropped', `Evacuees from al-Foua and Kefraya were waiting at the garage. ${EN}`, `Evacuees from Fua and Kefraya were waiting at the garage. ${EN}`, ['name:al-Foua|Fua']],
    ['id: linked sentences', `Ramadan Abedi dicari oleh rezim Moamer Gadaffi karena keterlibatannya. ${ID}`, `Ramadan Abedi dicari oleh rezim Moamer Kadhafi karena keterlibatannya. ${ID}`, ['name:Moamer Gadaffi|Moamer Kadhafi']],
    ['fr: linked sentences', `Le convoi a été frappé près de Ramusa samedi. ${FR}`, `Le convoi a été frappé près de Ramousah samedi. ${FR}`, ['name:Ramusa|Ramousah']],
  ])('%s', (_label, a, b, expected) => {
    expect(findings(a, b)).toEqual(expected)
  })

  it('en / fr: each language its own transcription, an equivalence', () => {
    const a = `Libyan leader Moamer Gaddafi was killed in October 2011 near his home town of Sirte, after months of fighting. ${EN}`
    const b = `Le dirigeant libyen Mouammar Kadhafi a été tué en octobre 2011 près de sa ville natale de Syrte, après des mois de combats. ${FR}`
    const r = compare(a, b)
    expect(r.divergences.filter((d) => d.kind === 'name')).toEqual([])
  })
})

// names49 (review rtranslit48): the reports' languages come from each whole report's function words, not franc's
// guess on a short sample (Scots for one line of English); a letter for a letter across two conventions is the
// convention (Moubarak / Mubarak); French ch, Spanish j, no English name read as Arabic.
describe('one Arabic name in two languages\' transcriptions, the languages read from each report', () => {
  it.each([
    [
      'fr / en, one line each (franc: Scots)',
      'Le colonel Muammar Kadhafi a été tué jeudi près de Syrte, sa ville natale, a annoncé le Conseil national de transition.',
      'Colonel Muammar Gaddafi was killed on Thursday near Sirte, his hometown, the National Transitional Council said.',
    ],
    [
      'fr / en: one letter apart (Moubarak / Mubarak)',
      "L'ancien président égyptien Hosni Moubarak a été condamné samedi à la prison à vie par un tribunal du Caire.",
      'Former Egyptian president Hosni Mubarak was sentenced to life in prison on Saturday by a Cairo court.',
    ],
    [
      'fr / en: French ch for sh',
      "Des avions ont bombardé Khan Cheikhoun mardi matin, tuant au moins 80 civils, selon l'Observatoire syrien des droits de l'homme.",
      'Jets bombed Khan Shaykhun on Tuesday morning, killing at least 80 civilians, according to the Syrian Observatory for Human Rights.',
    ],
    [
      'fr / vi: French ou against Vietnamese press u (Moubarak / Mubarak)',
      "L'ancien président égyptien Hosni Moubarak a été condamné samedi à la prison à vie par un tribunal du Caire.",
      'Cựu Tổng thống Ai Cập Hosni Mubarak hôm thứ Bảy bị một tòa án ở Cairo tuyên án tù chung thân.',
    ],
    [
      'es / en: Spanish j for kh (a long word: Jan / Khan is left)',
      'Aviones bombardearon la ciudad de Jaled Sheijun el martes por la mañana y mataron a 80 civiles.',
      'Jets bombed the town of Khaled Sheikhoun on Tuesday morning, killing at least 80 civilians.',
    ],
  ])('%s: an equivalence, no name divergence', (_label, a, b) => {
    const r = compare(a, b)
    expect(r.divergences.filter((d) => d.kind === 'name')).toEqual([])
    expect(r.equivalences.filter((e) => e.reason === 'transliteration')).toHaveLength(1)
  })

  it.each([
    [
      'en / en, one short report franc reads as French: a respelling, no equivalence',
      'Government forces shelled Hasaka on Monday, killing 12 civilians, the Syrian Observatory for Human Rights said.',
      'Government forces shelled Hasakeh on Monday, killing 12 civilians, the monitor said.',
    ],
    [
      'fr / fr: one convention, a respelling',
      "L'ancien président égyptien Hosni Moubarak a été condamné samedi à la prison à vie par un tribunal du Caire.",
      "L'ancien président égyptien Hosni Mubarak a été condamné samedi à la prison à vie par un tribunal du Caire.",
    ],
    [
      'id / id: one convention, a respelling',
      'Ramadan Abedi dicari oleh rezim Moamer Gadaffi karena keterlibatannya dengan kelompok itu.',
      'Ramadan Abedi dicari oleh rezim Moamer Kadhafi karena keterlibatannya dengan kelompok itu.',
    ],
  ])('%s: no transliteration equivalence', (_label, a, b) => {
    expect(compare(a, b).equivalences.filter((e) => e.reason === 'transliteration')).toEqual([])
  })

  it.each([
    [
      'fr / en: two English names, no transcription (Gould / Gold)',
      'Le ministre Bryan Gould a annoncé lundi sa démission, selon le journal.',
      'Minister Bryan Gold announced his resignation on Monday, the newspaper said.',
    ],
    [
      'vi / en: two Vietnamese given names',
      'Ông Nguyễn Văn Hùng cho biết 16 người thiệt mạng trong vụ tai nạn hôm thứ Ba.',
      'Nguyen Van Hung said 16 people were killed in the accident on Tuesday.',
    ],
  ])('%s: no transliteration equivalence', (_label, a, b) => {
    expect(compare(a, b).equivalences.filter((e) => e.reason === 'transliteration').filter((e) => !/Nguy/u.test(e.a.text))).toEqual([])
  })
})

// fixnames49 (review rnames49 bugs 1–4): across two languages a transcription needs a convention's own letters in the
// right direction (French ou / ch / dj, Spanish j, dh against d); a doubled letter, i / y or one letter for another is a respelling.
describe('two languages: a respelling is no transcription', () => {
  it.each([
    ['fr / en: a doubled letter dropped (Attal / Atal)', 'Le Premier ministre Gabriel Attal a rencontré mardi les syndicats à Matignon pour discuter de la réforme.', 'Prime Minister Gabriel Atal met the unions on Tuesday at Matignon to discuss the reform.'],
    ['fr / en: Bardella / Bardela', 'Le président du parti Jordan Bardella a rencontré mardi les syndicats à Matignon pour discuter de la réforme.', 'Party president Jordan Bardela met the unions on Tuesday at Matignon to discuss the reform.'],
    ['es / en: English side writing ou (Maduro / Madouro)', 'El presidente Nicolás Maduro habló el lunes en Caracas ante sus seguidores, según la agencia.', 'President Nicolas Madouro spoke on Monday in Caracas to his supporters, the agency said.'],
    ['es / en: i / y (Milei / Miley)', 'El presidente Javier Milei habló el lunes en Buenos Aires ante sus seguidores, según la agencia.', 'President Javier Miley spoke on Monday in Buenos Aires to his supporters, the agency said.'],
    ['id / en: Sadikin / Saddikin', 'Menteri Budi Gunadi Sadikin diterima di istana pada hari Selasa untuk membahas anggaran yang menjadi perhatian publik.', 'Minister Budi Gunadi Saddikin was received on Tuesday at the palace to discuss the budget, his aides said.'],
    ['fr / en: French ch in a French name (Richard / Rishard)', 'Le ministre a déclaré que Richard Dupont dirigera les négociations avec les syndicats la semaine prochaine.', 'The minister said that Rishard Dupont will lead the talks with the unions next week.'],
    // alarms50: a name with a word in a Latin alphabet's own spelling (François) is written alike by every press
    ['fr / en: French ou in a French name (Bayrou / Bayru)', "Le Premier ministre François Bayrou a annoncé lundi que le budget sera présenté au Parlement.", 'Prime Minister Francois Bayru said on Monday that the budget will be presented to parliament.'],
    ['fr / vi: French ou in a French name (Bayrou / Bayru)', "Le Premier ministre François Bayrou a annoncé lundi que le budget sera présenté au Parlement.", 'Thủ tướng Pháp François Bayru hôm thứ Hai cho biết ngân sách sẽ được trình lên Quốc hội.'],
    ['fr / fr: one language (Bayrou / Bayru)', "Le Premier ministre François Bayrou a annoncé lundi que le budget sera présenté au Parlement.", "Le Premier ministre François Bayru a annoncé lundi que le budget sera présenté au Parlement."],
    ['en / en: one language (Bayrou / Bayru)', 'Prime Minister François Bayrou said on Monday that the budget will be presented to parliament.', 'Prime Minister Francois Bayru said on Monday that the budget will be presented to parliament.'],
  ])('%s: a name divergence, no transliteration', (_label, a, b) => {
    const r = compare(a, b)
    expect(r.equivalences.filter((e) => e.reason === 'transliteration')).toEqual([])
    expect(r.divergences.filter((d) => d.kind === 'name')).toHaveLength(1)
  })
})
