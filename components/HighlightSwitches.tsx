// The three highlight switches, "Highlights", "Officials" and "Claims", and any extra switch after
// them (the popup adds "On this site"). Shared by the popup and the options page.
import type { ComponentChildren } from 'preact';
import type { Settings } from '../lib/settings/settings';
import { Switch } from './Switch';

type HighlightFlag = 'highlights' | 'officials' | 'claims';

const SWITCHES: [HighlightFlag, string][] = [
  ['highlights', 'Highlights'],
  ['officials', 'Officials'],
  ['claims', 'Claims'],
];

export interface HighlightSwitchesProps {
  settings: Settings;
  onChange: (change: (current: Settings) => Settings) => void;
  children?: ComponentChildren;
}

/** A grid of labelled switches bound to the reader's settings. */
export function HighlightSwitches({ settings, onChange, children }: HighlightSwitchesProps) {
  return (
    <div class="switches">
      {SWITCHES.map(([flag, label]) => (
        <Switch
          key={flag}
          label={label}
          checked={settings[flag]}
          onChange={(on) => onChange((s) => ({ ...s, [flag]: on }))}
        />
      ))}
      {children}
    </div>
  );
}
