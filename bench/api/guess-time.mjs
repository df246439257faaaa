#!/usr/bin/env node
// Expected time to guess a dossier's 4-digit verifier under the verifier guard's defaults
// (apps/api/src/security/rate-limit.ts, the same delay and decay functions, from the build): a
// simulated attacker with M addresses (IPv6 counted per /64) tries as soon as each address may.
// A dossier has two verifiers (last 4 digits of the ID number and of the phone): 2 in 10,000, so
// on average (10,000 + 1) / 3 ≈ 3,334 tries find one. Prints a table; never fails.
// Run: npm run build -w @motcua/api && node bench/api/guess-time.mjs
import { DEFAULT_RATE_LIMITS, decayed, guardDelayMs } from '../../apps/api/dist/security/rate-limit.js';

const TRIES = Math.round((10_000 + 1) / 3);
const { verifierPerAddress: ga, verifierPerCode: gc } = DEFAULT_RATE_LIMITS;

function simulate(addresses) {
  const addr = Array.from({ length: addresses }, () => ({ f: 0, at: -Infinity }));
  let code = { f: 0, at: 0 };
  let now = 0;
  for (let tries = 0; tries < TRIES; ) {
    // The address that may try soonest.
    let best = -1;
    let bestAt = Infinity;
    const fc = decayed(gc, code.f, now - code.at);
    for (let i = 0; i < addr.length; i++) {
      const a = addr[i];
      const fa = a.at === -Infinity ? 0 : decayed(ga, a.f, now - a.at);
      const at = fa > 0 ? a.at + Math.max(guardDelayMs(ga, fa), guardDelayMs(gc, fc)) : now;
      if (at < bestAt) {
        bestAt = at;
        best = i;
      }
    }
    now = Math.max(now, bestAt);
    const a = addr[best];
    const fa = a.at === -Infinity ? 0 : decayed(ga, a.f, now - a.at);
    a.f = fa + 1;
    a.at = now;
    code = { f: decayed(gc, code.f, now - code.at) + 1, at: now };
    tries++;
  }
  return now;
}

const human = (ms) => (ms < 3_600_000 ? `${(ms / 60_000).toFixed(0)} min` : ms < 72 * 3_600_000 ? `${(ms / 3_600_000).toFixed(1)} h` : `${(ms / 86_400_000).toFixed(0)} days`);
console.log(`verifier guard: per address ${JSON.stringify(ga)}, per code ${JSON.stringify(gc)}`);
console.log(`expected tries to find one of 2 verifiers among 10,000: ${TRIES}`);
console.log('| attacker addresses | expected time to guess |');
console.log('|---|---|');
for (const m of [1, 10, 100, 1000]) console.log(`| ${m} | ${human(simulate(m))} |`);
