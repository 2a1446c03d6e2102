// Reads Vitest's JSON report, prints counts per suite, and ends with the one line CI reads:
// `N passed, N failed`. Fails when a test was skipped (CI=true allows none) or no PostgreSQL test ran.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

const file = process.argv[2] ?? '.tmp/vitest.json';
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (err) {
  console.log(`No test report at ${file}: ${err.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const suites = new Map();
let postgresPassed = 0;
for (const result of report.testResults ?? []) {
  const path = relative(process.cwd(), result.name);
  const suite = path.startsWith('e2e/') ? 'browser (e2e)' : path.split('/')[0];
  const counts = suites.get(suite) ?? { passed: 0, failed: 0, skipped: 0 };
  for (const a of result.assertionResults ?? []) {
    if (a.status === 'passed') counts.passed++;
    else if (a.status === 'failed') counts.failed++;
    else counts.skipped++;
    if (a.status === 'passed' && a.fullName.includes('[postgres]')) postgresPassed++;
  }
  if ((result.assertionResults ?? []).length === 0 && result.status === 'failed') counts.failed++;
  suites.set(suite, counts);
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const [suite, c] of [...suites].sort()) {
  console.log(`${suite.padEnd(16)} ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
  passed += c.passed;
  failed += c.failed;
  skipped += c.skipped;
}
console.log(`PostgreSQL tests passed: ${postgresPassed}`);
const problems = [];
if (skipped > 0) problems.push(`${skipped} test(s) skipped: CI=true allows no skips`);
if (postgresPassed === 0) problems.push('no PostgreSQL test ran');
if (passed === 0) problems.push('no test ran');
for (const p of problems) console.log(`FAIL: ${p}`);
console.log(`${passed} passed, ${failed + problems.length} failed`);
process.exit(failed > 0 || problems.length > 0 ? 1 : 0);
