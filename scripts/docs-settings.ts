/** `npm run docs:settings`: rewrite the README's settings tables from the settings the loaders read. */
import { readFileSync, writeFileSync } from 'node:fs';
import { withSettings } from '../src/app/settings-docs.js';

const file = new URL('../README.md', import.meta.url);
writeFileSync(file, withSettings(readFileSync(file, 'utf8')));
