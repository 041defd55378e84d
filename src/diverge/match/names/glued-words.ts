/**
 * A name run into the next word, its space lost in the source (RPM2: *Li Ninga été désigné* for
 * *Li Ning a été désigné*): the name the other report writes, a function word glued to its last
 * word. Read as one name in another form, not a respelling, only where the glued letters cannot
 * end a name: a word that only stands on its own (French à, Vietnamese và, của), or the French
 * auxiliary a before a past participle (*Ninga été*, *Ninga déclaré*), where a name that ends in
 * a (Paula, Petrova) would need the auxiliary itself (*Paula a été*). A name ending in letters
 * that are also a word (Paula / Paul, Moyesy / Moyes) stays the spelling judge's.
 */
import type { Located } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'

// Words that never end a name word, by themselves: glued, the space before them was lost.
const LONE_WORDS: readonly string[] = ['à', 'và', 'của', 'là', 'đã', 'được'].map((w) => w.normalize('NFC'))
// The French auxiliary a, glued: read so only before a past participle.
const AUXILIARY = 'a'
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(
  'été eu dit fait pris mis vu su pu dû reçu obtenu perdu rendu choisi fini réussi ouvert offert écrit promis permis remis conduit'.split(' ').map((w) => w.normalize('NFC')),
)
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

/**
 * Is `glued` the name `plain` with a function word run into its last word, at every mention
 * (`mentions`, in `text`)? Both are names as written (Li Ninga, Li Ning).
 */
export function gluedFunctionWord(glued: string, plain: string, mentions: readonly Located<NameFact>[], text: string): boolean {
  const g = glued.normalize('NFC')
  const p = plain.normalize('NFC')
  if (g.length <= p.length || !g.startsWith(p) || g.split(' ').length !== p.split(' ').length) return false
  if (lastWord(p).length < 2) return false
  const rest = g.slice(p.length)
  if (LONE_WORDS.includes(rest)) return true
  if (rest !== AUXILIARY || mentions.length === 0) return false
  return mentions.every((m) => participle(wordAfter(text, m.span.end)))
}
