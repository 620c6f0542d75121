import type { Page } from 'playwright-core';
import { formatDayVi, vietnamDay } from '../../src/core/export/index.ts';
import { waitForSaved } from '../../test/e2e/support/bundle-flows.ts';

// The demo's digest is the week's: Monday to Sunday (Vietnam time) of the day
// the pages were clipped, with a title and an introduction an editor would write.

export interface Week {
  start: string;
  end: string;
}

/** The week (Monday–Sunday, yyyy-mm-dd in Vietnam time) holding `now`. */
export function weekOf(now: Date): Week {
  const today = vietnamDay(now.toISOString())!;
  const day = new Date(`${today}T00:00:00Z`);
  const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  return { start: monday.toISOString().slice(0, 10), end: sunday.toISOString().slice(0, 10) };
}

/** The period names the week (in the digest and its file names); the title names the subject. */
export const DIGEST_TITLE = 'Bản tin tuần: thi đua ngành Hải quan';

/** "07/12/2026 – 13/12/2026" */
export const formatWeek = (week: Week): string => `${formatDayVi(week.start)} – ${formatDayVi(week.end)}`;

const INTRO =
  'Những bài về phong trào thi đua của ngành Hải quan được kẹp trong tuần, xếp theo phong trào; bài đăng lại trên trang khác được gộp vào bài gốc.';

/** Fills the composer's title, period and introduction, and waits for them to be saved. */
export async function describeWeeklyDigest(composer: Page, week: Week): Promise<string> {
  const title = DIGEST_TITLE;
  await composer.getByRole('textbox', { name: 'Tên bản tin' }).fill(title);
  await composer.getByLabel('Từ ngày').fill(week.start);
  await composer.getByLabel('Đến ngày').fill(week.end);
  await composer.getByRole('textbox', { name: 'Lời mở đầu' }).fill(INTRO);
  await composer.waitForFunction((expected) => document.title.startsWith(expected), title);
  await waitForSaved(composer);
  return title;
}
