// A fault-injecting HTTP proxy in front of the real API, for the SDK's retry, timeout and
// outbox tests. Every test uses its own scenario so tests running in parallel don't interfere:
//
//   client baseUrl      http://127.0.0.1:<port>/s/<scenario>        (→ the API, faults applied)
//   POST   /__control/<scenario>  { faults?: Fault[], down?: boolean }  queue faults / outage on|off
//   GET    /__control/<scenario>  → { requests: [{ method, path, idempotencyKey, ifNoneMatch, outcome }] }
//
// Fault (one per request, in order): { type: 'drop' } closes the connection without an answer;
// { type: 'delay', ms } waits before forwarding; { type: 'status', status, retryAfter? } answers a
// problem+json with that status; { type: 'lose-response' } forwards (the API stores the write)
// then drops the connection; { type: 'mutate', path, value } forwards and changes one field of
// the JSON answer (contract drift). `down: true` drops every request until `down: false`.
import { createServer, request as httpRequest } from 'node:http';

export async function startFaultProxy(target) {
  const scenarios = new Map();
  const scenario = (id) => {
    let s = scenarios.get(id);
    if (!s) scenarios.set(id, (s = { faults: [], down: false, requests: [] }));
    return s;
  };
  const cors = (req) => ({
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'GET, POST, PUT, OPTIONS',
    'access-control-allow-headers': req.headers['access-control-request-headers'] ?? 'content-type',
    'access-control-expose-headers': 'ETag, Retry-After',
    'access-control-max-age': '0',
  });
  const readBody = (req) =>
    new Promise((resolve, reject) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks)));
      req.on('error', reject);
    });

  const forward = (req, path, body) =>
    new Promise((resolve, reject) => {
      const headers = { ...req.headers, host: new URL(target).host };
      delete headers.origin; // the proxy speaks CORS itself
      const r = httpRequest(new URL(path, target), { method: req.method, headers }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      });
      r.on('error', reject);
      r.end(body);
    });

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://proxy');
      const control = url.pathname.match(/^\/__control\/([\w-]+)$/);
      if (req.method === 'OPTIONS') {
        const m = url.pathname.match(/^\/s\/([\w-]+)/);
        if (m && scenario(m[1]).down) return req.socket.destroy();
        res.writeHead(204, cors(req)).end();
        return;
      }
      if (control) {
        const s = scenario(control[1]);
        if (req.method === 'POST') {
          const cmd = JSON.parse((await readBody(req)).toString() || '{}');
          if (cmd.faults) s.faults.push(...cmd.faults);
          if (cmd.down !== undefined) s.down = cmd.down;
          if (cmd.reset) Object.assign(s, { faults: [], down: false, requests: [] });
        }
        res.writeHead(200, { 'content-type': 'application/json', ...cors(req) }).end(JSON.stringify({ requests: s.requests, down: s.down, faults: s.faults }));
        return;
      }
      const m = url.pathname.match(/^\/s\/([\w-]+)(\/.*)$/);
      if (!m) {
        res.writeHead(404, cors(req)).end();
        return;
      }
      const s = scenario(m[1]);
      const path = m[2] + url.search;
      const body = await readBody(req);
      const fault = s.down ? { type: 'drop' } : s.faults.shift();
      const log = {
        method: req.method,
        path,
        idempotencyKey: req.headers['idempotency-key'] ?? null,
        ifNoneMatch: req.headers['if-none-match'] ?? null,
        at: Date.now(),
        outcome: fault?.type ?? 'pass',
      };
      s.requests.push(log);
      if (fault?.type === 'drop') return req.socket.destroy();
      if (fault?.type === 'status') {
        const headers = { 'content-type': 'application/problem+json', ...cors(req) };
        if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
        const title = fault.status === 429 ? 'Too many requests' : 'Service unavailable';
        res.writeHead(fault.status, headers).end(JSON.stringify({ type: 'urn:motcua:problem:unavailable', title, status: fault.status }));
        return;
      }
      if (fault?.type === 'delay') await new Promise((r) => setTimeout(r, fault.ms));
      if (req.socket.destroyed) return; // the client gave up (timeout)
      const answer = await forward(req, path, body);
      log.status = answer.status;
      if (fault?.type === 'lose-response') return req.socket.destroy();
      let out = answer.body;
      if (fault?.type === 'mutate') {
        const json = JSON.parse(out.toString());
        const keys = fault.path.split('.');
        let node = json;
        for (const k of keys.slice(0, -1)) node = node[k];
        if (fault.value === undefined) delete node[keys.at(-1)];
        else node[keys.at(-1)] = fault.value;
        out = Buffer.from(JSON.stringify(json));
      }
      const headers = {};
      for (const [k, v] of Object.entries(answer.headers)) {
        if (!k.startsWith('access-control-') && !['content-length', 'transfer-encoding', 'connection', 'keep-alive'].includes(k)) headers[k] = v;
      }
      res.writeHead(answer.status, { ...headers, ...cors(req) }).end(out);
    } catch (error) {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
