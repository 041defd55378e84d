import { describe, expect, it } from 'vitest'
import { compare } from '../../src'
import { inflectedStem, inflectionFamily, withInflection } from '../../src/align/inflected'
import { createVocabulary, intern, inverseFrequency } from '../../src/align/weights'
import { looseKey } from '../../src/normalize/romanisation'
import { tokens } from '../../src/normalize/tokens'

// Does compare() link sentence `a` of the first report with sentence `b` of the second, as one statement?
const links = (x: string, y: string, a: number, b: number): boolean => compare(x, y).alignments.some((al) => al.a.includes(a) && al.b.includes(b))

describe('sentence alignment: two forms of one word count toward a link', () => {
  // Each pair's first sentences state one thing in other cases and forms; literal tokens alone left them apart.
  it.each([
    [
      'Polish: protesty wyborcze / Protestami wyborczymi',
      'Sąd Najwyższy rozpatrzy w czwartek protesty wyborcze złożone przez opozycję. Kandydat Lewicy zapowiedział odwołanie od wyroku. Komisja wyborcza ogłosiła ostateczne wyniki głosowania w poniedziałek wieczorem.',
      'Protestami wyborczymi opozycji Sąd Najwyższy zajmie się w czwartek. Ostateczne wyniki głosowania komisja wyborcza ogłosiła w poniedziałek wieczorem. Minister zdrowia mówił o szczepieniach.',
    ],
    [
      'Russian: о запуске новой ракеты / о запусках новых ракет',
      'В пятницу компания Илона Маска объявила о запуске новой ракеты. Акции компании выросли на бирже после заявления. Журналисты спросили директора о планах на следующий год.',
      'О запусках новых ракет компанией Маска объявлено в пятницу. Директор отказался отвечать журналистам о планах. Погода в Москве останется тёплой до конца недели.',
    ],
    [
      "Turkish: Slovenya'da teleferikle / Slovenya'daki teleferikte",
      "Milli kayakçı Sıla Kara Slovenya'da teleferikle piste çıkarken yanındaki çocuğu kurtardı. Olay sırasında çocuk dengesini kaybetti ve teleferikten düşmek üzereydi. Kara daha sonra yarışta ikinci oldu.",
      "Slovenya'daki teleferikte piste çıkan milli kayakçı Kara, yanında oturan çocuğu kurtardı. Dengesini kaybeden çocuk on beş dakika havada kaldı. Türkiye'de kar yağışı bekleniyor.",
    ],
    [
      'Turkish: bakkalların borçlarını / bakkallara borçları',
      'Belediye ekipleri mahalledeki bakkalların borçlarını ödeyen hayırseveri aradı. Hayırsever kimliğinin açıklanmasını istemedi. Vatandaşlar yardım için teşekkür ettiler ve mektup yazdılar.',
      'Belediye ekibi mahalledeki bakkallara borçları ödeyen hayırsever için arama yaptı. Kimliğinin açıklanmasını istemeyen hayırsever teşekkür etti. Hava yarın yağmurlu olacak.',
    ],
    [
      'Russian: Компания / Компании (an -ия noun in two cases)',
      'Компания сообщила о сокращении 500 сотрудников в этом году. Профсоюз выступил против решения.',
      'Компании придется сократить 500 сотрудников в этом году, сообщили в пресс-службе. Профсоюз выступил против этого решения.',
    ],
  ])('%s', (_, a, b) => {
    expect(links(a, b, 0, 0)).toBe(true)
  })

  it('Turkish: a sentence-opening common noun in two cases, linked now, is not read as a second name beside Erdoğan', () => {
    const a = "Hükümeti Erdoğan'ın yeni ekonomi paketini salı günü açıklaması bekleniyor. Piyasalar olumlu karşıladı."
    const b = 'Hükümetin Erdoğan ile yeni ekonomi paketleri salı günü açıklanacak. Piyasalar olumlu karşıladı.'
    const result = compare(a, b)
    expect(result.alignments.some((al) => al.a.includes(0) && al.b.includes(0))).toBe(true)
    expect(result.divergences.filter((d) => d.kind === 'name')).toEqual([])
  })

  it('Turkish: two people whose given names differ are still flagged once their sentences link', () => {
    const a = 'Emine Erdoğan yeni ekonomi paketini salı günü Ankara ziyaretinde açıkladı. Piyasalar olumlu karşıladı.'
    const b = 'Emin Erdoğan yeni ekonomi paketlerini salı günü Ankara ziyaretinde açıkladı. Piyasalar olumlu karşıladı.'
    expect(compare(a, b).divergences.some((d) => d.kind === 'name')).toBe(true)
  })

  it('German: Lager (a camp) and Lage (a situation) are two words, so the sentences stay apart', () => {
    const a = 'Im Lager an der Grenze waren am Montag 200 Menschen untergebracht. Die Regierung kündigte neue Hilfen an. Der Minister besuchte die Region am Dienstag.'
    const b = 'Die Lage an der Grenze war am Montag für 500 Menschen kritisch. Neue Hilfen kündigte die Regierung an. Am Dienstag besuchte der Minister die Region.'
    expect(links(a, b, 0, 0)).toBe(false)
  })

  it('German: a link already made grows stronger when its words meet in other forms (meldete / meldet, Tote)', () => {
    const a = 'Bei dem Unglück in der Stadt wurden mindestens zwanzig Menschen getötet, meldete die Polizei am Abend. Die Rettungskräfte suchten die ganze Nacht nach Verschütteten. Der Bürgermeister sprach den Familien sein Beileid aus.'
    const b = 'Die Polizei meldet zwanzig Tote nach dem Unglück in der Stadt. Nach Verschütteten suchten Rettungskräfte die ganze Nacht. Das Wetter bleibt am Wochenende sonnig.'
    const link = compare(a, b).alignments.find((al) => al.a.includes(0) && al.b.includes(0))
    expect(link?.similarity).toBeGreaterThan(0.55)
  })

  it('English: no endings are read, so "news" does not meet "new" and the two sentences stay apart', () => {
    const a = 'The news agency said the minister would resign on Monday after the vote. Officials declined to comment on the report. The weather stayed warm all week.'
    const b = 'A new agency will be set up, the minister said after talks in the capital. The opposition welcomed the plan. Markets closed higher on Friday.'
    expect(links(a, b, 0, 0)).toBe(false)
  })
})

