// The query set of the search benches (Node and Chromium): 1–3 words typed
// without diacritics, as people type in a hurry, plus one-letter and common
// one-word prefixes that expand to many terms (the slow case for as-you-type).
export const BENCH_QUERIES = [
  'hai quan', 'lang son', 'thu ngan sach', 'buon lau', 'chi cuc hai quan', 'dan van kheo', 'ma tuy', 'thuoc la dien tu',
  'cua khau', 'xuat nhap khau', 'tong cuc hai quan', 'bien gioi', 'kim ngach', 'thi dua', 'tan son nhat',
  'van chuyen trai phep', 'ty dong', 'quang tri', 'bo tai chinh', 'cocaine', 'hai quan lang son', 'vang', 'h', 'thu',
];
