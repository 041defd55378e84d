// The reports of bench/story.mjs's stories, shared by the story benches that must time the same reports.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(fileURLToPath(import.meta.url), '../..')
const seed = readFileSync(resolve(root, 'examples/seeds/thanhnien.txt'), 'utf8')
const paragraphs = seed.split(/\n\s*\n/)

/**
 * `n` different reports: report k leaves out one body paragraph, and from the (droppable + 1)th
 * report on a second one, so that no two reports of a story are one text (compareMany() compares
 * a pair of identical contents once: copies would flatter the growth). Only paragraphs written
 * once are dropped (the seed repeats its photo credits and captions). Report 1 says 35 where the
 * others say 30.
 */
const droppable = paragraphs.map((_, p) => p).filter((p) => p >= 3 && paragraphs[p].trim() !== '' && paragraphs.indexOf(paragraphs[p]) === paragraphs.lastIndexOf(paragraphs[p]))
export function story(n) {
  return Array.from({ length: n }, (_, k) => {
    const first = k % droppable.length
    const round = Math.floor(k / droppable.length)
    const dropped = new Set([droppable[first]])
    if (round > 0) dropped.add(droppable[(first + round) % droppable.length])
    const kept = paragraphs.filter((_, p) => !dropped.has(p))
    const text = kept.join('\n\n')
    return { text: k === 1 ? text.replace('Kỷ niệm 30 năm', 'Kỷ niệm 35 năm') : text, source: `Outlet ${k + 1}` }
  })
}
