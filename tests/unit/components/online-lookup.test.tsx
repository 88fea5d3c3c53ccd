// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HighlightColourPicker } from '../../../components/HighlightColourPicker';
import { OnlineLookup } from '../../../components/OnlineLookup';
import type { ActorRecord } from '../../../lib/model/records';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings';

const HOSTILE = '<img src=x onerror=alert(1)>';

const actor: ActorRecord = {
  id: 1,
  key: 'ana ruiz',
  name: 'Ana Ruiz',
  aliases: [],
  nameKeys: ['ana ruiz'],
  searchWords: ['ana', 'ruiz'],
  kind: 'official',
  roles: [
    { title: 'Trade minister', asOf: '2026-11-01', source: 'page' },
    { title: HOSTILE, asOf: '2015', until: '2019-06', source: 'lookup' },
  ],
  lookup: {
    at: Date.UTC(2026, 10, 26),
    sources: ['wikidata', 'wikipedia'],
    description: HOSTILE,
    extract: HOSTILE,
  },
  createdAt: 0,
  updatedAt: 0,
};

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.appendChild(root);
  act(() => render(node, root));
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('online look-up in a card', () => {
  it('shows no button while look-up is off, and nothing at all for a card never looked up', () => {
    const { lookup: _lookup, ...plain } = actor;
    expect(mount(<OnlineLookup actor={plain} status={null} />).textContent).toBe('');
    expect(mount(<OnlineLookup actor={actor} status={null} />).querySelector('button')).toBeNull();
  });

  it('offers "Look up online" when switched on, and calls back on a click', () => {
    const onLookUp = vi.fn();
    const root = mount(<OnlineLookup actor={actor} status={null} onLookUp={onLookUp} />);
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Look up online');
    act(() => button!.click());
    expect(onLookUp).toHaveBeenCalledTimes(1);
  });

  it('shows source, date, positions and extract as plain text, never as markup', () => {
    const root = mount(
      <OnlineLookup
        actor={actor}
        status={{ state: 'refused', message: 'Not allowed.' }}
        onLookUp={() => {}}
      />,
    );
    expect(root.textContent).toContain('Looked up on 2026-11-26 from Wikidata and Wikipedia');
    expect(root.textContent).toContain(`${HOSTILE} (2015 to 2019-06)`);
    expect(root.textContent).toContain(`Wikidata: ${HOSTILE}`);
    expect(root.querySelector('.lookup-extract')?.textContent).toBe(HOSTILE);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Not allowed.');
  });
});

describe('highlight colour picker', () => {
  it('offers two labelled lists of named colours and reports the choice', () => {
    let settings: Settings = { ...DEFAULT_SETTINGS };
    const root = mount(
      <HighlightColourPicker settings={settings} onChange={(change) => (settings = change(settings))} />,
    );
    const labels = [...root.querySelectorAll('label')].map(
      (label) => label.querySelector('span')?.textContent,
    );
    expect(labels).toEqual(['Official highlight colour', 'Claim highlight colour']);
    const official = root.querySelector('select')!;
    expect([...official.options].map((option) => option.textContent)).toEqual([
      'Blue',
      'Green',
      'Purple',
      'Amber',
      'Pink',
      'Grey',
    ]);
    expect(official.value).toBe('blue');
    act(() => {
      official.value = 'green';
      official.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(settings.officialColour).toBe('green');
    expect(settings.claimColour).toBe('amber');
  });
});
