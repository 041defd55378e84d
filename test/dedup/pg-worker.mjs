// A pipeline worker for test/dedup/postgres.test.ts: adds the articles of a JSON file to
// the shared index through the built corroborate/postgres, one after the other.
// Prints "ready" once the tables exist and waits for a line on stdin, so that the test
// can start several workers at the same moment; then prints one JSON line of results.
// usage: node pg-worker.mjs URL SCHEMA ARTICLES.json [OPTIONS_JSON]   (e.g. '{"mode":"both"}')
import { readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { createPgDedupIndex } from '../../dist/postgres.js'

const [url, schema, file, options = '{}'] = process.argv.slice(2)
const articles = JSON.parse(readFileSync(file, 'utf8'))
const index = createPgDedupIndex({ connectionString: url, schema, ...JSON.parse(options) })
await index.init()
process.stdout.write('ready\n')
const lines = createInterface({ input: process.stdin })
for await (const _line of lines) break
const started = Date.now()
const results = []
for (const article of articles) results.push(await index.add(article))
const finished = Date.now()
await index.close()
process.stdout.write(JSON.stringify({ started, finished, results }) + '\n')
