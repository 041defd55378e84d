/**
 * The `corroborate` command. A thin shell over the public API: `compare` (src/cli-compare.ts),
 * `dedup` (src/cli-dedup.ts), `stories` (src/cli-stories.ts) and `schema` (src/cli-schema.ts). Usage and
 * input errors exit 2 with one line.
 */
import { type ArgsDef, type CommandDef, defineCommand, runCommand } from 'citty'
import { type Positionals, UsageError, checkArgs, inCliTerms, renderHelp } from './cli-args'
import { compareCommand, comparePositionals } from './cli-compare'
import { readReport } from './cli-input'
import { EXIT_SKIPPED } from './cli-article-lines'
import { dedupCommand, dedupHelp, dedupPositionals } from './cli-dedup'
import { guardStdout, safeMessage } from './cli-output'
import { pairsCompare, wantsPairs } from './cli-pairs'
import { PAIRS_ONLY, pairsHelp } from './cli-pairs-args'
import { schemaCommand, schemaHelp, schemaPositionals } from './cli-schema'
import { StoryUsageError, storyCompare, storyPaths } from './cli-story'
import { storiesCommand, storiesHelp, storiesPositionals } from './cli-stories'
import { CorroborateError } from './index.js'

const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0'
declare const __VERSION__: string | undefined

const main = defineCommand({
  meta: { name: 'corroborate', version: VERSION, description: 'Align two news reports, score their overlap and flag where they disagree' },
  subCommands: { compare: compareCommand, dedup: dedupCommand, stories: storiesCommand, schema: schemaCommand },
})

const COMMANDS: Record<string, { readonly command: CommandDef; readonly positionals: Positionals; readonly help: readonly string[]; readonly exitCodes?: readonly string[] }> = {
  compare: { command: compareCommand as unknown as CommandDef, positionals: comparePositionals, help: [pairsHelp], exitCodes: [`${EXIT_SKIPPED}  with --pairs: some lines were skipped (each reported on stderr with its line number); --strict stops at the first instead`] },
  dedup: { command: dedupCommand as unknown as CommandDef, positionals: dedupPositionals, help: dedupHelp, exitCodes: [`${EXIT_SKIPPED}  some lines were skipped (bad JSON, a missing field, a duplicate id, an unreadable date: each reported on stderr); --strict stops at the first instead`] },
  stories: { command: storiesCommand as unknown as CommandDef, positionals: storiesPositionals, help: storiesHelp, exitCodes: [`${EXIT_SKIPPED}  some lines or stories were skipped (bad JSON, a missing field, a duplicate id, an unreadable date, a report over --max-length: each reported on stderr); --strict stops at the first instead`] },
  schema: { command: schemaCommand as unknown as CommandDef, positionals: schemaPositionals, help: schemaHelp },
}

const MAIN_OPTIONS = `OPTIONS

  -h, --help     Show this help (corroborate <command> --help: that command's)
  -v, --version  Print the version
  --debug        Print the stack trace of an internal error (also after the command)`

async function _run(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug')
  // --debug may also come before the command; each command declares it too
  if (argv[0] === '--debug') argv = argv.slice(1)
  const [name, ...rest] = argv
  const entry = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  try {
    if (name === undefined || name === '--help' || name === '-h') {
      process.stdout.write(await renderHelp(main, undefined, [MAIN_OPTIONS]))
      return name === undefined ? 2 : 0
    }
    if ((name === '--version' || name === '-v') && rest.length === 0) {
      process.stdout.write(`${VERSION}\n`)
      return 0
    }
    if (!entry) throw new UsageError(name.startsWith('-') ? `unknown option ${name}: a command comes first` : `unknown command ${JSON.stringify(name)}, expected compare, dedup, stories or schema`, '')
    // Everything before a '--' is a flag or an argument; '--help' after it is a file name.
    const flags = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest
    if (flags.includes('--help') || flags.includes('-h')) {
      process.stdout.write(await renderHelp(entry.command, main, entry.help, entry.exitCodes))
      return 0
    }
    // Many pairs from a JSONL file (src/cli-pairs.ts): no report file among the arguments.
    if (name === 'compare' && wantsPairs(rest)) {
      return await pairsCompare(rest, checkArgs(name, entry.command.args as ArgsDef, rest, { min: 0, max: 0, what: 'no report files with --pairs (the pairs come from its file)' }))
    }
    const batchOnly = name === 'compare' ? PAIRS_ONLY.find((flag) => flags.some((arg) => arg === `--${flag}` || arg.startsWith(`--${flag}=`))) : undefined
    if (batchOnly) throw new UsageError(`--${batchOnly} works with --pairs only`, 'compare')
    // Three or more reports: the story report (src/cli-story.ts), which checks its own flags.
    if (name === 'compare' && (storyPaths(rest)?.length ?? 0) >= 3) {
      process.stdout.write(await storyCompare(rest, readReport))
      return 0
    }
    checkArgs(name, entry.command.args as ArgsDef, rest, entry.positionals)
    await runCommand(main, { rawArgs: argv })
    // a command that finished with a status of its own (dedup: 3 when lines were skipped)
    return typeof process.exitCode === 'number' ? process.exitCode : 0
  } catch (error) {
    if (debug) console.error(error)
    // citty colours some messages; a one-line error should be plain text.
    const message = safeMessage((error instanceof Error ? error.message : String(error)).replace(/\u001b\[[0-9;]*m/g, ''))
    if (error instanceof CorroborateError) {
      process.stderr.write(`corroborate: ${safeMessage(inCliTerms(error, { command: name, flags: { eventThreshold: '--threshold' } }).message)}\n`)
      return 2
    }
    if (error instanceof UsageError || error instanceof StoryUsageError || (error as { name?: string }).name === 'CLIError') {
      process.stderr.write(`corroborate: ${message}\n`)
      return 2
    }
    process.stderr.write(`corroborate: internal error: ${message} (run with --debug for details)\n`)
    return 1
  }
}

guardStdout()
_run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`corroborate: ${safeMessage(String(error))}\n`)
    process.exitCode = 1
  },
)
