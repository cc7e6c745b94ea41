// Prints vitest's JSON report as the plain line CI reads: `N passed, N failed[, N skipped]`.
// Exits 1 when the report is missing, shows a failure, or (under CI) a skipped test.
import { existsSync, readFileSync } from 'node:fs'

const [file, status] = process.argv.slice(2)
if (!file || !existsSync(file)) {
  console.log(`The test run wrote no report (exit ${status ?? '?'}).`)
  console.log('0 passed, 1 failed')
  process.exit(1)
}
const report = JSON.parse(readFileSync(file, 'utf8'))
const passed = report.numPassedTests ?? 0
const failedSuites = (report.testResults ?? []).filter((r) => r.status === 'failed' && (r.assertionResults ?? []).length === 0).length
const failed = (report.numFailedTests ?? 0) + failedSuites
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
if (skipped > 0) {
  for (const suite of report.testResults ?? []) {
    for (const test of suite.assertionResults ?? []) {
      if (test.status === 'pending' || test.status === 'skipped') console.log(`skipped: ${test.fullName}`)
    }
  }
}
console.log(skipped > 0 ? `${passed} passed, ${failed} failed, ${skipped} skipped` : `${passed} passed, ${failed} failed`)
process.exit(failed > 0 || passed === 0 || (process.env.CI === 'true' && skipped > 0) ? 1 : 0)
