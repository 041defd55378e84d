/**
 * A year that is part of a name: an edition of a competition (*U20 châu Á 2023*, *Euro 2020*, *the
 * 2018 World Cup*) or a work dated in brackets or by a year word (*"Детские игры" (1988 год)*,
 * *"Детские игры" 1990 года*). Such a year is fixed by what it names, not by the clause around it: two
 * reports giving one work two years disagree on one fact, however unlike their sentences are, while an
 * edition's name is told of several editions and only a slip its own report outvotes is read; two
 * names' years (*"Child's Play"* / *"Child's Play 2"*, a novel and its film) are two facts, however alike.
 *
 * Read from the words just before the year (or, after *the/a*, just after it), within its sentence:
 * a quoted title, or a run of words opened by a capitalised word that is not the sentence's first
 * (*Năm 2019*, *In 2019* are no names).
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import type { FactPair } from '../pairing/fact-pair'
import type { Pairer } from '../pairing/pairer'

/** A title longer than this is no title but a quotation. */
const MAX_TITLE = 60
/** Words of a name read before its year; more would take in the clause's own words. */
const MAX_NAME_WORDS = 4
/** Openings of a quoted title by its closing mark. */
const OPENING: Readonly<Record<string, string>> = { '"': '"', '»': '«', '”': '“', '“': '„', "'": "'" }
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an'])

/** One name's years are an edition's or a work's slip of a few years; further apart, a remake or another edition. */
const MAX_YEARS_APART = 5

const yearOf = (located: Located<Fact>): number => (located.fact.type === 'number' ? located.fact.value : Number.NaN)
/** A year, alone or in a date: what a name's year may be told against. */
const isYear = (located: Located<Fact>): boolean => (located.fact.type === 'number' ? located.fact.kind === 'year' : located.fact.year !== undefined)

const fold = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim()
const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word)
/** A name's word: capitalised, or a code such as *U20*. */
const isNameWord = (word: string): boolean => isCapitalised(word) || /^\p{L}+\d+$/u.test(word)
/** A word marked as a name's in any language: a code (*U20*) or an acronym (*WM*, *EM*). */
const isMarkedWord = (word: string): boolean => /^\p{L}+\d+$/u.test(word) || /^\p{Lu}{2,}$/u.test(word)

/**
 * A name read before its year, and the two words before the name (folded; what the name is told in).
 * `work`: a quoted title dated in brackets or by a year word (*"Оно" (1986)*, *"…" 1990 года*), one work's year;
 * otherwise an edition's name, told of several editions (*AFF Cup 2020*, *"Mùa hè xanh" 2024*). `kind`: the sort of
 * work said before a title (book, film, series), so that a novel and its adaptation are two works.
 */
interface YearName {
  readonly name: string
  readonly lead: string
  readonly work: boolean
  readonly kind?: string
}

/** Stems of the sorts of work a title is named with, by sort (en, vi, ru, fr, de, es/pt), nearest first. */
const KINDS: readonly (readonly [string, RegExp])[] = [
  // (a season or part of a work is dated apart from the work: "Squid Game" (2021) / season 2 of "Squid Game" (2024))
  ['part', /^(?:seasons?|episode|part|volume|mùa|phần|tập|сезон|эпизод|част|том|saison|épisode|staffel|folge|teil|temporada)/u],
  ['series', /^(?:(?:mini-?)?series|серия|(?:мини-?)?сериал|série|serie|telenovela)/u],
  ['book', /^(?:book|novel|story|truyện|sách|tiểu|книг|роман|повест|рассказ|livre|roman|nouvelle|buch|libro|livro|novela)/u],
  ['film', /^(?:film|movie|phim|фильм|кино|película|filme)/u],
  ['play', /^(?:play|stage|kịch|vở|пьес|спектакл|pièce)/u],
  ['album', /^(?:album|record|альбом|disque)/u],
  ['song', /^(?:song|single|bài|песн|chanson|lied|canción)/u],
  ['game', /^(?:game|video-?game|игр|jeu)/u],
]

/** The sort of work named in the three words before a title (*horror film*, *bộ phim*, *мини-сериале*), if any. */
function kindBefore(text: string): string | undefined {
  const words = text.slice(-40).toLowerCase().split(/[^\p{L}\p{M}-]+/u).filter(Boolean).slice(-3)
  for (let k = words.length - 1; k >= 0; k--) {
    const kind = KINDS.find(([, stem]) => stem.test(words[k]!))
    if (kind) return kind[0]
  }
  return undefined
}

/** Languages that capitalise every noun: there a capitalised word (*Jahr*, *Saison*) is no name's. */
const NOUNS_CAPITALISED: ReadonlySet<string> = new Set(['deu', 'gsw', 'ltz', 'nds'])

