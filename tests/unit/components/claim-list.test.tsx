// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ClaimList } from '../../../components/ClaimList';
import type { PageClaim } from '../../../lib/model/findings';

const claim = (
  index: number,
  category: PageClaim['category'],
  extra: Partial<PageClaim> = {},
): PageClaim => ({
  index,
  excerpt: `Claim ${index}`,
  category,
  reason: 'Because',
  cues: ['cue'],
  ...extra,
});

describe('claim list', () => {
  it('groups claims by kind, says who they are about and their source, and asks to focus one', () => {
    const onFocus = vi.fn();
    const root = document.createElement('div');
    document.body.append(root);
    act(() =>
      render(
        <ClaimList
          onFocus={onFocus}
          claims={[
            claim(0, 'speculative'),
            claim(1, 'anonymous', { about: ['Pavel Voronov'] }),
            claim(2, 'secondhand', { source: 'Kommersant' }),
            claim(3, 'anonymous'),
          ]}
        />,
        root,
      ),
    );
    const headings = [...root.querySelectorAll('h3')].map((heading) => heading.textContent);
    expect(headings).toEqual(['Anonymous source 2', 'Second-hand report 1', 'Speculation 1']);
    expect(root.textContent).toContain('About: Pavel Voronov');
    expect(root.textContent).toContain('Source: Kommersant');
    act(() => (root.querySelectorAll('button')[2] as HTMLButtonElement).click());
    expect(onFocus).toHaveBeenCalledWith(2);
  });
});
