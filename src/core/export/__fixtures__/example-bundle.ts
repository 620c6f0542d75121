import type { Bundle, BundleFile } from '../../schemas/index.ts';
import { exampleClips } from './example-clips.ts';

// The weekly digest an editor would build from the example clips: fixed data
// (not computed by groupIntoSections), so golden files test only rendering.

export const exampleBundle: Bundle = {
  id: 'bundle-tuan-47-2026',
  title: 'Bản tin Hải quan tuần 47/2026',
  intro: 'Tuần qua, Hải quan Lạng Sơn về đích sớm nhiệm vụ thu ngân sách.\n\nPhong trào “Dân vận khéo” tiếp tục lan tỏa ở khu vực biên giới.',
  period: { start: '2026-11-17', end: '2026-11-23' },
  grouping: 'campaign',
  sections: [
    {
      id: 'campaign:Dân vận khéo', title: 'Dân vận khéo',
      items: [{ clipId: 'clip-huu-nghi-dan-van-kheo', note: '', alsoClipIds: [] }],
    },
    {
      id: 'campaign:Kỷ cương - Đổi mới - Sáng tạo - Hiệu quả', title: 'Kỷ cương - Đổi mới - Sáng tạo - Hiệu quả',
      items: [{ clipId: 'clip-ky-cuong-doi-moi', note: 'Tin <quan trọng> & cần *đọc kỹ*.', alsoClipIds: [] }],
    },
    {
      id: 'campaign:Thi đua yêu nước', title: 'Thi đua yêu nước',
      items: [{ clipId: 'clip-lang-son-thu-ngan-sach', note: '', alsoClipIds: ['clip-bao-lang-son-thu-ngan-sach'] }],
    },
    {
      id: 'other', title: 'Khác',
      items: [{ clipId: 'clip-chi-ma-kim-ngach', note: '', alsoClipIds: [] }],
    },
  ],
  createdAt: '2026-11-23T09:00:00.000Z',
  updatedAt: '2026-11-23T09:30:00.000Z',
};

export const exampleBundleFile: BundleFile = {
  format: 'bantin-bundle',
  formatVersion: 1,
  scope: 'bundle',
  exportedAt: '2026-11-23T10:00:00.000Z',
  generator: 'bantin-test',
  bundles: [exampleBundle],
  clips: exampleClips,
  vocabulary: [{ id: 'user:doi-tuan-tra', kind: 'unit', name: 'Đội tuần tra Hữu Nghị', aliases: ['ĐTT Hữu Nghị'] }],
};
