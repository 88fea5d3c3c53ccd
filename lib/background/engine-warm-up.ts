// Brings the background's analysis engine up to speed before pages need it: its one-time tables are
// built on first need and its code is compiled as it runs, so a fresh background runs a news-like
// text of our own through it several times, each run a task of its own (page requests go between
// them), until the engine has seen enough text or the time budget is spent.
import { analyze } from '../detect';
import { SENSITIVITIES } from '../settings/settings';

/** The story the warm-up reads: {0}..{5} stand for the people in it, {0.}..{5.} for their surnames. */
const STORY = `Talks on the border accord resume in Geneva
By a staff reporter

GENEVA — Deputy Foreign Minister {0} said on Tuesday that the talks would go on, a day after President {1} called the proposal "a serious step". Prime Minister {2}'s office said nothing.

{0.}, the country's chief negotiator, met U.N. envoy {3} and Ambassador {4} for three hours. According to two officials familiar with the talks, the sides may agree on a ceasefire line within weeks. The claim could not be independently verified.

Sen. {5} told reporters that the deal was "far from done". Mr. {1.} is reportedly ready to visit the capital, state media said, citing an unnamed source in the ministry. {3.}'s spokesman, who spoke on condition of anonymity, said the envoy would likely return next month.

Analyst Mira Olsen of the Baltic Policy Institute said the talks appeared to be stalling. "It remains unclear whether {2.} will sign," she said. Defence Minister {4} allegedly ordered troops back from the line, a report in a local newspaper said.

The ministry may announce new sanctions as early as Friday, which could push prices higher. The Daily Courier reported that the envoy had met rebel leaders in secret, citing a diplomat who had seen the minutes.`;

/** People for the story, from several traditions, so that many of the engine's name tables are used. */
const CASTS: readonly (readonly string[])[] = [
  ['Anna Lindqvist', 'Tomas Brandt', 'Elena Marchetti', 'Kwame Asante', 'Yusuf al-Haddad', 'Grace Whitfield'],
  ['Sergei Volkov', 'Maria Fernandes', 'Hiroshi Tanaka', 'Olga Petrenko', 'Jean-Luc Moreau', 'David Okafor'],
  [
    'Fatima Zahra Benali',
    'Lars Eriksen',
    'Nguyen Van Minh',
    'Carlos de la Vega',
    'Ingrid van Dijk',
    'Ahmed bin Rashid',
  ],
  ['Priya Raman', 'Pavel Novak', 'Amara Diallo', 'Stefan Kowalski', 'Leila Haddadi', 'Robert Quinn'],
];

/** Runs of the story at most, and milliseconds of engine time at most, per background lifetime. */
const MAX_RUNS = 24;
const BUDGET_MS = 150;

/** The story with cast number `index` (wrapping). */
export function warmUpStory(index: number): string {
  const cast = CASTS[index % CASTS.length] ?? [];
  return STORY.replace(/\{(\d)(\.?)\}/g, (_, slot: string, surname: string) => {
    const name = cast[Number(slot)] ?? '';
    return surname ? (name.split(' ').pop() ?? '') : name;
  });
}

let started = false;

/**
 * Starts the warm-up, once per background lifetime: one run of the story per task, scheduled with
 * `later`, until {@link MAX_RUNS} runs or {@link BUDGET_MS} of engine time.
 */
export function warmUpEngine(later: (run: () => void) => void = (run) => setTimeout(run, 0)): void {
  if (started) return;
  started = true;
  let runs = 0;
  let spent = 0;
  const step = (): void => {
    const start = performance.now();
    analyze(warmUpStory(runs), { sensitivity: SENSITIVITIES[runs % SENSITIVITIES.length] });
    spent += performance.now() - start;
    runs += 1;
    if (runs < MAX_RUNS && spent < BUDGET_MS) later(step);
  };
  later(step);
}
