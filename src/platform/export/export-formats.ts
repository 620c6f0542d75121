// The files a user can download from a bundle (issue 5), with the name ending
// and MIME type each gets. The type matters: a mail client or a spreadsheet
// opens what the name and type promise.

export const EXPORT_FORMATS = ['json', 'html', 'markdown', 'docx', 'csv', 'figures-csv', 'csl-json', 'ris', 'ndjson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The digest formats need a bundle's sections; the others are tables or records of its clips. */
export const DIGEST_FORMATS: ReadonlySet<ExportFormat> = new Set(['html', 'markdown', 'docx']);

/** Formats that print the article text (or carry it): the others never read the bodies, the bulk of the data. */
export const BODY_FORMATS: ReadonlySet<ExportFormat> = new Set(['json', 'ndjson', 'html', 'markdown', 'docx']);

/** The bodies a format reads: the digests print text only as the summary of a clip without a lead (readExportedClips' `'summary'`). */
export function bodiesFor(format: ExportFormat): boolean | 'summary' {
  if (DIGEST_FORMATS.has(format)) return 'summary';
  return BODY_FORMATS.has(format);
}

export const FORMAT_FILE: Record<ExportFormat, { suffix: string; type: string }> = {
  json: { suffix: '.bantin.json', type: 'application/json' },
  html: { suffix: '.html', type: 'text/html;charset=utf-8' },
  markdown: { suffix: '.md', type: 'text/markdown;charset=utf-8' },
  docx: { suffix: '.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  csv: { suffix: '.csv', type: 'text/csv;charset=utf-8' },
  'figures-csv': { suffix: '-so-lieu.csv', type: 'text/csv;charset=utf-8' },
  'csl-json': { suffix: '.csl.json', type: 'application/vnd.citationstyles.csl+json' },
  ris: { suffix: '.ris', type: 'application/x-research-info-systems' },
  ndjson: { suffix: '.ndjson', type: 'application/x-ndjson' },
};
