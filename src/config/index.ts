export { loadConfig, ConfigError, SETTINGS, describeDatabase, isLogOrigin } from './config.js';
export type { Config, ConfigInput, SettingName } from './config.js';
