/**
 * Turkish case and possessive endings on names: a Turkish report writes one name as *Ankara'da* /
 * *Ankara'ya*, *Çelik'in* / *Çelik’i*, *Devlet Hastanesi* / *Hastanesi'nde*, *Mezarlığına* /
 * *Mezarlığında*, *Bakanlığından* / *Bakanlığının* by its role in the sentence. Two mentions that
 * differ only so are one name, not a name spelt two ways; a respelt stem stays two (*Abdullah* /
 * *Abdulah*, *Hersek* / *Herkes*), and no diacritic is folded (*Abdulaziz* / *Abdülaziz* stays two).
 *
 * Not a stemmer: each word is read with its apostrophe's suffix cut, and a common noun's third-person
 * possessive with its case cut where the grammar leaves no doubt: *-sI(nDA…)* after a vowel (*Hastanesi*,
 * *Hastanesinde*), *-I* and a case after *n* after a consonant (*Bakanlığından*), and a bare *-I* only
 * after ğ (*Mezarlığı*), where k is written ğ before the cut vowel (*Mezarlık*). A bare final vowel is
 * how two given names differ (*Nur* / *Nuri*, *Sam* / *Sami*, *Sabri* / *Sabrı*), *-su* after a consonant
 * is a surname's (*Akarsu*), a dative or genitive alone too (*Sel-a*, *Sel-in*): none is cut, and a
 * final ğ is read as k only where a vowel ending was cut (*Ertuğ* / *Ertuk* stays two). Read only when
 * both reports are Turkish, so no other language's names are. Such a pair is a format equivalence,
 * `case-ending` as a German or Slavic case form is (diverge/match/names/case-forms.ts).
 */

