import type { ServerResponse } from 'node:http';

export interface EventStream {
  /** Keeps `response` open as a Server-Sent Events stream until the client or `close` ends it. */
  attach(response: ServerResponse): void;
  send(event: string, payload: unknown): void;
  close(): void;
}

/** Pushes the library's events to every open page, as the contract's event names. */
export function createEventStream(): EventStream {
  const clients = new Set<ServerResponse>();
  return {
    attach(response) {
      response.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      response.write(': connected\n\n');
      clients.add(response);
      response.on('close', () => clients.delete(response));
    },
    send(event, payload) {
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const client of clients) client.write(frame);
    },
    close() {
      for (const client of clients) client.end();
      clients.clear();
    },
  };
}
