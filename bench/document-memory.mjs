// What the document model (src/document) holds on the 1 MB bench pair, structure by structure: the
// live heap and array buffers each adds, collected before each reading, and bytes per input
// character. Read from src through tsx (the bundle exports none of these), so run it as
//   node --expose-gc --import tsx bench/document-memory.mjs
// The divergence stage's facts and tables are not here: see docs/eval.md (mem54, mem55, mem57).
import { factTokens } from '../src/document/words.ts'
import { prepare } from '../src/document/index.ts'
import { once } from '../src/document/once.ts'
import { rowsByKey, tokenTable } from '../src/document/sentence-tokens.ts'
import { wordStream } from '../src/document/word-stream.ts'
import { expansionTable } from '../src/normalize/abbreviations.ts'
import { resolveOptions } from '../src/options.ts'
import { documentPair } from './documents.mjs'

if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc --import tsx')
const { a, b } = documentPair(1_000_000)
const chars = a.length + b.length
let last = [0, 0]
const reading = (what) => {
  globalThis.gc()
  globalThis.gc()
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  const [heap, buffers] = [heapUsed - last[0], arrayBuffers - last[1]]
  if (what) console.log(`${what.padEnd(34)} heap ${(heap / 2 ** 20).toFixed(2).padStart(5)} MB, buffers ${(buffers / 2 ** 20).toFixed(2).padStart(5)} MB, ${((heap + buffers) / chars).toFixed(2)} bytes a character`)
  last = [heapUsed, arrayBuffers]
}
const options = resolveOptions({ maxLength: 2e6 })
console.log(`1 MB pair: ${chars} characters`)
reading()
const docs = [prepare({ text: a }, options), prepare({ text: b }, options)]
reading(`NFC map and ${docs[0].sentences.length + docs[1].sentences.length} sentences`)
for (const doc of docs) factTokens(doc, 0)
reading('fact-token tables')
const expansions = expansionTable([...new Set(docs.map((d) => d.language))], options.abbreviations)
const tables = docs.map((doc) => tokenTable(doc, expansions))
reading(`token tables (${tables[0].key.length + tables[1].key.length} rows)`)
for (const table of tables) rowsByKey(table)
reading('rows by key')
// A stream's forms are derived when first asked for: ask for a spread of its words' forms.
for (const doc of docs) {
  const stream = once(doc, wordStream, expansions)
  for (let place = 0; place < stream.length; place += 50) {
    stream.bare.get(stream.keyAt(place))
    stream.skeletons.get(stream.keyAt(place))
  }
}
reading('word streams, forms asked')
