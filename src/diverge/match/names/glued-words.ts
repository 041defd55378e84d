/**
 * A name run into the next word, its space lost in the source (RPM2: *Li Ninga été désigné* for
 * *Li Ning a été désigné*): the name the other report writes, a function word glued to its last
 * word. Read as one name in another form, not a respelling, only where the glued letters cannot
 * end a name: a word that only stands on its own (French à, Vietnamese và, của), or the French
 * auxiliary a before a past participle (*Ninga été*, *Ninga déclaré*), where a name that ends in
 * a (Paula, Petrova) would need the auxiliary itself (*Paula a été*). Some participles are also
 * present-tense verbs (*Petrova dit que*, Petrova says): before those the glued a is read only
 * where the other report writes the name, a and that very word (*Castro a écrit* / *Castroa
 * écrit*). A name ending in letters that are also a word (Paula / Paul, Moyesy / Moyes) stays the
 * spelling judge's. Read in linked sentences (variants.ts) and across the reports (name-entities.ts).
 * An @ before a name read out as at (@Stake / AtStake) is the same kind of source form.
 */
import type { Located } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'

// Words that never end a name word, by themselves: glued, the space before them was lost.
const LONE_WORDS: readonly string[] = ['à', 'và', 'của', 'là', 'đã', 'được'].map((w) => w.normalize('NFC'))
// The French auxiliary a, glued: read so only before a past participle.
const AUXILIARY = 'a'
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(
  'été eu pris su pu dû reçu obtenu perdu rendu choisi fini réussi ouvert offert remis'.split(' ').map((w) => w.normalize('NFC')),
)
// Participles that are also present-tense verbs or other words (il dit, il fait, vu que).
const TWO_WAY_PARTICIPLES: ReadonlySet<string> = new Set('dit fait écrit conduit promis permis mis vu'.split(' ').map((w) => w.normalize('NFC')))
export const SPACE_LOST = 'space lost before a word'
const PARTICIPLE_LETTERS = 3

const lastWord = (text: string): string => {
  const words = text.normalize('NFC').split(' ')
  return words[words.length - 1]!
}

/** The word right after a mention, as written: '' when punctuation or nothing follows. */
function wordAfter(text: string, end: number): string {
  if (text[end] !== ' ') return ''
  let k = end + 1
  while (k < text.length && /[\p{L}\p{M}]/u.test(text[k]!)) k++
  return text.slice(end + 1, k).normalize('NFC')
}

function participle(word: string): boolean {
  if (word === '' || word !== word.toLowerCase()) return false
  return IRREGULAR_PARTICIPLES.has(word) || (word.length >= PARTICIPLE_LETTERS && (word.endsWith('é') || word.endsWith('és')))
}

interface Written {
  /** The mentions of one spelling, in `text`. */
  readonly mentions: readonly Located<NameFact>[]
  readonly text: string
}

/**
 * Is `glued` the name `plain` with a function word run into its last word, at every mention?
 * Both are names as written (Li Ninga, Li Ning).
 */
export function gluedFunctionWord(glued: Written, plain: Written): boolean {
  if (glued.mentions.length === 0 || plain.mentions.length === 0) return false
  const g = glued.mentions[0]!.fact.text.normalize('NFC')
  const p = plain.mentions[0]!.fact.text.normalize('NFC')
  if (g.length <= p.length || !g.startsWith(p) || g.split(' ').length !== p.split(' ').length) return false
  if (lastWord(p).length < 2) return false
  const rest = g.slice(p.length)
  if (LONE_WORDS.includes(rest)) return true
  if (rest !== AUXILIARY) return false
  return glued.mentions.every((m) => {
    const word = wordAfter(glued.text, m.span.end)
    if (participle(word)) return true
    return TWO_WAY_PARTICIPLES.has(word) && plain.mentions.some((n) => plain.text.startsWith(` ${AUXILIARY} ${word}`, n.span.end))
  })
}

/** SPACE_LOST where one side's spelling is the other's with a function word glued (A's mentions in `textA`), else undefined. */
export function spaceLost(a: readonly Located<NameFact>[], b: readonly Located<NameFact>[], textA: string, textB: string): string | undefined {
  const x = { mentions: a, text: textA }
  const y = { mentions: b, text: textB }
  return gluedFunctionWord(x, y) || gluedFunctionWord(y, x) ? SPACE_LOST : undefined
}

/** Is the name written after an @ (@Stake) that the other spelling reads out as "at" (AtStake)? */
function atSign(text: string, name: Located<NameFact>, other: string): boolean {
  if (text[name.span.start - 1] !== '@') return false
  const letters = (word: string): string => word.toLowerCase().replace(/[^\p{L}]/gu, '')
  return `at${letters(name.fact.text)}` === letters(other)
}

/** Why two mentions in linked sentences are one name joined to a sign or a word in the source (@Stake / AtStake, Li Ninga / Li Ning), or undefined. */
export function joinedInSource(x: Located<NameFact>, y: Located<NameFact>, textA: string, textB: string): string | undefined {
  if (atSign(textA, x, y.fact.text) || atSign(textB, y, x.fact.text)) return 'at-sign'
  return spaceLost([x], [y], textA, textB)
}
