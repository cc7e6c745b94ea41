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
  // the fixed yardstick: the H800's published datasheet (every "× H800" compares with it)
  yardstickTflops: num(989),
  yardstickBandwidthTBs: num(3.35),
  yardstickInterconnectGBs: num(400),
  yardstickMemoryGb: num(80),
  // design bounds (MODEL.md "Designing a chip", docs/model.md)
  /** One exposure field, 26 × 33 mm: the largest single die. */
  reticleMm2: num(858),
  /** Logic dies a design may join on advanced packaging (B200: 2). */
  maxChiplets: num(2),
  /** Dense BF16 TFLOPS per bn transistors of the best architecture (H100: 989 / 80bn). */
  tflopsPerBnTransistors: num(12.4),
  /** Share of the bound an inexperienced designer loses (× inexperience 0–1). */
  designInexperiencePenalty: num(0.25),
  /** Bandwidth (TB/s) of a design without HBM (GDDR/LPDDR-class board memory). */
  nonHbmBandwidthTBs: num(1),
  /** Memory (GB) of a design without HBM. */
  nonHbmMemoryGb: num(48),
  /** Respin chance at tape-out: base, plus `respinNearBound` as the target nears the bound (from `respinFromRatio` of it). */
  respinBase: num(0.05),
  respinNearBound: num(0.45),
  respinFromRatio: num(0.7),
  respinQuarters: num(1),
  /** A respin's cost as a share of the node's design cost (new masks and engineering). */
  respinCostShare: num(0.1),
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
  /** Chance a quarter, after `leakAfterQuarters` of customer use, that customers' measurements leak the truth. */
  leakChance: num(1),
  // claims that matter (docs/model.md "Claims")
  /** Share of the sales made on a false claim refunded, per unit of overclaim (capped at all of them). */
  overclaimRefundShare: num(0.5),
  /** Quarters buyers distrust a maker after one of its overclaims comes out. */
  distrustQuarters: num(4),
  /** Credibility buyers give a distrusted maker's unverified claims (× the reputation-based one). */
  distrustFactor: num(0.7),
  /** The overclaim (0.5 = a 1.5× claim) at which buyers' price concession reaches 1 − distrustFactor; smaller overclaims cost less in proportion. */
  distrustFullAtOverclaim: num(0.5),
  /** Overclaim counted for a false workload claim (e.g. 'both' for an inference-only chip). */
  workloadOverclaim: num(0.5),
  /** Overclaim counted per readiness level claimed above the truth (volume for samples). */
  readinessOverclaim: num(0.25),
  /** Engineering samples a rival's benchmark buys (units at the list price). */
  benchmarkSampleUnits: num(8),
  /** Political capital a government spends to publish an intelligence assessment. */
  publishAssessmentCapital: num(10),
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
