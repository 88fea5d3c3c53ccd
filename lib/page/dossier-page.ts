// Dossier on one page: applies the reader's switches, reads and analyses the page in slices, paints
// highlights, follows the page as it changes (added posts, single-page navigation), and drives the
// hover card and navigation. Does nothing but keep the settings while the site is switched off.
// Knows no browser extension API: the content script passes in what reaches the background.
import type { KnownActor } from '../detect/types';
import type { PageFindings } from '../model/findings';
import { isSiteEnabled, type Settings } from '../settings/settings';
import { readAddedContent } from './added-content';
import { looksLikeArticle } from './article-check';
import { HighlightNavigator } from './highlight-navigator';
import { clearAllHighlights, HighlightSet, paintFocus, type Visibility } from './highlight-registry';
import { measuringRange } from './hit-test';
import { type HoverWatch, watchHover } from './hover-watch';
import { watchNavigationKeys } from './keyboard-shortcuts';
import { KnownActorCache } from './known-actor-cache';
import { LocationWatch } from './location-watch';
import type { Mark } from './marks';
import { type MutationBatch, watchMutations } from './mutation-batcher';
import { recordSpan } from './page-clock';
import { PageModel } from './page-model';
import {
  type Analyser,
  analyseSegment,
  PIECE_CHARACTERS,
  type ScanMode,
  type Segment,
  scanSliced,
} from './page-scan';
import { CardPresenter, type CardServices } from './ui/card-presenter';
import { OverlayHost } from './ui/overlay-host';

/** What a Dossier page needs from the content script. */
export interface DossierPageHooks {
  /** Aborts when the content script goes away (extension update or reload). */
  signal: AbortSignal;
  /** Tells the background what the page holds (badge, cards, sightings). */
  report(findings: PageFindings): void;
  card: CardServices;
  /** The engine's analysis of page text (the background runs it). */
  analyse: Analyser;
  /** Called when a scan starts reading an article: the way to the engine can open meanwhile. */
  prepareAnalysis(): void;
  /** The reader's stored actors whose names are made of these page words (never notes). */
  lookupKnownActors(words: string[]): Promise<KnownActor[]>;
  setTimer(run: () => void, ms: number): number;
  clearTimer(id: number): void;
}

/** Milliseconds a burst of DOM changes may last before it is handled. */
const MUTATION_DELAY_MS = 16;
/** Milliseconds between a scan and the rescan that a storm during it asked for. */
const STORM_RESCAN_DELAY_MS = 250;
/** Milliseconds within which a step from the other source is the same key press. */
const DUPLICATE_STEP_MS = 150;
/** Removed text (characters) beyond which the page is read again. */
const REMOVED_TEXT_RESCAN = 2_000;

/** Dossier's work on the current page. */
export class DossierPage {
  private settings: Settings;
  private active: AbortController | null = null;
  private model = new PageModel();
  private highlights = new HighlightSet();
  private generation = 0;
  private scanning = false;
  /** Nodes added while a full scan runs: handled when it ends (it may have read some of them). */
  private deferred: Node[] = [];
  private rescanAfterScan = false;
  /** Stored actors arrived during the first scan: scan once more when it ends. */
  private rescanAfterRefine = false;
  private readonly recorded = new Set<string>();
  private reportTimer = 0;
  /** The addition being analysed, if any: the next one waits for it. */
  private appending: Promise<void> = Promise.resolve();
  private lastStep: { source: 'command' | 'key'; direction: 'next' | 'previous'; at: number } | null = null;
  private readonly overlay = new OverlayHost();
  private readonly known: KnownActorCache;
  private readonly presenter: CardPresenter;
  private hover: HoverWatch | null = null;
  private readonly navigator: HighlightNavigator;
  private readonly skip = { has: (element: Element) => this.overlay.owns(element) } as ReadonlySet<Element>;

  constructor(
    settings: Settings,
    private readonly hooks: DossierPageHooks,
  ) {
    this.settings = settings;
    this.presenter = new CardPresenter(this.overlay, hooks.card);
    this.known = new KnownActorCache(hooks.lookupKnownActors, hooks.setTimer);
    this.navigator = new HighlightNavigator(this.overlay, this.presenter, {
      marks: () => this.visibleMarks(),
      claimMarks: () => this.model.claimMarks(),
      setTimer: hooks.setTimer,
      clearTimer: hooks.clearTimer,
    });
    hooks.signal.addEventListener('abort', () => this.deactivate(), { once: true });
    this.apply(settings, true);
  }

  /** Applies new switches at once: site on or off, kinds shown, sensitivity. */
  apply(next: Settings, first = false): void {
    const previous = this.settings;
    this.settings = next;
    if (this.hooks.signal.aborted) return;
    if (!isSiteEnabled(next, location.hostname)) {
      if (this.active || first) this.deactivate();
      if (!first) this.hooks.report(this.findings());
      return;
    }
    if (!this.active) this.activate();
    else if (next.sensitivity !== previous.sensitivity) void this.fullScan();
    this.highlights.show(this.visibility());
    if (!next.highlights) this.presenter.hide();
  }

