import { readFileSync } from 'node:fs'
import { defineConfig } from 'tsup'

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }

// franc and its helpers are ESM-only. The CommonJS build inlines them so that
// `require('corroborate')` works on every Node 20 release, not only those with require(esm).
const esmOnly = ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space']
// corroborate/html's extractor: optional dependencies, which tsup does not leave external by itself.
const htmlExtractor = ['@mozilla/readability', 'linkedom', 'htmlparser2']

// compareBatch()'s worker thread is an entry of its own, started by the index beside it:
// each format names its own file, so ESM and CJS users each start a worker of their format.
const entry = { index: 'src/index.ts', postgres: 'src/postgres.ts', html: 'src/html.ts', 'compare-worker': 'src/batch/worker.ts' }

export default defineConfig([
  {
    // corroborate/postgres and corroborate/html share their modules (CorroborateError above all, so that
    // instanceof holds across entry points) with the main entry through common chunks.
    entry,
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts', postgres: 'src/postgres.ts', html: 'src/html.ts' } },
    clean: true,
    target: 'node20',
    define: { __COMPARE_WORKER__: JSON.stringify('compare-worker.js') },
    external: htmlExtractor,
  },
  {
    entry,
    format: ['cjs'],
    splitting: true,
    dts: { entry: { index: 'src/index.ts', postgres: 'src/postgres.ts', html: 'src/html.ts' } },
    target: 'node20',
    noExternal: esmOnly,
    define: { __COMPARE_WORKER__: JSON.stringify('compare-worker.cjs') },
    // import.meta.url (where the worker file is found) from __filename
    shims: true,
    external: htmlExtractor,
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    define: { __VERSION__: JSON.stringify(version) },
    // The CLI goes through the public API, like any user would.
    external: ['./index.js', './postgres.js', './html.js'],
  },
])
