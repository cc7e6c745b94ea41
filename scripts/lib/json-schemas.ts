/**
 * JSON Schemas for every kind of data file, generated from the engine's zod schemas (the
 * single source of truth), so modders get autocomplete and validation in their editor.
 * `npm run schemas` writes them to game-data/schemas/; a test fails when they are stale.
 */
import { z } from 'zod'
import { IdSchema, KIND_ALIASES, RECORD_KINDS, RECORD_SCHEMAS, type RecordKind } from '../../app/engine'

export const SCHEMAS_DIR = 'game-data/schemas'

/** `demandPools` → `demand-pools.schema.json`. */
export function schemaFileName(kind: RecordKind): string {
  return `${kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.schema.json`
}

type JsonObject = Record<string, unknown>

/** The JSON Schema of one data file of `kind`: the document envelope around its records. */
export function dataFileJsonSchema(kind: RecordKind): JsonObject {
  // `input`: what an author writes (fields with defaults are optional).
  const record = z.toJSONSchema(RECORD_SCHEMAS[kind], { io: 'input', unrepresentable: 'throw' }) as JsonObject
  const { $schema: _drop, $defs, ...recordSchema } = record
  const id = z.toJSONSchema(IdSchema) as JsonObject
  delete id.$schema
  const kinds = [kind, ...Object.entries(KIND_ALIASES).filter(([, k]) => k === kind).map(([alias]) => alias)]
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://silicon-curtain.invalid/schemas/${schemaFileName(kind)}`,
    title: `Silicon Curtain data file: ${kind}`,
    description:
      'A data document: records add or replace by id, patch merges a JSON Merge Patch into an earlier record, remove deletes one. Generated from the engine schemas by npm run schemas; do not edit.',
    type: 'object',
    additionalProperties: false,
    required: ['kind'],
    properties: {
      $schema: { type: 'string' },
      kind: { enum: kinds },
      notes: { type: 'string', description: 'Free text for authors: what the file holds, where numbers came from.' },
      records: { type: 'array', items: recordSchema },
      patch: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'merge'],
          properties: { id, merge: { type: 'object', description: 'JSON Merge Patch (RFC 7386) applied to the record with this id.' } },
        },
      },
      remove: { type: 'array', items: id },
    },
    ...($defs === undefined ? {} : { $defs }),
  }
}

/** Every schema file: name → text (stable, 2-space JSON with a final newline). */
export function allSchemaFiles(): Map<string, string> {
  const files = new Map<string, string>()
  for (const kind of RECORD_KINDS) {
    files.set(schemaFileName(kind), `${JSON.stringify(dataFileJsonSchema(kind), null, 2)}\n`)
  }
  return files
}
