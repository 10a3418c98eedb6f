/** The public portal's routes (no login). */
import type { ReactNode } from 'react';
import { useLocation, useTitle } from '../app/router.js';

export function PortalRoot(): ReactNode {
  const { path } = useLocation();
  useTitle('');
  return (
    <section>
      <h1>Saksi</h1>
      <p data-testid="portal-path">{path}</p>
    </section>
  );
}
