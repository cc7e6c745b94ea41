/** Site kinds as small SVG icons for the DOM (legend, panels), matching the map's glyphs. */
import type { SiteKind } from './map-model'

const PATHS: Record<SiteKind, React.ReactNode> = {
  fab: <path d="M3 14V9l3-2v2l3-2v2l3-2V4h2.5v10z" />,
  packaging: (
    <>
      <rect x="5.5" y="5.5" width="7" height="7" />
      <path d="M7 3.5v2M9 3.5v2M11 3.5v2M7 12.5v2M9 12.5v2M11 12.5v2M3.5 7h2M3.5 9h2M3.5 11h2M12.5 7h2M12.5 9h2M12.5 11h2" strokeWidth="1" stroke="currentColor" />
    </>
  ),
  hbm: (
    <>
      <rect x="4" y="4.5" width="10" height="2.2" rx="0.6" />
      <rect x="4" y="8" width="10" height="2.2" rx="0.6" />
      <rect x="4" y="11.5" width="10" height="2.2" rx="0.6" />
    </>
  ),
  datacentre: (
    <>
      <rect x="4.5" y="3.5" width="9" height="3" rx="0.5" />
      <rect x="4.5" y="7.5" width="9" height="3" rx="0.5" />
      <rect x="4.5" y="11.5" width="9" height="3" rx="0.5" />
    </>
  ),
}

export function SiteIcon({ kind, colour }: { kind: SiteKind; colour: string }): React.JSX.Element {
  return (
    <svg className="site-icon" viewBox="0 0 18 18" width="18" height="18" aria-hidden="true" fill={colour} color={colour}>
      <circle cx="9" cy="9" r="8.3" fill="#0b1122" stroke={colour} strokeWidth="1.2" />
      {PATHS[kind]}
    </svg>
  )
}
