/** Errors of the record kernel: a record that does not exist, and standard machine errors for new kinds. */
import { SaksiError, msg } from '../errors/index.js';
import type { Message } from '../errors/index.js';
import type { MachineErrors } from './machine.js';

export function notFound(code: string, noun: Message): () => SaksiError {
  return () =>
    new SaksiError(code, msg(`${noun.id} tidak ditemukan.`, `No such ${noun.en}.`), { field: 'id' });
}

/** `PREFIX_ROLE_FORBIDDEN`, `PREFIX_STATE_CONFLICT`, `PREFIX_FIELD_REQUIRED` for a new record kind. */
export function machineErrors(prefix: string, noun: Message): MachineErrors {
  return {
    roleForbidden: (action, role) =>
      new SaksiError(
        `${prefix}_ROLE_FORBIDDEN`,
        msg(
          `Peran ${role} tidak berwenang melakukan "${action}".`,
          `Role ${role} is not authorised to "${action}".`,
        ),
        { field: 'action' },
      ),
    stateConflict: (action, state) =>
      new SaksiError(
        `${prefix}_STATE_CONFLICT`,
        msg(
          `${noun.id} berstatus "${state}": tindakan "${action}" tidak dapat dilakukan.`,
          `The ${noun.en} is "${state}": action "${action}" is not possible from there.`,
        ),
        { field: 'action' },
      ),
    fieldRequired: (action, field) =>
      new SaksiError(
        `${prefix}_FIELD_REQUIRED`,
        msg(
          `Tindakan "${action}" memerlukan isian "${field}".`,
          `Action "${action}" needs the field "${field}".`,
        ),
        { field },
      ),
  };
}

/** The state moved between reading and writing: another officer acted first. */
export function movedMeanwhile(code: string): SaksiError {
  return new SaksiError(
    code,
    msg(
      'Status berubah sementara itu oleh petugas lain; muat ulang dan coba lagi.',
      'The state was changed meanwhile by another officer; reload and try again.',
    ),
    { field: 'action' },
  );
}
