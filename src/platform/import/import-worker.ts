import { getBantinDb } from '../db/open-db.ts';
import type { PrepareReply, PrepareRequest } from './import-worker-protocol.ts';
import { prepareImport } from './prepare-import.ts';

// Reading, checking and planning a 5,000-clip file takes seconds of pure
// computation (JSON.parse, the schema, address and fingerprint matching). In
// this worker the page that asked stays responsive and shows the stages.
// IndexedDB is open to workers, so the library is read here too.

const post = (reply: PrepareReply) => self.postMessage(reply);

self.onmessage = async (event: MessageEvent<PrepareRequest>) => {
  try {
    post({ type: 'stage', stage: 'read' });
    const text = await event.data.file.text();
    const result = await prepareImport(getBantinDb(), text, { onStage: (stage) => post({ type: 'stage', stage }), now: event.data.now });
    post({ type: 'done', result });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
};
