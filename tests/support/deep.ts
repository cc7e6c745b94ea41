/**
 * How many cases a property test runs: the suite's quick count, or the full count of a deep
 * run (`SC_DEEP=1 npx vitest run --project property`, docs/testing.md). The quick count is
 * still able to fail; the deep run is what a change to the engine or the loader is checked
 * with before it lands.
 */
export function cases(quick: number, deep: number): number {
  return process.env.SC_DEEP === '1' ? deep : quick
}
