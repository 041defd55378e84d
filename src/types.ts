/**
 * Public types of corroborate. Every result is plain, readonly, JSON-safe data:
 * no classes, no functions, no `undefined` holes that JSON would drop.
 */

/** A report to compare: its text and, optionally, where it came from. */
export interface Article {
  readonly text: string
  /** Outlet or file name, shown in messages. */
  readonly source?: string
  readonly url?: string
  /** Publication time, ISO 8601. compare() reads its date (YYYY-MM-DD) to turn the report's weekdays into days. */
  readonly published?: string
  /** The headline as its page gives it (metadata; a headline meant to be compared is also in `text`). */
  readonly title?: string
  /** The author line as its page gives it (metadata). */
  readonly byline?: string
  /**
   * Ranges of `text` whose role the source states (an HTML page's markup: `h1`, `figcaption`,
   * a byline or related-links element). Sentences inside a range take its role instead of a
   * guess; a stated `body` range still lets a line that shows its own role (`Ảnh: TTXVN`,
   * `Read more: …`) keep it. Text outside every range is judged by the text rules. Ranges
   * must not overlap. `fromHtml` (corroborate/html) fills it.
   */
  readonly roles?: readonly StatedRole[]
}

/** A range of `Article.text` (UTF-16 offsets, `end` exclusive) and the role its source states for it. */
export interface StatedRole {
  readonly start: number
  readonly end: number
  readonly role: SentenceRole
}

/** Where a range of an extracted article's text came from in its HTML page. */
export interface HtmlMapping {
  /** Offsets into `Article.text`. */
  readonly start: number
  readonly end: number
  /** Offsets into the HTML string of the element the text came from; null when unknown. */
  readonly htmlStart: number | null
  readonly htmlEnd: number | null
}

/** An article extracted from an HTML page by `fromHtml` (corroborate/html). */
export interface HtmlArticle extends Article {
  readonly roles: readonly StatedRole[]
  /** One entry per text block (headline, byline, paragraph, caption…), in text order: the way back to the page. */
  readonly htmlMap: readonly HtmlMapping[]
}

/** Options of `fromHtml`. */
export interface FromHtmlOptions {
  /** The page's address, kept as `Article.url`; its host is the default `source`. */
  readonly url?: string
  /** Outlet or file name, kept as `Article.source`. @default the page's site name, else the URL's host */
  readonly source?: string
  /**
   * Refuse longer HTML (UTF-16 code units) with `E_TOO_LARGE`.
   * @default 20_000_000
   */
  readonly maxLength?: number
}

/** What a sentence is in its article. Only `body` counts as content. */
export type SentenceRole =
  | 'body'
  | 'headline'
  | 'byline'
  | 'dateline'
  | 'caption'
  | 'credit'
  | 'related'
  | 'label'

export interface Sentence {
  /** @asType integer @minimum 0 */
  readonly index: number
  /** UTF-16 offset into the caller's original string. @asType integer @minimum 0 */
  readonly start: number
  /** @asType integer @minimum 0 */
  readonly end: number
  /** `input.slice(start, end)`, verbatim. */
  readonly text: string
  readonly role: SentenceRole
}

export interface DocumentResult {
  readonly source?: string
  /** ISO 639-3 code, or `und` when the text is too short to tell. */
  readonly language: string
  readonly sentences: readonly Sentence[]
}

/** Sentences of A and of B that report the same statement (1–1, 1–n or n–1, n ≤ 3). */
export interface Alignment {
  readonly a: readonly number[]
  readonly b: readonly number[]
  /** Weighted token overlap of the two sides, in [0, 1]. @minimum 0 @maximum 1 */
  readonly similarity: number
  /**
   * What kind of lines the link joins: `body` (the only links that count in `overlap`),
   * `headline`, `related` (teasers) or `caption`; each links only with its own kind.
   */
  readonly role: SentenceRole
}