/** The last two words of `text` but an article, folded: the words a name stands after (*dự vòng loại*, *to play at*). */
function leadOf(text: string): string {
  const words = text.slice(-40).split(/[^\p{L}\p{M}\p{N}-]+/u).filter(Boolean)
  // (an article says nothing of what the name is told in: "for the Euro 2020 finals")
  while (words.length > 0 && ARTICLES.has(words[words.length - 1]!.toLowerCase())) words.pop()
  return fold(words.slice(-2).join(' '))
}

/** The quoted title that ends right before `before` ends (*"Детские игры" (*), folded. */
function quotedTitle(before: string, after: string): YearName | undefined {
  let end = before.length
  while (end > 0 && (before[end - 1] === ' ' || before[end - 1] === '(')) end--
  const close = before[end - 1]
  if (end === before.length || close === undefined || !(close in OPENING)) return undefined
  const open = before.lastIndexOf(OPENING[close]!, end - 2)
  // (an opening mark after a letter is an apostrophe: *players' 2019*)
  if (open < 0 || end - 1 - open > MAX_TITLE || (open > 0 && /[\p{L}\p{N}]/u.test(before[open - 1]!))) return undefined
  const title = before.slice(open + 1, end - 1)
  if (!/\p{L}.*\p{L}/u.test(title)) return undefined
  // (a bracketed year or one with its year word dates a work; a bare one names an edition, "Summer of Code" 2024)
  const work = before.slice(end).includes('(') || /^\s*(?:год|года|году|г\.|năm\b)/u.test(after)
  return { name: `"${fold(title)}"`, lead: leadOf(before.slice(0, open)), work, kind: kindBefore(before.slice(0, open)) }
}

/** The run of name words right before the year, opened by a name word that does not open the sentence. */
function nameBefore(before: string, isName: (word: string) => boolean): YearName | undefined {
  if (!before.endsWith(' ') || before.endsWith('  ')) return undefined
  const words = before.slice(-80).trimEnd().split(' ')
  // (the first word of a cut tail may be a piece of one)
  const whole = before.length <= 80
  const run: string[] = []
  for (let k = words.length - 1; k >= 0 && run.length < MAX_NAME_WORDS; k--) {
    const word = words[k]!
    if (!/^[\p{L}\p{N}][\p{L}\p{M}\p{N}-]*$/u.test(word)) break
    if (whole && k === 0) break
    // (one lowercase word inside a name, *U20 châu Á*, *Tour de France*; two are the clause's: *London for the Euro*)
    if (!isName(word) && run.length > 0 && !isName(run[0]!)) break
    run.unshift(word)
  }
  if (run.length === 0 || !isName(run[run.length - 1]!)) return undefined
  while (run.length > 0 && !isName(run[0]!)) run.shift()
  const name = run.join(' ')
  return { name: fold(name), lead: leadOf(before.trimEnd().slice(0, -name.length)), work: false }
}

/** The capitalised words right after a year that *the/a* opens (*the 2018 World Cup*). */
function nameAfter(before: string, after: string, isName: (word: string) => boolean): YearName | undefined {
  const last = before.trimEnd().split(' ').pop()
  if (last === undefined || !ARTICLES.has(last.toLowerCase()) || !after.startsWith(' ')) return undefined
  const run: string[] = []
  for (const word of after.slice(1, 80).split(' ')) {
    if (run.length === MAX_NAME_WORDS || !/^\p{Lu}[\p{L}\p{M}\p{N}-]*$/u.test(word) || !isName(word)) break
    run.push(word)
  }
  return run.length === 0 ? undefined : { name: fold(run.join(' ')), lead: leadOf(before.trimEnd().slice(0, -last.length)), work: false }
}

/** The run of name words right before any figure (not only a year), folded, or undefined. */
function nameBeforeFigure(doc: PreparedDocument, located: Located<Fact>): string | undefined {
  const sentence = doc.sentences[located.sentence]
  if (sentence === undefined) return undefined
  const before = sentence.text.slice(0, located.span.start - sentence.start)
  return nameBefore(before, NOUNS_CAPITALISED.has(doc.language) ? isMarkedWord : isNameWord)?.name
}

