// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { spanToDomPoints } from '../../../lib/page/static-ranges';
import { collectVisibleText } from '../../../lib/page/visible-text';

function pageWith(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('visible text', () => {
  it('reads a name split across inline tags as one string, and keeps paragraphs apart', () => {
    const body = pageWith(
      '<p>Foreign Minister <a href="#">Ingrid</a> <em>Solberg</em>-Haug arrived.</p><p>Talks resume.</p>',
    );
    const { text } = collectVisibleText(body);
    expect(text).toBe('Foreign Minister Ingrid Solberg-Haug arrived.\n\nTalks resume.');
  });

  it('leaves out scripts, styles, navigation, form fields, editors and hidden text', () => {
    const body = pageWith(`
      <nav>Home World</nav><script>var secret = 1;</script><style>p{}</style>
      <p>Visible one.</p><p hidden>Hidden attr.</p><div aria-hidden="true">Aria hidden.</div>
      <textarea>draft</textarea><div contenteditable="true">Editor text</div><p>Visible two.</p>`);
    const { text } = collectVisibleText(body);
    expect(text).toContain('Visible one.');
    expect(text).toContain('Visible two.');
    for (const hidden of ['Home', 'secret', 'p{}', 'Hidden attr', 'Aria hidden', 'draft', 'Editor text']) {
      expect(text).not.toContain(hidden);
    }
  });

  it('skips the elements it is told to skip (Dossier’s own UI host)', () => {
    const body = pageWith('<p>Article.</p><div id="host">Dossier card</div>');
    const host = body.querySelector('#host')!;
    expect(collectVisibleText(body, new Set([host])).text).toBe('Article.');
  });

  it('turns line breaks inside a text node into spaces without shifting offsets', () => {
    const body = pageWith('<p>Prime Minister\n   Jonas\tBerg said.</p>');
    const pageText = collectVisibleText(body);
    expect(pageText.text).toBe('Prime Minister    Jonas Berg said.');
    expect(pageText.text.length).toBe(pageText.chunks[0]!.node.length);
  });

  it('maps a span back to exact DOM positions, across inline tags', () => {
    const body = pageWith('<p>Minister <b>Ingrid</b> <i>Solberg-Haug</i> spoke.</p>');
    const pageText = collectVisibleText(body);
    const start = pageText.text.indexOf('Ingrid');
    const end = pageText.text.indexOf(' spoke');
    const range = spanToDomPoints(pageText, start, end)!;
    expect(range.startContainer.textContent).toBe('Ingrid');
    expect(range.startOffset).toBe(0);
    expect(range.endContainer.textContent).toBe('Solberg-Haug');
    expect(range.endOffset).toBe('Solberg-Haug'.length);
  });

  it('starts a span that begins in a block gap at the next node, and gives nothing for an empty span', () => {
    const body = pageWith('<p>One.</p><p>Two.</p>');
    const pageText = collectVisibleText(body);
    const gap = pageText.text.indexOf('\n');
    const range = spanToDomPoints(pageText, gap, pageText.text.length)!;
    expect(range.startContainer.textContent).toBe('Two.');
    expect(range.startOffset).toBe(0);
    expect(spanToDomPoints(pageText, 3, 3)).toBeNull();
  });

  it('reads a very deep DOM without overflowing the stack', () => {
    const depth = 20_000;
    document.body.innerHTML = '';
    let parent: HTMLElement = document.body;
    for (let level = 0; level < depth; level += 1) {
      const child = document.createElement('span');
      parent.appendChild(child);
      parent = child;
    }
    parent.textContent = 'Deep text.';
    expect(collectVisibleText(document.body).text).toBe('Deep text.');
  });
});
