/** The validated ruleset: every record of every kind, keyed by id. */
import type { Constants } from './constants'
import type { RecordKind, RecordOf } from './kinds'

/** Records of every kind keyed by id (insertion order = load order), plus the model constants. */
export type Rules = { [K in Exclude<RecordKind, 'constants'>]: Record<string, RecordOf<K>> } & {
  constants: Constants
}
