/**
 * The dedup index's options and inputs, checked: defaults, option resolution
 * with typed errors, article validation, and the signature encoding of saved
 * indexes. Shared by the in-memory index and the PostgreSQL one.
 */
import { CorroborateError, describe } from '../errors'
import type { DedupMode, DedupOptions, ResolvedDedupOptions } from './types'
import { PERMUTATIONS } from './minhash'

export const DEDUP_DEFAULTS = {
  mode: 'both',
  nearThreshold: 0.5,
  eventThreshold: -0.1,
  eventMinCosine: 0.04,
  verifyThreshold: 0.15,
  maxMatches: 10,
  minLinkRatio: 0.5,
  eventTerms: 200,
} as const

const MODES: readonly DedupMode[] = ['near', 'event', 'both']
const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }

/** `'48h'` → milliseconds; numbers pass through. Undefined when not a duration. */
function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined
  if (typeof value !== 'string') return undefined
  // Trimmed first: two optional whitespace runs around an optional unit backtrack polynomially.
  const m = /^(\d+(?:\.\d+)?) ?(ms|s|m|h|d)?$/.exec(value.trim())
  if (!m) return undefined
  return Number(m[1]) * UNITS[m[2] ?? 'ms']!
}

function optionError(name: string, expected: string, value: unknown): CorroborateError {
  return new CorroborateError('E_OPTION', [{ path: `options.${name}`, expected, received: describe(value) }])
}

export function resolveDedupOptions(options: unknown): ResolvedDedupOptions {
  if (options === undefined) options = {}
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw optionError('', 'an object or undefined', options)
  const o = options as DedupOptions
  const known = new Set(['mode', 'nearThreshold', 'eventThreshold', 'eventMinCosine', 'window', 'verify', 'maxMatches', 'minLinkRatio', 'eventTerms'])
  for (const key of Object.keys(o)) if (!known.has(key)) throw optionError(key, `one of ${[...known].join(', ')}`, key)
  const mode = o.mode ?? DEDUP_DEFAULTS.mode
  if (!MODES.includes(mode)) throw optionError('mode', "'near', 'event' or 'both'", mode)
  const ratio = (name: keyof DedupOptions, fallback: number, lo = 0): number => {
    const v = o[name] ?? fallback
    if (typeof v !== 'number' || !(v >= lo && v <= 1)) throw optionError(name, `a number in [${lo}, 1]`, v)
    return v
  }
  const count = (name: keyof DedupOptions, fallback: number): number => {
    const v = o[name] ?? fallback
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw optionError(name, 'a positive integer', v)
    return v
  }
  let window: number | null = null
  if (o.window !== undefined) {
    const ms = parseDuration(o.window)
    if (ms === undefined) throw optionError('window', "a duration: milliseconds or a string like '48h', '90m', '2d'", o.window)
    window = ms
  }
  let verify: number | null = null
  if (o.verify === true) verify = DEDUP_DEFAULTS.verifyThreshold
  else if (o.verify && typeof o.verify === 'object') {
    const t = o.verify.threshold ?? DEDUP_DEFAULTS.verifyThreshold
    if (typeof t !== 'number' || !(t >= 0 && t <= 1)) throw optionError('verify.threshold', 'a number in [0, 1]', t)
    verify = t
  } else if (o.verify !== undefined && o.verify !== false) throw optionError('verify', 'a boolean or { threshold }', o.verify)
  return {
    mode,
    nearThreshold: ratio('nearThreshold', DEDUP_DEFAULTS.nearThreshold),
    eventThreshold: ratio('eventThreshold', DEDUP_DEFAULTS.eventThreshold, -1),
    eventMinCosine: ratio('eventMinCosine', DEDUP_DEFAULTS.eventMinCosine),
    window,
    verify,
    maxMatches: count('maxMatches', DEDUP_DEFAULTS.maxMatches),
    minLinkRatio: ratio('minLinkRatio', DEDUP_DEFAULTS.minLinkRatio),
    eventTerms: count('eventTerms', DEDUP_DEFAULTS.eventTerms),
  }
}

export function inputError(path: string, expected: string, value: unknown): CorroborateError {
  return new CorroborateError('E_INPUT', [{ path, expected, received: describe(value) }])
}

const LONE_SURROGATE = /\p{Cs}/u

export interface Checked {
  id: string | null
  text: string
  title: string | undefined
  time: number
  signature: Uint32Array | null
}

export function checkArticle(article: unknown, needId: boolean): Checked {
  if (article === null || typeof article !== 'object' || Array.isArray(article)) throw inputError('article', 'an object { id, text }', article)
  const a = article as Record<string, unknown>
  let id: string | null = null
  if (typeof a.id === 'string' && a.id) id = a.id
  else if (typeof a.id === 'number' && Number.isFinite(a.id)) id = String(a.id)
  else if (needId || a.id !== undefined) throw inputError('article.id', 'a non-empty string', a.id)
  // a lone surrogate has no UTF-8 form: PostgreSQL would store it as U+FFFD and merge distinct ids
  if (id !== null && LONE_SURROGATE.test(id)) throw inputError('article.id', 'a string of whole Unicode characters (no lone surrogate)', id)
  if (typeof a.text !== 'string') throw inputError('article.text', 'a string', a.text)
  for (const key of ['title', 'source', 'published'] as const) {
    if (a[key] !== undefined && a[key] !== null && typeof a[key] !== 'string') throw inputError(`article.${key}`, 'a string or undefined', a[key])
  }
  let time = Number.NaN
  if (typeof a.published === 'string' && a.published) {
    time = Date.parse(a.published)
    if (Number.isNaN(time)) throw inputError('article.published', 'an ISO 8601 date', a.published)
  }
  let signature: Uint32Array | null = null
  if (a.signature !== undefined) {
    const s = a.signature as ArrayLike<unknown>
    const ok = s !== null && typeof s === 'object' && s.length === PERMUTATIONS && Array.from(s).every((v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0xffffffff)
    if (!ok) throw inputError('article.signature', `${PERMUTATIONS} unsigned 32-bit integers`, a.signature)
    signature = Uint32Array.from(s as ArrayLike<number>)
  }
  return { id, text: a.text, title: typeof a.title === 'string' ? a.title : undefined, time, signature }
}

export const round = (x: number): number => Math.round(x * 1e4) / 1e4

export function toBase64(words: Uint32Array): string {
  const bytes = new Uint8Array(words.length * 4)
  const view = new DataView(bytes.buffer)
  for (let i = 0; i < words.length; i++) view.setUint32(i * 4, words[i]!, true)
  return Buffer.from(bytes).toString('base64')
}

export function fromBase64(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const words = new Uint32Array(bytes.byteLength >> 2)
  for (let i = 0; i < words.length; i++) words[i] = view.getUint32(i * 4, true)
  return words
}
