/** The officer console's routes (login required). */
import type { ReactNode } from 'react';
import { useTitle } from '../app/router.js';

export function ConsoleRoot(): ReactNode {
  useTitle('Konsol');
  return (
    <section>
      <h1>Konsol petugas</h1>
    </section>
  );
}
