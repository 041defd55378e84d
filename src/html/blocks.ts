/**
 * The text blocks of an article's content element, in reading order: each paragraph,
 * list item, caption or heading becomes one block, with the role its markup states and
 * the source range of the element it came from. Walked with an explicit stack, so a
 * deeply nested page cannot overflow the call stack.
 */
import { type DomElement, type DomNode, TEXT_NODE, collapseSpace, isElement } from './dom'
import { type MarkupRole, markupRole } from './markup-roles'
import { POSITION_ATTRIBUTE, sourceRange } from './source-positions'

export interface TextBlock {
  readonly text: string
  /** The role the markup states, or null: the text rules decide. */
  readonly role: MarkupRole | null
  /** Source range (offsets into the HTML) of the block's element, or null when unknown. */
  readonly html: readonly [number, number] | null
}

const BLOCK_TAGS = new Set(
  'address article aside blockquote caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(' '),
)
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'button', 'select', 'textarea', 'iframe'])

// A byline, dateline or credit is a few words; a long block under such a class is a container.
const MAX_SHORT_ROLE_WORDS = 16

interface Context {
  readonly role: MarkupRole | null
  readonly html: readonly [number, number] | null
  /** Inside a caption only credits stand apart; inside a related-links block everything is related. */
  readonly container: 'caption' | 'related' | null
}

function wordCount(text: string): number {
  return text.split(' ').filter(Boolean).length
}

function blockRole(role: MarkupRole | null, text: string): MarkupRole | null {
  if ((role === 'byline' || role === 'dateline' || role === 'credit') && wordCount(text) > MAX_SHORT_ROLE_WORDS) return 'body'
  return role
}

/** Blocks of `root`, in document order. */
export function textBlocks(root: DomElement): TextBlock[] {
  const blocks: TextBlock[] = []
  let buffer = ''
  let bufferContext: Context | null = null
  const flush = (): void => {
    const text = buffer
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n')
    if (text && bufferContext) blocks.push({ text, role: blockRole(bufferContext.role, text), html: bufferContext.html })
    buffer = ''
    bufferContext = null
  }
  const rootContext: Context = { role: null, html: sourceRange(root.getAttribute(POSITION_ATTRIBUTE)), container: null }
  // A closing marker flushes the text of a block when its element ends.
  type Step = { node: DomNode; context: Context } | { close: true }
  const stack: Step[] = [{ node: root, context: rootContext }]
  while (stack.length > 0) {
    const step = stack.pop()!
    if ('close' in step) {
      flush()
      continue
    }
    const { node, context } = step
    if (node.nodeType === TEXT_NODE) {
      const text = collapseSpace(node.textContent ?? '')
      if (text.trim() === '' && buffer === '') continue
      bufferContext ??= context
      buffer += text
      continue
    }
    if (!isElement(node)) continue
    const tag = node.tagName.toLowerCase()
    if (SKIPPED_TAGS.has(tag)) continue
    if (tag === 'br') {
      buffer += '\n'
      continue
    }
    const block = BLOCK_TAGS.has(tag)
    const own = context.container === 'related' ? null : markupRole(node, context.container === 'caption')
    const range = sourceRange(node.getAttribute(POSITION_ATTRIBUTE))
    const inner: Context = {
      role: own ?? context.role,
      html: block && range ? range : context.html,
      container: context.container ?? (own === 'caption' || own === 'related' ? own : null),
    }
    // An inline element that states a role (a credit span inside a caption) is a block of its own.
    const separate = block || own !== null
    if (separate) {
      flush()
      stack.push({ close: true })
    }
    const children = node.childNodes
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, context: inner })
  }
  flush()
  return blocks
}
