import { readFileSync } from 'node:fs'
import { defineConfig } from 'tsup'

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }

// franc and its helpers are ESM-only. The CommonJS build inlines them so that
// `require('corroborate')` works on every Node 20 release, not only those with require(esm).
const esmOnly = ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space']
// corroborate/html's extractor: optional dependencies, which tsup does not leave external by itself.
const htmlExtractor = ['@mozilla/readability', 'linkedom', 'htmlparser2']

// Node 20 runs all of ES2022, but esbuild's target `node20` rewrites every regex with \p{…} outside a
// character class into `new RegExp(…)`, built again on each evaluation (in hot loops, a tenth of
// compare()'s time): the ES2022 target keeps them literals, compiled once.
const target = 'es2022'

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
    target,
    define: { __COMPARE_WORKER__: JSON.stringify('compare-worker.js') },
    // Inlined here too, so that src/language.ts's require() loads franc only when a language is guessed.
    noExternal: esmOnly,
    external: htmlExtractor,
  },
  {
    entry,
    format: ['cjs'],
    splitting: true,
    dts: { entry: { index: 'src/index.ts', postgres: 'src/postgres.ts', html: 'src/html.ts' } },
    target,
    noExternal: esmOnly,
    define: { __COMPARE_WORKER__: JSON.stringify('compare-worker.cjs') },
    // import.meta.url (where the worker file is found) from __filename
    shims: true,
    external: htmlExtractor,
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    target,
    banner: { js: '#!/usr/bin/env node' },
    define: { __VERSION__: JSON.stringify(version) },
    // The CLI goes through the public API, like any user would.
    external: ['./index.js', './postgres.js', './html.js'],
  },
])
