/** Rapport's local history: the public surface of src/storage. */
export { DB_NAME, DB_VERSIONS, RapportDB, openDatabase, type DbVersion, type OpenOptions } from './db';
export * from './schemas';
export { listEvents, recordEvent, type ListEventsQuery } from './events';
export { getThreadByUrl, setThreadStatus, upsertThreads } from './threads';
export { PROFILE_KEY, getProfile, saveProfile } from './settings';
export { clearDemoData, hasDemoData } from './demo';
export { csvFileName, eventsToCsv, type CsvOptions } from './export/csv';
