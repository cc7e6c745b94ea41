/**
 * Campaign progress in a JSON file in the user's data folder (`campaigns.json`): per campaign,
 * the chapters reached, each chapter's last outcome and debrief, what carries into each
 * chapter, and the tutorial's state. A missing file is a fresh start; a corrupt one is set
 * aside (renamed `.corrupt`) with a warning the campaign screen shows, so a bad file never
 * stops the game. Writes are atomic (write a temporary file, then rename).
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { CarriedSchema, ChapterDebriefSchema, TutorialStateSchema } from '../../protocol'
import { readJsonFile } from '../json-file'
import { writeFileAtomic } from '../saves'

/** One campaign's progress. */
export const CampaignProgressSchema = z.strictObject({
  /** Chapters the story has reached (the first chapter is always reached). */
  reached: z.array(z.string()).default([]),
  /** Each played chapter's last outcome, attempts and debrief. */
  chapters: z.record(z.string(), z.strictObject({ state: z.enum(['won', 'lost']), attempts: z.number().int().min(0), debrief: ChapterDebriefSchema })).default({}),
  /** What the chapter that led to each chapter carried in. */
  carriedIn: z.record(z.string(), CarriedSchema).default({}),
  tutorial: TutorialStateSchema.default({ status: 'new', step: 0 }),
})
/** One campaign's progress. */
export type CampaignProgress = z.infer<typeof CampaignProgressSchema>

/** The whole progress file. */
export const ProgressFileSchema = z.strictObject({
  format: z.literal('silicon-curtain/campaign-progress'),
  version: z.literal(1),
  campaigns: z.record(z.string(), CampaignProgressSchema).default({}),
})
/** The whole progress file. */
export type ProgressFile = z.infer<typeof ProgressFileSchema>

/** A fresh campaign's progress. */
export function freshProgress(): CampaignProgress {
  return CampaignProgressSchema.parse({})
}

function emptyFile(): ProgressFile {
  return { format: 'silicon-curtain/campaign-progress', version: 1, campaigns: {} }
}

/** Reads and writes campaign progress. */
export interface CampaignProgressStore {
  get(): Promise<ProgressFile>
  /** Changes the progress with `change` (on a copy) and saves it; answers the new progress. */
  update(change: (file: ProgressFile) => void): Promise<ProgressFile>
  /** A problem found reading the file (it was set aside), or null. */
  problem(): string | null
}

/** Progress kept in memory only (tests, a host without a data folder). */
export function memoryCampaignProgressStore(): CampaignProgressStore {
  let current = emptyFile()
  return {
    get: () => Promise.resolve(structuredClone(current)),
    update: (change) => {
      const next = structuredClone(current)
      change(next)
      current = ProgressFileSchema.parse(next)
      return Promise.resolve(structuredClone(current))
    },
    problem: () => null,
  }
}

/** Progress in `file` (created on the first change). */
export function fileCampaignProgressStore(file: string, log: (line: string) => void = () => undefined): CampaignProgressStore {
  let cached: ProgressFile | null = null
  let problem: string | null = null
  let queue: Promise<unknown> = Promise.resolve()
  async function load(): Promise<ProgressFile> {
    if (cached !== null) return cached
    const read = await readJsonFile(file, ProgressFileSchema, emptyFile)
    if (read.setAside !== null) {
      problem = `Your campaign progress file could not be read, so campaigns start afresh; the old file was kept as ${path.basename(read.setAside)}.`
      log(`campaign progress: ${file} is unreadable; set aside as ${read.setAside}`)
    }
    return (cached = read.value)
  }
  return {
    get: async () => structuredClone(await load()),
    update(change) {
      // One write at a time, in order: a later change never overtakes an earlier one.
      const run = queue.then(async () => {
        const next = structuredClone(await load())
        change(next)
        const parsed = ProgressFileSchema.parse(next)
        await mkdir(path.dirname(file), { recursive: true })
        await writeFileAtomic(file, Buffer.from(`${JSON.stringify(parsed, null, 2)}\n`))
        cached = parsed
        return structuredClone(parsed)
      })
      queue = run.catch(() => undefined)
      return run
    },
    problem: () => problem,
  }
}