export interface Overlap {
  /** Share of A's body content covered by aligned content, in [0, 1]. @minimum 0 @maximum 1 */
  readonly a: number
  /** Share of B's body content covered by aligned content, in [0, 1]. @minimum 0 @maximum 1 */
  readonly b: number
  /** Symmetric overlap: the weighted harmonic mean of `a` and `b` (see README). @minimum 0 @maximum 1 */
  readonly score: number
  /**
   * Cosine of the two bodies' term-frequency vectors, in [0, 1]: word overlap
   * with no sentence linked, for ranking reports of one event above unrelated ones.
   * @minimum 0
   * @maximum 1
   */
  readonly lexical: number
}

/** A piece of one document: which sentence, and the exact offsets into the original text. */
export interface Span {
  /** @asType integer @minimum 0 */
  readonly sentence: number
  /** UTF-16 offset into the caller's original string. @asType integer @minimum 0 */
  readonly start: number
  /** @asType integer @minimum 0 */
  readonly end: number
  readonly text: string
}

export type DivergenceKind = 'number' | 'date' | 'name' | 'missing'
export type Severity = 'high' | 'medium' | 'low'

/** What kind of fact a span states. */
export type FactType = 'number' | 'date' | 'name'

export interface Divergence {
  readonly kind: DivergenceKind
  readonly severity: Severity
  /** The span in A; `null` when the fact is missing from A. */
  readonly a: Span | null
  /** The span in B; `null` when the fact is missing from B. */
  readonly b: Span | null
  /** One readable English sentence naming both values and both sources. */
  readonly message: string
  /**
   * The kind of line it sits in: `body`, or `headline`, `related` (a teaser), `caption` when
   * linked lines of that kind disagree (a headline compared with the other report's lead
   * counts as `headline`). A contradiction in the headlines is always `high`.
   */
  readonly role: SentenceRole
  /** For `missing`: the kind of fact that is missing. */
  readonly factType?: FactType
  /** Every place each side states it (for names: every occurrence of each spelling). */
  readonly occurrences?: { readonly a: readonly Span[]; readonly b: readonly Span[] }
  /**
   * How sure the engine is that both spans state one fact (the same slot, the same
   * entity) and that their values really differ, in [0, 1]. Contradictions below
   * `minConfidence` go to `Report.candidates` instead of `divergences`.
   * @minimum 0
   * @maximum 1
   */
  readonly confidence: number
  /** Why the two spans are taken as the same slot or entity, e.g. `linked sentences`, `same unit: tuổi`. */
  readonly evidence: readonly string[]
}

/** Two spans that state the same fact in different form, and why they were judged the same. */
export interface Equivalence {
  readonly a: Span
  readonly b: Span
  /**
   * e.g. `date-format`, `abbreviation`, `unicode-form`, `tone-placement`, `i-y-spelling`, `letter-case`, `number-format`,
   * `text-cut-off` (a name cut where a scraped text stops), `kind-words-translated` (a body's generic words in another language),
   * `case-ending` (one name in two grammatical cases of a German, Slavic or Turkish report).
   * `letter-case` only when both forms have capitals (a name); a common word in two casings is not listed.
   */
  readonly reason: string
}

/** Why a warning was raised; stable, for code that acts on a warning. */
export type WarningCode =
  /** An input with no letter or digit at all. */
  | 'empty-input'
  /** An input with too little body text for overlap and missing facts to mean much. */
  | 'short-input'
  /** The two reports are in different languages. */
  | 'different-languages'
  /** The two reports share so little vocabulary that they look like reports of different events. */
  | 'different-events'
  /** The two reports share their vocabulary but hardly a sentence: one event, written independently. */
  | 'independent-reports'

/** Something the reader should know before trusting the comparison. */
export interface ReportWarning {
  readonly code: WarningCode
  /** One readable English sentence or two, with the numbers that raised it. */
  readonly message: string
}

export interface Report {
  readonly schemaVersion: 1
  readonly a: DocumentResult
  readonly b: DocumentResult
  readonly alignments: readonly Alignment[]
  readonly overlap: Overlap
  readonly divergences: readonly Divergence[]
  /**
   * Weaker contradictions (confidence below `minConfidence`), for pipelines that
   * choose their own trade-off between precision and recall. Never rendered as findings.
   */
  readonly candidates: readonly Divergence[]
  readonly equivalences: readonly Equivalence[]
  readonly warnings: readonly ReportWarning[]
}

