/** Route and control icons for the DOM (legend, panels), matching how the map draws them. */

/** A route line as the map draws it: solid for trade, dashed for the grey market. */
export function RouteIcon({ dashed }: { dashed: boolean }): React.JSX.Element {
  return (
    <svg className="legend-icon" viewBox="0 0 28 12" width="28" height="12" aria-hidden="true">
      <line x1="2" y1="6" x2="26" y2="6" stroke="#cfd6ea" strokeWidth="2.6" strokeLinecap="round" strokeDasharray={dashed ? '5 4' : undefined} />
    </svg>
  )
}

/** A control in force as the map draws it: a thin solid route line with a striped wall across it. */
export function WallIcon({ colour }: { colour: string }): React.JSX.Element {
  return (
    <svg className="legend-icon" viewBox="0 0 28 16" width="28" height="16" aria-hidden="true" data-testid="legend-wall">
      <line x1="1" y1="8" x2="27" y2="8" stroke={colour} strokeWidth="1.6" strokeLinecap="round" />
      <rect x="11.5" y="1.5" width="5" height="13" rx="1" fill={colour} stroke="#000" strokeOpacity="0.5" />
      <path d="M11.5 5l5-2.5M11.5 9l5-2.5M11.5 13l5-2.5" stroke="#101010" strokeWidth="1.3" />
      <circle cx="14" cy="1.8" r="1.6" fill={colour} />
      <circle cx="14" cy="14.2" r="1.6" fill={colour} />
    </svg>
  )
}

/** A control on a region's firms: a solid ring with a padlock. */
export function RingIcon({ colour }: { colour: string }): React.JSX.Element {
  return (
    <svg className="legend-icon" viewBox="0 0 28 16" width="28" height="16" aria-hidden="true">
      <ellipse cx="12" cy="8" rx="10" ry="6" fill="none" stroke={colour} strokeWidth="2" />
      <circle cx="21" cy="4.5" r="4" fill="#0b1122" stroke={colour} strokeWidth="1" />
      <rect x="19.2" y="4.3" width="3.6" height="2.6" rx="0.5" fill={colour} />
      <path d="M19.9 4.3a1.1 1.1 0 0 1 2.2 0" fill="none" stroke={colour} strokeWidth="0.9" />
    </svg>
  )
}
