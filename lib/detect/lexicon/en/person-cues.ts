// Words around a name that show it is a person: speech verbs, name particles and name suffixes.

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter((w) => w.length > 0));

/** Verbs of saying and thinking that follow or precede a person's name ("X said", "said X"). */
export const SAY_VERBS = set(`
said says told tells added adds asked asks wrote writes tweeted posted argued argues noted notes explained explains
insisted insists warned warns stated states replied replies continued recalled recalls acknowledged admitted
announced announces claimed claims declared stressed urged testified confirmed denied suggested suggests believes
thinks spoke speaks answered responded responds remarked commented comments conceded agreed agrees
disagreed predicted predicts cautioned emphasized emphasised observed
`);

/** Lower-case particles inside names ("Bill de Blasio", "Ursula von der Leyen", "Osama bin Laden"). */
export const NAME_PARTICLES = set(
  `de da di do dos das du del della der den van von ter ten la le bin ibn bint al el ben ould y`,
);

/** Suffixes after a name that are not part of the name span ("Jr.", "Sr."). */
export const NAME_SUFFIXES = set(`jr sr esq phd md`);
