// The named colours a reader may pick for each kind of highlight, with a light and a dark variant
// of each. Pure data: the content script turns a choice into CSS (lib/page/highlight-colours.ts).

/** The palette's colour names, as stored in settings. */
export const HIGHLIGHT_COLOURS = ['blue', 'green', 'purple', 'amber', 'pink', 'grey'] as const;

/** One palette colour. */
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

/** How a colour is painted: a translucent tint behind the words and the underline's colour. */
export interface ColourVariant {
  tint: string;
  line: string;
}

/** A palette colour's readable name and its variants for light and dark colour schemes. */
export interface PaletteEntry {
  label: string;
  light: ColourVariant;
  dark: ColourVariant;
}

/**
 * Tints are translucent so the page's own text colour stays readable on them; lines are strong
 * enough to see on white (light) or on a dark page (dark). Blue and Amber are Dossier's defaults
 * and match entrypoints/content/highlights.css exactly.
 */
export const HIGHLIGHT_PALETTE: Readonly<Record<HighlightColour, PaletteEntry>> = Object.freeze({
  blue: {
    label: 'Blue',
    light: { tint: 'rgb(56 132 255 / 0.2)', line: 'rgb(59 130 246)' },
    dark: { tint: 'rgb(96 165 250 / 0.28)', line: 'rgb(147 197 253)' },
  },
  green: {
    label: 'Green',
    light: { tint: 'rgb(34 197 94 / 0.2)', line: 'rgb(21 128 61)' },
    dark: { tint: 'rgb(74 222 128 / 0.24)', line: 'rgb(134 239 172)' },
  },
  purple: {
    label: 'Purple',
    light: { tint: 'rgb(168 85 247 / 0.18)', line: 'rgb(126 34 206)' },
    dark: { tint: 'rgb(192 132 252 / 0.26)', line: 'rgb(216 180 254)' },
  },
  amber: {
    label: 'Amber',
    light: { tint: 'rgb(245 166 35 / 0.18)', line: 'rgb(214 110 0 / 0.95)' },
    dark: { tint: 'rgb(251 191 36 / 0.22)', line: 'rgb(252 211 77)' },
  },
  pink: {
    label: 'Pink',
    light: { tint: 'rgb(236 72 153 / 0.16)', line: 'rgb(190 24 93)' },
    dark: { tint: 'rgb(244 114 182 / 0.24)', line: 'rgb(249 168 212)' },
  },
  grey: {
    label: 'Grey',
    light: { tint: 'rgb(100 116 139 / 0.18)', line: 'rgb(71 85 105)' },
    dark: { tint: 'rgb(148 163 184 / 0.24)', line: 'rgb(203 213 225)' },
  },
});

/** The colour named `value`, or `fallback` when `value` is not a palette colour. */
export function paletteColour(value: unknown, fallback: HighlightColour): HighlightColour {
  return HIGHLIGHT_COLOURS.find((colour) => colour === value) ?? fallback;
}
