// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActorCardView } from '../../../components/ActorCardView';
import { ActorList } from '../../../components/ActorList';
import { NoteForm } from '../../../components/NoteForm';
import type { ActorCard } from '../../../lib/model/findings';

const HOSTILE = '<img src=x onerror=alert(1)>';

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.appendChild(root);
  act(() => render(node, root));
  return root;
}

async function type(textarea: HTMLTextAreaElement, text: string): Promise<void> {
  await act(() => {
    textarea.value = text;
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('note form', () => {
  it('keeps the reader’s text and shows why when saving fails', async () => {
    const onSave = vi.fn().mockRejectedValue(new Error('Storage is full.'));
    const root = mount(<NoteForm onSave={onSave} />);
    const box = root.querySelector('textarea')!;
    await type(box, 'Important thought');
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(onSave).toHaveBeenCalledWith('Important thought');
    expect(root.querySelector('textarea')!.value).toBe('Important thought');
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Storage is full.');
  });

  it('clears the box after a successful save, and labels the box "Note"', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    const root = mount(<NoteForm onSave={onSave} />);
    const box = root.querySelector('textarea')!;
    expect(root.querySelector(`label[for="${box.id}"]`)?.textContent).toBe('Note');
    await type(box, 'Saved thought');
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(root.querySelector('textarea')!.value).toBe('');
  });
});

describe('page text in the UI stays text', () => {
  it('shows an actor named with markup as those characters, in the list and in the card', () => {
    const list = mount(
      <ActorList
        heading="Officials"
        emptyText=""
        onOpen={() => {}}
        actors={[{ key: 'x', name: HOSTILE, aliases: [], isOfficial: true, title: HOSTILE, mentionCount: 1 }]}
      />,
    );
    expect(list.querySelector('img')).toBeNull();
    expect(list.textContent).toContain(HOSTILE);

    const card: ActorCard = {
      actor: {
        id: 1,
        key: 'x',
        name: HOSTILE,
        aliases: [HOSTILE],
        nameKeys: [],
        searchWords: [],
        kind: 'official',
        roles: [{ title: HOSTILE, asOf: '2026-11-26', source: 'page' }],
        createdAt: 0,
        updatedAt: 0,
      },
      notes: [{ id: 1, actorId: 1, text: HOSTILE, words: [], createdAt: 0, updatedAt: 0 }],
      sightings: { count: 0, recent: [] },
    };
    const view = mount(
      <ActorCardView
        card={card}
        onBack={() => {}}
        onSaveNote={async () => {}}
        onEditNote={async () => {}}
        onDeleteNote={() => {}}
        deletedNote={null}
        onUndoDelete={() => {}}
        onUpdate={async () => {}}
        mergeCandidates={[]}
        onMergeSearch={() => {}}
        onMerge={() => {}}
      />,
    );
    expect(view.querySelector('img')).toBeNull();
    expect(view.querySelector('.card-name')?.textContent).toBe(HOSTILE);
    expect(view.querySelector('.note-text')?.textContent).toBe(HOSTILE);
  });
});
