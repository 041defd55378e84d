/**
 * Golden files: a rendering of the seed pair, committed and read by a person.
 * `UPDATE_GOLDEN=1 npx vitest run test/report` rewrites them after a deliberate
 * change (then read the diff before committing it).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { ROOT } from '../helpers'

export function golden(name: string, actual: string): string {
  const path = resolve(ROOT, 'test/fixtures', name)
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual)
  return readFileSync(path, 'utf8')
}
