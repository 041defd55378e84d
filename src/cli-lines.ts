/**
 * JSONL input line by line, as bytes first: readline decodes invalid UTF-8 into U+FFFD
 * without a word, so an id with a stray Latin-1 byte would silently become another id
 * (and collide with its neighbours). Each line is decoded strictly; a bad one is reported
 * with its line number, like any other bad line.
 */
import type { Readable } from 'node:stream'

type InputLine = { readonly number: number; readonly bytes: number } & ({ readonly text: string } | { readonly invalidAt: number })

const NEWLINE = 0x0a

function decode(line: Buffer, number: number, decoder: TextDecoder): InputLine {
  const end = line.length > 0 && line[line.length - 1] === 0x0d ? line.length - 1 : line.length
  const body = line.subarray(0, end)
  try {
    return { number, bytes: line.length + 1, text: decoder.decode(body) }
  } catch {
    // where: the first byte at which a lenient decode and the bytes part ways
    const lenient = Buffer.from(new TextDecoder('utf-8').decode(body))
    let at = 0
    while (at < body.length && body[at] === lenient[at]) at++
    return { number, bytes: line.length + 1, invalidAt: at }
  }
}

/** The lines of a stream (LF or CRLF), numbered from 1, each decoded as strict UTF-8. */
export async function* inputLines(stream: Readable): AsyncGenerator<InputLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
  let pending: Buffer[] = []
  let number = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    let from = 0
    for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, from)) {
      pending.push(bytes.subarray(from, at))
      yield decode(pending.length === 1 ? pending[0]! : Buffer.concat(pending), ++number, decoder)
      pending = []
      from = at + 1
    }
    if (from < bytes.length) pending.push(bytes.subarray(from))
  }
  if (pending.length > 0) yield decode(Buffer.concat(pending), ++number, decoder)
}
