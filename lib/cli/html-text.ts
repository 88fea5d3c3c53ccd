// Visible text of an HTML document for the CLI, without a DOM library: drops scripts, styles, the
// head, navigation, site headers and footers, hidden elements and comments; decodes entities; turns
// block elements into paragraph breaks. One linear pass with indexOf, no backtracking regex.
import { decodeEntities } from './html-entities';

const SKIPPED = new Set([
  'script',
  'style',
  'head',
  'nav',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
  'canvas',
  'select',
  'button',
  'form',
  'aside',
  'title',
  'math',
]);
/** Skipped unless inside an article or main element (a site header, not the article's own). */
const CHROME = new Set(['header', 'footer']);
const CONTENT_ROOTS = new Set(['article', 'main']);
const BLOCKS = new Set(
  (
    'p div h1 h2 h3 h4 h5 h6 li ul ol section article main blockquote tr table figure figcaption pre hr dd dt ' +
    'dl address header footer body html caption details summary fieldset legend'
  ).split(' '),
);
const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  hidden: boolean;
  end: number;
}

function readTag(html: string, lt: number): Tag | null {
  let i = lt + 1;
  const closing = html[i] === '/';
  if (closing) i++;
  const nameStart = i;
  while (i < html.length && /[a-zA-Z0-9-]/.test(html[i] ?? '')) i++;
  if (i === nameStart) return null;
  const name = html.slice(nameStart, i).toLowerCase();
  let quote = '';
  let j = i;
  for (; j < html.length; j++) {
    const ch = html[j];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') break;
  }
  const attrs = html.slice(i, j).toLowerCase();
  const hidden =
    /(^|\s)hidden(\s|=|$)/.test(attrs) ||
    attrs.includes('aria-hidden="true"') ||
    /display:\s?none/.test(attrs);
  return { name, closing, selfClosing: attrs.endsWith('/'), hidden, end: Math.min(j + 1, html.length) };
}

/** Extracts the readable text of `html`: paragraphs joined by blank lines, spaces collapsed. */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let skipName = '';
  let skipDepth = 0;
  let contentDepth = 0;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (skipDepth === 0 && textEnd > i) parts.push(decodeEntities(html.slice(i, textEnd)));
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const close = html.indexOf('>', lt);
      i = close < 0 ? html.length : close + 1;
      continue;
    }
    const tag = readTag(html, lt);
    if (!tag) {
      if (skipDepth === 0) parts.push('<');
      i = lt + 1;
      continue;
    }
    i = tag.end;
    if (skipDepth > 0) {
      if (tag.name === skipName && !VOID.has(tag.name) && !tag.selfClosing) skipDepth += tag.closing ? -1 : 1;
      continue;
    }
    if (tag.name === 'br') {
      parts.push('\n');
      continue;
    }
    if (!tag.closing && !VOID.has(tag.name) && !tag.selfClosing) {
      const chrome = CHROME.has(tag.name) && contentDepth === 0;
      if (SKIPPED.has(tag.name) || chrome || tag.hidden) {
        skipName = tag.name;
        skipDepth = 1;
        continue;
      }
    }
    if (CONTENT_ROOTS.has(tag.name)) contentDepth = Math.max(0, contentDepth + (tag.closing ? -1 : 1));
    if (BLOCKS.has(tag.name)) parts.push('\n\n');
    else if (tag.name === 'td' || tag.name === 'th') parts.push(' ');
  }
  return parts
    .join('')
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
        .filter((line) => line !== '')
        .join('\n'),
    )
    .filter((p) => p !== '')
    .join('\n\n');
}
