/**
 * Saved indexes on disk for `corroborate dedup --save/--load`. A save never destroys
 * the previous index: the snapshot goes to a temporary file in the same folder, is
 * flushed to the disk (fsync), and only then renamed over the old one — a crash or a
 * kill -9 at any moment leaves either the old file or the new one, whole. Both ways
 * stream JSON Lines, so the size of an index is bounded by memory, not by V8's
 * longest string.
 */
import { closeSync, fsyncSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { StringDecoder } from 'node:string_decoder'
import { CorroborateError, type DedupIndex, loadDedupIndex } from './index.js'

const CHUNK = 1 << 20

function fileError(flag: string, path: string, expected: string, error: unknown): CorroborateError {
  const code = (error as NodeJS.ErrnoException | null)?.code
  return new CorroborateError('E_INPUT', [{ path: `${flag} ${path}`, expected, received: code ?? (error instanceof Error ? error.message : String(error)) }], { cause: error })
}

function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
}

/** Refuse an unwritable --save before any work, not after it: create and remove the temporary file. */
export function checkSavePath(path: string): void {
  let isDirectory = false
  try {
    isDirectory = statSync(path).isDirectory()
  } catch {
    // no file yet: fine
  }
  if (isDirectory) throw fileError('--save', path, 'a file to write', new Error('a directory'))
  const probe = temporaryPath(path)
  try {
    closeSync(openSync(probe, 'w'))
    rmSync(probe, { force: true })
  } catch (error) {
    throw fileError('--save', path, 'a file in a folder this process can write', error)
  }
}

/** Write the index to `path` atomically (temporary file, fsync, rename). */
export function saveIndex(index: DedupIndex, path: string): void {
  const temporary = temporaryPath(path)
  let fd: number | null = null
  try {
    fd = openSync(temporary, 'w')
    let pending = ''
    for (const line of index.snapshotLines()) {
      pending += line
      if (pending.length >= CHUNK) {
        writeSync(fd, pending)
        pending = ''
      }
    }
    if (pending) writeSync(fd, pending)
    fsyncSync(fd)
    closeSync(fd)
    fd = null
    renameSync(temporary, path)
  } catch (error) {
    if (fd !== null) closeSync(fd)
    rmSync(temporary, { force: true })
    throw fileError('--save', path, 'the index written', error)
  }
  // the rename itself is durable once the folder is flushed (not every system allows it)
  try {
    const dir = openSync(dirname(path), 'r')
    try {
      fsyncSync(dir)
    } finally {
      closeSync(dir)
    }
  } catch {
    // best effort
  }
}

/** The lines of a file, read 1 MB at a time. */
function* fileLines(fd: number): Generator<string> {
  const buffer = Buffer.alloc(CHUNK)
  const decoder = new StringDecoder('utf8')
  let rest = ''
  for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) {
    const lines = (rest + decoder.write(buffer.subarray(0, n))).split('\n')
    rest = lines.pop()!
    yield* lines
  }
  rest += decoder.end()
  if (rest) yield rest
}

/** Load an index saved with --save: version 2 streamed line by line; version 1 (one JSON document) whole. */
export function loadIndex(path: string): DedupIndex {
  let fd: number
  try {
    if (statSync(path).isDirectory()) throw new Error('a directory')
    fd = openSync(path, 'r')
  } catch (error) {
    throw fileError('--load', path, 'a saved index', (error as NodeJS.ErrnoException).code === 'ENOENT' ? new Error('no such file') : error)
  }
  try {
    const head = Buffer.alloc(256)
    const text = head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('utf8')
    if (!/^\s*\{[^\n]*"version"\s*:\s*2\b/.test(text)) return loadDedupIndex(readFileSync(path, 'utf8'))
    return loadDedupIndex(fileLines(fd))
  } finally {
    closeSync(fd)
  }
}