  /** What the popup lists. */
  findings(): PageFindings {
    const page = { url: location.href, title: document.title };
    if (!this.active) return { ...page, analysed: false, officials: [], people: [], claims: [] };
    return this.model.findings(page);
  }

  /** Scrolls to claim `index` of {@link findings} and pulses it. */
  focusClaim(index: number): boolean {
    return this.active !== null && this.navigator.focusClaim(index);
  }

  /**
   * Moves to the next or previous highlight. The same key press can arrive twice (as a browser
   * command through the background and as a key event in the page): the second is ignored.
   */
  step(direction: 'next' | 'previous', source: 'command' | 'key' = 'command'): boolean {
    if (!this.active) return false;
    const now = performance.now();
    const last = this.lastStep;
    this.lastStep = { source, direction, at: now };
    if (last && last.source !== source && last.direction === direction && now - last.at < DUPLICATE_STEP_MS)
      return true;
    return this.navigator.step(direction);
  }

  /** What Dossier's in-page UI shows now, as text (for extension pages and tests). */
  describeOverlay(): { card: string | null; announcement: string } {
    return this.overlay.describe();
  }

  private visibility(): Visibility {
    const { highlights, officials, claims } = this.settings;
    return { officials: highlights && officials, claims: highlights && claims };
  }

  private visibleMarks(): Mark[] {
    const shown = this.visibility();
    return this.model.marks().filter((mark) => (mark.kind === 'official' ? shown.officials : shown.claims));
  }

  private activate(): void {
    const active = new AbortController();
    this.active = active;
    const signal = active.signal;
    // The scan opens the way to the engine (slower than reading a piece) and runs up to its first
    // request before anything else is set up; the watchers below start in this same task, so no change
    // to the page can fall between the reading and the watching.
    void this.fullScan();
    const location = new LocationWatch(() => void this.fullScan(), signal);
    watchMutations(document.body, (batch) => this.onBatch(batch, location), {
      delayMs: MUTATION_DELAY_MS,
      signal,
      ignore: (node) => this.overlay.owns(node),
      setTimer: this.hooks.setTimer,
    });
    this.hover = watchHover(this.overlay, this.presenter, {
      signal,
      marksAt: (node) => {
        const shown = this.visibility();
        return this.model
          .marksAt(node)
          .filter((mark) => (mark.kind === 'official' ? shown.officials : shown.claims));
      },
      anchorOf: (mark) => measuringRange(mark)?.getBoundingClientRect() ?? null,
      setTimer: this.hooks.setTimer,
      clearTimer: this.hooks.clearTimer,
    });
    watchNavigationKeys((direction) => this.step(direction, 'key'), signal);
  }

  private deactivate(): void {
    this.generation += 1;
    this.scanning = false;
    this.deferred = [];
    this.rescanAfterScan = false;
    this.rescanAfterRefine = false;
    this.active?.abort();
    this.active = null;
    this.hover = null;
    this.navigator.reset();
    this.presenter.hide();
    this.highlights.remove();
    clearAllHighlights();
    paintFocus(null);
    this.overlay.dispose();
    this.model = new PageModel();
    this.highlights = new HighlightSet();
  }

  /** Reads the whole page again, in slices; a newer scan or switching off cancels it. */
  private async fullScan(): Promise<void> {
    const generation = ++this.generation;
    const cancelled = (): boolean => generation !== this.generation || this.hooks.signal.aborted;
    const started = performance.now();
    if (!looksLikeArticle(document)) {
      this.replace(new PageModel(), new HighlightSet());
      return;
    }
    this.hooks.prepareAnalysis();
    this.scanning = true;
    this.deferred = [];
    const highlights = new HighlightSet();
    // Nothing painted yet: paint piece by piece, top of the page first. A rescan swaps at the end.
    const progressive = this.model.empty;
    if (progressive) this.replace(new PageModel(), highlights);
    let painted = false;
    const onPiece = (marks: Mark[]): void => {
      const registerStart = performance.now();
      highlights.add(marks);
      if (progressive && !painted) recordSpan('register', registerStart, { marks: marks.length });
      if (progressive && marks.length > 0 && !painted) {
        painted = true;
        this.recordFirst('first-highlights', marks.length);
      }
    };
    const knownAtStart = this.known.current.length;
    let storedActorsAsked = false;
    /** Asks for the stored actors the page names: when there are new ones, one rescan adds them. */
    const askForStoredActors = (text: string): void => {
      storedActorsAsked = true;
      void this.known.lookUp(text).then((found) => {
        if (found.length > knownAtStart && !cancelled()) this.refineWithStoredActors();
      });
    };
    const { sensitivity } = this.settings;
    const mode: ScanMode = progressive
      ? // First paint does not wait for the background (see askForStoredActors).
        {
          kind: 'streaming',
          options: { sensitivity, knownActors: this.known.current },
          onTextRead: askForStoredActors,
        }
      : {
          kind: 'whole',
          optionsFor: async (text) => ({ sensitivity, knownActors: await this.known.lookUp(text) }),
        };
    let segment: Segment | null;
    try {
      segment = await scanSliced(document.body, this.skip, mode, this.hooks.analyse, cancelled, onPiece);
    } catch {
      // The background could not be reached, even over a new port (see EngineConnection): a first
      // scan takes its partial highlights away rather than leave marks without cards, and the next
      // change to the page scans again.
      if (cancelled()) return;
      this.scanning = false;
      if (progressive) this.replace(new PageModel(), new HighlightSet());
      return;
    }
    if (!segment || cancelled()) return;
    this.scanning = false;
    const model = new PageModel();
    model.add(segment);
    if (progressive) this.model = model;
    else this.replace(model, highlights);
    recordSpan('scan', started, { marks: segment.marks.length });
    if (!painted) this.recordFirst('first-highlights', 0);
    this.recordFirst('all-highlights', segment.marks.length);
    if (progressive && !storedActorsAsked) {
      // Not asked during the scan (it painted nothing, or only in its last piece): ask now it is done.
      const askedAt = performance.now();
      askForStoredActors(segment.pageText.text);
      recordSpan('task', askedAt, { label: 'look-up' });
    }
    const deferred = this.deferred;
    this.deferred = [];
    if (this.rescanAfterScan || this.rescanAfterRefine) {
      const delay = this.rescanAfterScan ? STORM_RESCAN_DELAY_MS : 0;
      this.rescanAfterScan = false;
      this.rescanAfterRefine = false;
      this.hooks.setTimer(() => void this.fullScan(), delay);
    } else if (deferred.length > 0) this.addStretches(deferred);
    this.reportNow();
  }

