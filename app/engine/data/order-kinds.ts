/** The order kinds the engine knows; `orderCosts` records are keyed by these ids. */

/** Every order kind, in the order menus list them. */
export const ORDER_KINDS = [
  // chip designers
  'start-program', 'design-variant', 'tape-out', 'book-production', 'stockpile-hbm', 'set-chip-price',
  'set-allocation', 'invest-ecosystem', 'announce-chip', 'benchmark-chip',
  // foundries
  'set-wafer-price', 'build-fab', 'advance-node', 'improve-yield', 'set-compliance',
  // clouds and model builders
  'build-datacenter', 'buy-chips', 'set-cloud-price', 'train-model', 'release-open-weights', 'efficiency-research',
  // governments
  'enact-policy', 'repeal-policy', 'set-licence', 'list-entity', 'assess-chip', 'set-enforcement', 'grant-subsidy',
  // anyone
  'choose-event-option',
] as const
/** An order kind. */
export type OrderKind = (typeof ORDER_KINDS)[number]
