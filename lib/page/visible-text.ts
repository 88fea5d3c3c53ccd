// Reads the text a reader sees, as one string, with a map from string offsets back to DOM text nodes.
// Skips scripts, styles, form fields, navigation, editors, hidden and collapsed content, and page
// boilerplate (site header, footer, sidebars) outside the article. Never changes the DOM. The walk can
// run in slices (a step with a deadline) so that a huge page never blocks the main thread for long.

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
  'SEARCH',
]);

/** Landmarks that hold site boilerplate unless they sit inside the article or main region. */
const BOILERPLATE_TAGS = new Set(['HEADER', 'FOOTER', 'ASIDE']);
const BOILERPLATE_ROLES = new Set(['banner', 'contentinfo', 'complementary', 'navigation', 'search', 'menu']);
const ARTICLE_REGION = 'article, main, [role="main"], [role="article"]';

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

/** True when `element` is a site header, footer or sidebar outside the article or main region. */
function isBoilerplate(element: Element, tag: string): boolean {
  const role = element.getAttribute('role');
  if (role !== null && BOILERPLATE_ROLES.has(role))
    return role === 'navigation' || role === 'menu' || !element.parentElement?.closest(ARTICLE_REGION);
  if (!BOILERPLATE_TAGS.has(tag)) return false;
  if (element.parentElement?.closest(ARTICLE_REGION)) return false;
  // A page header holding the headline belongs to the article.
  return !(tag === 'HEADER' && element.querySelector('h1'));
}

/** True when nothing of `element` should be read. `skip` lets callers exclude their own UI host. */
export function isSkippedElement(element: Element, skip: ReadonlySet<Element> = NO_SKIP): boolean {
  return isSkipped(element, element.tagName.toUpperCase(), skip);
}