// What follows an apostrophe on a Turkish proper name is a suffix run of a few letters (*'nın*, *'ndaki*, *'yla*).
const LONGEST_APOSTROPHE_SUFFIX = 8
const APOSTROPHE = /['’ʼ`´]/u
const SUFFIX_LETTERS = /^[a-zçğıöşüâîû]+$/u
// The third person's possessive after a vowel: sI, then n and a case, or nothing (Hastanesi, Hastanesinde).
const AFTER_VOWEL = /^s[ıiuü](?:n(?:da|de|ta|te|dan|den|tan|ten|daki|deki|a|e|ı|i|u|ü|ın|in|un|ün|ca|ce)|yla|yle)?$/u
// After a consonant: I, then n and a case (Bakanlığından); a bare I only after ğ (Mezarlığı), checked below.
const AFTER_CONSONANT = /^[ıiuü](?:n(?:da|de|ta|te|dan|den|tan|ten|daki|deki|a|e|ı|i|u|ü|ın|in|un|ün|ca|ce)|yla|yle)?$/u
const VOWEL = /[aeıioöuüâîû]$/u
const SHORTEST_STEM = 3
// sından, sinin: the longest possessive run read.
const LONGEST_POSSESSIVE = 7

// Titles written before a Turkish name: no part of the name (Başbakan Boris Johnson, Muhtar Ali Yılmaz).
const TITLES: ReadonlySet<string> = new Set([
  'başbakan', 'başbakanı', 'bakan', 'bakanı', 'bakanımız', 'başkan', 'başkanı', 'başkanımız', 'cumhurbaşkanı',
  'cumhurbaşkanımız', 'cumhurbaşkan', 'muhtar', 'muhtarı', 'vali', 'valisi', 'valimiz', 'kaymakam', 'kaymakamı',
  'sayın', 'dr.', 'dr', 'prof.', 'prof', 'doç.', 'doç', 'av.', 'av', 'müdür', 'müdürü', 'komutan', 'komutanı',
  'büyükelçi', 'büyükelçisi', 'milletvekili', 'başhekim', 'başhekimi', 'sözcüsü', 'sözcü', 'temsilcisi', 'yardımcısı',
])

/** Turkish lower case: dotless I and dotted İ keep their own small letters. */
export function turkishLower(word: string): string {
  return word.replace(/I/gu, 'ı').replace(/İ/gu, 'i').toLowerCase().normalize('NFC')
}

const kAgain = (stem: string): string => (stem.endsWith('ğ') ? `${stem.slice(0, -1)}k` : stem)

/** The word's possessive run cut off, if the grammar allows no other reading: the stem, and the stem with its bare possessive. */
function possessiveCuts(word: string, head: boolean, out: Set<string>): void {
  for (let k = Math.max(SHORTEST_STEM, word.length - LONGEST_POSSESSIVE); k < word.length; k++) {
    const stem = word.slice(0, k)
    const run = word.slice(k)
    const afterVowel = VOWEL.test(stem)
    if (afterVowel ? !AFTER_VOWEL.test(run) : !AFTER_CONSONANT.test(run)) continue
    // A bare vowel after a consonant other than ğ is a given name's own letter (Nuri, Sami, Tunceli).
    if (!afterVowel && run.length === 1 && !stem.endsWith('ğ')) continue
    // Elsewhere only k written ğ before the ending (Mezarlığına) says a common noun's possessive.
    if (!head && !stem.endsWith('ğ')) continue
    // Hastanesinde, Gününde: also read as Hastanesi, Günü, which an apostrophe's cut leaves.
    const bare = afterVowel ? run.slice(0, 2) : run.slice(0, 1)
    out.add(stem + bare)
    out.add(afterVowel ? stem : kAgain(stem))
  }
}

/** A word's readings; `head`: the last word of a name of several, where a common noun's possessive stands (Devlet Hastanesi). */
function readings(word: string, head: boolean): Set<string> {
  const out = new Set([word])
  const cut = word.search(APOSTROPHE)
  let stem = word
  if (cut >= SHORTEST_STEM) {
    const suffix = word.slice(cut + 1)
    if (suffix.length <= LONGEST_APOSTROPHE_SUFFIX && (suffix === '' || SUFFIX_LETTERS.test(suffix))) out.add((stem = word.slice(0, cut)))
  }
  // Bilgesu, Ecesu: a one-word name or a given name's own letters are no possessive, unless k is written ğ.
  possessiveCuts(stem, head, out)
  return out
}

// A name takes its case after an apostrophe; a first word declined without one is a common noun a sentence opened with
// (Hükümeti Erdoğan'ın / Hükümetin Erdoğan): in two cases it names nothing apart. Only the -(n)i / -(n)in endings and five
// letters kept: a given name's feminine -e (Emin / Emine, Selim / Selime) is another person.
const BARE_CASE = /(?:n[ıiuü]n|[ıiuü]n|[ıiuü])$/u
function openingNounCases(w: string, v: string): boolean {
  if (w === v || APOSTROPHE.test(w) || APOSTROPHE.test(v)) return false
  const stem = (x: string): string => {
    const m = BARE_CASE.exec(x)
    return m && x.length - m[0].length >= 5 ? x.slice(0, m.index) : x
  }
  return stem(w) === stem(v) && stem(w).length >= 5
}

const wordsOf = (text: string): string[] => text.split(/[\s\u00a0-]+/u).filter((w) => w !== '').map(turkishLower)

function withoutTitles(words: string[]): string[] {
  let last = -1
  words.forEach((w, k) => {
    if (TITLES.has(w) || TITLES.has(w.replace(APOSTROPHE, ''))) last = k
  })
  // Ahmet Muhtar, Ahmet Başkan: a title word last is a name's own word (Muhtar Kent), not a title before it.
  return last < 0 || last === words.length - 1 ? words : words.slice(last + 1)
}

function sameWords(x: readonly string[], y: readonly string[]): boolean {
  if (x.length !== y.length || x.length === 0) return false
  return x.every((w, k) => {
    const v = y[k]!
    if (w === v) return true
    const head = k === x.length - 1 && x.length > 1
    const ra = readings(w, head)
    for (const r of readings(v, head)) if (ra.has(r)) return true
    return false
  })
}

/** Is the name only a title (Muhtar, Başkan, Vali), which names no one by itself? */
export function turkishTitleOnly(text: string): boolean {
  const words = wordsOf(text)
  return words.length > 0 && words.every((w) => TITLES.has(w) || TITLES.has(w.replace(APOSTROPHE, '')))
}

/**
 * Do two Turkish spellings name one thing, differing only by case or possessive endings word by word,
 * or by a title before the name (İngiltere Başbakanı Boris Johnson / Başbakan Boris Johnson)?
 */
export function turkishCaseForms(a: string, b: string): boolean {
  const x = wordsOf(a)
  const y = wordsOf(b)
  if (sameWords(x, y)) return true
  if (x.length > 1 && openingNounCases(x[0]!, y[0]!) && sameWords(x.slice(1), y.slice(1))) return true
  const bareX = withoutTitles(x)
  const bareY = withoutTitles(y)
  if (bareX.length === x.length && bareY.length === y.length) return false
  // Vali Konağı / Kaymakam Konağı: a title inside a place's name is that place's, not a title before a person.
  if (bareX.length < 2) return false
  return sameWords(bareX, bareY)
}
