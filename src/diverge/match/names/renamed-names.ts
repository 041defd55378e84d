/**
 * A body renamed: *Imperial Brands, formerly Imperial Tobacco*, *Twitter, now called X*, *công ty
 * Meta, trước đây là Facebook*, *Stellantis, anciennement PSA*. A report that states the change
 * names one entity twice, so the other report writing either name names it too: the new name is
 * no missing fact there.
 *
 * Only a change the report states links two names: two company names that merely share a word
 * (Imperial Brands / Imperial Tobacco) stay two names otherwise. The cue must stand between the
 * two names, with nothing but punctuation, brackets and the cue's own words around it, and the
 * later name must end its phrase (a comma, bracket or stop after it): *Jones, formerly Chelsea
 * captain* names a person's old post, not a body renamed. Neither name may be a person's. Words
 * that mostly mean a former club or an earlier time (ex-Grêmio, früher) are no cue.
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import type { DocumentFacts } from '../../extract/collect'

// Words stating a change of name, between the two names, folded to lower case.
const CUES: readonly string[] = [
  // en
  'formerly', 'formerly known as', 'formerly called', 'previously known as', 'previously called', 'renamed', 'renamed from',
  'now called', 'now known as', 'now named', 'which changed its name to', 'changed its name to', 'renamed as', 'once known as',
  // vi
  'trước đây là', 'trước đây có tên', 'trước đây có tên là', 'tên cũ là', 'tiền thân là', 'nay là', 'đổi tên thành', 'nay đổi tên thành',
  // fr, es, pt, de
  'anciennement', 'rebaptisé', 'rebaptisée', 'antes llamada', 'antes llamado', 'anteriormente', 'ahora llamada',
  'antiga', 'antigo', 'antigamente chamada', 'antigamente chamado', 'antes chamada', 'antes chamado', 'ehemals',
  'früher bekannt als', 'vormals', 'umbenannt in',
].map((cue) => cue.normalize('NFC'))
const CUE_SET: ReadonlySet<string> = new Set(CUES)
// What may follow the later name: its phrase ends there (Imperial Tobacco, said; (anciennement PSA)).
const PHRASE_END = ',.;:)]'
// The gap between two names holding a cue: the cue's words and a little punctuation.
const LONGEST_GAP = 40

/** The gap's words, once punctuation and brackets are dropped, lower case: a cue if they are one. */
function gapCue(gap: string): boolean {
  if (gap.length > LONGEST_GAP) return false
  let words = ''
  for (const ch of gap.normalize('NFC').toLowerCase()) words += /[\p{L}\p{M}]/u.test(ch) ? ch : ' '
  return CUE_SET.has(words.trim().split(/\s+/u).join(' '))
}

/** Each renamed name's key, with the keys of the names the report says it was or became. */
export function renamedKeys(doc: PreparedDocument, facts: DocumentFacts): ReadonlyMap<string, readonly string[]> {
  return once(facts, readRenamed, doc)
}

function readRenamed(facts: DocumentFacts, doc: PreparedDocument): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>()
  const link = (x: string, y: string): void => {
    if (x === y) return
    const list = out.get(x) ?? []
    if (!list.includes(y)) list.push(y)
    out.set(x, list)
  }
  const names = facts.names
  for (let k = 0; k + 1 < names.length; k++) {
    const x = names[k]!
    const y = names[k + 1]!
    if (x.sentence !== y.sentence || y.span.start <= x.span.end) continue
    if (x.fact.category === 'person' || y.fact.category === 'person') continue
    if (!PHRASE_END.includes(doc.original[y.span.end] ?? '.')) continue
    if (!gapCue(doc.original.slice(x.span.end, y.span.start))) continue
    link(x.fact.key, y.fact.key)
    link(y.fact.key, x.fact.key)
  }
  return out
}

/** Do the other report's names (`otherKeys`) hold one of the former or later names of the name keyed `key` (Imperial Tobacco in Imperial Tobacco Group)? */
export function namedByOtherName(renamed: ReadonlyMap<string, readonly string[]>, key: string, otherKeys: ReadonlySet<string>): boolean {
  const others = renamed.get(key)
  if (!others) return false
  for (const other of others) {
    for (const written of otherKeys) if (written === other || ` ${written} `.includes(` ${other} `)) return true
  }
  return false
}
