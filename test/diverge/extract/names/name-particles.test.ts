import { describe, it, expect } from 'vitest'
import { extractNames } from '../../../../src/diverge/extract/names/names'
import { tokenize } from '../../../../src/document/fact-tokens'
import { compare } from '../../../../src'

// The names of `s` as a document of `language` (franc's code) reads them.
const texts = (s: string, language?: string): string[] => extractNames(s, tokenize(s), [], language).map((n) => n.text)

// names47: Indonesian "di" (in, at) was read as the particle of Leonardo di Caprio, so "Musa Rajekshah di Pilgub Sumut"
// was one name; its short spelling "Musa Rajekshah" in the other report then met it as a respelling.
describe('extractNames: a particle that is a preposition of the document language ends the name', () => {
  it.each([
    ['id: di before the election', 'Partai itu mengusung Edy Rahmayadi dan Musa Rajekshah di Pilgub Sumut 2018.', 'ind', ['Partai', 'Edy Rahmayadi', 'Musa Rajekshah', 'Pilgub Sumut']],
    ['id: di before a city', 'Presiden Joko Widodo berada di Istana Merdeka.', 'ind', ['Joko Widodo', 'Istana Merdeka']],
    ['ms: di before a city', 'Najib Razak di Kuala Lumpur berkata demikian.', 'zlm', ['Najib Razak', 'Kuala Lumpur']],
    // traps: the particle inside a name stays in every other language, and Malay bin is a particle
    ['it: a family name', 'Leonardo di Caprio ha parlato ieri.', 'ita', ['Leonardo di Caprio']],
    ['en: a family name', 'Leonardo di Caprio spoke yesterday.', 'eng', ['Leonardo di Caprio']],
    ['vi: a foreign family name', 'Hôm qua ông Leonardo di Caprio phát biểu.', 'vie', ['Leonardo di Caprio']],
    ['no language known: nothing cut', 'Musa Rajekshah di Pilgub Sumut.', undefined, ['Musa Rajekshah di Pilgub Sumut']],
    ['ms: bin is a particle', 'Najib bin Razak berkata.', 'zlm', ['Najib bin Razak']],
    // fixnames47: Indonesian di between a given name and one family name word is the name's own particle
    ['id: di inside a family name', 'Pelatih Roberto di Matteo mengatakan timnya siap.', 'ind', ['Pelatih Roberto di Matteo']],
    ['id: di inside a family name, a place after', 'Aktor Leonardo di Caprio tiba di Jakarta kemarin.', 'ind', ['Aktor Leonardo di Caprio', 'Jakarta']],
    ['id: di before a known place', 'Najib Razak di Malaysia berkata demikian.', 'ind', ['Najib Razak', 'Malaysia']],
    ['en: di inside a family name', 'Coach Roberto di Matteo said his side was ready.', 'eng', ['Roberto di Matteo']],
    ['vi: di inside a family name', 'HLV Roberto di Matteo nói đội đã sẵn sàng.', 'vie', ['Roberto di Matteo']],
  ])('%s', (_why, s, language, names) => {
    expect(texts(s, language)).toEqual(names)
  })
})

// fixnames47 (review rnames47 bugs 5–7): a name cut at its particle, or a spelt-out rank left over, was a missing name
// the other report never lacked, and half a name met the whole one as a respelling.
describe('compare: a particle inside a name and a spelt-out rank leave no half name', () => {
  const halves = (a: string, b: string): string[] => {
    const divergences = compare(a, b).divergences
    return [
      ...divergences.filter((d) => d.kind === 'missing').map((d) => (d.a ?? d.b)!.text),
      ...divergences.filter((d) => d.kind === 'name').map((d) => `${d.a?.text} | ${d.b?.text}`),
    ]
  }
  it.each([
    [
      'id: Roberto di Matteo in both',
      'Pelatih Roberto di Matteo mengatakan timnya siap menghadapi Persija. Roberto di Matteo juga memuji para pemain muda.',
      'Roberto di Matteo menyatakan timnya siap melawan Persija. Pelatih asal Italia itu memuji pemain muda.',
      ['Pelatih Roberto', 'Matteo'],
    ],
    [
      'id: Leonardo di Caprio written alike',
      'Aktor Leonardo di Caprio tiba di Jakarta pada hari Selasa. Leonardo di Caprio disambut ratusan penggemar.',
      'Leonardo di Caprio tiba di Jakarta hari Selasa. Leonardo di Caprio disambut ratusan penggemar di bandara.',
      ['Aktor Leonardo', 'Caprio'],
    ],
    [
      'id: di Caprio against DiCaprio',
      'Aktor Leonardo di Caprio tiba di Jakarta pada hari Selasa untuk mempromosikan film barunya. Leonardo di Caprio disambut ratusan penggemar di bandara.',
      'Aktor Hollywood Leonardo DiCaprio tiba di Jakarta hari Selasa untuk mempromosikan film barunya. DiCaprio disambut ratusan penggemar di bandara Soekarno-Hatta.',
      ['Caprio | DiCaprio'],
    ],
    [
      'id: a rank spelt out against its short form',
      'Kepala BNPB Letnan Jenderal Doni Monardo meninjau lokasi gempa di Palu. Doni Monardo meminta bantuan dipercepat.',
      'Kepala BNPB Letjen Doni Monardo meninjau lokasi gempa di Palu pada Senin. Doni Monardo meminta bantuan dipercepat.',
      ['BNPB Letnan', 'Letnan'],
    ],
    [
      'en: a rank spelt out against its short form',
      'Army Lieutenant General Mark Hertling visited the base. Mark Hertling praised the troops.',
      'Army Lt. Gen. Mark Hertling visited the base on Monday. Mark Hertling praised the troops.',
      ['Lieutenant', 'Army Lieutenant'],
    ],
  ])('%s', (_why, a, b, never) => {
    const found = halves(a, b)
    for (const half of never) expect(found).not.toContain(half)
  })
})
