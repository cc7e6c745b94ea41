/**
 * A folder of saves: named saves, autosaves (one per quarter, the newest few kept) and a
 * listing with each save's metadata. Every write is atomic (`writeFileAtomic`), every
 * load is checked (`decodeSave`), and every answer is a value: `{ ok: true, value }` or a
 * refusal with a stable code. A load that is refused names the newest autosave that
 * still loads, so the player has somewhere to go back to.
 */
import { promises as fsp } from 'node:fs'
import path from 'node:path'
import { TEMP_SUFFIX, writeFileAtomic, type AtomicWriteOptions } from './atomic-write'
import { decodeSave, encodeSave, type DecodedSave, type DecodeResult, type SaveErrorCode } from './save-codec'
import type { HashState, SaveContent, SaveInput } from './save-format'
import { autosaveName, isAutosaveName, SAVE_EXTENSION, saveNameProblem } from './save-names'

/** One save in the folder, as a load menu shows it. */
export interface SaveListing {
  name: string
  kind: 'manual' | 'autosave'
  sizeBytes: number
  /** Whether the file loads; when not, `problem` says why. */
  ok: boolean
  /** From the save's own metadata when it loads, else the file's modification time. */
  savedAt: string
  quarter?: string
  scenarioId?: string
  seats?: SaveContent['meta']['seats']
  problem?: { code: SaveErrorCode; message: string }
}

/** Codes the store adds to the file's own (`save/*` from the codec). */
export type SaveStoreErrorCode = SaveErrorCode | 'save/bad_name' | 'save/exists' | 'save/not_found' | 'save/io'

/** A refusal from the store. */
export interface SaveStoreError {
  ok: false
  code: SaveStoreErrorCode
  message: string
  path?: (string | number)[]
  /** On a refused load: the newest autosave that loads, if any (never the refused file). */
  lastGoodAutosave?: SaveListing | null
}

export type SaveStoreResult<T> = { ok: true; value: T } | SaveStoreError

/** How to open a save folder. */
export interface SaveStoreOptions {
  /** The folder (created on first write); under Electron, `userData/saves`. */
  dir: string
  /** The engine's state hash; checked on every load. */
  hashState: HashState
  /** How many autosaves to keep (default 5). */
  keepAutosaves?: number
  atomic?: AtomicWriteOptions
  /** Files larger than this are refused unread (default 64 MB; a late-game save is ~100 KB). */
  maxFileBytes?: number
}

/** A folder of saves. */
export interface SaveStore {
  readonly dir: string
  /** Writes (or overwrites) the named save. */
  save(name: string, input: SaveInput): Promise<SaveStoreResult<SaveListing>>
  /** Writes a save under a new name; refuses an existing name unless `overwrite`. */
  saveAs(name: string, input: SaveInput, options?: { overwrite?: boolean }): Promise<SaveStoreResult<SaveListing>>
  /** Reads, checks and migrates a save (named or autosave). */
  load(name: string): Promise<SaveStoreResult<DecodedSave>>
  /** Every save, newest first, with metadata (broken files too, marked `ok: false`). */
  list(): Promise<SaveStoreResult<SaveListing[]>>
  delete(name: string): Promise<SaveStoreResult<null>>
  /** Writes the next autosave and removes all but the newest `keepAutosaves`. */
  autosave(input: SaveInput): Promise<SaveStoreResult<SaveListing>>
  /** The newest autosave that loads, or null. */
  lastGoodAutosave(except?: string): Promise<SaveListing | null>
  /** Removes temp files a crash left behind; returns how many. */
  removeStaleTempFiles(): Promise<number>
}

function ioError(error: unknown, what: string): SaveStoreError {
  const message = error instanceof Error ? error.message : String(error)
  return { ok: false, code: 'save/io', message: `Could not ${what}: ${message}` }
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'ENOENT'
}

/** A save folder as the store's helpers see it. */
interface SaveFolder {
  dir: string
  fileOf(name: string): string
  maxFileBytes: number
  hashState: HashState
  atomic: AtomicWriteOptions | undefined
}

function checkName(name: string, allowAutosave: boolean): SaveStoreError | null {
  if (allowAutosave && isAutosaveName(name)) return null
  const problem = saveNameProblem(name)
  return problem === null ? null : { ok: false, code: 'save/bad_name', message: problem }
}

