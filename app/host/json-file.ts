/**
 * Reading a small JSON file the host keeps in the user's data folder (settings, the mods'
 * order, campaign progress). A missing file gives the defaults; an unreadable or invalid one is
 * set aside (renamed `<file>.corrupt`) and the defaults are used, so a bad file never stops
 * the game from starting and nothing is lost. Writes go through `writeFileAtomic`.
 */
import { readFileSync, renameSync } from 'node:fs'
import { readFile, rename } from 'node:fs/promises'
import type { z } from 'zod'

/** What was read: the value, and where a bad file was set aside (null when none was). */
export interface JsonFileRead<T> {
  value: T
  setAside: string | null
}

function parse<S extends z.ZodType>(text: string | null, schema: S): z.output<S> | null {
  if (text === null) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return null
  }
  const result = schema.safeParse(parsed)
  return result.success ? result.data : null
}

/** Reads `file` with `schema`; the defaults when it is missing or bad (a bad one is set aside). */
export async function readJsonFile<S extends z.ZodType>(file: string, schema: S, defaults: () => z.output<S>): Promise<JsonFileRead<z.output<S>>> {
  const text = await readFile(file, 'utf8').catch(() => null)
  if (text === null) return { value: defaults(), setAside: null }
  const value = parse(text, schema)
  if (value !== null) return { value, setAside: null }
  const aside = `${file}.corrupt`
  await rename(file, aside).catch(() => undefined)
  return { value: defaults(), setAside: aside }
}

/** `readJsonFile` for callers that must answer at once (the mods' order, read while loading data). */
export function readJsonFileSync<S extends z.ZodType>(file: string, schema: S, defaults: () => z.output<S>): JsonFileRead<z.output<S>> {
  let text: string | null
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return { value: defaults(), setAside: null }
  }
  const value = parse(text, schema)
  if (value !== null) return { value, setAside: null }
  const aside = `${file}.corrupt`
  try {
    renameSync(file, aside)
  } catch {
    // Nothing more to do: the defaults are used and the next change rewrites the file.
  }
  return { value: defaults(), setAside: aside }
}
