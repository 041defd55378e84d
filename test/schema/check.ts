/**
 * The shipped JSON Schemas (schema/*.json) in a standard validator, ajv: what another
 * language's pipeline would check our output with. Strict mode, so a schema keyword ajv
 * does not know is an error too.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import { ROOT } from '../helpers'

export const SCHEMA_NAMES = ['report', 'story', 'dedup', 'clusters', 'snapshot'] as const
export type SchemaName = (typeof SCHEMA_NAMES)[number]

export function shippedSchema(name: SchemaName): Record<string, unknown> {
  return JSON.parse(readFileSync(resolve(ROOT, 'schema', `${name}.json`), 'utf8')) as Record<string, unknown>
}

const ajv = new Ajv({ allErrors: true, strict: true })
const validators = new Map<SchemaName, ValidateFunction>()

/** What is wrong with `value` as a `name` result ([] when it validates), one readable line per error. */
export function schemaErrors(name: SchemaName, value: unknown): string[] {
  let validate = validators.get(name)
  if (!validate) validators.set(name, (validate = ajv.compile(shippedSchema(name))))
  // the schema describes JSON: validate what a reader of the JSON would see
  if (validate(JSON.parse(JSON.stringify(value)))) return []
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? error.keyword}${error.params && 'additionalProperty' in error.params ? `: ${String(error.params.additionalProperty)}` : ''}`)
}

/** Throws, naming every error, unless `value` validates against schema/`name`.json. */
export function checkSchema(name: SchemaName, value: unknown): void {
  const errors = schemaErrors(name, value)
  if (errors.length > 0) throw new Error(`not a valid ${name} by schema/${name}.json: ${errors.slice(0, 5).join('; ')}`)
}
