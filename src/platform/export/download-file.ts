// Extension pages download without the `downloads` permission (Bantin does
// not ask for it) the way any page does: a Blob, an object URL and a click on
// an <a download>. The parts are given as they were produced (chunks of text,
// bytes), so a large export is never joined into one giant string.

/** How long the object URL lives: Firefox starts the download after the click returns, and a revoked URL fails it. */
const REVOKE_AFTER_MS = 60_000;

/** Saves `parts` as a file named `fileName`; returns the Blob that was offered. */
export function downloadFile(parts: BlobPart[], fileName: string, type: string, doc: Document = document): Blob {
  const blob = new Blob(parts, { type });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
  return blob;
}
