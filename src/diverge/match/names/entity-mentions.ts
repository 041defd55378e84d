/**
 * Every spelling of an entity found spelt two ways, per report, so that any
 * mention of it — the spelling itself, a shorter run of it (Moon Geun for
 * Moon Geun Young), a longer run holding it (Nam Volgograd) or the spelling
 * glued to the next word (Moon Geun Youngđã) — is known to be that entity,
 * whose other spelling the other report writes: never `missing`.
 */

/** The token runs (folded words) of an entity's spellings on each side. */
export interface EntitySpellings {
  readonly a: Array<readonly string[]>
  readonly b: Array<readonly string[]>
}

export const noEntitySpellings = (): EntitySpellings => ({ a: [], b: [] })

/** Does `inner` stand word for word inside `outer`, shorter? */
function subRun(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0 || inner.length >= outer.length) return false
  for (let i = 0; i + inner.length <= outer.length; i++) if (inner.every((w, k) => outer[i + k] === w)) return true
  return false
}

/** The spelling with its last word glued to the next one, which a missing space left in the text. */
function glued(tokens: readonly string[], run: readonly string[]): boolean {
  if (tokens.length !== run.length || run.length < 2) return false
  const last = run.length - 1
  return run.every((w, k) => (k === last ? tokens[k]!.startsWith(w) && tokens[k]!.length > w.length : tokens[k] === w))
}

/**
 * Is a name with these tokens a mention of one of the entity spellings? A shorter mention needs
 * two words or more on both sides: a lone surname or title shared by different people (Park)
 * never stands for the entity, so Park Soo Kwan stays apart from Park Heong-joon.
 */
export function mentionsEntity(tokens: readonly string[], runs: readonly (readonly string[])[]): boolean {
  return runs.some((run) => subRun(tokens, run) || (tokens.length >= 2 && run.length >= 2 && subRun(run, tokens)) || glued(tokens, run))
}
