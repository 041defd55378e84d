// Compare the two seed reports from a Node script: `node examples/compare-seeds.mjs` (after `npm run build`).
import { readFileSync } from 'node:fs'
import { compare, toText } from '../dist/index.js'

const read = (name) => readFileSync(new URL(`./seeds/${name}`, import.meta.url), 'utf8')
const report = compare(
  { text: read('thanhnien.txt'), source: 'Thanh Niên' },
  { text: read('ngaynay.txt'), source: 'Ngày Nay' },
)
process.stdout.write(toText(report, { alignments: false }))
