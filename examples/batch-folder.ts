// Compare every pair of .txt articles in a folder and print one CSV row per pair:
// overlap and divergence counts, ready for a spreadsheet or a dedup pipeline.
//
//   npx tsx examples/batch-folder.ts path/to/articles > pairs.csv
//
// It imports the package by its own name, as your code would (run `npm run build` first).
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { type DivergenceKind, type Report, compare } from 'corroborate'

const KINDS: readonly DivergenceKind[] = ['number', 'date', 'name', 'missing']
const HEADER = ['a', 'b', 'overlap_score', 'overlap_a', 'overlap_b', ...KINDS]

/** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
function field(value: string | number): string {
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

function row(nameA: string, nameB: string, report: Report): string {
  const counts = KINDS.map((kind) => report.divergences.filter((d) => d.kind === kind).length)
  const { score, a, b } = report.overlap
  return [nameA, nameB, score, a, b, ...counts].map(field).join(',')
}

const folder = process.argv[2]
if (!folder) throw new Error('usage: batch-folder.ts <folder of .txt articles>')
const names = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()
// Read each article once; every pair is compared (n·(n−1)/2 comparisons).
const texts = new Map(names.map((name) => [name, readFileSync(join(folder, name), 'utf8')]))

const lines = [HEADER.join(',')]
for (let i = 0; i < names.length; i++) {
  for (let j = i + 1; j < names.length; j++) {
    const [nameA, nameB] = [names[i]!, names[j]!]
    lines.push(row(nameA, nameB, compare({ text: texts.get(nameA)!, source: nameA }, { text: texts.get(nameB)!, source: nameB })))
  }
}
process.stdout.write(lines.join('\n') + '\n')
