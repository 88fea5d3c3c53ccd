// The reader's choice of highlight colours: one labelled list of named palette colours per kind.
// The underline style (solid for officials, wavy for claims) does not change, so kinds never differ
// by colour alone.
import {
  HIGHLIGHT_COLOURS,
  HIGHLIGHT_PALETTE,
  type HighlightColour,
} from '../lib/settings/highlight-palette';
import type { Settings } from '../lib/settings/settings';

type ColourSetting = 'officialColour' | 'claimColour';

const PICKERS: [ColourSetting, string][] = [
  ['officialColour', 'Official highlight colour'],
  ['claimColour', 'Claim highlight colour'],
];

export interface HighlightColourPickerProps {
  settings: Settings;
  onChange: (change: (current: Settings) => Settings) => void;
}

/** Two selects, "Official highlight colour" and "Claim highlight colour". */
export function HighlightColourPicker({ settings, onChange }: HighlightColourPickerProps) {
  return (
    <div class="colour-pickers">
      {PICKERS.map(([setting, label]) => (
        <div key={setting} class="field">
          <label for={`${setting}-select`}>
            <span>{label}</span>
          </label>
          <select
            id={`${setting}-select`}
            value={settings[setting]}
            onChange={(event) => {
              const colour = event.currentTarget.value as HighlightColour;
              onChange((current) => ({ ...current, [setting]: colour }));
            }}
          >
            {HIGHLIGHT_COLOURS.map((colour) => (
              <option key={colour} value={colour}>
                {HIGHLIGHT_PALETTE[colour].label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <p class="status">Officials keep a solid underline and claims a wavy one, whatever the colour.</p>
    </div>
  );
}
