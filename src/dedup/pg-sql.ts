/**
 * The shared index's tables, statements and advisory-lock keys (PostgreSQL).
 * See docs/scaling.md, "Shared index (PostgreSQL)", for why the locks are what they are.
 *
 * `s` is always a schema name checked against SCHEMA_NAME and double-quoted, so it
 * can be spliced into statements; every value goes through $n parameters.
 */
import { murmur3Utf8 } from './hash'
import { GUARD_SAMPLE } from './clusters'
import { BANDS } from './lsh'

/** Plain lower-case identifiers only: they need no escaping inside double quotes. */
export const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/

/** Bumped whenever the tables or the signature change meaning. */
export const STORE_FORMAT = 'corroborate-dedup-pg-1'

export function quoted(schema: string): string {
  return `"${schema}"`
}

export function schemaStatements(s: string): string[] {
  return [
    `create schema if not exists ${s}`,
    `create sequence if not exists ${s}.article_seq`,
    // root: seq of the cluster's oldest member, kept on every member (flat, no parent chains),
    // so a cluster is one index range and a merge is one update.
    `create table if not exists ${s}.articles (
      seq bigint primary key,
      id text not null unique,
      signature bytea not null,
      published timestamptz,
      root bigint not null
    )`,
    `create index if not exists articles_root on ${s}.articles (root, seq)`,
    `create table if not exists ${s}.bands (
      band smallint not null,
      key integer not null,
      seq bigint not null,
      primary key (band, key, seq)
    )`,
    `create table if not exists ${s}.meta (key text primary key, value jsonb not null)`,
  ]
}

/**
 * The same-event level's tables (mode 'event' or 'both'), beside the near level's.
 * Feature hashes are MurmurHash3 values stored as signed 32-bit integers.
 */
export function eventSchemaStatements(s: string): string[] {
  return [
    // kept: the features the article keeps (strongest first, the order cosines are summed in);
    // features: every distinct feature it has, so that prune can take it out of df again
    `create table if not exists ${s}.event_docs (
      seq bigint primary key,
      kept integer[] not null,
      counts real[] not null,
      features integer[] not null,
      neighbours float8[] not null,
      decision jsonb not null
    )`,
    // the inverted index of kept features: a posting list is one index range
    `create table if not exists ${s}.postings (
      feature integer not null,
      seq bigint not null,
      primary key (feature, seq)
    )`,
    // document frequency of every feature, and how many articles keep it (its posting list's length)
    `create table if not exists ${s}.df (feature integer primary key, df integer not null, kept integer not null)`,
    `create table if not exists ${s}.event_stats (one boolean primary key default true check (one), articles bigint not null)`,
    `insert into ${s}.event_stats (one, articles) values (true, 0) on conflict (one) do nothing`,
  ]
}

const PUBLISHED = `(extract(epoch from a.published) * 1000)::float8 as published`