/** The name a year fact is part of, or undefined for a year of a clause. */
function readName(doc: PreparedDocument, located: Located<Fact>): YearName | undefined {
  const fact = located.fact
  // (a year the extractor read with its preposition, "visit to Britain in 2011", is a clause's)
  if (fact.type !== 'number' || fact.kind !== 'year' || !/^\p{Nd}/u.test(located.span.text)) return undefined
  const sentence = doc.sentences[located.sentence]
  if (sentence === undefined) return undefined
  const before = sentence.text.slice(0, located.span.start - sentence.start)
  const after = sentence.text.slice(located.span.end - sentence.start)
  // (where every noun is capitalised, only a code or an acronym marks a name: *U20*, *WM 2018*, not *im Jahr 2019*)
  const nameWord = NOUNS_CAPITALISED.has(doc.language) ? isMarkedWord : isNameWord
  return quotedTitle(before, after) ?? nameBefore(before, nameWord) ?? nameAfter(before, after, nameWord)
}

/** Names of a document's year facts, read once per fact. */
const namesOf = (_doc: PreparedDocument): Map<Located<Fact>, YearName | undefined> => new Map()

/** The name a year fact is part of (see the header) with the words before it, or undefined. */
function namedYear(doc: PreparedDocument, located: Located<Fact>): YearName | undefined {
  const known = once(doc, namesOf)
  if (known.has(located)) return known.get(located)
  const name = readName(doc, located)
  known.set(located, name)
  return name
}

/** The name a year fact is part of (see the header), or undefined. */
export const yearName = (doc: PreparedDocument, located: Located<Fact>): string | undefined => namedYear(doc, located)?.name

/**
 * Whether two names are one: equal, one the other's last words (*U20 châu Á* / *VCK U20 châu Á*), or, for an
 * edition, one the other's first words and a host after them (*World Cup Qatar* / *World Cup*); a title's added
 * words or a number make another title (*"Детские игры 2"*), a code another competition (*Euro U21*).
 */
export function oneName(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x]
  if (long === short || long.endsWith(` ${short}`)) return true
  return !short.startsWith('"') && long.startsWith(`${short} `) && /^[\p{L}\p{M} -]+$/u.test(long.slice(short.length))
}

/** Two years' names: 'same' for one name, 'apart' for two, undefined when either year names nothing. */
export function namedYearRelation(docA: PreparedDocument, docB: PreparedDocument, x: Located<Fact>, y: Located<Fact>): 'same' | 'apart' | undefined {
  const nx = yearName(docA, x)
  const ny = yearName(docB, y)
  if (nx === undefined && ny === undefined) return undefined
  // A name's year is no count nor measure: a figure of the clause is another fact ("Детские игры 2" (1990) / 2),
  // unless the same name stands right before that figure (*ATP Masters 1000* / *ATP Masters 2000*: one name's number).
  if (nx === undefined || ny === undefined) {
    const [doc, figure, name] = nx === undefined ? [docA, x, ny!] : [docB, y, nx]
    if (isYear(figure)) return undefined
    const before = nameBeforeFigure(doc, figure)
    return before !== undefined && oneName(before, name) ? undefined : 'apart'
  }
  if (!oneName(nx, ny)) return 'apart'
  // (a novel and its film, a book and its miniseries: one title, two works)
  const kx = namedYear(docA, x)!.kind
  const ky = namedYear(docB, y)!.kind
  if (kx !== undefined && ky !== undefined && kx !== ky) return 'apart'
  // (one title decades apart: a remake, another edition)
  return Math.abs(yearOf(x) - yearOf(y)) <= MAX_YEARS_APART ? 'same' : 'apart'
}

/** A report that names more things with years than this is a chronicle: its names are not read against another. */
const MAX_NAMED = 32

interface Named {
  readonly name: string
  readonly mentions: Located<Fact>[]
}

/** A report's named years grouped by name (names that are one by `oneName` joined), in the order first met. */
function namedGroups(doc: PreparedDocument, facts: readonly Located<Fact>[]): Named[] | undefined {
  const groups: Named[] = []
  for (const located of facts) {
    const name = yearName(doc, located)
    if (name === undefined) continue
    const group = groups.find((g) => oneName(g.name, name))
    if (group) group.mentions.push(located)
    else if (groups.push({ name, mentions: [located] }) > MAX_NAMED) return undefined
  }
  return groups
}

/** `namedGroups` of a report's facts, read once per report and kept for every pair it is in. */
const groupsOf = (doc: PreparedDocument, facts: DocumentFacts): readonly Named[] | undefined => namedGroups(doc, facts.facts)

const yearsOf = (mentions: readonly Located<Fact>[]): Set<number> => new Set(mentions.map(yearOf))

/**
 * One name's year told two ways across two reports, wherever their sentences stand: each report
 * gives the name one year (*"Детские игры" 1990 года* / *"Детские игры" (1988 год)*), or one
 * gives it one year throughout and the other the same year save one mention, told after the same two
 * words, one of them a content word, as a mention of the first's (*dự vòng loại U20 châu Á 2022* /
 * *tham dự vòng loại U20 châu Á 2023*: a slip against the report's own body). An edition's one year on each side is
 * left to the links (this year's and last year's edition are told alike). Years further apart than a slip, or a name
 * given two years on both sides (two editions told of), are left alone.
 */
