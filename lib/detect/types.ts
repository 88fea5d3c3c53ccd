// Shared result types of the analysis engine. Plain data only: no DOM, no browser API, no storage.

/** A half-open range of UTF-16 code units in the analysed text: `text.slice(start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Why a sentence is flagged as an unconfirmed claim. */
export type ClaimCategory = 'anonymous' | 'secondhand' | 'unverified' | 'speculative';

/** How eagerly claims are flagged: strict = explicit sourcing problems only, broad = softer hedges too. */
export type Sensitivity = 'strict' | 'balanced' | 'broad';

/** One person (official or not) met in the text, with everything the text says about them. */
export interface Actor {
  /** Stable key for this text's mentions of the person (normalised canonical name). */
  key: string;
  /** Canonical name, the fullest form the text (or the known-actors list) gives. */
  name: string;
  /** Every other spelling or form seen for this person. */
  aliases: string[];
  /** True when the person holds or held a public office. */
  isOfficial: boolean;
  /** The most specific role the text gives, as written ("Israeli Prime Minister"). */
  title?: string;
  /** Country, in English, when the text or known-actors list gives it ("Russia"). */
  country?: string;
  /** Organisation the role belongs to, when given ("Ministry of Defense"). */
  organisation?: string;
  /** How many mentions of this actor the text holds. */
  mentionCount: number;
}

/** A mention of a person: the name span only, never the title. */
export interface PersonMention extends TextSpan {
  actorKey: string;
}

/** A mention of an official: the name span (title excluded), with the actor's canonical name and role. */
export interface OfficialMention extends TextSpan {
  actorKey: string;
  name: string;
  title?: string;
}

/** A sentence (or clause) presenting a claim the article does not establish. */
export interface Claim extends TextSpan {
  category: ClaimCategory;
  /** The words that gave it away. */
  cues: TextSpan[];
  /** One plain-English line for the reader ("Attributed to unnamed sources"). */
  reason: string;
  /** The named source the claim is relayed from, when there is one ("Al Arabiya"). */
  source?: string;
}

/** An actor the reader's database (or the bundled starter set) already knows. */
export interface KnownActor {
  name: string;
  aliases?: readonly string[];
  isOfficial: boolean;
  title?: string;
  country?: string;
  organisation?: string;
}

/** Everything the engine found in one text. */
export interface Analysis {
  actors: Actor[];
  /** Every person mention, officials included, ordered by start. */
  people: PersonMention[];
  /** Every official mention, ordered by start. */
  officials: OfficialMention[];
  /** Unconfirmed claims, ordered by start, not overlapping. */
  claims: Claim[];
}

export interface AnalyzeOptions {
  knownActors?: readonly KnownActor[];
  /** Names the reader marked "not an official": found as people only. */
  notOfficials?: readonly string[];
  sensitivity?: Sensitivity;
}
