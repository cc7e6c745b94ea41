/**
 * The data file format. Every JSON document is
 * `{ "$schema"?, "kind", "records"?: [...], "patch"?: [{ "id", "merge" }], "remove"?: [ids] }`.
 * Records add or replace by id; `patch` applies a JSON Merge Patch (RFC 7386) to an existing
 * record; `remove` deletes one. Later documents apply over earlier ones, so mods use the same format.
 */
import { z } from 'zod'
import { IdSchema } from './common'
import { KIND_ALIASES, RECORD_KINDS } from './kinds'

/** One data document (records are checked by their kind's schema after layering). */
export const DataDocumentSchema = z.strictObject({
  $schema: z.string().optional(),
  kind: z.enum([...RECORD_KINDS, ...Object.keys(KIND_ALIASES)] as [string, ...string[]]),
  records: z.array(z.unknown()).optional(),
  patch: z.array(z.strictObject({ id: IdSchema, merge: z.record(z.string(), z.unknown()) })).optional(),
  remove: z.array(IdSchema).optional(),
  /** Free text for authors. */
  notes: z.string().optional(),
})
/** A data document. */
export type DataDocument = z.infer<typeof DataDocumentSchema>
