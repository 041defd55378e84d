// Compare two reports and print the comparison: the seed pair by default.
//
//   npx tsx examples/compare-seeds.ts                        # the seeds, as text
//   npx tsx examples/compare-seeds.ts a.txt b.txt --format markdown
//   npx tsx examples/compare-seeds.ts --format html > report.html
//
// It imports the package by its own name, as your code would (run `npm run build` first).
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { compare, toHtml, toMarkdown, toText } from 'corroborate'

const seeds = ['thanhnien.txt', 'ngaynay.txt'].map((name) => fileURLToPath(new URL(`./seeds/${name}`, import.meta.url)))

const { values, positionals } = parseArgs({ options: { format: { type: 'string', default: 'text' } }, allowPositionals: true })
if (positionals.length !== 0 && positionals.length !== 2) throw new Error('usage: compare-seeds.ts [a.txt b.txt] [--format text|markdown|html]')
const [pathA, pathB] = positionals.length === 2 ? positionals : seeds

const article = (path: string) => ({ text: readFileSync(path!, 'utf8'), source: basename(path!) })
const report = compare(article(pathA!), article(pathB!))

const render = { text: () => toText(report, { alignments: false }), markdown: () => toMarkdown(report), html: () => toHtml(report) }
const format = values.format as keyof typeof render
if (!(format in render)) throw new Error(`--format: expected text, markdown or html, received ${values.format}`)
process.stdout.write(render[format]())
