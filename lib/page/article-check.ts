// Decides whether a page has article-like text worth analysing, cheaply, before any real work.

/** Fewest characters of paragraph text for a page to count as an article. */
export const MIN_ARTICLE_CHARACTERS = 400;

/** True when the page holds enough running prose (paragraphs or an <article>) to be worth analysing. */
export function looksLikeArticle(doc: Document): boolean {
  if (doc.querySelector('article')) return true;
  let characters = 0;
  for (const paragraph of doc.querySelectorAll('p')) {
    characters += paragraph.textContent?.length ?? 0;
    if (characters >= MIN_ARTICLE_CHARACTERS) return true;
  }
  return false;
}
