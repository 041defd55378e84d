/**
 * corroborate/html: HTML pages as input. A separate entry point so that `corroborate`
 * itself never loads the extractor; @mozilla/readability, linkedom and htmlparser2 are
 * optional dependencies that only this entry point imports. See README, "HTML input".
 */
export { fromHtml } from './html/from-html'
export { CorroborateError } from './errors'
export type { Article, FromHtmlOptions, HtmlArticle, HtmlMapping, SentenceRole, StatedRole } from './types'
