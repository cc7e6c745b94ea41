/**
 * Encodes and decodes save files. A file is one header line of JSON, a newline, then the
 * body: the canonical JSON of the content, zlib-compressed (`deflate`) or as text (`json`,
 * used by v1 and by hand-written fixtures). The header's sha256 covers the canonical text,
 * so any change to the game content is caught whatever the compression does.
 *
 * Decoding never throws: every refusal is `{ ok: false, code, message }` naming the
 * problem, checked in this order: not a save, too new, truncated, corrupt, checksum,
 * schema (with the path of the first bad field), state hash.
 */
import { createHash } from 'node:crypto'
import { deflateSync, inflateSync } from 'node:zlib'
import { canonicalJson } from './canonical-json'
import { migrateContent } from './migrations'
import {
  contentSchemas,
  CURRENT_FORMAT_VERSION,
  SAVE_FORMAT,
  CurrentSaveContentSchema,
  SaveHeaderSchema,
  type HashState,
  type SaveContent,
  type SaveHeader,
  type SaveInput,
} from './save-format'

/** Stable codes for a refused save file. */
export type SaveErrorCode =
  | 'save/not_a_save'
  | 'save/too_new'
  | 'save/too_old'
  | 'save/truncated'
  | 'save/corrupt'
  | 'save/checksum'
  | 'save/schema'
  | 'save/state_hash'

/** Why a file was refused. */
export interface SaveError {
  ok: false
  code: SaveErrorCode
  message: string
  /** For `save/schema`: where in the content the first problem is. */
  path?: (string | number)[]
}

/** A decoded save, migrated to the current format. */
export interface DecodedSave {
  ok: true
  save: SaveContent
  /** The file's format version when it was older than this build's. */
  migratedFrom?: number
}

export type DecodeResult = DecodedSave | SaveError

/** Largest header line we read; a real header is about 200 bytes. */
const MAX_HEADER_BYTES = 1024
/** Default largest decompressed body (a defence against a file that inflates without end). */
const MAX_BODY_BYTES = 256 * 1024 * 1024
const HEADER_PREFIX = Buffer.from(`{"bodyBytes"`)

/** The sha256 (hex) of a string's UTF-8 bytes. */
export function sha256Hex(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex')
}

/** Options for `encodeSave`. */
export interface EncodeOptions {
  hashState: HashState
  /** Defaults to `deflate`; `json` writes the body as readable text. */
  encoding?: SaveHeader['encoding']
}

/**
 * Builds the bytes of a save file in the current format. The state hash is computed here
 * with `hashState`, so a file can never carry a hash that does not match its state.
 * Throws a TypeError naming the field when the content does not match the schema (a bug
 * in the caller, not a user error).
 */
export function encodeSave(input: SaveInput, options: EncodeOptions): Buffer {
  const content: SaveContent = { ...input, codes: input.codes ?? null, stateHash: options.hashState(input.state) }
  const checked = CurrentSaveContentSchema.safeParse(content)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    throw new TypeError(`Cannot save: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid content'}`)
  }
  return encodeSaveFile(content, CURRENT_FORMAT_VERSION, options.encoding ?? 'deflate')
}

/**
 * Wraps content of any format version in a save file, without checking it. Tests and
 * fixture scripts use it to write older versions and damaged files.
 */
export function encodeSaveFile(content: unknown, formatVersion: number, encoding: SaveHeader['encoding']): Buffer {
  const text = canonicalJson(content)
  const body = encoding === 'deflate' ? deflateSync(Buffer.from(text, 'utf8'), { level: 3 }) : Buffer.from(text, 'utf8')
  const header: SaveHeader = {
    format: SAVE_FORMAT,
    formatVersion,
    encoding,
    bodyBytes: body.length,
    sha256: sha256Hex(text),
  }
  return Buffer.concat([Buffer.from(`${canonicalJson(header)}\n`, 'utf8'), body])
}

function refuse(code: SaveErrorCode, message: string, path?: (string | number)[]): SaveError {
  return path === undefined ? { ok: false, code, message } : { ok: false, code, message, path }
}

/** Options for `decodeSave`. */
export interface DecodeOptions {
  /** When given, the state's hash is recomputed and must equal the saved one. */
  hashState?: HashState
  /** Largest decompressed body accepted (default 256 MB). */
  maxBodyBytes?: number
}

