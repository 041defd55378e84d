import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './helpers'
import { SCHEMA_NAMES } from './schema/check'

const CLI = resolve(ROOT, 'dist/cli.js')
const run = (args: string[]) => {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('corroborate schema', () => {
  it.each(SCHEMA_NAMES)('prints schema/%s.json exactly', (name) => {
    const { code, stdout, stderr } = run(['schema', name])
    expect([code, stderr]).toEqual([0, ''])
    expect(stdout).toBe(readFileSync(resolve(ROOT, 'schema', `${name}.json`), 'utf8'))
  })

  it.each([
    ['no name', ['schema'], /^corroborate: expected one schema name \(report, story, dedup, clusters, snapshot\), received 0 arguments \(see corroborate schema --help\)\n$/],
    ['an unknown name', ['schema', 'reports'], /^corroborate: expected a schema name \(report, story, dedup, clusters, snapshot\), received "reports" \(see corroborate schema --help\)\n$/],
    ['two names', ['schema', 'report', 'story'], /^corroborate: expected one schema name .*, received 2 arguments: unexpected "story"/],
  ])('refuses %s with exit 2', (_name, args, message) => {
    const { code, stdout, stderr } = run(args)
    expect([code, stdout]).toEqual([2, ''])
    expect(stderr).toMatch(message)
  })

  it('lists the schemas in its help', () => {
    const { code, stdout } = run(['schema', '--help'])
    expect(code).toBe(0)
    for (const name of SCHEMA_NAMES) expect(stdout).toMatch(new RegExp(`^ {2}${name} +\\S`, 'm'))
  })
})
