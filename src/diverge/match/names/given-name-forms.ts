/**
 * English given names and their familiar forms (David / Dave, William / Bill): one person, as
 * two reports of one event name him (David Richardson / Dave Richardson). Only whole pairs a
 * reader takes for the same name; a form shared by two names (Chris) maps to both.
 */
const FORMS: readonly (readonly string[])[] = [
  ['david', 'dave'], ['william', 'bill', 'will', 'billy'], ['robert', 'bob', 'rob', 'bobby'], ['james', 'jim', 'jimmy'],
  ['michael', 'mike'], ['thomas', 'tom'], ['joseph', 'joe'], ['richard', 'dick', 'rick', 'rich'], ['christopher', 'chris'],
  ['christine', 'chris'], ['anthony', 'tony'], ['steven', 'steve'], ['stephen', 'steve'], ['edward', 'ed', 'ted'],
  ['benjamin', 'ben'], ['daniel', 'dan', 'danny'], ['samuel', 'sam'], ['nicholas', 'nick'], ['matthew', 'matt'],
  ['patrick', 'pat'], ['ronald', 'ron'], ['donald', 'don'], ['gerald', 'jerry'], ['lawrence', 'larry'],
  ['charles', 'charlie', 'chuck'], ['albert', 'al'], ['alexander', 'alex'], ['andrew', 'andy'], ['timothy', 'tim'],
  ['kenneth', 'ken'], ['jonathan', 'jon'], ['peter', 'pete'], ['frederick', 'fred'], ['gregory', 'greg'],
  ['jeffrey', 'jeff'], ['katherine', 'kate', 'kathy'], ['catherine', 'kate', 'cathy'], ['elizabeth', 'liz', 'beth'], ['margaret', 'maggie', 'peggy'],
  ['susan', 'sue'], ['deborah', 'debbie'], ['rebecca', 'becky'], ['jennifer', 'jenny'], ['vincent', 'vince'], ['douglas', 'doug'], ['harold', 'hal'], ['raymond', 'ray'], ['phillip', 'phil'], ['philip', 'phil'],
]

const byName = new Map<string, string[]>()
for (const group of FORMS) for (const name of group) byName.set(name, [...(byName.get(name) ?? []), ...group.filter((other) => other !== name)])

/** The other forms of a folded English given name (dave → david), or none. */
export function givenNameForms(folded: string): readonly string[] {
  return byName.get(folded) ?? []
}