/** Extra abbreviation expansions: `{ 'tp.hcm': 'thành phố hồ chí minh' }`. Keys are matched case-insensitively. */
export type AbbreviationTable = Readonly<Record<string, string>>

export interface CompareOptions {
  /**
   * Minimum similarity for two sentences to be linked.
   * @default 0.5
   */
  readonly alignThreshold?: number
  /**
   * Extra abbreviation expansions, merged over the built-in tables of every language.
   * @default {}
   */
  readonly abbreviations?: AbbreviationTable
  /**
   * Languages (ISO 639-3) whose built-in normalisation tables apply. By default the
   * tables of the detected languages, plus Vietnamese and English when undetermined.
   * @default undefined
   */
  readonly languages?: readonly string[]
  /**
   * Which divergence kinds to report. `[]` skips the divergence stage
   * altogether (no equivalences either), for pipelines that only want overlap.
   * @default ['number', 'date', 'name', 'missing']
   */
  readonly kinds?: readonly DivergenceKind[]
  /**
   * Report divergences of at least this severity.
   * @default 'low'
   */
  readonly minSeverity?: Severity
  /**
   * Contradictions (number, date, name) with a lower `confidence` are moved from
   * `divergences` to `candidates`.
   * @default 0.5
   */
  readonly minConfidence?: number
  /**
   * How alike two spellings must be (in [0, 1]) to be reported as one name spelled two ways.
   * @default 0.7
   */
  readonly nameThreshold?: number
  /**
   * Refuse longer inputs (UTF-16 code units) with `E_TOO_LARGE` instead of working on them.
   * @default 5_000_000 (two texts that long stay inside V8's default heap; see docs/hardening.md)
   */
  readonly maxLength?: number
  /**
   * Extra title words that introduce a person's name (added to the built-in
   * Vietnamese and English tables), e.g. `['thượng nghị sĩ', 'chancellor']`.
   * @default []
   */
  readonly titles?: readonly string[]
  /**
   * Whether to guess which lines are captions, bylines, teasers and other non-body lines.
   * When false every sentence is body, except where `Article.roles` states a role.
   * @default true
   */
  readonly detectBoilerplate?: boolean
}

/** One pair of `compareBatch()`: A and B, as `compare(a, b)` takes them. */
export type BatchPair = readonly [a: string | Article, b: string | Article]

export interface BatchOptions extends CompareOptions {
  /**
   * Worker threads comparing pairs in parallel; 0 compares on the calling thread.
   * Results come in input order whatever the number.
   * @default 0
   */
  readonly workers?: number
}

/* ---------------------------------------------------------------------------
 * Story reports: many reports of one event (compareMany). Outlets are referred
 * to by their index in `Story.outlets`; per-outlet arrays follow that order.
 * ------------------------------------------------------------------------- */

/** A place in one outlet's text. */
export interface OutletSpan extends Span {
  /** Index into `Story.outlets`. */
  readonly outlet: number
}

/** Sentences of several outlets that report the same thing (joined through the pairwise alignments). */
export interface Statement {
  /** Per outlet (in `outlets` order), that outlet's sentence indexes; empty when it does not carry the statement. */
  readonly sentences: readonly (readonly number[])[]
  /** Outlets that carry it, ascending. */
  readonly outlets: readonly number[]
}

/** One way a fact slot or a name is given, and who gives it that way. */
export interface Reading {
  /** The surface as written (the first outlet's spelling when format differs). */
  readonly text: string
  /** Every distinct form the outlets write it in (13.8, 13/8), first as `text`. */
  readonly forms: readonly string[]
  /** Outlets giving this reading, ascending. */
  readonly outlets: readonly number[]
}

/** A contradiction or a name variant exactly as `compare()` reports it for one pair. */
export interface PairFinding {
  /** The two outlets, `[i, j]` with `i < j` (A and B of `compare(articles[i], articles[j])`). */
  readonly outlets: readonly [number, number]
  readonly a: Span
  readonly b: Span
  readonly confidence: number
}

