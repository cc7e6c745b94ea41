import { mkdtempSync, promises as fsp, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeFileAtomic, type AtomicFs } from '../../../../app/host/saves/atomic-write'

const dirs: string[] = []
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-atomic-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function failingRename(codes: string[]): AtomicFs & { renames: number } {
  const fs = {
    open: fsp.open,
    unlink: fsp.unlink,
    renames: 0,
    rename: async (from: string, to: string) => {
      fs.renames++
      const code = codes.shift()
      if (code !== undefined) throw Object.assign(new Error(`${code}: rename`), { code })
      await fsp.rename(from, to)
    },
  }
  return fs
}

describe('writeFileAtomic', () => {
  it('creates a file and replaces it, leaving no temp file behind', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'game.scsave')
    await writeFileAtomic(file, Buffer.from('one'))
    await writeFileAtomic(file, Buffer.from('two'))
    expect(readFileSync(file, 'utf8')).toBe('two')
    expect(readdirSync(dir)).toEqual(['game.scsave'])
  })

  it('retries a rename that Windows refuses for a moment (EPERM, EBUSY, EACCES)', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'game.scsave')
    const fs = failingRename(['EPERM', 'EBUSY', 'EACCES'])
    await writeFileAtomic(file, Buffer.from('new'), { fs, retryDelayMs: 1 })
    expect(fs.renames).toBe(4)
    expect(readFileSync(file, 'utf8')).toBe('new')
  })

  it('gives up after the retries, keeps the old file and removes its temp file', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'game.scsave')
    writeFileSync(file, 'old')
    const fs = failingRename(Array.from({ length: 10 }, () => 'EBUSY'))
    await expect(writeFileAtomic(file, Buffer.from('new'), { fs, retryDelayMs: 1, renameRetries: 2 })).rejects.toThrow(/EBUSY/)
    expect(fs.renames).toBe(3)
    expect(readFileSync(file, 'utf8')).toBe('old')
    expect(readdirSync(dir)).toEqual(['game.scsave'])
  })

  it('does not retry other rename errors', async () => {
    const dir = tempDir()
    const fs = failingRename(['EXDEV'])
    await expect(writeFileAtomic(path.join(dir, 'a'), Buffer.from('x'), { fs, retryDelayMs: 1 })).rejects.toThrow(/EXDEV/)
    expect(fs.renames).toBe(1)
    expect(readdirSync(dir)).toEqual([])
  })

  it('removes its temp file and keeps the old file when the write fails (disk full)', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'game.scsave')
    writeFileSync(file, 'old')
    const fs: AtomicFs = {
      rename: fsp.rename,
      unlink: fsp.unlink,
      open: async (target, flags, mode) => {
        const handle = await fsp.open(target, flags, mode)
        return Object.assign(Object.create(handle) as typeof handle, {
          writeFile: async () => {
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        })
      },
    }
    await expect(writeFileAtomic(file, Buffer.from('new'), { fs })).rejects.toThrow(/ENOSPC/)
    expect(readFileSync(file, 'utf8')).toBe('old')
    expect(readdirSync(dir)).toEqual(['game.scsave'])
  })

  it('fails when the folder does not exist, writing nothing', async () => {
    const dir = tempDir()
    await expect(writeFileAtomic(path.join(dir, 'missing', 'a'), Buffer.from('x'))).rejects.toThrow(/ENOENT/)
  })

  it('treats a folder fsync the platform does not support as done', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'game.scsave')
    const fs: AtomicFs = {
      rename: fsp.rename,
      unlink: fsp.unlink,
      open: async (target, flags, mode) => {
        if (target === dir) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' })
        return fsp.open(target, flags, mode)
      },
    }
    await writeFileAtomic(file, Buffer.from('x'), { fs, syncDirectory: true })
    expect(readFileSync(file, 'utf8')).toBe('x')
  })
})
