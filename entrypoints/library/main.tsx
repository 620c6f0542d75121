import { render } from 'preact';
import '../../src/ui/styles/theme.css';
import { getBantinDb } from '../../src/platform/db/open-db.ts';
import { sendMessage } from '../../src/platform/messaging/send-message.ts';
import { connectLibrarySearch } from '../../src/platform/search/connect-library-search.ts';
import { LibraryRoot } from '../../src/ui/library/library-root.tsx';
import { rememberedLanguage } from '../../src/ui/shared/remembered-language.tsx';

// The library page: a full tab to find, read, review and organise clips
// (library.html#q=…&unit=…, library.html#clip=<id> from the popup).
const db = getBantinDb();
const search = connectLibrarySearch(db);
addEventListener('pagehide', () => search.close());

render(<LibraryRoot services={{ db, search, send: sendMessage }} initialLanguage={rememberedLanguage()} />, document.getElementById('app')!);
