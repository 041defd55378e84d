/**
 * The CLI's strictness and help, on top of citty (whose parser accepts anything: an unknown flag
 * is just another key, an extra argument just another positional). Every misuse becomes one
 * line naming the problem and pointing at `--help`; help lists every flag and the exit codes,
 * and carries colour only on a terminal.
 */
import { type ArgsDef, type CommandDef, renderUsage } from 'citty'
import levenshtein from 'fast-levenshtein'
import { CorroborateError } from './index.js'

/**
 * A usage or input error: exit 2, one line. With `command` ('' for the top level), the line
 * ends with a hint to that command's `--help`.
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(command === undefined ? message : `${message} (see corroborate ${command ? `${command} ` : ''}--help)`)
  }
}

/** How many positional arguments a command takes, and what they are called in messages. */
export interface Positionals {
  readonly min: number
  readonly max: number
  /** e.g. 'two reports (file paths or -)' */
  readonly what: string
}

/**
 * Check `rawArgs` against the command's declared flags before citty reads them: unknown flags
 * (with the nearest declared one suggested), a string flag without its value or given twice,
 * a value on a boolean flag, too few or too many positionals. Returns the flags given.
 */
export function checkArgs(command: string, args: ArgsDef, rawArgs: readonly string[], positionals: Positionals): Set<string> {
  const flags = new Map(Object.entries(args).filter(([, def]) => def.type !== 'positional'))
  const given = new Set<string>()
  const found: string[] = []
  let onlyPositionals = false
  for (let i = 0; i < rawArgs.length; i++) {
    const arg = rawArgs[i]!
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      found.push(arg)
      continue
    }
    if (arg === '--') {
      onlyPositionals = true
      continue
    }
    const eq = arg.indexOf('=')
    const name = arg.slice(arg.startsWith('--') ? 2 : 1, eq === -1 ? undefined : eq)
    const negated = arg.startsWith('--no-') && flags.get(name.slice(3))?.type === 'boolean'
    const key = negated ? name.slice(3) : name
    const def = arg.startsWith('--') ? flags.get(key) : undefined
    if (!def) throw new UsageError(`unknown option ${arg.slice(0, eq === -1 ? undefined : eq)}${suggest(name, [...flags.keys()])}`, command)
    if (def.type === 'boolean') {
      if (eq !== -1 && !['true', 'false'].includes(arg.slice(eq + 1))) throw new UsageError(`--${key} takes no value, received ${JSON.stringify(arg.slice(eq + 1))}`, command)
    } else {
      if (given.has(key)) throw new UsageError(`--${key} is given twice`, command)
      if (eq === -1) {
        if (i + 1 >= rawArgs.length) throw new UsageError(`--${key} needs a value`, command)
        i++
      }
    }
    given.add(key)
  }
  if (found.length < positionals.min || found.length > positionals.max) {
    const extra = found.length > positionals.max ? `: unexpected ${JSON.stringify(found[positionals.max])}` : ''
    throw new UsageError(`expected ${positionals.what}, received ${found.length} argument${found.length === 1 ? '' : 's'}${extra}`, command)
  }
  return given
}

/** ` (did you mean --json?)` when one declared flag is a typo away from `name`. */
function suggest(name: string, declared: readonly string[]): string {
  let best: string | undefined
  let bestDistance = Infinity
  for (const flag of declared) {
    const distance = levenshtein.get(name, flag)
    if (distance < bestDistance) [best, bestDistance] = [flag, distance]
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(name.length / 3)) ? `, did you mean --${best}?` : ''
}

/** The exit codes section of a help page; `more` adds a command's own ('3  …'). */
export function exitCodes(more: readonly string[] = []): string {
  return ['EXIT CODES', '', '  0  success', '  1  internal error (a bug: --debug prints its stack trace), or output that could not be written', '  2  usage or input error (unknown option, missing or unreadable file, invalid input), one line on stderr', ...more.map((line) => `  ${line}`)].join('\n')
}

/** Colour on a terminal only, and never when NO_COLOR is set (to anything: no-color.org). */
export function colorWanted(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && !process.env.NO_COLOR
}

/** citty's usage page plus `extra` sections, without colour codes unless stdout wants them. */
export async function renderHelp(command: CommandDef, parent: CommandDef | undefined, extra: readonly string[], moreExitCodes: readonly string[] = []): Promise<string> {
  const page = [(await renderUsage(command as CommandDef<ArgsDef>, parent as CommandDef<ArgsDef> | undefined)).trimEnd(), ...extra, exitCodes(moreExitCodes)].join('\n\n') + '\n'
  // citty colours unless CI, TEST or NO_COLOR=1 is set, even into a pipe.
  return colorWanted(process.stdout) ? page : page.replace(/\u001b\[[0-9;]*m/g, '')
}

/**
 * A CorroborateError from the API, in the CLI's terms: `a.text` is the first file, and an
 * option a user sets with a flag (`options.maxLength`) is named by that flag (`--max-length`).
 */
export function inCliTerms(error: CorroborateError, names: { readonly command?: string; readonly a?: string; readonly b?: string; readonly flags?: Readonly<Record<string, string>> }): UsageError {
  const say = (text: string): string =>
    text
      .replace(/\boptions\.([A-Za-z]+)/g, (_, option: string) => names.flags?.[option] ?? `--${option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`)
      .replace(/\b([ab])\.text\b|^([ab])$/g, (whole, side?: string, alone?: string) => {
        const file = names[(side ?? alone) as 'a' | 'b']
        return file === undefined ? whole : `${file} (file ${(side ?? alone)!.toUpperCase()})`
      })
  const message = error.issues.map((issue) => `${say(issue.path)}: expected ${say(issue.expected)}, received ${say(issue.received)}`).join('; ') || error.message
  // a bad flag value gets the --help hint; a bad file, line or path given to a flag needs none
  return new UsageError(message, error.issues.some((issue) => /^--[a-z][a-z-]*$/.test(say(issue.path))) ? names.command : undefined)
}
