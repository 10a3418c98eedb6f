export { loadConfig, ConfigError, SETTINGS, describeDatabase } from './config.js';
export type { Config, ConfigInput } from './config.js';
