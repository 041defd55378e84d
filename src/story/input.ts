/**
 * compareMany()'s door: the article list checked once, with the same error
 * shape as compare() (paths `articles[2]`, `articles[2].source`).
 */
import { CorroborateError, describe } from '../errors'
import { readStatedRoles } from '../stated-roles'
import type { Article } from '../types'

export function readArticles(value: unknown): Article[] {
  if (!Array.isArray(value)) {
    throw new CorroborateError('E_INPUT', [{ path: 'articles', expected: 'an array of 2 or more strings or { text: string } objects', received: describe(value) }])
  }
  if (value.length < 2) {
    throw new CorroborateError('E_INPUT', [{ path: 'articles', expected: 'an array of 2 or more strings or { text: string } objects', received: describe(value) }])
  }
  return value.map((item: unknown, i): Article => {
    if (typeof item === 'string') return { text: item }
    const isObject = item !== null && typeof item === 'object' && !Array.isArray(item)
    if (!isObject || typeof (item as Article).text !== 'string') {
      const received = isObject ? `${describe(item)} (no string "text")` : describe(item)
      throw new CorroborateError('E_INPUT', [{ path: `articles[${i}]`, expected: 'a string or an object { text: string }', received }])
    }
    const { source } = item as Article
    if (source !== undefined && typeof source !== 'string') {
      throw new CorroborateError('E_INPUT', [{ path: `articles[${i}].source`, expected: 'a string or undefined', received: describe(source) }])
    }
    readStatedRoles((item as Article).roles, (item as Article).text.length, `articles[${i}].roles`)
    return item as Article
  })
}

/** Each outlet's label: its source, or `Report N` (1-based, in input order). */
export function outletLabels(articles: readonly Article[]): string[] {
  return articles.map((article, i) => article.source ?? `Report ${i + 1}`)
}
