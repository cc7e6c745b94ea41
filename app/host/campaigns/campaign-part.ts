/** The campaign calls wired to the host: a chapter replaces the running game, so starting one is a session-level call. */
import type { CallHandlers } from '../dispatch'
import { GameSession } from '../game/game-session'
import type { HostContext } from '../host-context'
import { createCampaignHandlers } from './campaign-handlers'
import { memoryCampaignProgressStore } from './progress-store'

type CampaignCalls = 'listCampaigns' | 'startChapter' | 'finishChapter' | 'resetCampaign' | 'setTutorial'

export function campaignPart(ctx: HostContext): Pick<CallHandlers, CampaignCalls> {
  const campaigns = createCampaignHandlers({
    progress: ctx.options.campaignProgress ?? memoryCampaignProgressStore(),
    data: () => {
      ctx.gameData.reload()
      return ctx.gameData.data()
    },
    session: () => ctx.session(),
    start: (init) => ctx.replaceSession(GameSession.start({ ...init, ai: ctx.ai })),
    randomSeed: () => ctx.randomSeed(),
    now: ctx.now,
    language: async () => (ctx.options.settings === undefined ? null : (await ctx.options.settings.get()).language),
  })
  return {
    ...campaigns,
    startChapter: (request, connection) => {
      ctx.requireSessionControl(connection, 'start a campaign chapter')
      // Checked again just before the game is replaced (another window may have started a classroom game meanwhile).
      return campaigns.startChapter(request, () => ctx.requireSessionControl(connection, 'start a campaign chapter'))
    },
  }
}
