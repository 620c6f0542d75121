import { toNfc } from '../text/to-nfc.ts';

// The text the tagger reads, and that entity offsets point into: the lead
// (sapo) and the body, NFC, separated by a blank line. The lead names the
// units and figures of the story more often than any paragraph, so it is
// tagged too; the body is stored apart from it, hence this one definition.

/** Lead and body as the tagger reads them; entity `start`/`end` index this string. */
export function taggedText(lead: string, text: string): string {
  return [toNfc(lead).trim(), toNfc(text)].filter(Boolean).join('\n\n');
}
