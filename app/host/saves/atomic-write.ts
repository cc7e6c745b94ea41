/**
 * Writes a file so that, whatever happens (crash, kill, power loss after the call
 * returns), the path holds either its old bytes or all of the new ones, never a mix:
 * temp file in the same folder → write → fsync → close → rename over the target →
 * fsync the folder (so the rename itself is on disk). On Windows, a rename can fail for
 * a moment when an antivirus or indexer holds the target; those errors are retried.
 */
import { randomBytes } from 'node:crypto'
import { promises as fsp } from 'node:fs'
import type { FileHandle } from 'node:fs/promises'
import path from 'node:path'

/** The file system calls the atomic write uses (tests inject failures through it). */
export interface AtomicFs {
  open(path: string, flags: string, mode?: number): Promise<FileHandle>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
}

/** Options for `writeFileAtomic`. */
export interface AtomicWriteOptions {
  fs?: AtomicFs
  /** How many times a transient rename failure is retried (default 6). */
  renameRetries?: number
  /** First retry delay in ms, doubled each time (default 20). */
  retryDelayMs?: number
  /** Whether to fsync the folder after the rename (default: everywhere but Windows). */
  syncDirectory?: boolean
}

/** Rename errors that Windows reports while another process briefly holds a file. */
const TRANSIENT_RENAME_ERRORS = new Set(['EPERM', 'EBUSY', 'EACCES'])
/** Directory fsync errors that mean "not supported here", not "failed". */
const UNSUPPORTED_DIR_SYNC = new Set(['EISDIR', 'EPERM', 'EINVAL', 'ENOTSUP', 'EBADF', 'EACCES'])

/** The suffix of temp files; a store removes stale ones left by a crash. */
export const TEMP_SUFFIX = '.tmp'

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? (error as { code?: string }).code : undefined
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** Atomically replaces (or creates) `target` with `bytes`. */
export async function writeFileAtomic(target: string, bytes: Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? fsp
  const dir = path.dirname(target)
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`)

  const handle = await fs.open(temp, 'wx', 0o644)
  try {
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await renameWithRetry(fs, temp, target, options.renameRetries ?? 6, options.retryDelayMs ?? 20)
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined)
    throw error
  }

  if (options.syncDirectory ?? process.platform !== 'win32') await syncDirectory(fs, dir)
}

async function renameWithRetry(fs: AtomicFs, from: string, to: string, retries: number, delayMs: number): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to)
      return
    } catch (error) {
      const code = errorCode(error)
      if (attempt >= retries || code === undefined || !TRANSIENT_RENAME_ERRORS.has(code)) throw error
      await sleep(delayMs * 2 ** attempt)
    }
  }
}

/** fsyncs a folder so a rename in it survives a power loss; a no-op where unsupported. */
async function syncDirectory(fs: AtomicFs, dir: string): Promise<void> {
  let handle: FileHandle | undefined
  try {
    handle = await fs.open(dir, 'r')
    await handle.sync()
  } catch (error) {
    const code = errorCode(error)
    if (code === undefined || !UNSUPPORTED_DIR_SYNC.has(code)) throw error
  } finally {
    await handle?.close()
  }
}
