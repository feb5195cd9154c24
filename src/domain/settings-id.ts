// The settings record's fixed id, in a module of its own so that the first page can read
// the settings without loading the schema library.
export const SETTINGS_ID = '00000000-0000-7000-8000-000000000001';
