/**
 * `corroborate schema report|story|dedup|clusters|snapshot`: prints the JSON Schema of a result, the
 * file shipped as corroborate/schema/NAME.json (generated from src/types.ts by
 * scripts/schema.mjs), so that a pipeline in any language can validate what it reads.
 */
import { readFileSync } from 'node:fs'
import { defineCommand } from 'citty'
import { type Positionals, UsageError } from './cli-args'

/** Schema name → what it describes, for the help page and the error message. */
export const SCHEMAS = {
  report: 'the report of compare --json, and each line of compare --pairs',
  story: 'the story report of compare with three or more reports --json',
  dedup: 'each line that dedup writes',
  clusters: 'each line of the dedup --clusters file',
  snapshot: 'each line of an index saved with dedup --save',
} as const

export const schemaPositionals: Positionals = { min: 1, max: 1, what: `one schema name (${Object.keys(SCHEMAS).join(', ')})` }

export const schemaHelp: readonly string[] = [`SCHEMAS\n\n${Object.entries(SCHEMAS)
  .map(([name, what]) => `  ${name.padEnd(9)}${what}`)
  .join('\n')}\n\n  JSON Schema draft-07; $id urn:corroborate:schema:NAME:VERSION. The same files ship in the\n  package as corroborate/schema/NAME.json.`]

export const schemaCommand = defineCommand({
  meta: { name: 'schema', description: 'Print the JSON Schema of a result: report, story, dedup, clusters or snapshot' },
  args: {
    name: { type: 'positional', required: true, description: 'report, story, dedup, clusters or snapshot' },
    debug: { type: 'boolean', description: 'Print the stack trace of an internal error' },
  },
  run({ args }) {
    const name = String(args.name)
    if (!Object.hasOwn(SCHEMAS, name)) throw new UsageError(`expected a schema name (${Object.keys(SCHEMAS).join(', ')}), received ${JSON.stringify(name)}`, 'schema')
    // dist/cli.js → schema/ beside dist/, in the repository and in an installed package alike
    process.stdout.write(readFileSync(new URL(`../schema/${name}.json`, import.meta.url), 'utf8'))
  },
})
