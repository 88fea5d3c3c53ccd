// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  collectVisibleText,
  createTextCollector,
  isReadablePlace,
  joinPageTexts,
  textOfAddedNode,
} from '../../../lib/page/visible-text';

function pageWith(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('reading regions', () => {
  it('leaves out the site header, footer and sidebars, but keeps those inside the article', () => {
    const body = pageWith(
      '<header>Site name. Most read: Minister Ana Ruiz</header><aside>Sponsored: Senator Joe Bloggs</aside>' +
        '<article><header><p>Article kicker.</p></header><p>Body text.</p><aside><p>Related fact.</p></aside>' +
        '<footer><p>Article footnote.</p></footer></article><footer>Copyright line.</footer><div role="navigation">Menu</div>',
    );
    const { text } = collectVisibleText(body);
    expect(text).toBe('Article kicker.\n\nBody text.\n\nRelated fact.\n\nArticle footnote.');
  });

  it('keeps a page header that holds the headline', () => {
    const body = pageWith('<header><h1>Minister resigns</h1></header><div><p>Story.</p></div>');
    expect(collectVisibleText(body).text).toBe('Minister resigns\n\nStory.');
  });

  it('reads only the summary of a closed <details>, and all of an open one', () => {
    const body = pageWith(
      '<details><summary>More</summary><p>Hidden part.</p></details><details open><summary>Open</summary><p>Shown part.</p></details>',
    );
    expect(collectVisibleText(body).text).toBe('More\n\nOpen\n\nShown part.');
  });

  it('reads in steps that stop at a deadline and resume where they stopped', () => {
    const paragraphs = Array.from({ length: 2_000 }, (_, index) => `<p>Paragraph ${index}.</p>`).join('');
    const body = pageWith(paragraphs);
    const collector = createTextCollector(body);
    let steps = 1;
    while (!collector.step(Number.NEGATIVE_INFINITY)) steps += 1;
    expect(steps).toBeGreaterThan(1);
    expect(collector.result().text).toBe(collectVisibleText(body).text);
  });

  it('tells whether added content lands where a reader sees it', () => {
    const body = pageWith(
      '<article><div id="posts"></div></article><nav><ul id="menu"></ul></nav><header id="top"><span id="ticker"></span></header><div hidden><p id="off"></p></div>',
    );
    expect(isReadablePlace(body.querySelector('#posts')!)).toBe(true);
    expect(isReadablePlace(body.querySelector('#menu')!)).toBe(false);
    expect(isReadablePlace(body.querySelector('#ticker')!)).toBe(false);
    expect(isReadablePlace(body.querySelector('#off')!)).toBe(false);
  });

  it('joins separately read stretches into one text whose offsets still point at their nodes', () => {
    const body = pageWith('<p id="a">First <b>post</b>.</p><p id="b">Second post.</p>');
    const first = textOfAddedNode(body.querySelector('#a')!);
    const second = textOfAddedNode(body.querySelector('#b')!.firstChild!);
    const joined = joinPageTexts([first, second]);
    expect(joined.text).toBe('First post.\n\nSecond post.');
    const last = joined.chunks.at(-1)!;
    expect(joined.text.slice(last.start, last.start + last.node.length)).toBe('Second post.');
  });
});

describe('added content', () => {
  it('reads only the outermost added nodes in readable places, leaving out text already read', async () => {
    const { readAddedContent } = await import('../../../lib/page/added-content');
    const body = pageWith(
      '<article id="a"><section id="post"><p id="inner">New post.</p></section><p id="old">Old post.</p></article><nav id="n"><a>Menu</a></nav>',
    );
    const post = body.querySelector('#post')!;
    const inner = body.querySelector('#inner')!;
    const old = body.querySelector('#old')!.firstChild!;
    const menu = body.querySelector('#n a')!;
    const read = readAddedContent([post, inner, old, menu], new Set(), (node) => node === old);
    expect(read.text).toBe('New post.');
  });
});
