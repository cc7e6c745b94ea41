/** One part of `npm run bench`: a name and a function that returns flat figures. */
export interface BenchSection {
  name: string
  /** Figures keyed with units in their names (e.g. `saveMs`, `gamesPerMinute`). */
  run(): Promise<Record<string, number | string>> | Record<string, number | string>
}
