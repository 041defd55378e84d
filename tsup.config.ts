import { readFileSync } from 'node:fs'
import { defineConfig } from 'tsup'

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }

// franc and its helpers are ESM-only. The CommonJS build inlines them so that
// `require('corroborate')` works on every Node 20 release, not only those with require(esm).
const esmOnly = ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space']

export default defineConfig([
  {
    // corroborate/postgres shares its modules (CorroborateError above all, so that
    // instanceof holds across entry points) with the main entry through common chunks.
    entry: { index: 'src/index.ts', postgres: 'src/postgres.ts' },
    format: ['esm'],
    dts: true,
    clean: true,
    target: 'node20',
  },
  {
    entry: { index: 'src/index.ts', postgres: 'src/postgres.ts' },
    format: ['cjs'],
    splitting: true,
    dts: true,
    target: 'node20',
    noExternal: esmOnly,
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    define: { __VERSION__: JSON.stringify(version) },
    // The CLI goes through the public API, like any user would.
    external: ['./index.js', './postgres.js'],
  },
])
