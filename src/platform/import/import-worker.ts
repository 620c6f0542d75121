import { getBantinDb } from '../db/open-db.ts';
import { createImportCore } from './import-core.ts';
import type { ImportReply, ImportRequest } from './import-worker-protocol.ts';

// Reading, checking and planning a 5,000-clip file is seconds of pure
// computation (JSON.parse, the schema, address and fingerprint matching), and
// writing it means serialising every row. Here, off the page's thread, the
// page stays responsive and shows progress. IndexedDB is open to workers,
// and the one transaction of the apply is as atomic here as anywhere.

const core = createImportCore(getBantinDb());
const post = (reply: ImportReply) => self.postMessage(reply);

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  try {
    if (event.data.type === 'prepare') {
      post({ type: 'prepared', outcome: await core.prepare(event.data.file, (stage) => post({ type: 'stage', stage })) });
    } else {
      post({ type: 'applied', outcome: await core.apply((done, total) => post({ type: 'progress', done, total })) });
    }
  } catch (error) {
    post({ type: 'crashed', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
};
