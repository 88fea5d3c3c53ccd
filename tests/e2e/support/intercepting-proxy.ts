// A local HTTPS proxy for E2E tests: the browser sends its https requests for a few named hosts
// here (CONNECT), and this answers them itself with a test certificate. Any other host is refused,
// so a test never reaches the internet.
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { makeTestCertificate } from './test-certificate';

/** A running proxy. */
export interface InterceptingProxy {
  /** The proxy's port on 127.0.0.1. */
  port: number;
  /** Every request answered, as "https://host/path?query", in order. */
  requests: string[];
  /** Every CONNECT refused, as "host:port". */
  refused: string[];
  close(): Promise<void>;
}

/** Starts a proxy that answers https requests for `hosts` with `answer`. */
export async function startInterceptingProxy(
  hosts: readonly string[],
  answer: (url: URL, request: IncomingMessage, response: ServerResponse) => void,
): Promise<InterceptingProxy> {
  const requests: string[] = [];
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const tls = createHttpsServer(await makeTestCertificate(hosts), (request, response) => {
    const url = new URL(request.url ?? '/', `https://${request.headers.host ?? 'unknown'}`);
    requests.push(url.href);
    answer(url, request, response);
  });
  const proxy = createHttpServer((_request, response) => response.writeHead(405).end());
  proxy.on('connect', (request: IncomingMessage, socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    // A tunnel's socket is ours once CONNECT arrives, error events included: a browser that resets a
    // refused or finished tunnel (ECONNRESET) ends that connection, not the test run.
    socket.on('error', () => socket.destroy());
    const target = request.url ?? '';
    const [host, port] = target.split(':');
    if (!host || port !== '443' || !hosts.includes(host)) {
      refused.push(target);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    tls.emit('connection', socket);
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  return {
    port: (proxy.address() as AddressInfo).port,
    requests,
    refused,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((done) => proxy.close(() => done()));
      tls.close();
    },
  };
}
