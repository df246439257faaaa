// The pieces of a province's deployment, as real processes on loopback, for the replica suite:
// a PostgreSQL server of our own (initdb + pg_ctl on a free port, so it can be stopped and
// started), API replicas (`node apps/api/dist/main.js`, the systemd unit's command) and Debian's
// nginx running deploy/nginx/motcua.conf in a temporary prefix. Everything is stopped by stop().
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const API_DIR = dirname(require.resolve('@motcua/api/package.json'));
export const API_MAIN = join(API_DIR, 'dist/main.js');
export const DEPLOY = join(ROOT, 'deploy');

export function findPgBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).filter((v) => existsSync(join(base, v, 'bin/pg_ctl'))).sort((a, b) => Number(a) - Number(b));
  return versions.length ? join(base, versions.at(-1), 'bin') : null;
}

export function findNginx() {
  for (const p of ['/usr/sbin/nginx', '/usr/bin/nginx']) if (existsSync(p)) return p;
  return null;
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolvePort(port));
    });
  });
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL binary as the postgres user when we are root (initdb refuses root). */
function pgRun(bin, args, opts = {}) {
  if (isRoot) {
    const cmd = [bin, ...args].map((a) => `'${String(a).replace(/'/g, `'\\''`)}'`).join(' ');
    return execFileSync('su', ['postgres', '-s', '/bin/bash', '-c', cmd], { stdio: 'pipe', ...opts });
  }
  return execFileSync(bin, args, { stdio: 'pipe', ...opts });
}

export class Postgres {
  constructor(pgBin, dir, port) {
    this.pgBin = pgBin;
    this.dir = dir;
    this.port = port;
    this.url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  }

  static async create(pgBin, workDir) {
    const dir = join(workDir, 'pgdata');
    mkdirSync(dir, { recursive: true });
    if (isRoot) execFileSync('chown', ['-R', 'postgres:postgres', workDir]);
    const pg = new Postgres(pgBin, dir, await freePort());
    pgRun(join(pgBin, 'initdb'), ['-D', dir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8']);
    pg.start();
    return pg;
  }

  start() {
    pgRun(join(this.pgBin, 'pg_ctl'), [
      '-D', this.dir, '-l', join(this.dir, 'log'), '-w', '-t', '30',
      '-o', `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`,
      'start',
    ]);
  }

  stop() {
    pgRun(join(this.pgBin, 'pg_ctl'), ['-D', this.dir, '-m', 'fast', '-w', 'stop']);
  }

  bin(name) {
    return join(this.pgBin, name);
  }
}

/** One API replica: `node dist/main.js` with the environment of deploy/motcua.env.example. */
export class Replica {
  constructor(name, port, env) {
    this.name = name;
    this.port = port;
    this.env = env;
    this.url = `http://127.0.0.1:${port}`;
    this.logs = [];
    this.child = null;
  }

  async start(timeoutMs = 30_000) {
    const child = spawn(process.execPath, [API_MAIN], {
      cwd: API_DIR,
      env: { ...process.env, ...this.env, PORT: String(this.port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.exited = new Promise((r) => child.once('exit', (code, signal) => r({ code, signal })));
    // Whole lines only: a chunk may end in the middle of one.
    const collector = () => {
      let partial = '';
      return (d) => {
        const lines = (partial + String(d)).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) if (line.trim()) this.logs.push(line);
        if (this.logs.length > 20_000) this.logs.splice(0, this.logs.length - 20_000);
      };
    };
    child.stdout.on('data', collector());
    child.stderr.on('data', collector());
    await waitFor(async () => (await fetch(`${this.url}/readyz`, { signal: AbortSignal.timeout(1_000) })).status === 200, timeoutMs, `${this.name} ready`, () => this.logs.slice(-20).join('\n'));
  }

  kill(signal = 'SIGKILL') {
    this.child?.kill(signal);
    return this.exited;
  }

  async stop() {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode !== null) return;
    return this.kill('SIGTERM');
  }
}

/** nginx with deploy/nginx/motcua.conf: only the ports and the /etc/nginx/motcua, /srv/motcua paths change. */
export class Nginx {
  constructor(bin, prefix, port) {
    this.bin = bin;
    this.prefix = prefix;
    this.port = port;
    this.url = `http://127.0.0.1:${port}`;
  }

  static async create(bin, workDir, replicaPorts) {
    const prefix = join(workDir, 'nginx');
    const cdnRoot = join(workDir, 'cdn');
    for (const d of [prefix, join(prefix, 'conf'), join(prefix, 'logs'), join(prefix, 'tmp'), cdnRoot, join(cdnRoot, 'v1')]) mkdirSync(d, { recursive: true });
    writeFileSync(join(cdnRoot, 'v1', 'embed.js'), `// replica suite\n${'console.log("mc");\n'.repeat(200)}`);
    const port = await freePort();
    let site = readFileSync(join(DEPLOY, 'nginx/motcua.conf'), 'utf8');
    const upstreams = [...site.matchAll(/^\s*server 127\.0\.0\.1:\d+ /gm)];
    if (upstreams.length !== replicaPorts.length) throw new Error(`motcua.conf lists ${upstreams.length} replicas, the suite runs ${replicaPorts.length}`);
    let i = 0;
    site = site.replace(/^(\s*server 127\.0\.0\.1:)\d+ /gm, (_, head) => `${head}${replicaPorts[i++]} `);
    site = site.replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${port};`);
    site = site.replaceAll('/etc/nginx/motcua/', `${join(prefix, 'conf')}/`).replace('root /srv/motcua;', `root ${workDir};`);
    writeFileSync(join(prefix, 'conf', 'motcua.conf'), site);
    writeFileSync(join(prefix, 'conf', 'cdn-locations.conf'), readFileSync(join(DEPLOY, 'nginx/cdn-locations.conf'), 'utf8'));
    const tmp = join(prefix, 'tmp');
    writeFileSync(
      join(prefix, 'conf', 'nginx.conf'),
      `daemon off;
worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'logs', 'error.log')} warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${join(prefix, 'logs', 'access.log')};
  client_body_temp_path ${tmp}/body;
  proxy_temp_path ${tmp}/proxy;
  fastcgi_temp_path ${tmp}/fastcgi;
  uwsgi_temp_path ${tmp}/uwsgi;
  scgi_temp_path ${tmp}/scgi;
  include ${join(prefix, 'conf', 'motcua.conf')};
}
`,
    );
    // The workers run as "nobody" when we are root: they must read the CDN files and write temp files.
    for (const d of [workDir, prefix, tmp, cdnRoot, join(cdnRoot, 'v1')]) chmodSync(d, 0o777);
    chmodSync(join(cdnRoot, 'v1', 'embed.js'), 0o644);
    const ng = new Nginx(bin, prefix, port);
    execFileSync(bin, ['-t', '-p', prefix, '-c', join(prefix, 'conf', 'nginx.conf'), '-e', join(prefix, 'logs', 'error.log')], { stdio: 'pipe' });
    ng.child = spawn(bin, ['-p', prefix, '-c', join(prefix, 'conf', 'nginx.conf'), '-e', join(prefix, 'logs', 'error.log')], { stdio: 'ignore' });
    ng.exited = new Promise((r) => ng.child.once('exit', r));
    await waitFor(async () => (await fetch(`${ng.url}/healthz`, { signal: AbortSignal.timeout(1_000) })).status === 200, 15_000, 'nginx up');
    return ng;
  }

  errorLog() {
    try {
      return readFileSync(join(this.prefix, 'logs', 'error.log'), 'utf8');
    } catch {
      return '';
    }
  }

  async stop() {
    if (this.child && this.child.exitCode === null) {
      this.child.kill('SIGQUIT');
      await Promise.race([this.exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (this.child.exitCode === null) this.child.kill('SIGKILL');
    }
  }
}

export async function waitFor(check, timeoutMs, what, details = () => '') {
  const until = Date.now() + timeoutMs;
  let last;
  while (Date.now() < until) {
    try {
      if (await check()) return;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? ` (${last.message})` : ''}\n${details()}`);
}

export function makeWorkDir() {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-replicas-'));
  chmodSync(dir, 0o755);
  return dir;
}

export function removeWorkDir(dir) {
  rmSync(dir, { recursive: true, force: true });
}

export { copyFileSync };
