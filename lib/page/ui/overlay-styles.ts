// Styles of Dossier's in-page UI, scoped inside its closed shadow root: the hover card and the
// screen-reader live region. Readable on light and dark pages; no motion for readers who ask for less.

/** The stylesheet text of the overlay's shadow root. */
export const OVERLAY_CSS = `
:host { all: initial; }
.card {
  position: fixed; z-index: 2147483647; box-sizing: border-box;
  max-width: min(340px, calc(100vw - 16px)); padding: 10px 12px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: #1b2233; background: #ffffff; border: 1px solid #c6cede; border-radius: 8px;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.18); pointer-events: auto;
  opacity: 1; transition: opacity 120ms ease-out;
}
.card[hidden] { display: none; }
.kind { font-size: 11px; font-weight: 600; letter-spacing: 0.02em; text-transform: uppercase; color: #4a5570; margin: 0 0 2px; }
.title { font-size: 15px; font-weight: 650; margin: 0; }
.line { margin: 4px 0 0; }
.muted { color: #4a5570; }
.note { margin: 6px 0 0; padding: 6px 8px; border-left: 3px solid #3b82f6; background: #f1f5fd; white-space: pre-wrap; }
.cues { margin: 4px 0 0; }
.cue { display: inline-block; margin: 2px 4px 0 0; padding: 0 5px; border-radius: 4px; background: #fdf0d5; color: #6b3b00; }
button {
  margin-top: 8px; font: inherit; font-weight: 600; color: #ffffff; background: #2759c8;
  border: 0; border-radius: 5px; padding: 4px 10px; cursor: pointer;
}
button:focus-visible { outline: 2px solid #93b4f5; outline-offset: 2px; }
.sr { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .card { color: #e7ebf5; background: #1d2433; border-color: #3a4560; box-shadow: 0 6px 24px rgb(0 0 0 / 0.5); }
  .kind, .muted { color: #a9b4cc; }
  .note { background: #25304a; border-left-color: #60a5fa; }
  .cue { background: #4a3712; color: #fde2a8; }
  button { background: #3b6fe0; }
}
@media (prefers-reduced-motion: reduce) { .card { transition: none; } }
`;
