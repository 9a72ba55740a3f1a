/**
 * Sync defaults, in a module with no imports so that wxt.config.ts can read them too.
 * The default URL is a placeholder until the project has its own data host; any static host or
 * CDN will do (README: "Publishing the dataset").
 */
export const DEFAULT_SYNC_URL = 'https://data.dialogue-lens.org/v1/';
export const DEFAULT_SYNC_INTERVAL_HOURS = 24;
