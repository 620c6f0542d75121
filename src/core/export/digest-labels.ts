// The words a digest prints around the data. A digest is a Vietnamese
// document, so Vietnamese is the default; a renderer takes another set.

export interface DigestLabels {
  figures: string;
  alsoOn: string;
  note: string;
  period: string;
  footer: (items: number) => string;
}

export const DIGEST_LABELS_VI: DigestLabels = {
  figures: 'Số liệu',
  alsoOn: 'Cũng đăng trên',
  note: 'Ghi chú',
  period: 'Thời gian',
  footer: (n) => `Bản tin gồm ${n} bài, tổng hợp bằng Bantin.`,
};