export function statements(s: string) {
  return {
    // unnest yields the keys in array order and the lock is taken row by row, so the
    // caller's sorted order is the order of acquisition
    lock: `select pg_advisory_xact_lock(k) from unnest($1::bigint[]) as k`,
    candidates: `select a.seq::float8 as seq, a.id, a.signature, ${PUBLISHED}, a.root::float8 as root, r.id as root_id
      from (select distinct b.seq from unnest($1::smallint[], $2::integer[]) as q(band, key)
            join ${s}.bands b on b.band = q.band and b.key = q.key) c
      join ${s}.articles a on a.seq = c.seq
      join ${s}.articles r on r.seq = a.root`,
    // the matched articles, the roots of their clusters and each cluster's GUARD_SAMPLE
    // most recent members: all the union-find guard looks at
    neighbourhood: `with roots as (select distinct root from ${s}.articles where seq = any($1::bigint[]))
      select a.seq::float8 as seq, a.id, a.signature, ${PUBLISHED}, a.root::float8 as root
        from roots cross join lateral
          (select * from ${s}.articles x where x.root = roots.root order by x.seq desc limit ${GUARD_SAMPLE}) a
      union all
      select a.seq::float8, a.id, a.signature, ${PUBLISHED}, a.root::float8
        from ${s}.articles a where a.seq = any($1::bigint[]) or a.seq in (select root from roots)`,
    // one round trip: the article (its root is its own seq unless it joined a cluster) and its band rows
    insert: `with n as (select nextval('${s}.article_seq') as seq),
      a as (insert into ${s}.articles (seq, id, signature, published, root)
            select n.seq, $1, $2, $3::timestamptz, coalesce($4::bigint, n.seq) from n
            on conflict (id) do nothing returning seq),
      b as (insert into ${s}.bands (band, key, seq)
            select q.band, q.key, a.seq from a, unnest($5::smallint[], $6::integer[]) as q(band, key))
      select seq::float8 as seq from a`,
    // an id already stored (a restarted or overlapping worker): its row and its cluster's name
    stored: `select a.seq::float8 as seq, a.signature, ${PUBLISHED}, r.id as root_id
      from ${s}.articles a join ${s}.articles r on r.seq = a.root where a.id = $1`,
    merge: `update ${s}.articles set root = $1 where root = any($2::bigint[])`,
    clusters: `select r.id as cluster, a.id from ${s}.articles a join ${s}.articles r on r.seq = a.root
      where a.root in (select root from ${s}.articles group by root having count(*) > 1)
      order by a.root, a.seq`,
    size: `select count(*)::float8 as n from ${s}.articles`,
    ...eventStatements(s),
    putMeta: `insert into ${s}.meta (key, value) values ($1, $2::jsonb) on conflict (key) do nothing`,
    getMeta: `select value from ${s}.meta where key = $1`,
    drop: `drop schema if exists ${s} cascade`,
  }
}

function eventStatements(s: string) {
  const row = `a.seq::float8 as seq, a.id, a.signature, ${PUBLISHED}, a.root::float8 as root, r.id as root_id, e.kept, e.counts, e.neighbours`
  const joined = `${s}.articles a join ${s}.event_docs e on e.seq = a.seq join ${s}.articles r on r.seq = a.root`
  return {
    eventExisting: `select a.seq::float8 as seq, a.signature, r.id as root_id, e.decision
      from ${s}.articles a join ${s}.articles r on r.seq = a.root left join ${s}.event_docs e on e.seq = a.seq where a.id = $1`,
    eventArticles: `select articles::float8 as n from ${s}.event_stats`,
    eventDf: `select feature, df, kept from ${s}.df where feature = any($1::integer[])`,
    // posting lists in the order their articles were added (the order the in-memory index sums them in)
    eventPostings: `select p.feature, p.seq::float8 as seq, ${PUBLISHED}
      from ${s}.postings p join ${s}.articles a on a.seq = p.seq where p.feature = any($1::integer[]) order by p.feature, p.seq`,
    eventDocs: `select ${row} from ${joined} where a.seq = any($1::bigint[])`,
    // as the near level's neighbourhood, with each article's kept features and neighbours
    eventNeighbourhood: `with roots as (select distinct root from ${s}.articles where seq = any($1::bigint[])),
      seqs as (select x.seq from roots cross join lateral
          (select seq from ${s}.articles x where x.root = roots.root order by x.seq desc limit ${GUARD_SAMPLE}) x
        union select seq from ${s}.articles where seq = any($1::bigint[]) or seq in (select root from roots))
      select ${row} from seqs join ${joined} on a.seq = seqs.seq`,
    // one round trip: the article's event row, its postings, df of all its features, the
    // neighbours of the articles it was scored against ($7: [{seq, neighbours}]), the count
    // ($8: 1 where $4's feature is kept, else 0)
    eventInsert: `with d as (insert into ${s}.event_docs (seq, kept, counts, features, neighbours, decision)
          values ($1, $2::integer[], $3::real[], $4::integer[], $5::float8[], $6::jsonb)),
      p as (insert into ${s}.postings (feature, seq) select f, $1 from unnest($2::integer[]) as f),
      f as (insert into ${s}.df as d (feature, df, kept) select q.f, 1, q.k from unnest($4::integer[], $8::integer[]) as q(f, k)
          on conflict (feature) do update set df = d.df + 1, kept = d.kept + excluded.kept),
      n as (update ${s}.event_docs e set neighbours = v.neighbours
          from jsonb_to_recordset($7::jsonb) as v(seq bigint, neighbours float8[]) where e.seq = v.seq)
      update ${s}.event_stats set articles = articles + 1`,
    // everything clusters() re-scores with (read in one snapshot)
    eventAll: `select ${row} from ${joined} order by a.seq`,
    eventAllDf: `select feature, df from ${s}.df`,
    // retention: the articles published before $1 leave every table; df loses their features;
    // a cluster whose root leaves is named by its oldest remaining member
    eventPrune: `with gone as (delete from ${s}.articles where published < $1::timestamptz returning seq, root),
      e as (delete from ${s}.event_docs d using gone where d.seq = gone.seq returning d.kept, d.features),
      p as (delete from ${s}.postings p using gone where p.seq = gone.seq),
      b as (delete from ${s}.bands b using gone where b.seq = gone.seq),
      counts as (select f as feature, count(*) as n, 0 as k from e, unnest(e.features) as f group by f
        union all select f, 0, count(*) from e, unnest(e.kept) as f group by f),
      f as (update ${s}.df as d set df = d.df - c.n, kept = d.kept - c.k
          from (select feature, sum(n) as n, sum(k) as k from counts group by feature) c where d.feature = c.feature),
      s as (update ${s}.event_stats set articles = articles - (select count(*) from gone))
      select seq::float8 as seq, root::float8 as root from gone`,
    // run after eventPrune (a statement's CTEs all see the same snapshot, so these cannot be folded in)
    eventPruneDf: `delete from ${s}.df where df <= 0`,
    eventReroot: `update ${s}.articles a set root = m.first from
        (select root, min(seq) as first from ${s}.articles where root = any($1::bigint[]) group by root) m
      where a.root = m.root`,
    eventNewest: `select (extract(epoch from max(published)) * 1000)::float8 as newest from ${s}.articles`,
  }
}

