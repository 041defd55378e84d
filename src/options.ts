/**
 * CompareOptions with their defaults filled in, checked once at the door.
 */
import { CorroborateError, type Issue, describe } from './errors'
import type { AbbreviationTable, CompareOptions, DivergenceKind, Severity } from './types'

export interface ResolvedOptions {
  readonly alignThreshold: number
  readonly abbreviations: AbbreviationTable
  readonly languages: readonly string[] | undefined
  readonly kinds: ReadonlySet<DivergenceKind>
  readonly minSeverity: Severity
  readonly minConfidence: number
  readonly nameThreshold: number
  readonly maxLength: number
  readonly detectBoilerplate: boolean
  readonly titles: readonly string[]
}

export const DEFAULT_OPTIONS = {
  alignThreshold: 0.5,
  kinds: ['number', 'date', 'name', 'missing'] as readonly DivergenceKind[],
  minSeverity: 'low' as Severity,
  minConfidence: 0.5,
  nameThreshold: 0.7,
  // compare() peaks near 150 bytes per input character on the worst measured input (unique
  // short lines, both texts): two 5 M texts stay near 1.5 GB, inside V8's default heap on any
  // 64-bit machine; 20 M exhausted a 4 GB heap after minutes (exit 134, uncatchable).
  maxLength: 5_000_000,
  detectBoilerplate: true,
} as const

const KINDS = new Set<string>(DEFAULT_OPTIONS.kinds)
const SEVERITIES = new Set<string>(['high', 'medium', 'low'])
const KNOWN = new Set([
  'alignThreshold',
  'abbreviations',
  'languages',
  'kinds',
  'minSeverity',
  'minConfidence',
  'nameThreshold',
  'maxLength',
  'detectBoilerplate',
  'titles',
])

function unit(value: unknown, path: string, issues: Issue[]): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    issues.push({ path, expected: 'a number from 0 to 1', received: describe(value) })
  }
}

export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined) options = {}
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new CorroborateError('E_OPTION', [{ path: 'options', expected: 'an object or undefined', received: describe(options) }])
  }
  const o = options as Record<string, unknown> & CompareOptions
  const issues: Issue[] = []
  for (const key of Object.keys(o)) {
    if (!KNOWN.has(key)) issues.push({ path: `options.${key}`, expected: `one of ${[...KNOWN].join(', ')}`, received: 'an unknown option' })
  }
  if (o.alignThreshold !== undefined) unit(o.alignThreshold, 'options.alignThreshold', issues)
  if (o.nameThreshold !== undefined) unit(o.nameThreshold, 'options.nameThreshold', issues)
  if (o.minConfidence !== undefined) unit(o.minConfidence, 'options.minConfidence', issues)
  if (o.maxLength !== undefined && (typeof o.maxLength !== 'number' || !Number.isInteger(o.maxLength) || o.maxLength < 0)) {
    issues.push({ path: 'options.maxLength', expected: 'a non-negative integer', received: describe(o.maxLength) })
  }
  if (o.abbreviations !== undefined) {
    const table = o.abbreviations as unknown
    if (table === null || typeof table !== 'object' || Array.isArray(table) || Object.values(table).some((v) => typeof v !== 'string')) {
      issues.push({ path: 'options.abbreviations', expected: 'an object of strings, like { "tp.hcm": "thành phố hồ chí minh" }', received: describe(table) })
    }
  }
  if (o.languages !== undefined && (!Array.isArray(o.languages) || o.languages.some((l) => typeof l !== 'string'))) {
    issues.push({ path: 'options.languages', expected: 'an array of ISO 639-3 codes', received: describe(o.languages) })
  }
  if (o.kinds !== undefined && (!Array.isArray(o.kinds) || o.kinds.some((k) => !KINDS.has(k as string)))) {
    issues.push({ path: 'options.kinds', expected: `an array of ${[...KINDS].join(', ')}`, received: describe(o.kinds) })
  }
  if (o.minSeverity !== undefined && !SEVERITIES.has(o.minSeverity as string)) {
    issues.push({ path: 'options.minSeverity', expected: 'high, medium or low', received: describe(o.minSeverity) })
  }
  if (o.detectBoilerplate !== undefined && typeof o.detectBoilerplate !== 'boolean') {
    issues.push({ path: 'options.detectBoilerplate', expected: 'a boolean', received: describe(o.detectBoilerplate) })
  }
  if (o.titles !== undefined && (!Array.isArray(o.titles) || o.titles.some((t) => typeof t !== 'string'))) {
    issues.push({ path: 'options.titles', expected: 'an array of title words, like ["thị trưởng", "mayor"]', received: describe(o.titles) })
  }
  if (issues.length > 0) throw new CorroborateError('E_OPTION', issues)
  return {
    alignThreshold: o.alignThreshold ?? DEFAULT_OPTIONS.alignThreshold,
    abbreviations: o.abbreviations ?? {},
    languages: o.languages,
    kinds: new Set(o.kinds ?? DEFAULT_OPTIONS.kinds),
    minSeverity: o.minSeverity ?? DEFAULT_OPTIONS.minSeverity,
    minConfidence: o.minConfidence ?? DEFAULT_OPTIONS.minConfidence,
    nameThreshold: o.nameThreshold ?? DEFAULT_OPTIONS.nameThreshold,
    maxLength: o.maxLength ?? DEFAULT_OPTIONS.maxLength,
    detectBoilerplate: o.detectBoilerplate ?? DEFAULT_OPTIONS.detectBoilerplate,
    titles: o.titles ?? [],
  }
}
