/** The README's settings tables are the loaders' own tables (npm run docs:settings writes them). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SETTINGS } from '../../src/config/index.js';
import { SECURITY_SETTINGS } from '../../src/app/security-config.js';
import { settingsMarkdown, withSettings } from '../../src/app/settings-docs.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README settings', () => {
  it('equal the generated tables (run `npm run docs:settings` after changing a setting)', () => {
    expect(withSettings(readme)).toBe(readme);
  });

  it('name every setting the loaders read, the witness and root settings included', () => {
    const table = settingsMarkdown();
    for (const name of [...Object.keys(SETTINGS), ...Object.keys(SECURITY_SETTINGS)])
      expect(table, name).toContain(`| \`${name}\` |`);
    for (const name of ['SAKSI_WITNESSES', 'SAKSI_WITNESS_QUORUM', 'SAKSI_ROOT_VKEY'])
      expect(table).toContain(name);
  });
});
