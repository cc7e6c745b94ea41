/**
 * Model constants (MODEL.md), so every number is data. One record, id `model`; a mod patches
 * single fields. Every field has a default, so a ruleset without the record still runs.
 */
import { z } from 'zod'
import { recordBase } from './common'

const num = (value: number) => z.number().finite().default(value)

/** The tunable numbers of the model. */
export const ConstantsSchema = z.strictObject({
  ...recordBase,
  actionPointsPerQuarter: num(3),
  politicalCapitalRecovery: num(5),
  politicalCapitalMax: num(100),
  // performance indices (MODEL.md "How good is a chip")
  referenceTflops: num(989),
  referenceBandwidthTBs: num(3.35),
  referenceInterconnectGBs: num(900),
  interconnectExponent: num(0.3),
  fullStackBonus: num(1.15),
  // design programs
  programQuarters: num(6),
  programQuartersKnownNode: num(4),
  programQuartersNewNode: num(10),
  programCostBnPerQuarter: num(0.5),
  trueDrawMean: num(-0.05),
  trueDrawInexperience: num(-0.1),
  trueDrawSigma: num(0.12),
  samplingAfterQuarters: num(2),
  volumeYieldShare: num(0.5),
  reputationPerOverclaim: num(20),
  leakAfterQuarters: num(2),
  // making it
  waferDiameterMm: num(300),
  maturityStart: num(0.4),
  fabCapexUsdPerWaferQuarter: num(200_000),
  fabBuildQuarters: num(8),
  yieldPerBn: num(0.02),
  yieldMax: num(0.95),
  /** Wafers per quarter a non-player maker (an actor) books for each of its chips. */
  actorWafersPerQuarter: num(20_000),
  /** Chance per quarter that a lax foundry serving a blocked customer is caught. */
  laxCatchChance: num(0.25),
  /** Reputation a caught foundry loses. */
  caughtReputation: num(5),
  // selling and using it
  allInPowerFactor: num(2),
  hoursPerQuarter: num(2190),
  datacenterBuildQuarters: num(4),
  datacenterOpexBnPerMwQuarter: num(0.00015),
  ecosystemPerBn: num(0.01),
  ecosystemMax: num(1),
  ecosystemPerMillionH100e: num(0.02),
  greyMarketPremium: num(1.6),
  greyMarketSeizureBase: num(0.1),
  softmaxRounds: num(4),
  openWeightsEcosystem: num(0.03),
  openWeightsReputation: num(2),
  efficiencyPerBn: num(0.02),
  cloudPriceUsdPerHour: num(2.5),
  depreciationQuarters: num(16),
  // tension and points
  tensionDecay: num(1),
  bustTension: num(2),
  licenceTension: num(-2),
  crisisTension: num(100),
  crisisPenaltyVp: num(20),
  financialLagQuarters: num(1),
})
/** The model constants. */
export type Constants = z.infer<typeof ConstantsSchema>
