#!/usr/bin/env node
// `npm test`: lint, type-check, unit tests (Vitest), production build, browser tests
// in Chromium (Playwright + system Chromium), then in WebKit (WebKitWebDriver +
// MiniBrowser, tests/webkit/). Ends with one plain line "N passed, N failed"
// summing every runner, so CI can tell a run that tested nothing; the line
// before it gives the count per runner and engine.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs'

for (const f of ['unit', 'e2e', 'webkit']) rmSync(`reports/${f}.json`, { force: true })
mkdirSync('reports', { recursive: true })
const run = (cmd, args, env = {}) => {
  console.log(`\n$ ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return r.status ?? 1
}
const readJson = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null)
const vitestJson = (name) => ['--reporter=default', '--reporter=json', `--outputFile=reports/${name}.json`]

let failedSteps = []
if (run('npx', ['eslint', '.']) !== 0) failedSteps.push('lint')
if (run('npx', ['tsc', '-p', '.']) !== 0) failedSteps.push('typecheck')
run('npx', ['vitest', 'run', ...vitestJson('unit')])
const built = run('npx', ['vite', 'build', '--logLevel', 'warn']) === 0
if (!built) failedSteps.push('build')
else {
  run('npx', ['playwright', 'test'], { CI: process.env.CI ?? 'true' })
  run('npx', ['vitest', 'run', '--config', 'tests/webkit/vitest.config.ts', ...vitestJson('webkit')])
}

const counts = {}
const failures = []
/** A Vitest JSON report: unit tests, or the WebKit suite. */
function countVitest(label, report) {
  if (!report) return failedSteps.push(`${label} (no report)`)
  counts[label] = [report.numPassedTests, report.numFailedTests]
  for (const file of report.testResults ?? [])
    for (const t of file.assertionResults ?? []) if (t.status === 'failed') failures.push(`[${label}] ${file.name.replace(`${process.cwd()}/`, '')} > ${t.fullName}`)
  // A file that fails to load (or a hook that fails) fails no test but must still fail the run.
  if (!report.success && report.numFailedTests === 0) failedSteps.push(`${label} (a test file or hook failed)`)
}
countVitest('unit', readJson('reports/unit.json'))
const e2e = readJson('reports/e2e.json')
if (e2e) {
  counts.chromium = [e2e.stats.expected, e2e.stats.unexpected + (e2e.errors?.length ?? 0)]
  const walk = (suite, file) => {
    for (const spec of suite.specs ?? []) if (!spec.ok) failures.push(`[chromium] ${file ?? suite.file} > ${spec.title}`)
    for (const s of suite.suites ?? []) walk(s, file ?? suite.file)
  }
  for (const s of e2e.suites ?? []) walk(s)
} else if (built) failedSteps.push('chromium (no report)')
if (built) countVitest('webkit', readJson('reports/webkit.json'))

if (failures.length) console.log(`\nfailed tests:\n${failures.map((f) => `  ${f}`).join('\n')}`)
if (failedSteps.length) console.log(`\nfailed steps: ${failedSteps.join(', ')}`)
let passed = 0
let failed = failedSteps.length
for (const [p, f] of Object.values(counts)) {
  passed += p
  failed += f
}
console.log(`\n${Object.entries(counts).map(([k, [p, f]]) => `${k} ${p} passed, ${f} failed`).join('; ')}`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
