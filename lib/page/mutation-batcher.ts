// Watches the page for added and removed content (live blogs, infinite scroll, late article bodies,
// single-page navigation). The observer callback only collects; one timer turns a burst of changes
// into one batch; a storm of changes is reported as such so that it becomes one rescan.

/** Changes gathered since the last batch. */
export interface MutationBatch {
  /** Nodes added (connected or not at flush time; the receiver checks). */
  added: Node[];
  /** Characters of text in removed nodes. */
  removedText: number;
  /** True when more than {@link STORM_SIZE} nodes changed: read the page again instead. */
  storm: boolean;
}

/** Changed nodes beyond which a batch is a storm. */
export const STORM_SIZE = 1_000;

/** Options of {@link watchMutations}. */
export interface MutationWatchOptions {
  /** Milliseconds between the first change of a burst and the batch. */
  delayMs: number;
  signal: AbortSignal;
  /** Nodes whose own changes are never reported (Dossier's UI host). */
  ignore: (node: Node) => boolean;
  setTimer: (run: () => void, ms: number) => unknown;
}

/** Calls `onBatch` with the changes under `root`, at most once per `delayMs`. */
export function watchMutations(
  root: Node,
  onBatch: (batch: MutationBatch) => void,
  options: MutationWatchOptions,
): void {
  let added: Node[] = [];
  let removedText = 0;
  let changed = 0;
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    if (options.signal.aborted) return;
    const batch: MutationBatch = {
      added: changed > STORM_SIZE ? [] : added,
      removedText,
      storm: changed > STORM_SIZE,
    };
    added = [];
    removedText = 0;
    changed = 0;
    onBatch(batch);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      changed += record.addedNodes.length + record.removedNodes.length;
      if (changed > STORM_SIZE) break;
      for (const node of record.addedNodes) if (!options.ignore(node)) added.push(node);
      for (const node of record.removedNodes)
        if (node.nodeType !== Node.COMMENT_NODE && !options.ignore(node))
          removedText += node.textContent?.length ?? 0;
    }
    if (!scheduled && (added.length > 0 || removedText > 0 || changed > STORM_SIZE)) {
      scheduled = true;
      options.setTimer(flush, options.delayMs);
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  options.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
