// Reads the text a reader sees, as one string, with a map from string offsets back to DOM text nodes.
// Skips scripts, styles, form fields, navigation, editors and hidden content. Never changes the DOM.

/** One DOM text node and where its data starts in {@link PageText.text}. */
export interface TextChunk {
  node: Text;
  start: number;
}

/** The page's visible text and the map back to the nodes it came from. */
export interface PageText {
  /** Node data with tabs and line breaks turned into spaces (same length), blocks joined by "\n\n". */
  text: string;
  /** Ordered by `start`; the gaps between chunks are block separators that belong to no node. */
  chunks: TextChunk[];
}

/** Elements whose text is never article text. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'NAV',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'MATH',
  'DIALOG',
]);

/** Elements that start a new block of text: what they hold never runs into a neighbour's sentence. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
  'CAPTION',
]);

/** Inline elements common in articles: never hidden on their own in practice, so not style-checked. */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'CITE',
  'EM',
  'I',
  'Q',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'MARK',
]);

const LINE_BREAKS = /[\t\n\r\f\v]/g;

/** True when nothing of `element` should be read. `skip` lets callers exclude their own UI host. */
function isSkipped(element: Element, skip: ReadonlySet<Element>): boolean {
  if (skip.has(element) || SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  // An editing host hides its whole subtree from the walk, so checking the attribute is enough
  // (and O(1), where `isContentEditable` climbs every ancestor).
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (INLINE_TAGS.has(element.tagName)) return false;
  return typeof element.checkVisibility === 'function' && !element.checkVisibility();
}

/** Collects the visible text under `root`. Iterative, so deep DOMs cannot overflow the stack. */
export function collectVisibleText(root: Element, skip: ReadonlySet<Element> = new Set()): PageText {
  const parts: string[] = [];
  const chunks: TextChunk[] = [];
  let length = 0;
  let atBlockBoundary = false;
  const blockExit = Symbol('block exit');
  const stack: (Node | typeof blockExit)[] = [root];

  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === blockExit) {
      atBlockBoundary = true;
      continue;
    }
    if (item.nodeType === Node.TEXT_NODE) {
      const data = (item as Text).data;
      if (data.length === 0) continue;
      if (atBlockBoundary && length > 0) {
        parts.push('\n\n');
        length += 2;
      }
      atBlockBoundary = false;
      chunks.push({ node: item as Text, start: length });
      parts.push(data.replace(LINE_BREAKS, ' '));
      length += data.length;
      continue;
    }
    if (item.nodeType !== Node.ELEMENT_NODE) continue;
    const element = item as Element;
    if (element !== root && isSkipped(element, skip)) continue;
    if (BLOCK_TAGS.has(element.tagName.toUpperCase())) {
      atBlockBoundary = true;
      stack.push(blockExit);
    }
    for (let child = element.lastChild; child !== null; child = child.previousSibling) stack.push(child);
  }
  return { text: parts.join(''), chunks };
}
