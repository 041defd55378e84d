/**
 * *Durfort Jr* / *Joseph F Durford, Jr*: a generational suffix one report glues to the name and the
 * other sets off after a comma (read as a name of its own) is no word of the name to compare. It is
 * dropped from the one side that carries it; when both carry one, the two are compared as written
 * (*Griffey Sr* / *Griffey Jr*: father and son).
 */
const SUFFIXES: ReadonlySet<string> = new Set(['Jr', 'Sr', 'Jnr', 'Snr', 'II', 'III', 'IV'])

/** Where the name's trailing suffix word starts (the space before it), or -1: read by its last space, no regex. */
function suffixAt(name: string): number {
  const space = name.lastIndexOf(' ')
  if (space <= 0) return -1
  const word = name.slice(space + 1)
  return SUFFIXES.has(word.endsWith('.') ? word.slice(0, -1) : word) ? space : -1
}

/** The two name texts, a suffix only one of them carries dropped. */
export function loneSuffixDropped(a: string, b: string): readonly [string, string] {
  const x = suffixAt(a)
  const y = suffixAt(b)
  if ((x < 0) === (y < 0)) return [a, b]
  return x >= 0 ? [a.slice(0, x).trimEnd(), b] : [a, b.slice(0, y).trimEnd()]
}
