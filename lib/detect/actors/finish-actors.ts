// Turns actor drafts into the engine's actors: official or not, the most specific title, country,
// aliases, and the reader's "not an official" choices.
import type { Actor } from '../types';
import { nameKey } from './normalize';
import type { ActorDraft, Linked } from './resolve';
import type { TokenList } from './token-list';

/** Finishes drafts into actors: official or not, best title, country. */
export function finishActors(
  drafts: readonly ActorDraft[],
  linked: readonly Linked[],
  tokens: TokenList,
  notOfficial: ReadonlySet<string>,
): Map<ActorDraft, Actor> {
  const official = new Map<ActorDraft, boolean>();
  for (const d of drafts) official.set(d, (d.known?.isOfficial ?? false) || d.roles.some((r) => r.official));
  // A spokesman or aide of an official is an official. Mentions by start offset, built only when needed.
  let byStart: Map<number, ActorDraft> | undefined;
  for (const d of drafts) {
    if (official.get(d) || d.possessors.length === 0) continue;
    byStart ??= mentionsByStart(linked);
    for (const p of d.possessors) {
      const owner = tokens.has(p) ? byStart.get(tokens.start(p)) : undefined;
      if (owner && owner !== d && official.get(owner) && d.roles.some((r) => r.conditional))
        official.set(d, true);
    }
  }
  const out = new Map<ActorDraft, Actor>();
  for (const d of drafts) {
    const blocked =
      notOfficial.size > 0 && [d.key, d.name, ...d.aliases].some((n) => notOfficial.has(nameKey(n)));
    const isOfficial = !blocked && (official.get(d) ?? false);
    // Most drafts have no role or one: only more need the copy and the sort.
    const roles =
      d.roles.length < 2
        ? d.roles
        : [...d.roles].sort((a, b) => Number(b.official) - Number(a.official) || b.size - a.size);
    const best = roles[0];
    const title = best && (best.official || best.conditional || !isOfficial) ? best.text : d.known?.title;
    const country = roles.find((r) => r.country)?.country ?? d.known?.country;
    const aliases = new Set(d.aliases);
    const knownAliases = d.known?.aliases;
    if (Array.isArray(knownAliases)) for (const a of knownAliases) if (typeof a === 'string') aliases.add(a);
    aliases.delete(d.name);
    // Fields in the order of the Actor type, which the JSON of a result keeps: optional ones before
    // mentionCount, and only when set.
    const actor: Omit<Actor, 'mentionCount'> & { mentionCount?: number } = {
      key: d.key,
      name: d.name,
      aliases: [...aliases],
      isOfficial,
    };
    if (title) actor.title = title;
    if (country) actor.country = country;
    const organisation = d.known?.organisation;
    if (organisation) actor.organisation = organisation;
    actor.mentionCount = d.mentions;
    out.set(d, actor as Actor);
  }
  return out;
}

/** The actor of each mention, by the mention's start offset (a later mention at the same offset wins). */
function mentionsByStart(linked: readonly Linked[]): Map<number, ActorDraft> {
  const byStart = new Map<number, ActorDraft>();
  for (const l of linked) byStart.set(l.start, l.actor);
  return byStart;
}
