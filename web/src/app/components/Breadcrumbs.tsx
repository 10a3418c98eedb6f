/** Where a view sits: a trail of links, the last item being the current page. */
import type { ReactNode } from 'react';
import { Link } from '../router.js';

export interface Crumb {
  readonly label: string;
  /** Omitted for the current page, or for a level that has no page of its own. */
  readonly to?: string;
}

export function Breadcrumbs(props: { items: readonly Crumb[]; label: string }): ReactNode {
  const last = props.items.length - 1;
  return (
    <nav className="breadcrumbs" aria-label={props.label}>
      <ol>
        {props.items.map((c, i) => (
          <li key={`${i}-${c.label}`}>
            {c.to !== undefined && i < last ? (
              <Link to={c.to}>{c.label}</Link>
            ) : (
              <span aria-current={i === last ? 'page' : undefined}>{c.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
