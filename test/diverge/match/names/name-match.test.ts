import { describe, it, expect } from 'vitest'
import { isNameVariant, nameKey, nameSimilarity } from '../../../../src/diverge/match/names/name-match'
import { expectFlat } from '../../../growth'

describe('isNameVariant', () => {
  it.each([
    // identical / form-only
    ['Park Heong-joon', 'Park Heong-joon', 'same'],
    ['Tổng lãnh sự quán', 'Tổng Lãnh sự quán', 'format'],
    ['phu nhân', 'Phu nhân', 'format'],
    ['Nguyễn Văn Thủy', 'Nguyễn Văn Thuỷ', 'format'], // tone-mark placement
    ['Hoà Bình', 'Hòa Bình', 'format'],
    ['Lý Quang Diệu', 'Lí Quang Diệu', 'format'], // i/y
    ['Hà Nội', 'Ha\u0300 N\u00f4\u0323i', 'format'], // NFC vs NFD
    ['Lee Jae Myung', 'Lee Jae-myung', 'format'], // hyphen vs space, same letters
    ['LEE JAE MYUNG', 'Lee Jae Myung', 'format'],
    ['Mi-yeon Lee', 'Lee Mi-yeon', 'format'], // name order
    ['Việt Nam Ấn Độ', 'Ấn Độ Việt Nam', 'format'], // two names listed in the other order
    // names49: a family name moved to the other end is a language's name order (Hungarian, Chinese, Korean), an
    // equivalence; given names swapped with the name's ends in place is one person written two ways, a divergence
    ['Orbán Viktor', 'Viktor Orbán', 'format'],
    ['Chong Wei Feng', 'Wei Feng Chong', 'format'],
    ['Muhammad Bobby Afif Nasution', 'Muhammad Afif Bobby Nasution', 'variant'],
    ['John Paul Smith', 'Paul John Smith', 'variant'],
    ['Jean Pierre Dupont', 'Pierre Jean Dupont', 'variant'],
    // Vietnamese syllables reordered: another name or a respelling, which only the reports' contexts tell (syllable-order.ts)
    ['Hoa Liên', 'Liên Hoa', 'different'],
    ['Hoa Lien', 'Lien Hoa', 'different'],
    // partial mention of one entity: never a variant
    ['Park', 'Park Heong-joon', 'same'],
    ['Tô Lâm', 'Tổng Bí thư Tô Lâm', 'same'],
    ['Park Heong-joon', 'Thị trưởng Park Heong-joon', 'same'],
    ['Lee Jae-myung', 'President Lee Jae-myung', 'same'],
    // a middle initial put in or left out: one person
    ['Paul Wolfowitz', 'Paul D. Wolfowitz', 'same'],
    ['Andrew M. Cuomo', 'Andrew Cuomo', 'same'],
    // a middle name written in full on one side, as its initial on the other: one person
    ['Dean Harold Meyers', 'Dean H. Meyers', 'same'],
    ['George Herbert Walker Bush', 'George H. W. Bush', 'same'],
    ['Nguyễn Văn An', 'Nguyễn V. An', 'same'],
    ['Hồ Chí Minh', 'Hồ C. Minh', 'same'],
    // Korean romanisation
    ['Park Heong-joon', 'Park Hyeong Jun', 'variant'],
    ['Park Hyung-joon', 'Park Hyeong-jun', 'variant'],
    ['Park Heong Joon', 'Park Hyung-jun', 'variant'],
    ['Lee Jae-myung', 'Lee Jaemyung', 'variant'], // joined given name
    ['Lee Jae-myung', 'Yi Jae-myeong', 'variant'],
    ['Rhee Syng-man', 'Lee Syng-man', 'variant'],
    ['Choi Soo-jin', 'Choe Su-jin', 'variant'],
    ['Jung Ho-yeon', 'Jeong Ho-yeon', 'variant'],
    ['Kim Jong-un', 'Kim Jong Eun', 'variant'], // ŭ written u or eu
    ['Park Ji-sung', 'Pak Chi-song', 'variant'], // McCune–Reischauer
    ['Busan', 'Pusan', 'variant'],
    ['Kim Kyung-soo', 'Kim Gyeong-su', 'variant'],
    // Vietnamese and dropped diacritics
    ['Tô Lâm', 'Tô Lấm', 'variant'], // one tone changed
    ['Hà Nội', 'Ha Noi', 'variant'],
    ['Nguyễn Văn An', 'Nguyen Van An', 'variant'],
    ['Đoàn Phương Lan', 'Doan Phuong Lan', 'variant'],
    ['Quang Liêm', 'Quang Liềm', 'variant'],
    // Western spellings
    ['Guardiola', 'Guardiolla', 'variant'],
    ['Lionel Messi', 'Lionel Mesi', 'variant'],
    ['Sergio Ramos', 'Sergio Rammos', 'variant'],
    ['José Mourinho', 'Jose Mourinho', 'variant'],
    ['Zelensky', 'Zelenskyy', 'variant'],
    // traps: different people who share a surname or most of a name
    ['Park Soo Kwan', 'Park Heong-joon', 'different'],
    ['Park Soo Kwan', 'Park Hyeong Jun', 'different'],
    ['Nguyễn Văn An', 'Nguyễn Văn Bình', 'different'],
    ['Lee Jae Myung', 'Lee Jae-yong', 'different'],
    ['Kim Jong Un', 'Kim Jong Il', 'different'],
    ['Kim Jong-un', 'Kim Yo-jong', 'different'],
    ['George W. Bush', 'George H. Bush', 'different'], // initials on both sides: maybe father and son
    ['Dean Harold Meyers', 'Dean K. Meyers', 'different'], // the initial is another name's
    ['Nguyễn Văn An', 'Nguyễn T. An', 'different'],
    ['Moon Jae-in', 'Moon Jae-yong', 'different'],
    ['Han So-yeon', 'Han Su-yeon', 'different'], // 소 vs 수: open syllable o/u is not an alternation
    ['Kim Jong-hoon', 'Kim Jong-hyun', 'different'],
    ['Tô Lâm', 'Tô Lan', 'different'],
    ['Trần Văn Hùng', 'Trần Văn Hồng', 'different'], // letters differ in a Vietnamese syllable
    ['Nguyễn Thị Lan', 'Nguyễn Thị Lâm', 'different'],
    ['Hà Nội', 'Hà Nam', 'different'],
    ['Lionel Messi', 'Lionel Richie', 'different'],
    ['Maria', 'Mario', 'different'],
    ['Park Heong-joon', 'Busan', 'different'],
    ['Việt Nam', 'Hàn Quốc', 'different'],
  ] as const)('%s ~ %s → %s', (a, b, expected) => {
    expect(isNameVariant(a, b)).toBe(expected)
    expect(isNameVariant(b, a)).toBe(expected)
  })

  it('honours the threshold', () => {
    expect(isNameVariant('Park Heong-joon', 'Park Hyeong Jun', 0.99)).toBe('different')
  })
})

