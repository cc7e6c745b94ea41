/**
 * A table's header row: one column header (`scope="col"`) per column, figures right-aligned
 * (`num`), so every table of the game reads its columns the same way.
 */
import type { ReactNode } from 'react'

/** A column: its header text, and whether it holds figures (right-aligned). */
export interface TableColumn {
  label: ReactNode
  num?: boolean
  /** React key when labels repeat or are not strings. */
  key?: string
}

export function TableHead({ columns }: { columns: readonly TableColumn[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) => (
          <th key={c.key ?? i} scope="col" className={c.num === true ? 'num' : undefined}>
            {c.label}
          </th>
        ))}
      </tr>
    </thead>
  )
}
