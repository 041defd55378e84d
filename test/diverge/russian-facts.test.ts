import { describe, expect, it } from 'vitest'
import { compare } from '../../src'

/** The figures and dates two one-sentence reports disagree on, as "a / b", names left out. */
const flags = (a: string, b: string): string[] =>
  compare({ text: a, source: 'A' }, { text: b, source: 'B' })
    .divergences.filter((d) => d.kind === 'number' || d.kind === 'date')
    .map((d) => `${d.a?.text} / ${d.b?.text}`)

const equivalent = (a: string, b: string): string[] =>
  compare({ text: a, source: 'A' }, { text: b, source: 'B' }).equivalences.map((e) => `${e.a.text} / ${e.b.text}`)

describe('Russian figures read as the same facts as English and Vietnamese ones (russian52)', () => {
  it.each([
    // a scale cut short against one written out, each with its currency
    ['Компания потеряла $15 млрд за день, сообщает агентство.', 'Компания потеряла 14 миллиардов долларов за день, сообщает агентство.', '$15 млрд / 14 миллиардов долларов'],
    ['The company lost $15 bn in a day, the agency says.', 'The company lost 14 billion dollars in a day, the agency says.', '$15 bn / 14 billion dollars'],
    ['Công ty mất 15 tỷ USD trong một ngày, hãng tin cho biết.', 'Công ty mất 14 tỷ USD trong một ngày, hãng tin cho biết.', '15 tỷ USD / 14 tỷ USD'],
    // a day and its month in the genitive
    ['Рекорд был установлен 2 мая на соревнованиях в Исландии.', 'Рекорд был установлен 3 мая на соревнованиях в Исландии.', '2 мая / 3 мая'],
    ['Комиссия подала иск 27 сентября 2018 года, сообщает издание.', 'Комиссия подала иск 29 сентября 2018 года, сообщает издание.', '27 сентября 2018 / 29 сентября 2018'],
    // a Russian measure
    ['Спортсмен поднял штангу весом 501 кг на соревнованиях в Исландии.', 'Спортсмен поднял штангу весом 500 кг на соревнованиях в Исландии.', '501 кг / 500 кг'],
    // "nearly" with "на" between it and the change stays below the other's figure
    ['Акции Tesla подешевели почти на 10% в пятницу после твита.', 'Акции Tesla подешевели на 10,3% в пятницу после твита.', '10% / 10,3%'],
  ])('%s / %s: flags %s', (a, b, flag) => {
    expect(flags(a, b)).toContain(flag)
  })

  it.each([
    // traps: a hedge that allows the other figure is no contradiction
    ['Акции Tesla подешевели около 10% в пятницу после твита.', 'Акции Tesla подешевели на 10,3% в пятницу после твита.'],
    ['Акции Tesla подешевели примерно на 10% в пятницу после твита.', 'Акции Tesla подешевели на 10,3% в пятницу после твита.'],
    ['Акции Tesla подешевели более чем на 10% в пятницу после твита.', 'Акции Tesla подешевели на 10,3% в пятницу после твита.'],
    ['Tesla shares fell about 10% on Friday after the tweet.', 'Tesla shares fell 10.3% on Friday after the tweet.'],
    // the same sum, one scale cut short and one written out
    ['Компания потеряла $15 млрд за день, сообщает агентство.', 'Компания потеряла 15 миллиардов долларов за день, сообщает агентство.'],
  ])('%s / %s: no contradiction', (a, b) => {
    expect(flags(a, b)).toEqual([])
  })

  it('reads a hedged Russian figure as the approximation of the exact one', () => {
    expect(equivalent('Акции Tesla подешевели около 10% в пятницу после твита.', 'Акции Tesla подешевели на 10,3% в пятницу после твита.')).toContain('10% / 10,3%')
  })

  it.each([
    ['Рекорд был установлен 2 мая на соревнованиях в Исландии.', 'Рекорд был установлен 3 мая на соревнованиях в Исландии.'],
    ['Комиссия подала иск 27 сентября 2018 года, сообщает издание.', 'Комиссия подала иск 29 сентября 2018 года, сообщает издание.'],
    ['Le record a été établi le 2 mars dans une salle en Islande.', 'Le record a été établi le 3 mars dans une salle en Islande.'],
  ])('%s / %s: a date, not a count', (a, b) => {
    const kinds = compare({ text: a, source: 'A' }, { text: b, source: 'B' }).divergences.map((d) => d.kind)
    expect(kinds).toContain('date')
  })

  it.each([
    // traps: a month's word with no day before it, or a name spelt like a month's genitive, is no date
    ['Сестра Мая выступила на соревнованиях в Исландии.', 'Сестра Мая выступила на соревнованиях в Исландии вчера.'],
    ['Команда заняла 2 место в марте.', 'Команда заняла 3 место в марте.'],
  ])('%s / %s: no date flag', (a, b) => {
    const kinds = compare({ text: a, source: 'A' }, { text: b, source: 'B' }).divergences.map((d) => d.kind)
    expect(kinds).not.toContain('date')
  })
})
