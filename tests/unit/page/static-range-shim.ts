// happy-dom has no StaticRange; browsers do. Tests of page code install this plain holder of the four
// boundary fields, which is all that Dossier's marks and highlights read from a range.

/** Defines `globalThis.StaticRange` when the test DOM lacks it. */
export function installStaticRange(): void {
  if (typeof globalThis.StaticRange === 'function') return;
  class PlainStaticRange {
    readonly startContainer: Node;
    readonly startOffset: number;
    readonly endContainer: Node;
    readonly endOffset: number;
    readonly collapsed: boolean;
    constructor(init: StaticRangeInit) {
      this.startContainer = init.startContainer;
      this.startOffset = init.startOffset;
      this.endContainer = init.endContainer;
      this.endOffset = init.endOffset;
      this.collapsed = init.startContainer === init.endContainer && init.startOffset === init.endOffset;
    }
  }
  Object.assign(globalThis, { StaticRange: PlainStaticRange });
}