/** Whether the outlets stating a slot agree, a majority holds, or they split evenly. */
export type StoryStatus = 'agree' | 'majority' | 'split'

/** A row of the fact table: one fact slot (a number or a date) stated by two or more outlets. */
export interface StoryFact {
  readonly type: 'number' | 'date'
  /** Index into `Story.statements` of the statement it is stated in, or `null` when outside any shared statement. */
  readonly statement: number | null
  /** Per outlet, where it states the slot; empty = silent on it. */
  readonly cells: readonly (readonly Span[])[]
  /** Readings, most outlets first; format-only differences (13.8 / 13/8) are one reading. */
  readonly readings: readonly Reading[]
  readonly status: StoryStatus
  /** Index into `readings` of the majority reading (the one reading when all agree), or `null` on a split. */
  readonly majority: number | null
  /** Outlets whose reading disagrees with every other outlet's, while the others share one. */
  readonly outliers: readonly number[]
  /** Outlets with nothing in this row. */
  readonly silent: readonly number[]
  /** The pairwise contradictions behind the row, exactly as `compare()` gives them. */
  readonly contradictions: readonly PairFinding[]
}

/** An entity whose name the outlets spell in more than one way. */
export interface StoryName {
  /** Per outlet, every occurrence of its spelling(s); empty = the outlet does not name it in a compared sentence. */
  readonly cells: readonly (readonly Span[])[]
  /** Spellings, most outlets first. */
  readonly spellings: readonly Reading[]
  readonly status: StoryStatus
  /** Index into `spellings` of the majority spelling, or `null` on a split. */
  readonly majority: number | null
  readonly outliers: readonly number[]
  readonly silent: readonly number[]
  /** The pairwise name variants behind the row, exactly as `compare()` gives them. */
  readonly variants: readonly PairFinding[]
}

/** A fact (number, date or name) that one outlet states and every other outlet never mentions. */
export interface UniqueFact extends OutletSpan {
  readonly type: FactType
}

export interface StoryUnique {
  readonly facts: readonly UniqueFact[]
  /** Per outlet, its body sentences no other outlet reports. */
  readonly sentences: readonly (readonly number[])[]
}

export interface StoryOverlap {
  /** `score[i][j]` = `compare(i, j).overlap.score`; 1 on the diagonal. */
  readonly score: readonly (readonly number[])[]
  /** `lexical[i][j]` = `compare(i, j).overlap.lexical`; 1 on the diagonal. */
  readonly lexical: readonly (readonly number[])[]
}

export interface StoryCoverage {
  /** How many of the story's statements the outlet carries. */
  readonly statements: number
  /** `statements / Story.statements.length`, in [0, 1] (0 when there are none). */
  readonly share: number
  /** Share of its own body sentences that at least one other outlet also reports, in [0, 1]. */
  readonly shared: number
}

export interface StoryWarning extends ReportWarning {
  readonly outlets: readonly [number, number]
}

/** The story report of `compareMany()`. */
export interface Story {
  readonly schemaVersion: 1
  /** Labels in input order: each article's `source`, or `Report 1`…`Report N`. */
  readonly outlets: readonly string[]
  readonly documents: readonly DocumentResult[]
  /** Statements carried by two or more outlets, in story order (median relative position). */
  readonly statements: readonly Statement[]
  readonly facts: readonly StoryFact[]
  readonly names: readonly StoryName[]
  readonly unique: StoryUnique
  readonly overlap: StoryOverlap
  /** Per outlet. */
  readonly coverage: readonly StoryCoverage[]
  /** The pairwise warnings, with the pair they concern. */
  readonly warnings: readonly StoryWarning[]
}

/**
 * How to read a numeric date that is not ISO 8601: `dmy` day first (23/10/2013, the
 * Vietnamese and European newsroom form), `mdy` month first (10/23/2013), `iso` ISO 8601 only.
 */
export type DateFormat = 'dmy' | 'mdy' | 'iso'

/** Options of `parsePublished`. */
export interface PublishedOptions {
  /** @default 'dmy' */
  readonly dateFormat?: DateFormat
}
