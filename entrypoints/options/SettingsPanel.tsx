// "Detection" and "Privacy": what is highlighted, in which colours and how eagerly, sites switched
// off, online look-up, reading history, and erasing everything.
import { useState } from 'preact/hooks';
import { ConfirmBar } from '../../components/ConfirmBar';
import { HighlightColourPicker } from '../../components/HighlightColourPicker';
import { HighlightSwitches } from '../../components/HighlightSwitches';
import { Switch } from '../../components/Switch';
import { eraseEverything } from '../../lib/db/backup';
import { getDatabase } from '../../lib/db/database';
import { clearSightings } from '../../lib/db/sightings-repo';
import type { Sensitivity } from '../../lib/detect/types';
import { withSiteEnabled } from '../../lib/settings/settings';
import { useSettings } from '../../lib/ui/use-settings';

export interface SettingsPanelProps {
  onChanged: () => void;
}

const SENSITIVITIES: [Sensitivity, string][] = [
  ['strict', 'Strict: only explicit sourcing problems (anonymous, second-hand, unverified)'],
  ['balanced', 'Balanced: also clear speculation (recommended)'],
  ['broad', 'Broad: also softer hedges such as “may” and “could”'],
];

/** Detection settings, the list of sites Dossier is off on, and privacy controls. */
export function SettingsPanel({ onChanged }: SettingsPanelProps) {
  const db = getDatabase();
  const [settings, change] = useSettings();
  const [confirm, setConfirm] = useState<'sightings' | 'everything' | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  if (!settings) return null;

  return (
    <>
      <section aria-labelledby="detection-heading">
        <h2 id="detection-heading">Detection</h2>
        <HighlightSwitches settings={settings} onChange={change} />
        <HighlightColourPicker settings={settings} onChange={change} />
        <fieldset class="sensitivity">
          <legend>Claim sensitivity</legend>
          {SENSITIVITIES.map(([level, label]) => (
            <label key={level} class="radio">
              <input
                type="radio"
                name="sensitivity"
                value={level}
                checked={settings.sensitivity === level}
                onChange={() => change((s) => ({ ...s, sensitivity: level }))}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <h3>Sites where Dossier is off</h3>
        {settings.disabledSites.length === 0 ? (
          <p class="empty">None. Switch a site off with “On this site” in the popup.</p>
        ) : (
          <ul class="rows">
            {settings.disabledSites.map((site) => (
              <li key={site} class="site-row">
                <span>{site}</span>
                <button
                  type="button"
                  aria-label={`Turn Dossier back on for ${site}`}
                  onClick={() => change((s) => withSiteEnabled(s, site, true))}
                >
                  Turn back on
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Privacy</h2>
        <p class="status">
          Dossier sends nothing anywhere unless you switch on online look-up. These controls are about what it
          keeps on this computer.
        </p>
        <Switch
          label="Online look-up"
          checked={settings.onlineLookup}
          describedBy="online-lookup-note"
          onChange={(on) => change((s) => ({ ...s, onlineLookup: on }))}
        />
        <p id="online-lookup-note" class="status">
          Adds “Look up online” to cards. When you use it, the actor’s name is sent to wikidata.org and
          wikipedia.org (the browser asks you first), and what they say is kept in the card with its source
          and date. Nothing else is sent, and nothing is sent while this is off.
        </p>
        <Switch
          label="Remember pages where I met actors"
          checked={settings.recordSightings}
          onChange={(on) => change((s) => ({ ...s, recordSightings: on }))}
        />
        <div class="row-buttons">
          <button type="button" onClick={() => setConfirm('sightings')}>
            Clear reading history
          </button>
          <button type="button" class="danger" onClick={() => setConfirm('everything')}>
            Erase everything
          </button>
        </div>
        {confirm === 'sightings' ? (
          <ConfirmBar
            message="Forget every page where you met an actor? Cards and notes stay."
            confirmLabel="Clear reading history"
            onCancel={() => setConfirm(null)}
            onConfirm={() =>
              void clearSightings(db).then((count) => {
                setConfirm(null);
                setStatus(`Forgot ${count} page visit${count === 1 ? '' : 's'}.`);
                onChanged();
              })
            }
          />
        ) : null}
        {confirm === 'everything' ? (
          <ConfirmBar
            message="Erase every card, note and sighting? This cannot be undone. Export a backup first if you may want them back."
            confirmLabel="Erase everything"
            onCancel={() => setConfirm(null)}
            onConfirm={() =>
              void eraseEverything(db).then(() => {
                setConfirm(null);
                setStatus('Everything was erased.');
                onChanged();
              })
            }
          />
        ) : null}
        {status ? (
          <p class="status" role="status">
            {status}
          </p>
        ) : null}
      </section>
    </>
  );
}
