// Reads the text of content added to the page after it was read (a live post, a loaded page of an
// infinite scroll): only the outermost added nodes, only where a reader sees them, and nothing that
// an earlier read already covered. Never changes the DOM.
import { isReadablePlace, joinPageTexts, type PageText, textOfAddedNode } from './visible-text';

/** The nodes of `nodes` that no other node of the list contains. */
export function topmost(nodes: readonly Node[]): Node[] {
  const set = new Set(nodes);
  return nodes.filter((node) => {
    for (let parent = node.parentNode; parent; parent = parent.parentNode) if (set.has(parent)) return false;
    return true;
  });
}

/** The visible text of the added nodes still in the page, as one text; `hasRead` marks text already analysed. */
export function readAddedContent(
  added: readonly Node[],
  skip: ReadonlySet<Element>,
  hasRead: (node: Node) => boolean,
): PageText {
  const roots = topmost(added.filter((node) => node.isConnected));
  const readable = roots.filter((node) => node.parentElement && isReadablePlace(node.parentElement, skip));
  const texts = readable
    .map((node) => textOfAddedNode(node, skip))
    .filter((text) => !text.chunks.some((chunk) => hasRead(chunk.node)));
  return joinPageTexts(texts);
}
