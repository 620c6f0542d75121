import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { simhash } from '../../../core/fingerprint/simhash.ts';
import type { BantinDb } from '../bantin-db.ts';
import { findSameStory, putClip } from '../clips-repository.ts';
import { freshDb, makeClip } from '../testing/fake-db.ts';

const STORY =
  'Trong 10 tháng năm 2026, Cục Hải quan Lạng Sơn đã phát hiện, bắt giữ 215 vụ vi phạm pháp luật hải quan, trị giá hàng hoá vi phạm ước tính hơn 38 tỷ đồng. ' +
  'Đơn vị đã phối hợp với lực lượng biên phòng, công an và quản lý thị trường tổ chức tuần tra, kiểm soát tại các đường mòn, lối mở trên tuyến biên giới. ' +
  'Lãnh đạo Cục cho biết thời gian tới sẽ tiếp tục tăng cường công tác thu thập thông tin, quản lý rủi ro, tập trung vào các mặt hàng cấm, hàng giả và ma tuý.';
const OTHER =
  'Bộ Tài chính vừa ban hành thông tư hướng dẫn thủ tục hải quan điện tử đối với hàng hoá xuất khẩu, nhập khẩu thương mại, có hiệu lực từ đầu năm sau với nhiều điểm mới về hồ sơ.';

let db: BantinDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('findSameStory', () => {
  it('links a republished copy to the first clip of the story', async () => {
    await putClip(db, makeClip({ id: 'a-root', fingerprint: simhash(STORY) }));
    await putClip(db, makeClip({ id: 'b-copy', fingerprint: simhash(`(Theo Báo Hải quan) ${STORY}`), storyOf: 'a-root' }));
    await putClip(db, makeClip({ id: 'c-other', fingerprint: simhash(OTHER) }));
    await putClip(db, makeClip({ id: 'd-pending', fingerprint: '' }));

    const republished = simhash(STORY.replace('Trong 10 tháng năm 2026,', 'Từ đầu năm đến nay,'));
    const found = await findSameStory(db, republished, { exceptId: 'e-new' });
    expect(found?.clipId).toBe('a-root');
    expect(found!.distance).toBeLessThanOrEqual(10);

    // Only the copy is close enough: the link still goes to the root.
    const onlyCopy = await findSameStory(db, simhash(`(Theo Báo Hải quan) ${STORY}`), { exceptId: 'a-root', maxDistance: 0 });
    expect(onlyCopy).toEqual({ clipId: 'a-root', matchedId: 'b-copy', distance: 0 });
  });

  it('finds nothing for a different story or an empty fingerprint', async () => {
    await putClip(db, makeClip({ id: 'a', fingerprint: simhash(STORY) }));
    expect(await findSameStory(db, simhash(OTHER))).toBeUndefined();
    expect(await findSameStory(db, '')).toBeUndefined();
  });
});

describe('the packed fingerprint cache', () => {
  it('stays right through additions, changes and deletions', async () => {
    const { saveClipContent, deleteClips, restoreClips } = await import('../clips-repository.ts');
    const { loadStoryIndex } = await import('./story-index.ts');
    const other = simhash(OTHER);
    await putClip(db, makeClip({ id: 'a', fingerprint: simhash(STORY) }));
    expect(await findSameStory(db, simhash(STORY), { exceptId: 'new' })).toMatchObject({ clipId: 'a' });
    // Added after the cache was built, through either write path.
    await saveClipContent(db, { clip: makeClip({ id: 'b', fingerprint: other }), body: { id: 'b', text: OTHER, html: '' } });
    expect((await loadStoryIndex(db)).ids).toEqual(['a', 'b']);
    expect(await findSameStory(db, other, { exceptId: 'new' })).toMatchObject({ clipId: 'b' });
    // A clip never matches itself.
    expect(await findSameStory(db, other, { exceptId: 'b' })).toBeUndefined();
    // A changed fingerprint, a deletion and a restore are all seen.
    await putClip(db, makeClip({ id: 'b', fingerprint: simhash(STORY) }));
    expect(await findSameStory(db, other, { exceptId: 'new' })).toBeUndefined();
    const gone = await deleteClips(db, ['a']);
    expect(await findSameStory(db, simhash(STORY), { exceptId: 'new' })).toMatchObject({ clipId: 'b' });
    await restoreClips(db, gone);
    expect(await findSameStory(db, simhash(STORY), { exceptId: 'new' })).toMatchObject({ clipId: 'a' });
  });
});