describe('nameSimilarity', () => {
  it.each([
    ['Lee Jae Myung', 'Lee Jae-myung', 1],
    ['Tổng lãnh sự quán', 'Tổng Lãnh sự quán', 1],
    ['', 'Park', 0],
  ] as const)('%s ~ %s = %d', (a, b, expected) => {
    expect(nameSimilarity(a, b)).toBe(expected)
  })

  it.each([
    ['Park Heong-joon', 'Park Hyeong Jun', 'Park Soo Kwan'],
    ['Tô Lâm', 'To Lam', 'Tô Lan'],
    ['Guardiola', 'Guardiolla', 'Guardia'],
    ['Lee Jae-myung', 'Lee Jaemyung', 'Lee Jae-yong'],
  ] as const)('%s is closer to %s than to %s', (a, near, far) => {
    expect(nameSimilarity(a, near)).toBeGreaterThan(nameSimilarity(a, far))
  })

  it('stays in [0, 1] and is symmetric on a sample', () => {
    const names = ['Park Heong-joon', 'Park Hyeong Jun', 'Tô Lâm', 'Ha Noi', 'Hà Nội', 'Lee Jaemyung', 'Messi', 'Mesi', 'Kim Jong Un', 'A']
    for (const a of names) {
      for (const b of names) {
        const s = nameSimilarity(a, b)
        expect(s).toBeGreaterThanOrEqual(0)
        expect(s).toBeLessThanOrEqual(1)
        expect(nameSimilarity(b, a)).toBeCloseTo(s, 2)
      }
    }
  })

  it('refuses long non-names quickly', () => {
    const words = (size: number): string => Array.from({ length: size }, (_, i) => `Word${i}`).join(' ')
    expect(nameSimilarity(words(200), words(200) + ' x')).toBe(0)
    // a refusal that read the words would grow with them
    expectFlat((size) => [words(size), words(size) + ' x'] as const, ([a, b]) => nameSimilarity(a, b), 2_000)
  })
})

describe('nameKey', () => {
  it.each([
    ['Park Heong-joon', 'park heong joon'],
    ['Tổng Lãnh sự quán', 'tổng lãnh sự quán'],
    ['Hoà  Bình', 'hòa bình'],
    ['O’Brien', "o'brien"],
  ] as const)('%s → %s', (name, key) => {
    expect(nameKey(name)).toBe(key)
  })
})

describe('isNameVariant: case endings (russian52)', () => {
  it.each([
    ['Илона Маска', 'Илон Маск', 'format'], // genitive / nominative
    ['Куману', 'Кумана', 'format'], // dative / genitive
    ['Детских', 'Детские', 'format'], // an adjective in a title
    ['Бьернссона', 'Бьёрнссон', 'format'], // ё written as е, and a case ending
    ['Маску', 'Илон Маск', 'same'], // a short mention in another case
    ['Уоррена Баффетта', 'Уоррен Баффетт', 'format'],
  ] as const)('%s / %s: %s', (a, b, relation) => {
    expect(isNameVariant(a, b)).toBe(relation)
  })

  it.each([
    // traps: a respelt stem is still a respelling, another stem another name
    ['Баффет', 'Баффетта'],
    ['Бьёрнссон', 'Бьорнссон'],
    ['Грегора', 'Григора'],
    ['Рональд', 'Роналд'],
    ['Ирландии', 'Исландии'],
  ])('%s / %s is no case form', (a, b) => {
    expect(['variant', 'different']).toContain(isNameVariant(a, b))
  })

  it.each([
    // Latin-script names take no case reading: English and Vietnamese names that differ by a last vowel are two
    ['Maria Lopez', 'Mario Lopez'],
    ['Anna Smith', 'Ann Smith'],
    ['Nguyễn Văn Thanh', 'Nguyễn Văn Thanhe'],
  ])('%s / %s stay apart', (a, b) => {
    expect(isNameVariant(a, b)).not.toBe('format')
  })

  it.each([
    ['Илона Маска', 'илон маск'],
    ['Хафтор Бьёрнссон', 'хафтор бьернссон'],
    ['Park Heong-joon', 'park heong joon'],
  ])('nameKey(%s) = %s', (name, key) => {
    expect(nameKey(name)).toBe(key)
  })
})
