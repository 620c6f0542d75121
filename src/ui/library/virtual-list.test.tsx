// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VirtualList } from './virtual-list.tsx';

afterEach(cleanup);

describe('VirtualList', () => {
  it('renders a window of 50,000 rows, follows the scroll, and asks for the rows in view', async () => {
    const onRangeChange = vi.fn();
    render(<VirtualList count={50_000} rowHeight={76} label="Bài" renderRow={(i) => <span>Hàng {i}</span>} onRangeChange={onRangeChange} />);
    const rows = () => screen.getAllByRole('listitem');
    expect(rows().length).toBeGreaterThan(5);
    expect(rows().length).toBeLessThan(40);
    expect(screen.getByText('Hàng 0')).toBeTruthy();
    expect(screen.getByRole('list').style.height).toBe(`${50_000 * 76}px`);
    expect(rows()[0]!.getAttribute('aria-setsize')).toBe('50000');

    const box = screen.getByRole('list').parentElement!;
    box.scrollTop = 76 * 30_000;
    fireEvent.scroll(box);
    await waitFor(() => expect(screen.getByText('Hàng 30000')).toBeTruthy());
    expect(screen.queryByText('Hàng 0')).toBeNull();
    expect(rows().length).toBeLessThan(40);
    expect(rows()[0]!.getAttribute('aria-posinset')).toBe(String(Number(rows()[0]!.textContent!.split(' ')[1]) + 1));
    await waitFor(() => {
      const [start, end] = onRangeChange.mock.calls.at(-1)!;
      expect(start).toBeLessThanOrEqual(30_000);
      expect(end).toBeGreaterThan(30_000);
      expect(end - start).toBeLessThan(40);
    });
  });
});
