/**
 * A name run into the next word, its space lost in the source (glued-words.ts; RPM2 T06_C1_08:
 * *Li Ninga été désigné*). The extractor never takes a separate lower-case function word into a
 * name; a glued one is read as the name in another form only where the glued letters cannot end
 * a name.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { extractNames } from '../../../../src/diverge/extract/names/names'
import { tokenize } from '../../../../src/document/fact-tokens'

const names = (text: string, language?: string): string[] => extractNames(text, tokenize(text), [], language).map((n) => n.text)
const nameFlags = (a: string, b: string): string[] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'name')
    .map((d) => `${d.a?.text} | ${d.b?.text}`)

describe('a separate function word after a name is no part of it', () => {
  it.each([
    ['fra', "L'ancien gymnaste chinois Li Ning a été désigné dernier porteur de la torche.", ['Li Ning']],
    ['fra', 'Le président Emmanuel Macron et le ministre sont arrivés à Paris.', ['Emmanuel Macron', 'Paris']],
    ['por', 'O atacante Kaká e o meia Robinho marcaram de novo.', ['Kaká', 'Robinho']],
    ['spa', 'El delantero Lionel Messi y el portero Iker Casillas llegaron a Madrid.', ['Lionel Messi', 'Iker Casillas', 'Madrid']],
    ['eng', 'Former gymnast Li Ning a decade ago lit the cauldron in Beijing.', ['Li Ning', 'Beijing']],
    ['vie', 'Cựu vận động viên Li Ning và các đồng đội đã có mặt tại Bắc Kinh.', ['Li Ning', 'Bắc Kinh']],
  ])('%s: %s', (language, text, expected) => {
    const found = names(text, language)
    for (const name of expected) expect(found).toContain(name)
    expect(found.filter((n) => expected.some((name) => n !== name && n.startsWith(name)))).toEqual([])
  })
})

describe('a function word glued to a name, its space lost', () => {
  const plain = "Le dernier porteur de la torche, l'ancien gymnaste chinois Li Ning, a embrasé la vasque pour les deux semaines des Jeux."
  it.each([
    ['fr: a before a past participle', "La cérémonie est dirigée par Zhang Yimou; l'ancien gymnaste chinois Li Ninga été désigné dernier porteur de la torche et a embrasé la vasque."],
    ['fr: à', "La cérémonie est dirigée par Zhang Yimou; l'ancien gymnaste chinois Li Ningà la fin a embrasé la vasque des Jeux."],
  ])('one name: %s', (_, glued) => {
    expect(nameFlags(plain, glued).filter((f) => f.includes('Ning'))).toEqual([])
  })

  it.each([
    ['fr: a before a past participle, linked sentences', "L'ancien gymnaste chinois Li Ning a été désigné dernier porteur de la torche.", "L'ancien gymnaste chinois Li Ninga été désigné dernier porteur de la torche.", 'Ning'],
    ['fr: a before écrit where the other report writes a écrit', 'Le ministre Julian Castro a écrit mardi une lettre aux habitants de Austin.', 'Le ministre Julian Castroa écrit mardi une lettre aux habitants de Austin.', 'Castro'],
    ['vi: và glued, linked sentences', 'Ông Nguyễn Văn Nam và các cộng sự đã đến Hà Nội hôm thứ Hai.', 'Ông Nguyễn Văn Namvà các cộng sự đã đến Hà Nội hôm thứ Hai.', 'Nam'],
    ['en: à glued, linked sentences', 'The chef Paul Bocuse opened his restaurant in Lyon in 1965.', 'The chef Paul Bocuseà opened his restaurant in Lyon in 1965.', 'Bocuse'],
  ])('one name in aligned sentences: %s', (_, a, b, word) => {
    expect(nameFlags(a, b).filter((f) => f.includes(word))).toEqual([])
  })

  it.each([
    [
      'fr: a name ending in a before a conjugated verb (Paula / Paul)',
      'Le maire Paul Martin a inauguré mardi le nouveau pont de Nantes devant les habitants.',
      'Le maire Paula Martin était présente mardi au nouveau pont de Nantes devant les habitants.',
      'Paul Martin | Paula Martin',
    ],
    [
      'en: a name ending in a (Julian / Juliana)',
      'The minister Julian Castro opened the new bridge in Austin on Tuesday before residents.',
      'The minister Juliana Castro opened the new bridge in Austin on Tuesday before residents.',
      'Julian Castro | Juliana Castro',
    ],
    [
      'fr: a female surname before a present-tense verb (Petrova dit que)',
      'Le ministre russe Ivan Petrov a rencontré mardi son homologue à Genève pour discuter du gaz.',
      'Interrogée à Genève, la porte-parole Ivan Petrova dit que la rencontre sur le gaz était inutile.',
      'Ivan Petrov | Ivan Petrova',
    ],
    [
      'fr: a female surname before fait',
      'Le ministre Ivan Petrov a rencontré mardi son homologue à Genève pour discuter du gaz russe.',
      'À Genève, sa fille Ivan Petrova fait partie de la délégation venue discuter du gaz russe.',
      'Ivan Petrov | Ivan Petrova',
    ],
  ])('still a respelling: %s', (_, a, b, flag) => {
    expect(nameFlags(a, b)).toContain(flag)
  })
})
