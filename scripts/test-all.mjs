#!/usr/bin/env node
// `npm test`: lint, type-check, unit tests (Vitest), production build, browser tests
// (Playwright + system Chromium). Ends with one plain line "N passed, N failed"
// summing both runners, so CI can tell a run that tested nothing.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs'

for (const f of ['unit', 'e2e']) rmSync(`reports/${f}.json`, { force: true })
mkdirSync('reports', { recursive: true })
const run = (cmd, args, env = {}) => {
  console.log(`\n$ ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return r.status ?? 1
}
const readJson = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null)

let failedSteps = []
if (run('npx', ['eslint', '.']) !== 0) failedSteps.push('lint')
if (run('npx', ['tsc', '-p', '.']) !== 0) failedSteps.push('typecheck')
run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=reports/unit.json'])
if (run('npx', ['vite', 'build', '--logLevel', 'warn']) !== 0) failedSteps.push('build')
else run('npx', ['playwright', 'test'], { CI: process.env.CI ?? 'true' })

const unit = readJson('reports/unit.json')
const e2e = readJson('reports/e2e.json')
let passed = 0
let failed = 0
if (unit) {
  passed += unit.numPassedTests
  failed += unit.numFailedTests
  // A file that fails to load fails no test but must still fail the run.
  if (!unit.success && unit.numFailedTests === 0) failedSteps.push('unit (a test file failed to run)')
} else failedSteps.push('unit (no report)')
if (e2e) {
  passed += e2e.stats.expected
  failed += e2e.stats.unexpected + (e2e.errors?.length ?? 0)
} else if (!failedSteps.includes('build')) failedSteps.push('e2e (no report)')

if (failedSteps.length) console.log(`\nfailed steps: ${failedSteps.join(', ')}`)
failed += failedSteps.length
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
