/**
 * The little of node-postgres the shared index uses, typed structurally (so the
 * published types never mention pg's), plus transactions with retry and the
 * mapping of database failures to CorroborateError `E_STORE`.
 */
import { CorroborateError } from '../errors'

export type Row = Record<string, unknown>

export interface PgQueryable {
  query(text: string, values?: unknown[]): Promise<{ rows: Row[] }>
  /** A named (prepared once per connection) statement. */
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: Row[] }>
}

/** A checked-out connection, like pg's `PoolClient`. */
export interface PgClientLike extends PgQueryable {
  release(error?: Error | boolean): void
  /** pg's clients are EventEmitters: a connection lost while checked out emits 'error'. */
  on?(event: 'error', listener: (error: Error) => void): unknown
  off?(event: 'error', listener: (error: Error) => void): unknown
}

/** What the index needs of a `pg.Pool`. */
export interface PgPoolLike extends PgQueryable {
  connect(): Promise<PgClientLike>
  end(): Promise<void>
}

/** Deadlock and serialization failures: the transaction did nothing and can run again. */
const RETRYABLE = new Set(['40P01', '40001'])
const ATTEMPTS = 5
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ENOENT', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET', 'EAI_AGAIN', '28P01', '28000', '3D000', '57P03'])

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : ''
}

/** Any failure of the database (or of reaching it) as `E_STORE`; CorroborateErrors pass through. */
export function storeError(error: unknown, doing: string): CorroborateError {
  if (error instanceof CorroborateError) return error
  const code = errorCode(error)
  const message = error instanceof Error ? error.message : String(error)
  // pg's own connection timeout and a server that went away carry no code
  const unreachable = UNREACHABLE.has(code) || /timeout|terminated|connect/i.test(message)
  return new CorroborateError(
    'E_STORE',
    [{ path: 'store', expected: unreachable ? 'a reachable PostgreSQL server' : `${doing} to succeed`, received: code ? `${code}: ${message}` : message }],
    { cause: error },
  )
}

/** A pg.Pool for a URL; pg is an optional peer dependency, loaded only here. */
export async function openPool(connectionString: string): Promise<PgPoolLike> {
  let pg: typeof import('pg')
  try {
    pg = await import('pg')
  } catch (error) {
    throw new CorroborateError('E_STORE', [{ path: 'pg', expected: 'the pg package installed (npm install pg)', received: error instanceof Error ? error.message : String(error) }], { cause: error })
  }
  const Pool = pg.Pool ?? (pg as unknown as { default: typeof import('pg') }).default.Pool
  const pool = new Pool({ connectionString, connectionTimeoutMillis: 10_000 })
  // an idle connection that dies (server restart) must not crash the process: the next query reports it
  pool.on('error', () => {})
  return pool as unknown as PgPoolLike
}

/**
 * Run `work` in one transaction (READ COMMITTED, or what `begin` says), again on deadlock
 * or serialization failure.
 */
export async function transaction<T>(pool: PgPoolLike, doing: string, work: (db: PgClientLike) => Promise<T>, begin = 'begin'): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    let client: PgClientLike
    try {
      client = await pool.connect()
    } catch (error) {
      throw storeError(error, doing)
    }
    let broken: Error | undefined
    // a connection that dies between two statements emits 'error' on the checked-out client;
    // unheard, that event would crash the process. The next statement fails and reports it.
    const onLost = (error: Error): void => {
      broken = error
    }
    client.on?.('error', onLost)
    try {
      await client.query(begin)
      const result = await work(client)
      await client.query('commit')
      return result
    } catch (error) {
      try {
        await client.query('rollback')
      } catch (rollbackError) {
        broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError))
      }
      if (attempt < ATTEMPTS && RETRYABLE.has(errorCode(error))) continue
      throw storeError(error, doing)
    } finally {
      client.off?.('error', onLost)
      // a connection that could not even roll back (or was lost) is destroyed, not reused
      client.release(broken)
    }
  }
}

/** Run `work` on one consistent snapshot of the tables (several reads that must agree with each other). */
export function readSnapshot<T>(pool: PgPoolLike, doing: string, work: (db: PgClientLike) => Promise<T>): Promise<T> {
  return transaction(pool, doing, work, 'begin isolation level repeatable read read only')
}
