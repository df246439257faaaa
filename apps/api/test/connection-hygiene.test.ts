// Connection hygiene, tested with raw sockets sending bytes: a refused (413) body closes its
// connection, so what is left of it is never read as the next request of a keep-alive
// connection; slow or never-ending headers and bodies are cut off by the server's timeouts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { connect, type Socket } from 'node:net';
import type { RunningServer } from '../src/main.js';
import { startTestServer } from './support/test-server.js';

const LOOKUP = JSON.stringify({ code: '000.00.25.H56-260302-0001', verifier: '1234' });

/** Opens a socket and collects everything the server sends until it closes (or `waitMs`). */
function rawExchange(port: number, send: (s: Socket) => void | Promise<void>, waitMs: number): Promise<{ text: string; closed: boolean; closedAfterMs: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let done = false;
    const finish = (closed: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ text: Buffer.concat(chunks).toString('latin1'), closed, closedAfterMs: Date.now() - started });
    };
    const timer = setTimeout(() => finish(false), waitMs);
    socket.on('data', (d) => chunks.push(d));
    socket.on('end', () => finish(true));
    socket.on('close', () => finish(true));
    // The server may close while we are still writing the refused body: that is the point.
    socket.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' || e.code === 'EPIPE' ? finish(true) : reject(e)));
    socket.on('connect', () => void Promise.resolve(send(socket)).catch(() => undefined));
  });
}

function statusLines(text: string): string[] {
  return text.match(/HTTP\/1\.1 \d{3}/g) ?? [];
}

describe('connection hygiene (raw sockets)', () => {
  let server: RunningServer;
  before(async () => {
    server = await startTestServer({ config: { headersTimeoutMs: 1_000, requestTimeoutMs: 2_000, keepAliveTimeoutMs: 5_000 } });
  });
  after(async () => {
    await server.close();
  });

  test('413 for a 3 MB body announces Connection: close and closes; the requests sent behind it are not answered as garbage', async () => {
    const body = Buffer.alloc(3 * 1024 * 1024, 0x61);
    const small = `GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n`;
    const r = await rawExchange(
      server.port,
      (s) => {
        s.write(`POST /v1/dossiers/lookup HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
        s.write(body);
        s.write(small + small);
      },
      5_000,
    );
    assert.deepEqual(statusLines(r.text), ['HTTP/1.1 413'], r.text.slice(0, 400));
    assert.match(r.text, /\r\nconnection: close\r\n/i);
    assert.match(r.text, /application\/problem\+json/);
    assert.equal(r.closed, true, 'the server closed the connection');
  });

  test('413 for a chunked body that grows past the limit (no Content-Length) closes too', async () => {
    const r = await rawExchange(
      server.port,
      async (s) => {
        s.write(`POST /v1/surveys HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nIdempotency-Key: chunked-413-test\r\nTransfer-Encoding: chunked\r\n\r\n`);
        const chunk = Buffer.alloc(16 * 1024, 0x62);
        for (let i = 0; i < 12 && !s.destroyed; i++) {
          s.write(`${chunk.length.toString(16)}\r\n`);
          s.write(chunk);
          s.write('\r\n');
          await new Promise((r) => setTimeout(r, 5));
        }
      },
      5_000,
    );
    assert.deepEqual(statusLines(r.text), ['HTTP/1.1 413'], r.text.slice(0, 400));
    assert.match(r.text, /\r\nconnection: close\r\n/i);
    assert.equal(r.closed, true);
  });

  test('a keep-alive client sends a 3 MB body, then two small requests: both answered', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const send = (method: string, path: string, body?: string | Buffer) =>
      new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port: server.port, method, path, agent, headers: body ? { 'content-type': 'application/json', 'content-length': String(body.length) } : {} }, (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
        });
        req.on('error', reject);
        req.end(body);
      });
    try {
      const big = await send('POST', '/v1/dossiers/lookup', Buffer.alloc(3 * 1024 * 1024, 0x61)).catch((e: NodeJS.ErrnoException) => ({ status: 0, connection: e.code }));
      // The 413, or (if the server's close outran our upload) a reset: never a later request failing.
      assert.ok(big.status === 413 || big.connection === 'ECONNRESET' || big.connection === 'EPIPE', JSON.stringify(big));
      if (big.status === 413) assert.equal(big.connection, 'close');
      assert.equal((await send('POST', '/v1/dossiers/lookup', LOOKUP)).status, 404);
      assert.equal((await send('GET', '/healthz')).status, 200);
    } finally {
      agent.destroy();
    }
  });

  test('headers that never end are cut off by the header timeout (408, closed)', async () => {
    const r = await rawExchange(server.port, (s) => void s.write('GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: '), 6_000);
    assert.equal(r.closed, true, 'closed by the server');
    assert.ok(r.closedAfterMs >= 900 && r.closedAfterMs < 4_000, `closed after ${r.closedAfterMs} ms`);
    assert.ok(r.text === '' || /^HTTP\/1\.1 408/.test(r.text), r.text.slice(0, 200));
  });

  test('a body that never ends is cut off by the request timeout (closed)', async () => {
    const r = await rawExchange(
      server.port,
      (s) => void s.write(`POST /v1/dossiers/lookup HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"code":`),
      8_000,
    );
    assert.equal(r.closed, true, 'closed by the server');
    assert.ok(r.closedAfterMs >= 1_900 && r.closedAfterMs < 5_000, `closed after ${r.closedAfterMs} ms`);
  });

  test('a healthy keep-alive connection serves several requests', async () => {
    const get = `GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n`;
    const r = await rawExchange(server.port, (s) => void s.write(get + get + get), 1_000);
    assert.deepEqual(statusLines(r.text), ['HTTP/1.1 200', 'HTTP/1.1 200', 'HTTP/1.1 200']);
  });
});
