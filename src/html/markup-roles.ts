/**
 * What an element's own markup says its text is: the tag (figcaption, aside, h2…) and
 * the words of its class, id, itemprop, rel and data-role attributes, as newsroom
 * templates write them (`PhotoCMS_Caption`, `detail-author`, `related-news`, `sapo`).
 * Only what the markup names is taken; everything else is left to the text rules.
 */
import type { SentenceRole } from '../types'
import type { DomElement } from './dom'

/** A role the markup states, or `lead` for a standfirst (sapo, dek, summary): body text outside the body container. */
export type MarkupRole = SentenceRole | 'lead'

// Attribute words, matched at the start of a word so that `relatednews` and
// `PhotoCMS_Caption` count and `leaderboard` does not count as `lead`. Not `read-more`:
// newsrooms also put the rest of the body under a "read more" expander (Herald Sun).
const CAPTION = /(?:^|[^a-z])(?:caption|figcaption|wp-caption-text|chuthich)/u
const CREDIT = /(?:^|[^a-z])(?:credit|copyright|photographer|image-source|photo-source|photo-author)/u
const SOURCE = /(?:^|[^a-z])(?:source|nguon)/u
const RELATED = /(?:^|[^a-z])(?:related|relate-|see-?also|more-stories|recommend|tin-?lien-?quan|xem-?them|link-content|box-?news|also-read)/u
const BYLINE = /(?:^|[^a-z])(?:byline|author|writer|reporter|contributor|tac-?gia)/u
const DATELINE = /(?:^|[^a-z])(?:dateline|publish|pubdate|timestamp|datetime|date-?time|post-?date|time$)/u
// Whole words only: lead, intro and summary are too common as word starts.
const LEAD = /(?:^|[^a-z])(?:sapo|standfirst|dek|deck|lede|lead|intro|summary|teaser|chapo|chapeau|subtitle|sub-?headline|description)(?:$|[^a-z])/u

function attributeWords(element: DomElement): string {
  const parts = ['class', 'id', 'itemprop', 'rel', 'data-role', 'data-testid']
    .map((name) => element.getAttribute(name))
    .filter((value): value is string => typeof value === 'string' && value.length > 0)
  return parts.join(' ').toLowerCase()
}

/** The role this element's own tag and attributes state, or null when they state none. */
export function markupRole(element: DomElement, insideCaption: boolean): MarkupRole | null {
  const tag = element.tagName.toLowerCase()
  const words = attributeWords(element)
  if (insideCaption) {
    // Inside a caption, an author or source is the photo's credit.
    return CREDIT.test(words) || BYLINE.test(words) || SOURCE.test(words) ? 'credit' : null
  }
  if (tag === 'figcaption' || CAPTION.test(words)) return 'caption'
  if (CREDIT.test(words)) return 'credit'
  if (tag === 'aside' || RELATED.test(words)) return 'related'
  // A standfirst is often set as a heading (Thanh Niên's h2.detail-sapo).
  if (LEAD.test(words)) return 'lead'
  if (tag === 'h1') return 'headline'
  if (/^h[2-6]$/.test(tag)) return 'label'
  if (words === '') return tag === 'time' ? 'dateline' : null
  if (BYLINE.test(words)) return 'byline'
  if (tag === 'time' || DATELINE.test(words)) return 'dateline'
  return null
}
