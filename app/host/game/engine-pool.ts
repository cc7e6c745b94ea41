/**
 * Runs the engine's heavy work (AI decisions, a quarter's resolution) in worker threads
 * (piscina), so the thread that answers windows stays free: a call made while the AI thinks
 * answers at once. The worker file is `engine-worker.js` beside the built main bundle
 * (out/main), or, from source, `engine-worker.ts` when the process runs under tsx (workers
 * inherit its loader: `npm start`, `npm run web`, `npm run bench`). Anywhere else (vitest,
 * a bundle without the file) there is no pool and the session runs the same pure functions
 * in-thread: same answers, only the window waits.
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { Piscina } from 'piscina'
import { run, type EngineAnswer, type EngineTask } from './engine-worker'

export interface EnginePool {
  run<T extends EngineTask>(task: T): Promise<EngineAnswer<T>>
  /** Stops the workers (the host is closing). */
  close(): Promise<void>
  /** `worker` or `in-thread`: where tasks run. */
  readonly where: 'worker' | 'in-thread'
}

/** The worker file to run, or null when none can run here. `dir` is where this module lives (tests pass another). */
export function engineWorkerFile(dir: string = __dirname, execArgv: readonly string[] = process.execArgv): string | null {
  const built = path.join(dir, 'engine-worker.js')
  if (existsSync(built)) return built
  const source = path.join(dir, 'engine-worker.ts')
  if (existsSync(source) && execArgv.some((arg) => arg.includes('tsx'))) return source
  return null
}

/** Tasks run in the calling thread (the fallback, and tests that want no threads). */
export function inThreadPool(): EnginePool {
  return {
    where: 'in-thread',
    run: <T extends EngineTask>(task: T) => Promise.resolve(run(task) as EngineAnswer<T>),
    close: () => Promise.resolve(),
  }
}

/**
 * A pool of engine workers when a worker file is found (or given), else the in-thread fallback.
 * A worker that cannot start or crashes (a packaged app whose asar a worker cannot read, say)
 * is logged once and its task, pure, runs in-thread instead; later tasks too: the game goes on.
 */
export function createEnginePool(options: { filename?: string | null; execArgv?: string[]; maxThreads?: number; log?: (line: string) => void } = {}): EnginePool {
  const filename = options.filename === undefined ? engineWorkerFile() : options.filename
  if (filename === null) return inThreadPool()
  const piscina = new Piscina({
    filename,
    name: 'run',
    // One core stays with the thread that answers windows.
    maxThreads: options.maxThreads ?? Math.max(1, Math.min(4, availableParallelism() - 1)),
    minThreads: 0,
    idleTimeout: 60_000,
    ...(options.execArgv === undefined ? {} : { execArgv: options.execArgv }),
  })
  let broken = false
  // A worker that cannot load its file fails outside any task (piscina emits 'error' and the
  // task never settles): every task also races this.
  const failed = new Promise<never>((_resolve, reject) => {
    piscina.on('error', (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))))
  })
  failed.catch(() => undefined)
  const pool: EnginePool = {
    where: 'worker',
    run: async <T extends EngineTask>(task: T): Promise<EngineAnswer<T>> => {
      if (broken) return run(task) as EngineAnswer<T>
      try {
        return (await Promise.race([piscina.run(task), failed])) as EngineAnswer<T>
      } catch (error) {
        broken = true
        options.log?.(`engine worker failed (${error instanceof Error ? error.message : String(error)}); the engine runs in-thread from now on`)
        return run(task) as EngineAnswer<T>
      }
    },
    close: () => piscina.destroy(),
  }
  return pool
}
