/**
 * The few DOM members corroborate/html reads, typed structurally: the library is
 * built without the DOM lib, and linkedom's own types would leak into the public d.ts.
 */

const ELEMENT_NODE = 1
export const TEXT_NODE = 3

export interface DomNode {
  readonly nodeType: number
  readonly childNodes: ArrayLike<DomNode>
  readonly parentNode: DomNode | null
  readonly textContent: string | null
}

export interface DomElement extends DomNode {
  readonly tagName: string
  getAttribute(name: string): string | null
  setAttribute(name: string, value: string): void
}

export interface DomDocument extends DomNode {
  readonly documentElement: DomElement | null
  querySelectorAll(selector: string): ArrayLike<DomElement>
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE
}

/** Collapse runs of HTML whitespace to one space, as a browser renders text. */
export function collapseSpace(text: string): string {
  return text.replace(/[\t\n\f\r ]+/g, ' ')
}
