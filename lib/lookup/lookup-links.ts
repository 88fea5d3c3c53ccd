// Builds the https addresses a look-up adds to a card from checked titles and ids, never from
// addresses found in an answer.

const wikiTitle = (title: string): string => encodeURIComponent(title.replace(/ /g, '_'));

/** The English Wikipedia article with this title. */
export function wikipediaPageUrl(title: string): string {
  return `https://en.wikipedia.org/wiki/${wikiTitle(title)}`;
}

/** The Wikimedia Commons page of this file. */
export function commonsFileUrl(fileName: string): string {
  return `https://commons.wikimedia.org/wiki/File:${wikiTitle(fileName)}`;
}

/** The Wikidata page of this item. */
export function wikidataItemUrl(id: string): string {
  return `https://www.wikidata.org/wiki/${encodeURIComponent(id)}`;
}
