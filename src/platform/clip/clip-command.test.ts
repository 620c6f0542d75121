import { describe, expect, it, vi } from 'vitest';
import type { ClipOutcome } from '../../core/schemas/clip-outcome.ts';
import { clipCommandHandler } from './clip-command.ts';

const outcome: ClipOutcome = { kind: 'failed', error: 'no-tab' };

describe('clipCommandHandler', () => {
  it('clips the whole page of the tab the browser names', async () => {
    const clipPage = vi.fn(async () => outcome);
    const onCommand = clipCommandHandler({ clipPage });
    await expect(onCommand('clip-page', { id: 7, url: 'https://a.vn/x' })).resolves.toBe(outcome);
    expect(clipPage).toHaveBeenCalledWith({ tab: { id: 7, url: 'https://a.vn/x' }, mode: 'page' });
  });

  it('leaves the choice of tab to the service when the browser names none (or a tab without id)', () => {
    const clipPage = vi.fn(async () => outcome);
    const onCommand = clipCommandHandler({ clipPage });
    void onCommand('clip-page');
    void onCommand('clip-page', { url: 'https://a.vn/x' });
    expect(clipPage.mock.calls).toEqual([[{ tab: undefined, mode: 'page' }], [{ tab: undefined, mode: 'page' }]]);
  });

  it('ignores other commands', () => {
    const clipPage = vi.fn(async () => outcome);
    expect(clipCommandHandler({ clipPage })('_execute_action', { id: 1 })).toBeUndefined();
    expect(clipPage).not.toHaveBeenCalled();
  });
});
