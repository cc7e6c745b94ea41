import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { readJsonFile, readJsonFileSync } from '../../../app/host/json-file'

const Schema = z.strictObject({ n: z.number() })
const defaults = (): { n: number } => ({ n: 0 })

describe('readJsonFile', () => {
  for (const [name, read] of [
    ['readJsonFile', readJsonFile],
    ['readJsonFileSync', (f: string, s: typeof Schema, d: typeof defaults) => Promise.resolve(readJsonFileSync(f, s, d))],
  ] as const) {
    it(`${name}: gives the file's value, the defaults for a missing file, and sets a bad file aside`, async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'sc-json-'))
      const file = path.join(dir, 'x.json')
      await expect(read(file, Schema, defaults)).resolves.toEqual({ value: { n: 0 }, setAside: null })
      writeFileSync(file, '{"n": 3}')
      await expect(read(file, Schema, defaults)).resolves.toEqual({ value: { n: 3 }, setAside: null })
      for (const bad of ['{not json', '{"n": "three"}', '{"n": 1, "extra": true}']) {
        writeFileSync(file, bad)
        await expect(read(file, Schema, defaults)).resolves.toEqual({ value: { n: 0 }, setAside: `${file}.corrupt` })
        expect(readdirSync(dir).sort()).toEqual(['x.json.corrupt'])
      }
    })
  }
})
