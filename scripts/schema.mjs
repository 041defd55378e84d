/**
 * The JSON Schemas of corroborate's results, generated from the TypeScript types in src/
 * (ts-json-schema-generator, which reads the types and their JSDoc with the compiler).
 * `node scripts/schema.mjs` rewrites schema/*.json; `--check` exits 1 when a committed
 * schema differs from what the types say now (test/schema/generate.test.ts does the same).
 * The files are committed, not built, so that a change to a result's shape shows in review
 * as a change to its schema, and so that other languages can read them from the repository.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createGenerator } from 'ts-json-schema-generator'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Shipped schema file → the exported type it describes, and what it is. */
export const SCHEMAS = {
  report: { type: 'Report', title: 'corroborate report', description: 'The report of compare(a, b): `corroborate compare a b --json`, and each line of `corroborate compare --pairs`.' },
  story: { type: 'Story', title: 'corroborate story report', description: 'The story report of compareMany(articles): `corroborate compare a b c … --json`.' },
  dedup: { type: 'DedupResult', title: 'corroborate dedup decision', description: 'One decision of DedupIndex.add(): each line that `corroborate dedup` writes.' },
  clusters: { type: 'DedupCluster', title: 'corroborate dedup cluster', description: 'One cluster of DedupIndex.clusters(): each line of `corroborate dedup --clusters FILE`.' },
  snapshot: { type: 'DedupSnapshotLine', title: 'corroborate saved dedup index line', description: 'One line of DedupIndex.snapshotLines() (version 2): what `corroborate dedup --save FILE` writes. The header comes first, then the df records, then one record per article.' },
}

export function schemaPath(name) {
  return resolve(ROOT, 'schema', `${name}.json`)
}

/** Every schema as the text its file should hold. */
export function generateSchemas() {
  const generator = createGenerator({ path: resolve(ROOT, 'src/index.ts'), tsconfig: resolve(ROOT, 'tsconfig.json'), type: '*', expose: 'export', topRef: false, jsDoc: 'extended', additionalProperties: false, skipTypeCheck: true, sortProps: false })
  const report = generator.createSchema('Report')
  // the results share one contract version: the literal type of Report.schemaVersion
  const version = report.properties.schemaVersion.const
  if (typeof version !== 'number') throw new Error(`Report.schemaVersion: expected a number literal type, received ${JSON.stringify(report.properties.schemaVersion)}`)
  const out = {}
  for (const [name, { type, title, description }] of Object.entries(SCHEMAS)) {
    const { $schema, definitions, ...root } = type === 'Report' ? report : generator.createSchema(type)
    // $id first, then what the type says, the shared definitions last
    const schema = { $schema, $id: `urn:corroborate:schema:${name}:${version}`, title, ...root, description, ...(definitions && Object.keys(definitions).length ? { definitions } : {}) }
    out[name] = JSON.stringify(schema, null, 2) + '\n'
  }
  return out
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check')
  let stale = 0
  for (const [name, text] of Object.entries(generateSchemas())) {
    const path = schemaPath(name)
    let current = null
    try {
      current = readFileSync(path, 'utf8')
    } catch {}
    if (current === text) continue
    if (check) {
      stale++
      process.stderr.write(`schema/${name}.json differs from the types in src/ (run npm run schema)\n`)
    } else {
      writeFileSync(path, text)
      process.stdout.write(`wrote schema/${name}.json\n`)
    }
  }
  process.exitCode = stale ? 1 : 0
}
