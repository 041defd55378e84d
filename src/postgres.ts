/**
 * corroborate/postgres: the dedup index (near-duplicates, and with mode 'event' or
 * 'both' same-event reports) shared through PostgreSQL (many workers, one index). A separate entry point so that `corroborate` itself never
 * loads pg; pg is an optional peer dependency. See docs/scaling.md.
 */
export { createPgDedupIndex } from './dedup/pg-index'
export type { PgClientLike, PgDedupIndex, PgDedupOptions, PgPoolLike, PgQueryResult } from './dedup/pg-index'
export { CorroborateError } from './errors'
export type { DedupArticle, DedupCluster, DedupMatch, DedupResult } from './dedup'