async function folderNames(folder: SaveFolder): Promise<string[]> {
  const { dir } = folder
  let entries: string[]
  try {
    entries = await fsp.readdir(dir)
  } catch (error) {
    if (isMissing(error)) return []
    throw error
  }
  return entries
    .filter((entry) => entry.endsWith(SAVE_EXTENSION) && !entry.startsWith('.'))
    .map((entry) => entry.slice(0, -SAVE_EXTENSION.length))
    .filter((name) => isAutosaveName(name) || saveNameProblem(name) === null)
}

/** Reads and decodes a save; a file over the size limit is refused without reading it. */
async function readSave(folder: SaveFolder, name: string, checkStateHash: boolean): Promise<{ decoded: DecodeResult; sizeBytes: number; modifiedAt: Date }> {
  const { maxFileBytes, hashState } = folder
  const file = folder.fileOf(name)
  const info = await fsp.stat(file)
  if (info.size > maxFileBytes) {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`
    const decoded: DecodeResult = { ok: false, code: 'save/corrupt', message: `The file is ${mb(info.size)}, far larger than any save (limit ${mb(maxFileBytes)}).` }
    return { decoded, sizeBytes: info.size, modifiedAt: info.mtime }
  }
  const bytes = await fsp.readFile(file)
  // The state hash is the slowest check; a listing skips it, a load does not.
  const decoded = checkStateHash ? decodeSave(bytes, { hashState }) : decodeSave(bytes)
  return { decoded, sizeBytes: bytes.length, modifiedAt: info.mtime }
}

async function listSave(folder: SaveFolder, name: string, checkStateHash: boolean): Promise<SaveListing> {
  const { decoded, sizeBytes, modifiedAt } = await readSave(folder, name, checkStateHash)
  const kind = isAutosaveName(name) ? 'autosave' : 'manual'
  if (!decoded.ok) {
    return {
      name,
      kind,
      sizeBytes,
      ok: false,
      savedAt: modifiedAt.toISOString(),
      problem: { code: decoded.code, message: decoded.message },
    }
  }
  const { meta, scenarioId } = decoded.save
  return { name, kind, sizeBytes, ok: true, savedAt: meta.savedAt, quarter: meta.quarter, scenarioId, seats: meta.seats }
}

async function writeSave(folder: SaveFolder, name: string, input: SaveInput): Promise<SaveStoreResult<SaveListing>> {
  const { dir } = folder
  let bytes: Buffer
  try {
    bytes = encodeSave(input, { hashState: folder.hashState })
  } catch (error) {
    return { ok: false, code: 'save/schema', message: error instanceof Error ? error.message : String(error) }
  }
  try {
    await fsp.mkdir(dir, { recursive: true })
    await writeFileAtomic(folder.fileOf(name), bytes, folder.atomic)
  } catch (error) {
    return ioError(error, `write the save "${name}"`)
  }
  const { meta, scenarioId } = input
  return {
    ok: true,
    value: {
      name,
      kind: isAutosaveName(name) ? 'autosave' : 'manual',
      sizeBytes: bytes.length,
      ok: true,
      savedAt: meta.savedAt,
      quarter: meta.quarter,
      scenarioId,
      seats: meta.seats,
    },
  }
}

async function saveExists(folder: SaveFolder, name: string): Promise<boolean> {
  try {
    await fsp.access(folder.fileOf(name))
    return true
  } catch {
    return false
  }
}

/** Opens a save folder (nothing is read or created until the first call). */
export function createSaveStore(options: SaveStoreOptions): SaveStore {
  const dir = path.resolve(options.dir)
  const keep = Math.max(1, options.keepAutosaves ?? 5)
  const maxFileBytes = options.maxFileBytes ?? 64 * 1024 * 1024
  const fileOf = (name: string): string => path.join(dir, `${name}${SAVE_EXTENSION}`)
  // Writes run one at a time, so two autosaves cannot pick the same number.
  let queue: Promise<unknown> = Promise.resolve()
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task)
    queue = run.catch(() => undefined)
    return run
  }

  const folder: SaveFolder = { dir, fileOf, maxFileBytes, hashState: options.hashState, atomic: options.atomic }
  const names = (): Promise<string[]> => folderNames(folder)
  const readAndDecode = (name: string, checkStateHash: boolean) => readSave(folder, name, checkStateHash)
  const listing = (name: string, checkStateHash = false): Promise<SaveListing> => listSave(folder, name, checkStateHash)
  const write = (name: string, input: SaveInput): Promise<SaveStoreResult<SaveListing>> => writeSave(folder, name, input)
  const exists = (name: string): Promise<boolean> => saveExists(folder, name)
  const autosaveNumbers = async (): Promise<number[]> =>
    (await names()).filter(isAutosaveName).map((name) => Number(name.slice(name.indexOf('-') + 1))).sort((a, b) => b - a)

  const store: SaveStore = {
    dir,

    save: (name, input) =>
      serial(async () => {
        const bad = checkName(name, false)
        return bad ?? write(name, input)
      }),

    saveAs: (name, input, saveAsOptions = {}) =>
      serial(async () => {
        const bad = checkName(name, false)
        if (bad !== null) return bad
        if (saveAsOptions.overwrite !== true && (await exists(name))) {
          return { ok: false, code: 'save/exists', message: `A save named "${name}" already exists.` }
        }
        return write(name, input)
      }),

    async load(name) {
      const bad = checkName(name, true)
      if (bad !== null) return bad
      let decoded: DecodeResult
      try {
        decoded = (await readAndDecode(name, true)).decoded
      } catch (error) {
        if (isMissing(error)) return { ok: false, code: 'save/not_found', message: `There is no save named "${name}".` }
        return ioError(error, `read the save "${name}"`)
      }
      if (decoded.ok) return { ok: true, value: decoded }
      const fallback = await store.lastGoodAutosave(name)
      const offer =
        fallback === null
          ? ' No autosave loads either.'
          : ` The last good autosave is "${fallback.name}" (${fallback.quarter ?? '?'}, saved ${fallback.savedAt}).`
      const refusal: SaveStoreError = {
        ok: false,
        code: decoded.code,
        message: `Cannot load "${name}": ${decoded.message}${offer}`,
        lastGoodAutosave: fallback,
      }
      if (decoded.path !== undefined) refusal.path = decoded.path
      return refusal
    },

    async list() {
      try {
        const all = await Promise.all((await names()).map((name) => listing(name).catch(() => null)))
        const found = all.filter((entry): entry is SaveListing => entry !== null)
        // By instant, not by text: savedAt may carry different UTC offsets.
        found.sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt) || a.name.localeCompare(b.name))
        return { ok: true, value: found }
      } catch (error) {
        return ioError(error, 'list the saves')
      }
    },

    delete: (name) =>
      serial(async () => {
        const bad = checkName(name, true)
        if (bad !== null) return bad
        try {
          await fsp.unlink(fileOf(name))
          return { ok: true, value: null }
        } catch (error) {
          if (isMissing(error)) return { ok: false, code: 'save/not_found', message: `There is no save named "${name}".` }
          return ioError(error, `delete the save "${name}"`)
        }
      }),

    autosave: (input) =>
      serial(async () => {
        let numbers: number[]
        try {
          numbers = await autosaveNumbers()
        } catch (error) {
          return ioError(error, 'list the autosaves')
        }
        const name = autosaveName((numbers[0] ?? 0) + 1)
        const written = await write(name, input)
        if (!written.ok) return written
        // The new one is written first, so a failure here never leaves fewer than before.
        for (const old of numbers.slice(keep - 1)) {
          await fsp.unlink(fileOf(autosaveName(old))).catch(() => undefined)
        }
        return written
      }),

    async lastGoodAutosave(except) {
      let numbers: number[]
      try {
        numbers = await autosaveNumbers()
      } catch {
        return null
      }
      for (const n of numbers) {
        const name = autosaveName(n)
        if (name === except) continue
        const entry = await listing(name, true).catch(() => null)
        if (entry?.ok === true) return entry
      }
      return null
    },

    async removeStaleTempFiles() {
      let entries: string[]
      try {
        entries = await fsp.readdir(dir)
      } catch {
        return 0
      }
      const stale = entries.filter(
        (entry) => entry.startsWith('.') && entry.endsWith(TEMP_SUFFIX) && entry.includes(`${SAVE_EXTENSION}.`),
      )
      await Promise.all(stale.map((entry) => fsp.unlink(path.join(dir, entry)).catch(() => undefined)))
      return stale.length
    },
  }
  return store
}