/*
 * Advisory-lock keys (one bigint space per database): bits 40–62 a hash of the schema
 * name, so indexes in different schemas rarely share keys (a shared key only makes
 * two adds wait for each other; it never changes a result), bits 37–39 the kind,
 * bits 32–36 the band, bits 0–31 the band key.
 */
const BAND_LOCK = 0n
const CLUSTER_LOCK = 1n
const INIT_LOCK = 2n
const EVENT_LOCK = 3n

function namespace(schema: string): bigint {
  return BigInt(murmur3Utf8(schema) & 0x7fffff) << 40n
}

/** One lock per (band, key), ascending: every add takes its locks in this one global order. */
export function bandLockKeys(schema: string, keys: readonly number[]): string[] {
  const ns = namespace(schema)
  const locks: bigint[] = []
  for (let band = 0; band < BANDS; band++) locks.push(ns | (BAND_LOCK << 37n) | (BigInt(band) << 32n) | BigInt(keys[band]! >>> 0))
  return locks.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)).map(String)
}

export function clusterLockKey(schema: string): string {
  return String(namespace(schema) | (CLUSTER_LOCK << 37n))
}

/** Every add (and prune) of an index with the same-event level takes this one lock: see docs/scaling.md. */
export function eventLockKey(schema: string): string {
  return String(namespace(schema) | (EVENT_LOCK << 37n))
}

export function initLockKey(schema: string): string {
  return String(namespace(schema) | (INIT_LOCK << 37n))
}

/** Band keys as PostgreSQL `integer`s (signed 32-bit). */
export function signedKeys(keys: readonly number[]): number[] {
  return keys.map((k) => k | 0)
}

export const BAND_NUMBERS: readonly number[] = Array.from({ length: BANDS }, (_, j) => j)
