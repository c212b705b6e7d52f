// What the extension keeps in the browser's storage, for the JavaScript check: chrome.storage's reads answer with
// these keys (each may be missing). Nothing here is shipped.

/** One key's value as stored; any key may be missing. */
export interface StoredValues {
  /** chrome.storage.sync: the user's settings, only what differs from the defaults (docs/settings.md) */
  settings?: Record<string, any>;
  /** chrome.storage.local: the last run, as the core made it */
  job?: any;
  /** the popup's edits of days, by month, then by date */
  edits?: Record<string, Record<string, object>>;
  /** the file the user chose to import, the answers about it and the edits of its days */
  importFile?: {
    name: string, text: string, storedAt?: number, person?: string, dateOrder?: string,
    edits?: Record<string, object>,
  };
  /** the record of writes, 90 days */
  writeRecord?: Array<Record<string, any>>;
  /** the reminder the core counted last, and when */
  reminder?: any;
  reminderAt?: number;
  /** the company seen last */
  lastTenant?: string;
  /** the reads of the popup's last plan, which the next popup sends as it opens (web/read-ahead.js) */
  readAhead?: { tenant: string, reads: import('../web/read-ahead.js').StoredRead[] };
  /** the autopilot: the day it last ran, what it did, and why it switched itself off */
  autopilotLastDay?: string;
  autopilotLast?: { at: number, filled: string[], failed: string[], month: string | null };
  autopilotStopped?: { at: number, error: any };
  /** chrome.storage.session: the tabs the extension opened, and files handed to the export tab */
  [key: string]: any;
}

declare global {
  namespace chrome.storage {
    interface StorageArea {
      get<T = StoredValues>(keys?: string | string[] | Record<string, any> | null): Promise<T>;
    }
    interface StorageChange {
      oldValue?: any;
      newValue?: any;
    }
  }
}
export {};
