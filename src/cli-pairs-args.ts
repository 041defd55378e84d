/**
 * The flags and help of `corroborate compare --pairs` (src/cli-pairs.ts), apart from it so
 * that compare's flag table (src/cli-compare.ts) can list them without importing the batch.
 */
import type { ArgsDef } from 'citty'
import { EXIT_SKIPPED } from './cli-article-lines'

/** The flags of the batch mode, declared with compare's so that its help lists them. */
export const pairsArgs = {
  pairs: { type: 'string', description: 'Compare many pairs: a JSONL file (or - for stdin) of {a, b} (file paths or {text, source?} objects) or {aId, bId}; prints one JSON report per line, in input order', valueHint: 'file' },
  articles: { type: 'string', description: 'With --pairs: the articles that aId and bId name, JSONL {id, text, source?} (the dedup input)', valueHint: 'file' },
  workers: { type: 'string', description: 'With --pairs: worker threads comparing pairs in parallel (default 0: the main thread)', valueHint: 'n' },
  strict: { type: 'boolean', description: `With --pairs: stop at the first bad line instead of skipping it; without it, skipped lines are reported and the exit status is ${EXIT_SKIPPED}` },
} as const satisfies ArgsDef

/** Flags that mean something only with --pairs, and flags of the two-report command that mean nothing with it. */
export const PAIRS_ONLY = ['articles', 'workers', 'strict'] as const
export const NOT_WITH_PAIRS = ['label-a', 'label-b', 'html', 'color'] as const

/** `compare`'s help section on --pairs. */
export const pairsHelp = `MANY PAIRS (--pairs)

  Each line of the --pairs file is one pair, either
    {"a": "a.txt", "b": "b.txt"}                 file paths, relative to the --pairs file's folder (.html/.htm read as pages)
                                                 (to the working directory with --pairs -)
    {"a": {"text": "…", "source": "X"}, "b": …}  the articles themselves (as compare() takes them)
    {"aId": "12", "bId": "17"}                   ids of articles in --articles (JSONL {id, text, source?},
                                                 read into memory first)
  and gives one line of output: the report, as --json prints it but on one line, labelled with
  the file names, the given sources or the ids. Output keeps the input order with any
  --workers. A bad line (invalid JSON, an unknown id, a missing file, a text over --max-length)
  is reported on stderr with its line number and skipped (exit ${EXIT_SKIPPED}); --strict stops there (exit 2).
  Progress goes to stderr when it is a terminal.`
