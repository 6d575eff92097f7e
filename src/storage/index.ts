/** Rapport's local history: the public surface of src/storage. */
export { DB_NAME, DB_VERSIONS, RapportDB, openDatabase, type DbVersion, type OpenOptions } from './db';
export * from './schemas';
export { listEvents, recordEvent, type ListEventsQuery } from './events';
export { getThreadByUrl, setThreadStatus, threadUrls, upsertThreads } from './threads';
export { PROFILE_KEY, getProfile, saveProfile } from './settings';
export { clearDemoData, hasDemoData } from './demo';
export { csvFileName, eventsToCsv, exportCsv, verifyCsvChain, type CsvOptions, type CsvExport } from './export/csv';
export { LogFilterSchema, eventPages, type LogFilter, type Progress } from './export/paging';
export { backupFileName, createBackup, BACKUP_FORMAT, BACKUP_VERSION } from './export/backup';
export { verifyChain, type ChainCheck } from './export/chain';
export { ImportError, importBackup, type ImportReport, type InvalidRecord } from './import/import';
export { editPerson, forgetPerson, peopleByLastInteraction, recordInteraction, type Forgotten } from './people';
export { addReminder, completeReminder, dueReminders, snoozeReminder } from './reminders';
export { recordReplied, type Replied } from './engagement';
export { applyRetention, deleteAllData, getRetention, setRetention, type Purged } from './retention';
export { search, type SearchResults } from './search';
export { weeklyFiguresFromDb } from './weekly';
export { openErrorKey, type OpenErrorKey } from './open-errors';
