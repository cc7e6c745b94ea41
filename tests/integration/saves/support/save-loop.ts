/**
 * Child process for the kill test: saves the game "game" over and over in `dir`, each
 * save carrying the next sequence number in its state, and prints `saved N` once save N
 * is complete. The parent kills it with SIGKILL at random moments.
 *
 * Usage: node --import tsx save-loop.ts <dir> <first sequence number> [companies]
 */
import { createSaveStore } from '../../../../app/host/saves/save-store'
import { sampleInput, sampleState, testHashState } from '../../../fixtures/saves/sample'

async function main(): Promise<void> {
  const [dir, first, companies] = process.argv.slice(2)
  if (dir === undefined || first === undefined) throw new Error('usage: save-loop.ts <dir> <first> [companies]')
  const store = createSaveStore({ dir, hashState: testHashState })
  const size = Number(companies ?? 30)
  process.stdout.write('ready\n')
  for (let seq = Number(first); ; seq++) {
    // Alternate two different states (and two sizes) so old and new never look alike.
    const result = await store.save('game', sampleInput(sampleState(seq, seq % 2 === 0 ? size : size + 7, seq)))
    if (!result.ok) throw new Error(result.message)
    // stdout to a pipe is synchronous on Linux and macOS: once this line is out, the save is done.
    process.stdout.write(`saved ${seq}\n`)
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`)
  process.exit(1)
})
