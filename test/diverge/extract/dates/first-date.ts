import { extractDates } from '../../../../src/diverge/extract/dates/dates'

/** The first date of `text`, reduced to the parts a test states. */
export function firstDate(text: string): Record<string, unknown> | undefined {
  const f = extractDates(text)[0]
  if (!f) return undefined
  const out: Record<string, unknown> = { text: f.text }
  for (const k of ['day', 'month', 'year', 'minutes', 'cue'] as const) if (f[k] !== undefined) out[k] = f[k]
  return out
}
