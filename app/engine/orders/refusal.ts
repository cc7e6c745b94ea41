/** Refusals: a stable code, a message a UI can show, and the path of the offending field. */

/**
 * Every reason an order can be refused: the one table `refuse()`, the handlers' `codes` and
 * the UIs' wording are typed from, so a new code does not compile until each UI words it.
 */
export const REFUSAL_CODES = [
  'already_active',
  'already_advancing',
  'already_known',
  'already_listed',
  'already_online',
  'already_revealed',
  'already_taped_out',
  'banned',
  'beyond_design_bound',
  'controlled',
  'game_over',
  'hbm_blocked',
  'insufficient_cash',
  'insufficient_political_capital',
  'malformed',
  'no_action_points',
  'no_compute',
  'no_grid',
  'no_model',
  'node_offline',
  'not_a_control',
  'not_a_cut',
  'not_a_seat',
  'not_active',
  'not_available',
  'not_designed',
  'not_domestic',
  'not_on_sale',
  'not_taped_out',
  'not_your_chip',
  'not_your_decision',
  'not_your_node',
  'not_your_policy',
  'not_your_template',
  'over_limit',
  'own_chip',
  'own_entity',
  'price_too_low',
  'requires_node',
  'service_blocked',
  'template_in_play',
  'tool_blocked',
  'unknown_chip',
  'unknown_choice',
  'unknown_decision',
  'unknown_entity',
  'unknown_faction',
  'unknown_hbm',
  'unknown_node',
  'unknown_policy',
  'unknown_region',
  'unknown_template',
  'wrong_faction_kind',
] as const

/** Why an order was refused, without the `order/` prefix. */
export type RefusalCode = (typeof REFUSAL_CODES)[number]

/** Why an order was refused. */
export interface OrderRefusal {
  /** Stable code, `order/…`. */
  code: `order/${RefusalCode}`
  message: string
  path: (string | number)[]
}

/** Builds a refusal. */
export function refuse(code: RefusalCode, message: string, path: (string | number)[] = []): OrderRefusal {
  return { code: `order/${code}`, message, path }
}