/** {@link isSkippedElement} for an element whose upper-case tag name the walk has already read. */
function isSkipped(element: Element, tag: string, skip: ReadonlySet<Element>): boolean {
  if (skip.has(element) || SKIPPED_TAGS.has(tag)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  // An editing host hides its whole subtree from the walk, so checking the attribute is enough
  // (and O(1), where `isContentEditable` climbs every ancestor).
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (INLINE_TAGS.has(tag)) return false;
  if (isBoilerplate(element, tag)) return true;
  return typeof element.checkVisibility === 'function' && !element.checkVisibility();
}

const NO_SKIP: ReadonlySet<Element> = new Set();

/** True for the summary of a <details>: the one child a closed <details> shows. */
function isSummary(child: Node): boolean {
  return child.nodeType === Node.ELEMENT_NODE && (child as Element).tagName === 'SUMMARY';
}

/**
 * A walk over visible text that can pause between steps and resume. What it has read only ever
 * grows at the end: the text of an early {@link TextCollector.result} is a prefix of every later one,
 * with the same offsets, so the top of a page can be analysed before the rest is read.
 */
export interface TextCollector {
  /**
   * Walks until done, until `performance.now()` passes `deadline`, or until at least `stopAt`
   * characters are read; true when the walk is complete.
   */
  step(deadline: number, stopAt?: number): boolean;
  /** Characters read so far. */
  readonly length: number;
  /**
   * The text read so far (all of it once {@link step} returned true). Its `chunks` array keeps
   * growing as the walk goes on; the entries it holds now never change.
   */
  result(): PageText;
}

const BLOCK_EXIT = Symbol('block exit');
/** Nodes visited between clock checks: reading the clock costs more than visiting a node. */
const NODES_PER_CLOCK_CHECK = 256;

/** Starts a walk over the visible text under `root`. Iterative, so deep DOMs cannot overflow the stack. */
export function createTextCollector(root: Element, skip: ReadonlySet<Element> = NO_SKIP): TextCollector {
  const parts: string[] = [];
  const chunks: TextChunk[] = [];
  let length = 0;
  let atBlockBoundary = false;
  const stack: (Node | typeof BLOCK_EXIT)[] = [root];

  const visit = (item: Node | typeof BLOCK_EXIT): void => {
    if (item === BLOCK_EXIT) {
      atBlockBoundary = true;
      return;
    }
    if (item.nodeType === Node.TEXT_NODE) {
      const data = (item as Text).data;
      if (data.length === 0) return;
      if (atBlockBoundary && length > 0) {
        parts.push('\n\n');
        length += 2;
      }
      atBlockBoundary = false;
      chunks.push({ node: item as Text, start: length });
      parts.push(data.replace(LINE_BREAKS, ' '));
      length += data.length;
      return;
    }
    if (item.nodeType !== Node.ELEMENT_NODE) return;
    const element = item as Element;
    // DOM reads cross into the browser: each element's tag name is read once.
    const tag = element.tagName.toUpperCase();
    if (element !== root && isSkipped(element, tag, skip)) return;
    if (BLOCK_TAGS.has(tag)) {
      atBlockBoundary = true;
      stack.push(BLOCK_EXIT);
    }
    // A closed <details> shows its summary only.
    const collapsed = tag === 'DETAILS' && !element.hasAttribute('open');
    for (let child = element.lastChild; child !== null; child = child.previousSibling) {
      if (!collapsed || isSummary(child)) stack.push(child);
    }
  };

  return {
    step(deadline, stopAt = Number.POSITIVE_INFINITY) {
      let sinceCheck = 0;
      while (stack.length > 0) {
        visit(stack.pop()!);
        if (length >= stopAt) return stack.length === 0;
        sinceCheck += 1;
        if (sinceCheck >= NODES_PER_CLOCK_CHECK) {
          sinceCheck = 0;
          if (performance.now() >= deadline) return stack.length === 0;
        }
      }
      return true;
    },
    get length() {
      return length;
    },
    result() {
      // Joined once per call and kept joined, so that asking again as the walk goes on stays cheap.
      if (parts.length > 1) parts.splice(0, parts.length, parts.join(''));
      return { text: parts[0] ?? '', chunks };
    },
  };
}

/** Collects the visible text under `root` in one go. */
export function collectVisibleText(root: Element, skip: ReadonlySet<Element> = NO_SKIP): PageText {
  const collector = createTextCollector(root, skip);
  collector.step(Number.POSITIVE_INFINITY);
  return collector.result();
}

/** Elements under which nothing is read, whatever their styles. */
const SKIPPED_ANCESTORS =
  'script, style, noscript, template, textarea, select, option, button, nav, svg, iframe, head, dialog, search, ' +
  '[hidden], [aria-hidden="true"], [contenteditable]:not([contenteditable="false"]), [role="navigation"], [role="menu"]';

/** True when text placed under `parent` (content added after load) is text a reader sees. */
export function isReadablePlace(parent: Element, skip: ReadonlySet<Element> = NO_SKIP): boolean {
  if (parent.closest(SKIPPED_ANCESTORS)) return false;
  for (let at: Element | null = parent; at; at = at.parentElement) {
    if (skip.has(at)) return false;
    if (BOILERPLATE_TAGS.has(at.tagName) || at.hasAttribute('role')) {
      if (isBoilerplate(at, at.tagName)) return false;
    }
  }
  return typeof parent.checkVisibility !== 'function' || parent.checkVisibility();
}

/** Several stretches of text read separately, as one text (blocks apart) with one offset map. */
export function joinPageTexts(texts: readonly PageText[]): PageText {
  if (texts.length === 1) return texts[0]!;
  const parts: string[] = [];
  const chunks: TextChunk[] = [];
  let length = 0;
  for (const piece of texts) {
    if (piece.text.length === 0) continue;
    if (length > 0) {
      parts.push('\n\n');
      length += 2;
    }
    for (const chunk of piece.chunks) chunks.push({ node: chunk.node, start: chunk.start + length });
    parts.push(piece.text);
    length += piece.text.length;
  }
  return { text: parts.join(''), chunks };
}

/** The visible text of one added node (an element's subtree, or a lone text node). */
export function textOfAddedNode(node: Node, skip: ReadonlySet<Element> = NO_SKIP): PageText {
  if (node.nodeType === Node.TEXT_NODE) {
    const data = (node as Text).data;
    return { text: data.replace(LINE_BREAKS, ' '), chunks: data ? [{ node: node as Text, start: 0 }] : [] };
  }
  if (node.nodeType !== Node.ELEMENT_NODE || isSkippedElement(node as Element, skip))
    return { text: '', chunks: [] };
  return collectVisibleText(node as Element, skip);
}
