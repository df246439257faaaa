import { startTestServer } from './src/server.js';
import { spawnSync } from 'node:child_process';
const s = await startTestServer({ config: { seed: false } });
const r = spawnSync('chromium', ['--headless=new', '--no-sandbox', '--disable-gpu', '--virtual-time-budget=15000', '--enable-logging=stderr', '--v=0', '--dump-dom', `${s.url}/docs`], { encoding: 'utf8', timeout: 90000 });
console.log('DOM length', r.stdout.length, 'has operations:', /Tìm thủ tục|searchProcedures|Một Cửa API/.test(r.stdout));
console.log((r.stderr.match(/.*(Content Security Policy|Refused|CSP).*/g) ?? []).slice(0, 5).join('\n'));
await s.close();
