// Turns an assembled actor into its final shape: roles ordered newest first, the role to show chosen
// (the newest current one, else the newest ended one marked "Former"), and empty fields left out.
import type { ActorEntry } from './collect-actors';
import { hasEnded, toIsoDate } from './iso-date';
import type { ImportedActor, ImportedRole } from './types';

/** "President of Albania" -> "Former President of Albania"; titles already saying so are kept. */
export function formerTitle(title: string): string {
  return /^(former|ex-|past)\b/i.test(title) ? title : `Former ${title}`;
}

/** Newest start first; undated roles after dated ones, in file order (the sort is stable). */
function newestFirst(roles: readonly ImportedRole[]): ImportedRole[] {
  return [...roles].sort((a, b) => {
    if (a.start === b.start) return 0;
    if (!a.start) return 1;
    if (!b.start) return -1;
    return a.start < b.start ? 1 : -1;
  });
}

/** The final actor for an entry; `listDate` is the list's own date, used when a role gives none. */
export function settleActor(entry: ActorEntry, today: string, listDate?: string): ImportedActor {
  const roles = newestFirst(entry.roles);
  const current = roles.find((role) => !hasEnded(role.end, today));
  const shown = current ?? roles[0];
  const actor: ImportedActor = { name: entry.name, aliases: entry.aliases, kind: entry.kind };
  if (shown) actor.title = current ? shown.title : formerTitle(shown.title);
  const country = shown?.country ?? entry.country;
  const organisation = shown?.organisation ?? entry.organisation;
  const asOf = shown?.start ?? toIsoDate(listDate);
  if (country) actor.country = country;
  if (organisation) actor.organisation = organisation;
  if (asOf) actor.asOf = asOf;
  if (entry.description) actor.description = entry.description;
  if (entry.links.length > 0) actor.links = entry.links;
  if (Object.keys(entry.externalIds).length > 0) actor.externalIds = entry.externalIds;
  if (roles.length > 0) actor.roles = roles;
  return actor;
}