export const pairNamedYears: Pairer = ({ docA, docB, factsA, factsB, related }) => {
  const groupsA = once(docA, groupsOf, factsA)
  const groupsB = groupsA?.length ? once(docB, groupsOf, factsB) : undefined
  if (!groupsA || !groupsB) return []
  const pairs: FactPair[] = []
  for (const ga of groupsA) {
    const gb = groupsB.find((g) => oneName(g.name, ga.name))
    if (gb === undefined) continue
    const ya = yearsOf(ga.mentions)
    const yb = yearsOf(gb.mentions)
    const occurrences = (x: Located<Fact>, y: Located<Fact>) => ({
      a: ga.mentions.filter((l) => yearOf(l) === yearOf(x)).map((l) => l.span),
      b: gb.mentions.filter((l) => yearOf(l) === yearOf(y)).map((l) => l.span),
    })
    // A slip pinned to another mention by the same two words before the name, one a content word, once it is outvoted in
    // its own report (its name given the other year at least twice: a slip against the report's body). One mention of
    // each year is two editions told of, whatever links the sentences: "played at the 2018 World Cup in Russia … at the
    // 2022 World Cup" / "played at the 2022 World Cup semi-final" (rdates53); nor does a related sentence pin alone
    // ("who won Euro 2016, start at Euro 2020").
    const told = (x: Located<Fact>, y: Located<Fact>, outvoted: boolean): boolean => {
      const lead = namedYear(docA, x)!.lead
      if (lead !== namedYear(docB, y)!.lead || !outvoted) return false
      return lead.split(' ').length === 2 && lead.split(' ').some((w) => [...w].length >= 4)
    }
    const evidence = [`one name's year: "${ga.name.replace(/"/gu, '')}"`]
    if (ya.size === 1 && yb.size === 1) {
      const x = ga.mentions[0]!
      // A dated title of one sort of work names one work. An edition's name (World Cup, "Summer of Code" 2024) is told of
      // several editions: each report's one year, even after the same words in related sentences, may be this year's and
      // last year's (rdates53), so only the links' own reading pairs them.
      const work = (l: Located<Fact>, doc: PreparedDocument) => namedYear(doc, l)!.work
      if (!work(x, docA) || !gb.mentions.every((l) => work(l, docB))) continue
      const y = gb.mentions.find((l) => related(x.sentence, l.sentence)) ?? gb.mentions[0]!
      if (namedYearRelation(docA, docB, x, y) === 'apart') continue
      const apart = Math.abs(yearOf(x) - yearOf(y))
      if (apart === 0 || apart > MAX_YEARS_APART) continue
      pairs.push({ a: x, b: y, confidence: 0.7, weight: 0.7, evidence, noun: 'year', occurrences: occurrences(x, y) })
      continue
    }
    // One side's single year, the other's the same save one odd mention (see `told`).
    const slip = (one: Set<number>, many: readonly Located<Fact>[], manyYears: Set<number>): Located<Fact> | undefined => {
      if (one.size !== 1 || manyYears.size !== 2 || !manyYears.has([...one][0]!)) return undefined
      const odd = many.filter((l) => !one.has(yearOf(l)))
      return odd.length === 1 && Math.abs(yearOf(odd[0]!) - [...one][0]!) <= MAX_YEARS_APART ? odd[0] : undefined
    }
    const outvoted = (many: readonly Located<Fact>[]) => many.length >= 3
    const oddA = slip(yb, ga.mentions, ya)
    if (oddA) {
      const y = gb.mentions.find((l) => told(oddA, l, outvoted(ga.mentions)) && namedYearRelation(docA, docB, oddA, l) !== 'apart')
      if (y) pairs.push({ a: oddA, b: y, confidence: 0.6, weight: 0.6, evidence: [...evidence, 'the other mentions agree'], noun: 'year', occurrences: occurrences(oddA, y) })
      continue
    }
    const oddB = slip(ya, gb.mentions, yb)
    if (oddB) {
      const x = ga.mentions.find((l) => told(l, oddB, outvoted(gb.mentions)) && namedYearRelation(docA, docB, l, oddB) !== 'apart')
      if (x) pairs.push({ a: x, b: oddB, confidence: 0.6, weight: 0.6, evidence: [...evidence, 'the other mentions agree'], noun: 'year', occurrences: occurrences(x, oddB) })
    }
  }
  return pairs
}
