// Asks English Wikipedia's REST API for a page summary, and uses only its plain-text extract.
import { HttpStatusError } from './fetch-json';
import { type LookupContext, requestJson } from './lookup-context';
import { parseSummary } from './wikipedia-parse';

/** The opening of the article titled `title`, or undefined when there is no such standard article. */
export async function fetchWikipediaExtract(
  context: LookupContext,
  title: string,
): Promise<string | undefined> {
  const url = context.endpoints.wikipediaSummary + encodeURIComponent(title.replace(/ /g, '_'));
  try {
    return parseSummary(await requestJson(context, 'Wikipedia', url, 256 * 1024));
  } catch (failure) {
    if (failure instanceof HttpStatusError && failure.status === 404) return undefined;
    throw failure;
  }
}
