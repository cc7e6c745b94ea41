/**
 * The engine's public surface. Everything outside app/engine imports from here only.
 * No `export *`: each export is named so the surface stays deliberate.
 */
export { engineInfo, ENGINE_NAME, ENGINE_VERSION } from './engine-info'
export type { EngineInfo } from './engine-info'