  /** Scans again once stored actors are known, after the scan under way if there is one. */
  private refineWithStoredActors(): void {
    if (this.scanning) this.rescanAfterRefine = true;
    else this.hooks.setTimer(() => void this.fullScan(), 0);
  }

  /** Records, once per page load, the time from the script's start to a milestone. */
  private recordFirst(name: string, marks: number): void {
    if (this.recorded.has(name)) return;
    this.recorded.add(name);
    const origin = performance.getEntriesByName('dossier:start', 'mark')[0]?.startTime ?? 0;
    recordSpan(name, origin, { marks });
  }

  private replace(model: PageModel, highlights: HighlightSet): void {
    const old = this.highlights;
    this.navigator.reset();
    this.presenter.hide();
    this.model = model;
    this.highlights = highlights;
    highlights.show(this.visibility());
    old.remove();
    // A reader resting the pointer on a highlight keeps its card across a rebuild.
    this.hover?.recheck();
  }

  private onBatch(batch: MutationBatch, location: LocationWatch): void {
    if (location.check()) return; // the address watch starts a full scan
    if (batch.storm) {
      // A storm during a scan becomes one more scan after it, so that constant churn cannot starve it.
      if (this.scanning) this.rescanAfterScan = true;
      else void this.fullScan();
      return;
    }
    if (this.scanning) {
      this.deferred.push(...batch.added);
      return;
    }
    if (this.model.empty) {
      void this.fullScan();
      return;
    }
    if (batch.removedText > Math.max(REMOVED_TEXT_RESCAN, this.model.textLength / 5)) {
      void this.fullScan();
      return;
    }
    this.addStretches(batch.added);
  }

  /**
   * Analyses added content alone, with the page's actors as context, and paints it. Additions are
   * handled one after another, so that each reads only what the ones before it have not.
   */
  private addStretches(added: readonly Node[]): void {
    this.appending = this.appending.then(() => this.addStretchesNow(added)).catch(() => {});
  }

  private async addStretchesNow(added: readonly Node[]): Promise<void> {
    const generation = this.generation;
    const started = performance.now();
    const pageText = readAddedContent(added, this.skip, (node) => this.model.hasRead(node));
    if (pageText.text.trim().length < 2) return;
    if (pageText.text.length > PIECE_CHARACTERS) {
      void this.fullScan();
      return;
    }
    const options = { sensitivity: this.settings.sensitivity, knownActors: this.known.current };
    const answer = analyseSegment(this.hooks.analyse, pageText, options, this.model.actors());
    recordSpan('task', started, { label: 'append-send' });
    let segment: Segment;
    try {
      segment = await answer;
    } catch {
      return; // the engine did not answer: the next change to the page tries again
    }
    // A full scan started meanwhile reads this text too.
    if (generation !== this.generation || this.scanning || !this.active) return;
    const paintStart = performance.now();
    // Stored actors named only in the new text are asked for now and help from the next addition on.
    void this.known.lookUp(pageText.text);
    this.model.add(segment);
    this.highlights.add(segment.marks);
    recordSpan('task', paintStart, { label: 'append-paint' });
    recordSpan('append', started, { marks: segment.marks.length, characters: pageText.text.length });
    this.scheduleReport();
  }

  private scheduleReport(): void {
    if (this.reportTimer) return;
    this.reportTimer = this.hooks.setTimer(() => {
      this.reportTimer = 0;
      this.reportNow();
    }, 500);
  }

  private reportNow(): void {
    if (this.active) this.hooks.report(this.findings());
  }
}
