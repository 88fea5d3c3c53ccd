// The shape of a reader's edit to a card, shared by the UI that collects it and the database that
// applies it. Plain data only.
import type { ActorKind } from './records';

/** Fields the reader may change on a card. Absent fields stay as they are; '' clears a text field. */
export interface ActorPatch {
  name?: string;
  aliases?: string[];
  kind?: ActorKind;
  /** A new current role; the previous ones stay as history. */
  title?: string;
  country?: string;
  organisation?: string;
  description?: string;
  links?: string[];
}

/** Another card the reader may merge into the open one. */
export interface MergeCandidate {
  actorId: number;
  name: string;
  detail: string;
}
