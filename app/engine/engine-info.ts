/**
 * Identity of the rules engine: what the title screen, saves and bug reports quote.
 *
 * The version is kept equal to package.json's by a test (the engine may not read files).
 * The build id is injected by the bundler (`__SC_BUILD__`, see electron.vite.config.ts);
 * code run straight from source (tests, the web host under tsx) reports `source`.
 */

declare const __SC_BUILD__: string | undefined

/** What `engineInfo()` answers. */
export interface EngineInfo {
  /** The game's name. */
  name: string
  /** Semantic version of the engine (equal to the package version). */
  version: string
  /** Build identifier: a git commit and date for bundled builds, `source` when run from source. */
  build: string
}

export const ENGINE_NAME = 'Silicon Curtain'
export const ENGINE_VERSION = '0.1.0'

/** Names the engine, its version and the build it came from. */
export function engineInfo(): EngineInfo {
  const build = typeof __SC_BUILD__ === 'string' && __SC_BUILD__ !== '' ? __SC_BUILD__ : 'source'
  return { name: ENGINE_NAME, version: ENGINE_VERSION, build }
}
