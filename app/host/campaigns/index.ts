/** Campaigns on the host: progress in the user's data folder and the campaign calls. */
export { createCampaignHandlers, campaignSummary, chapterState, chapterSummary } from './campaign-handlers'
export type { CampaignHandlers, CampaignHostContext } from './campaign-handlers'
export { CampaignProgressSchema, fileCampaignProgressStore, freshProgress, memoryCampaignProgressStore, ProgressFileSchema } from './progress-store'
export type { CampaignProgress, CampaignProgressStore, ProgressFile } from './progress-store'
