import type { SearchPort, SearchReply, SearchRequest } from './search-protocol.ts';
import type { SearchService } from './search-service.ts';

/** Answers the page's search requests on `port` and tells it every status change. */
export function serveSearch(port: SearchPort, service: SearchService): () => void {
  const send = (reply: SearchReply) => port.postMessage(reply);
  const onMessage = (event: MessageEvent) => {
    const request = event.data as SearchRequest;
    if (request.kind === 'search') {
      try {
        send({ kind: 'reply', id: request.id, result: service.search(request.query, { allow: request.allow, limit: request.limit }) });
      } catch {
        send({ kind: 'reply', id: request.id, failed: true });
      }
    } else if (request.kind === 'sync') {
      void service.sync().then(() => send({ kind: 'reply', id: request.id }));
    }
  };
  port.addEventListener('message', onMessage);
  const stop = service.subscribe((status) => send({ kind: 'status', status }));
  send({ kind: 'status', status: service.status() });
  return () => {
    stop();
    port.removeEventListener('message', onMessage);
  };
}