describe('inflectionFamily: read only when both reports inflect alike', () => {
  it.each([
    ['pol', 'pol', 'slavic'],
    ['pol', 'ces', 'slavic'],
    ['rus', 'bul', 'slavic'],
    ['tur', 'tur', 'turkish'],
    ['deu', 'deu', 'german'],
    ['eng', 'eng', undefined],
    ['vie', 'vie', undefined],
    ['und', 'pol', undefined],
    ['pol', 'eng', undefined],
    ['tur', 'deu', undefined],
  ])('%s + %s → %s', (a, b, family) => {
    expect(inflectionFamily(a, b)).toBe(family)
  })

  it.each(['eng', 'vie', 'und', 'fra'])('leaves the weighting of a %s pair as it is', (language) => {
    const vocabulary = createVocabulary()
    const ids = [intern(vocabulary, tokens('The news said a new law passes')), intern(vocabulary, tokens('Tin tức nói luật mới được thông qua'))]
    const w = inverseFrequency(vocabulary, ids)
    expect(withInflection(w, vocabulary, language, language)).toBe(w)
  })
})

describe('inflectedStem: one class for two forms of one word, none for two words', () => {
  const meet = (x: string, y: string, family: Parameters<typeof inflectedStem>[1]): boolean => inflectedStem(looseKey(x), family) === inflectedStem(looseKey(y), family)
  it.each([
    ['trump', 'trumpa', 'slavic'],
    ['putin', 'putina', 'slavic'],
    // -ия / -ие nouns keep their и in every case.
    ['россия', 'россии', 'slavic'],
    ['компания', 'компании', 'slavic'],
    ['заявление', 'заявления', 'slavic'],
    ['решение', 'решением', 'slavic'],
    ['wybory', 'wyborach', 'slavic'],
    // wybór (an election, a choice) and wybory (elections) are one word's singular and plural: one class.
    ['wybór', 'wybory', 'slavic'],
    ['доллара', 'долларов', 'slavic'],
    ['маска', 'маску', 'slavic'],
    ['bakkalları', 'bakkallara', 'turkish'],
    ['borçlarını', 'borçları', 'turkish'],
    ['tote', 'toten', 'german'],
    ['meldete', 'meldet', 'german'],
  ] as const)('%s / %s meet (%s)', (x, y, family) => {
    expect(meet(x, y, family)).toBe(true)
  })

  it.each([
    // Two countries a letter apart, declined alike.
    ['iranu', 'iraku', 'slavic'],
    // A mobile e is not read: Marek / Marka would make Marek / Mark one word.
    ['marek', 'marka', 'slavic'],
    // Snow and black: a Turkish stem keeps four letters.
    ['kar', 'kara', 'turkish'],
    ['başka', 'başkan', 'turkish'],
    ['regen', 'regel', 'german'],
    // A lone letter off a three-letter stem, and German -er, make other words.
    ['pan', 'pani', 'slavic'],
    ['rada', 'radu', 'slavic'],
    ['lage', 'lager', 'german'],
    ['mutter', 'mut', 'german'],
    ['rat', 'rate', 'german'],
    ['ware', 'war', 'german'],
    ['alter', 'alt', 'german'],
    ['arbeiter', 'arbeit', 'german'],
    // An n after a vowel other than a possessive's i / u is the stem's: hastane (hospital) is no dative of hasta (patient).
    ['hastane', 'hasta', 'turkish'],
    ['hastanede', 'hastada', 'turkish'],
    // Digits are never cut.
    ['2020', '202', 'slavic'],
  ] as const)('%s / %s stay apart (%s)', (x, y, family) => {
    expect(meet(x, y, family)).toBe(false)
  })
})