/** Reads a save file's bytes: checks, migrates and validates it, or says why not. */
export function decodeSave(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (file.length === 0) return refuse('save/truncated', 'The save file is empty (it was cut off before anything was written).')

  const newline = file.subarray(0, MAX_HEADER_BYTES + 1).indexOf(0x0a)
  if (newline < 0) {
    // A header that starts right but never ends is a file cut off inside its first line.
    const start = file.subarray(0, HEADER_PREFIX.length)
    if (HEADER_PREFIX.subarray(0, start.length).equals(start) && file.length <= MAX_HEADER_BYTES) {
      return refuse('save/truncated', `The save file is truncated: it ends inside its header, after ${file.length} bytes.`)
    }
    return refuse('save/not_a_save', 'This is not a Silicon Curtain save file (no save header).')
  }

  let rawHeader: unknown
  try {
    rawHeader = JSON.parse(file.subarray(0, newline).toString('utf8'))
  } catch {
    return refuse('save/not_a_save', 'This is not a Silicon Curtain save file (its first line is not a save header).')
  }
  const loose = (typeof rawHeader === 'object' && rawHeader !== null ? rawHeader : {}) as Record<string, unknown>
  if (loose.format !== SAVE_FORMAT) {
    return refuse('save/not_a_save', `This is not a Silicon Curtain save file (format is ${JSON.stringify(loose.format ?? null)}).`)
  }
  const version = loose.formatVersion
  if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_FORMAT_VERSION) {
    return refuse(
      'save/too_new',
      `This save uses format version ${version}, newer than this game understands (${CURRENT_FORMAT_VERSION}). Update the game to load it.`,
    )
  }
  const header = SaveHeaderSchema.safeParse(rawHeader)
  if (!header.success) {
    const issue = header.error.issues[0]
    return refuse('save/corrupt', `The save header is damaged${issue ? ` at ${issue.path.join('.')}: ${issue.message}` : ''}.`)
  }
  const { formatVersion, encoding, bodyBytes, sha256 } = header.data
  const schema = contentSchemas[formatVersion]
  if (schema === undefined) {
    return refuse('save/too_old', `This save uses format version ${formatVersion}, which this game can no longer read.`)
  }

  const body = file.subarray(newline + 1)
  if (body.length < bodyBytes) {
    return refuse('save/truncated', `The save file is truncated: its body ends after ${body.length} of ${bodyBytes} bytes.`)
  }
  if (body.length > bodyBytes) {
    return refuse('save/corrupt', `The save file has ${body.length - bodyBytes} unexpected bytes after its end.`)
  }

  let text: string
  try {
    text = (encoding === 'deflate' ? inflateSync(body, { maxOutputLength: options.maxBodyBytes ?? MAX_BODY_BYTES }) : body).toString('utf8')
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    return refuse('save/corrupt', `The save file's body cannot be decompressed (${why}); the file was changed or damaged.`)
  }
  if (sha256Hex(text) !== sha256) {
    return refuse('save/checksum', 'The save file does not match its checksum: it was edited or damaged after it was written.')
  }

  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return refuse('save/corrupt', 'The save file matches its checksum but its body is not JSON (it was written by a broken tool).')
  }
  const original = schema.safeParse(parsed)
  if (!original.success) return schemaRefusal(original.error.issues[0], `format version ${formatVersion}`)

  let content: unknown = original.data
  if (formatVersion < CURRENT_FORMAT_VERSION) {
    try {
      content = migrateContent(original.data as Record<string, unknown>, formatVersion)
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error)
      return refuse('save/schema', `The save could not be upgraded from format version ${formatVersion}: ${why}.`)
    }
  }
  const current = CurrentSaveContentSchema.safeParse(content)
  if (!current.success) return schemaRefusal(current.error.issues[0], `format version ${formatVersion}, after upgrading`)
  const save = current.data

  if (options.hashState !== undefined) {
    let hash: string
    try {
      hash = options.hashState(save.state)
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error)
      return refuse('save/state_hash', `The saved game state cannot be hashed: ${why}.`)
    }
    if (hash !== save.stateHash) {
      return refuse('save/state_hash', 'The saved game state does not match its state hash (saved by a different game build or altered).')
    }
  }
  return formatVersion < CURRENT_FORMAT_VERSION ? { ok: true, save, migratedFrom: formatVersion } : { ok: true, save }
}

function schemaRefusal(issue: { path: readonly PropertyKey[]; message: string } | undefined, where: string): SaveError {
  const path = (issue?.path ?? []).map((p) => (typeof p === 'number' ? p : String(p)))
  const at = path.length > 0 ? path.join('.') : '(root)'
  return refuse('save/schema', `The save's content is invalid (${where}) at ${at}: ${issue?.message ?? 'does not match the save format'}.`, path)
}
