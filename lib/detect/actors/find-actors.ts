// Finds people and officials in plain text. (Being written: placeholder returns nothing.)
import type { Actor, AnalyzeOptions, OfficialMention, PersonMention } from '../types';

export interface ActorFindings {
  actors: Actor[];
  people: PersonMention[];
  officials: OfficialMention[];
}

export function findActors(_text: string, _options: AnalyzeOptions): ActorFindings {
  return { actors: [], people: [], officials: [] };
}
