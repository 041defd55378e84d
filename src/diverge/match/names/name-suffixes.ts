/**
 * *Durfort Jr* / *Joseph F Durford, Jr*: a generational suffix one report glues to the name and the
 * other sets off after a comma (read as a name of its own) is no word of the name to compare. It is
 * dropped from the one side that carries it; when both carry one, the two are compared as written
 * (*Griffey Sr* / *Griffey Jr*: father and son).
 */
const SUFFIX = /\s+(?:Jr|Sr|Jnr|Snr|II|III|IV)\.?$/u

/** The two name texts, a suffix only one of them carries dropped. */
export function loneSuffixDropped(a: string, b: string): readonly [string, string] {
  const x = SUFFIX.exec(a)
  const y = SUFFIX.exec(b)
  if ((x === null) === (y === null)) return [a, b]
  if (x) return [a.slice(0, x.index), b]
  return [a, b.slice(0, y!.index)]
}
