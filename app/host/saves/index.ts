/** Saves: format, codec, migrations, atomic writes and the save folder (no electron). */
export { writeFileAtomic, TEMP_SUFFIX } from './atomic-write'
export type { AtomicFs, AtomicWriteOptions } from './atomic-write'
export { canonicalJson } from './canonical-json'
export { migrateContent, saveMigrations } from './migrations'
export type { SaveMigration } from './migrations'
export { decodeSave, encodeSave, encodeSaveFile, sha256Hex } from './save-codec'
export type { DecodedSave, DecodeOptions, DecodeResult, EncodeOptions, SaveError, SaveErrorCode } from './save-codec'
export {
  CURRENT_FORMAT_VERSION,
  SAVE_FORMAT,
  SaveContentV1Schema,
  SaveContentV2Schema,
  SaveContentV3Schema,
  SaveContentV4Schema,
  SavedCodesSchema,
  CODE_HASH_SCHEME,
  CurrentSaveContentSchema,
  SaveHeaderSchema,
  saveVersions,
  UNKNOWN_DATA_HASH,
} from './save-format'
export type { HashState, SaveContent, SaveContentV1, SaveContentV2, SaveContentV3, SavedCodes, SaveHeader, SaveInput } from './save-format'
export { AUTOSAVE_PREFIX, isAutosaveName, SAVE_EXTENSION, saveNameProblem } from './save-names'
export { createSaveStore } from './save-store'
export type { SaveListing, SaveStore, SaveStoreError, SaveStoreErrorCode, SaveStoreOptions, SaveStoreResult } from './save-store'
export { replayEntry, ReplayEntrySchema, InterventionSchema, verifyReplay } from './replay'
export type { Intervention } from './replay'
export type { ReplayEntry, ReplayOptions, ReplayResult } from './replay'
