/**
 * The host's mod calls: listMods and setMods (kept in mods.json), new games started with the
 * enabled mods, and a save made with mods loaded without one of them warning by name.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createGameHost } from '../../../../app/host/game-host'
import { fileModSelectionStore } from '../../../../app/host/mods/mod-selection'

const ROOT = path.resolve(__dirname, '../../../..')
const BASE = path.join(ROOT, 'game-data/base')
const made: string[] = []
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A user data folder with the example mods installed. */
function userData(): { dir: string; mods: string; saves: string; selection: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'sc-mods-host-'))
  made.push(dir)
  const mods = path.join(dir, 'mods')
  cpSync(path.join(ROOT, 'game-data/examples'), mods, { recursive: true })
  return { dir, mods, saves: path.join(dir, 'saves'), selection: path.join(dir, 'mods.json') }
}

function host(dirs: ReturnType<typeof userData>) {
  const game = createGameHost({
    dataDir: BASE,
    modsDir: dirs.mods,
    savesDir: dirs.saves,
    modSelection: fileModSelectionStore(dirs.selection),
    randomSeed: () => 7,
    now: () => new Date('2026-11-29T06:00:00Z'),
  })
  return { game, window: game.connect(() => undefined) }
}

const SEATS = [
  { faction: 'usa', controller: 'human' as const, name: 'Ada', difficulty: 'normal' as const },
  { faction: 'prc', controller: 'ai' as const, name: 'AI', difficulty: 'easy' as const },
]

describe('the host with mods', () => {
  it('lists installed mods disabled until the player enables them, with the mods folder', async () => {
    const dirs = userData()
    const { game, window } = host(dirs)
    const list = await game.listMods({}, window)
    expect(list.folder).toBe(dirs.mods)
    expect(list.mods.map((m) => [m.id, m.enabled, m.status])).toEqual([
      ['rapidus-2nm', false, 'disabled'],
      ['scenario-2027', false, 'disabled'],
    ])
    expect(list.mods[1]!.dependencies).toEqual([{ id: 'rapidus-2nm', range: '^1.0.0' }])
    expect(list.active.map((d) => d.id)).toEqual(['base'])
    const scenarios = await game.listScenarios({}, window)
    expect(scenarios.map((s) => s.id)).not.toContain('crunch-2027')
  })

  it('keeps the order and enabled mods in mods.json, and new games and listScenarios use them', async () => {
    const dirs = userData()
    const first = host(dirs)
    const set = await first.game.setMods({ mods: [{ id: 'scenario-2027', enabled: true }, { id: 'rapidus-2nm', enabled: true }] }, first.window)
    expect(set.mods.map((m) => [m.id, m.position, m.loadIndex, m.status])).toEqual([
      ['scenario-2027', 0, 1, 'ok'],
      ['rapidus-2nm', 1, 0, 'ok'],
    ])
    expect(JSON.parse(readFileSync(dirs.selection, 'utf8'))).toEqual({ order: ['scenario-2027', 'rapidus-2nm'], enabled: ['scenario-2027', 'rapidus-2nm'] })

    // A new host (the next launch) reads the same choices.
    const { game, window } = host(dirs)
    expect((await game.listMods({}, window)).active.map((d) => d.id)).toEqual(['base', 'rapidus-2nm', 'scenario-2027'])
    const scenario = (await game.listScenarios({}, window)).find((s) => s.id === 'crunch-2027')
    expect(scenario).toMatchObject({ name: 'scenario.crunch-2027.name', start: '2027Q1' })
    expect((await game.getTexts({ language: 'en' }, window))['scenario.crunch-2027.name']).toBe('Crunch 2027')
    const started = await game.newGame({ scenarioId: 'crunch-2027', seats: SEATS }, window)
    expect(started.quarter).toBe(2027 * 4)
    expect(started.data.map((d) => `${d.id} ${d.version}`)).toEqual(['base 0.1.0', 'rapidus-2nm 1.0.0', 'scenario-2027 1.0.0'])
  })

  it('refuses a setMods that lists a mod twice', async () => {
    const dirs = userData()
    const { game, window } = host(dirs)
    await expect(game.setMods({ mods: [{ id: 'rapidus-2nm', enabled: true }, { id: 'rapidus-2nm', enabled: false }] }, window)).rejects.toMatchObject({ code: 'mod/duplicate' })
    expect(existsSync(dirs.selection)).toBe(false)
  })

  it('warns by name when a game saved with mods is loaded without one of them, and plays on', async () => {
    const dirs = userData()
    const { game, window } = host(dirs)
    await game.setMods({ mods: [{ id: 'rapidus-2nm', enabled: true }, { id: 'scenario-2027', enabled: true }] }, window)
    await game.newGame({ scenarioId: 'crunch-2027', seats: SEATS }, window)
    await game.claimSeat({ seat: 'usa' }, window)
    await game.endTurn({ seat: 'usa' }, window)
    await game.saveGame({ name: 'with mods', overwrite: false }, window)

    await game.setMods({ mods: [{ id: 'rapidus-2nm', enabled: true }, { id: 'scenario-2027', enabled: false }] }, window)
    const loaded = await game.loadGame({ name: 'with mods' }, window)
    expect(loaded.warnings).toHaveLength(1)
    expect(loaded.warnings[0]).toMatch(/^This game was saved with the mod "Crunch 2027" \(scenario-2027\) 1\.0\.0, which is not active now\./)
    // The save keeps its own rules and its own record of the mods it was played with.
    expect(loaded.game.data.map((d) => d.id)).toEqual(['base', 'rapidus-2nm', 'scenario-2027'])
    await game.claimSeat({ seat: 'usa' }, window)
    const next = await game.endTurn({ seat: 'usa' }, window)
    expect(next.quarter).toBe(2027 * 4 + 2)

    // Loading with the same mods again says nothing.
    await game.setMods({ mods: [{ id: 'rapidus-2nm', enabled: true }, { id: 'scenario-2027', enabled: true }] }, window)
    expect((await game.loadGame({ name: 'with mods' }, window)).warnings).toEqual([])
  })

  it('warns about a mod that is active now but was not when the game was saved', async () => {
    const dirs = userData()
    const { game, window } = host(dirs)
    await game.newGame({ scenarioId: 'classroom', seats: SEATS }, window)
    await game.saveGame({ name: 'plain', overwrite: false }, window)
    await game.setMods({ mods: [{ id: 'rapidus-2nm', enabled: true }] }, window)
    const loaded = await game.loadGame({ name: 'plain' }, window)
    expect(loaded.warnings).toEqual(['The mod "Rapidus: Japan at 2 nm" (rapidus-2nm) 1.0.0 is active now but was not when this game was saved; this game goes on without it.'])
  })
})
