/** Browser-test steps shared by the game's end-to-end tests, and a driver that plays quarters through the contract. */
import type { Page } from 'playwright-core'
import { dispatchCall, type GameHost } from '../../../app/host'
import type { GameInfo } from '../../../app/protocol'
import { TIMEOUTS, waitForState, waitReady } from './browser'

/** Waits for the game screen, then reads and closes the seat's briefing if it opens (the first quarter). */
export async function enterGame(page: Page): Promise<void> {
  await waitReady(page, 'game')
  // The briefing is drawn in the same commit as the screen that says it is ready.
  const briefing = page.getByRole('dialog', { name: /^Your briefing/ })
  if ((await briefing.count()) > 0) await briefing.getByRole('button', { name: 'Start planning' }).click()
}

/** Who plays each seat on the new-game screen: a person's name, or `ai`, or `out`; seats not listed go to the AI. */
export type SeatPlan = Record<string, { name: string; code?: string } | 'ai' | 'out'>

/** Opens the title screen and waits for it. */
export async function openTitle(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await waitReady(page, 'title')
}

/** From the title screen to a filled-in Classroom new-game screen (seats as `seats` says, seed as given). */
export async function setUpClassroom(page: Page, url: string, seats: SeatPlan, seed = '7'): Promise<void> {
  await openTitle(page, url)
  await page.getByRole('button', { name: 'New game', exact: true }).click()
  await waitReady(page, 'new-game')
  await page.getByRole('radio', { name: /Classroom/ }).check()
  // One table row per seat (the menu names them `seat-row-<faction>`).
  const rows = page.locator('tr[data-testid^="seat-"]')
  const count = await rows.count()
  if (count < 2) throw new Error(`the Classroom scenario shows ${count} seat(s)`)
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i)
    const faction = ((await row.getAttribute('data-testid')) ?? '').replace('seat-row-', '')
    const plan = seats[faction] ?? 'ai'
    await row.getByRole('combobox', { name: /^Who plays/ }).selectOption(typeof plan === 'string' ? plan : 'human')
    if (typeof plan === 'string') continue
    await row.getByRole('textbox', { name: /^Name for/ }).fill(plan.name)
    if (plan.code !== undefined) await row.getByLabel(/^Four-digit code for/).fill(plan.code)
  }
  await page.getByRole('textbox', { name: 'Seed' }).fill(seed)
}

/** Starts a Classroom game through the main menu: Alibaba played by Alice, every other seat by the AI, seed 7. */
export async function startClassroomGame(page: Page, url: string): Promise<void> {
  await setUpClassroom(page, url, { alibaba: { name: 'Alice' } })
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  await enterGame(page)
}

/** Waits until the quarter after `quarter` is being planned, or the game is over. */
export async function nextQuarter(page: Page, quarter: string | null, timeout: number = TIMEOUTS.quarter): Promise<void> {
  await waitForState(
    page,
    `the quarter after ${quarter ?? '(none)'} to be planned, or the game to end`,
    (q) => {
      const screen = document.querySelector('[data-testid="game-screen"]')
      return document.querySelector('[data-testid="game-over"]') !== null || (screen?.getAttribute('data-quarter') !== q && screen?.getAttribute('data-phase') === 'planning')
    },
    quarter,
    timeout,
  )
}

/** Ends the turn with the button and waits for the next quarter (or the end). */
export async function endTurnAndWait(page: Page): Promise<void> {
  const before = await page.getByTestId('game-screen').getAttribute('data-quarter')
  await page.getByRole('button', { name: 'End turn', exact: true }).click()
  await nextQuarter(page, before)
}

/** A person at a seat, for games set up through the contract. */
export interface Person {
  faction: string
  name: string
  code?: string
}

/** A Classroom game's seats: these people, the AI on `ai`, everyone else sitting out (or on the AI when `ai` is omitted). */
export function classroomSeats(people: readonly Person[], ai?: readonly string[]): Array<Record<string, unknown>> {
  const factions = ['usa', 'prc', 'nvidia', 'tsmc', 'huawei', 'alibaba', 'google', 'smic']
  return factions.flatMap((faction) => {
    const person = people.find((p) => p.faction === faction)
    if (person !== undefined) return [{ faction, controller: 'human', name: person.name, ...(person.code === undefined ? {} : { code: person.code }) }]
    if (ai === undefined || ai.includes(faction)) return [{ faction, controller: 'ai', name: 'AI' }]
    return []
  })
}

/**
 * Plays a game through the contract, as a window that is not the page would: starts it with
 * `newGame`, then ends every person's turn (hand-offs, with their codes) until `quarters` have
 * resolved or `untilLast` leaves one quarter before the end. Answers the game's info. The page
 * then picks the game up with Resume: the browser test reaches a late state without playing the
 * early quarters through the interface (those are covered by tests that do).
 */
export async function playThroughContract(
  host: GameHost,
  game: Record<string, unknown> & { seats: Array<Record<string, unknown>> },
  people: readonly Person[],
  stop: { quarters: number } | { untilLast: true },
  /** Orders a person submits in a quarter (played counts from 0) before ending the turn. */
  orders: (played: number, faction: string) => readonly unknown[] = () => [],
): Promise<GameInfo> {
  const driver = host.connect(() => undefined)
  const call = async <T,>(name: string, payload: unknown): Promise<T> => {
    const result = await dispatchCall(host, name, payload, driver)
    if (!result.ok) throw new Error(`${name}: ${result.code}: ${result.message}`)
    return result.value as T
  }
  try {
    let info = await call<GameInfo>('newGame', game)
    for (let played = 0; ; played++) {
      const left = info.endQuarter - info.quarter
      if ('quarters' in stop ? played >= stop.quarters : left <= 0) break
      for (const person of people) {
        await call('claimSeat', { seat: person.faction, ...(person.code === undefined ? {} : { code: person.code }) })
        const list = orders(played, person.faction)
        if (list.length > 0) await call('submitOrders', { seat: person.faction, orders: list })
        await call('endTurn', { seat: person.faction, handOff: true })
      }
      info = await call<GameInfo>('getGame', {})
      if (info.over) break
    }
    return info
  } finally {
    host.disconnect(driver)
  }
}
