/** Supervision (pengawasan): public report intake and tracking (/lapor), Bawaslu pages (/pengawasan). */
import type { ReactNode } from 'react';
import { useTitle } from '../app/router.js';

export function SupervisionRoot(): ReactNode {
  useTitle('Pengawasan');
  return (
    <section>
      <h1>Pengawasan</h1>
    </section>
  );
}
