// The reminder on the icon: how many working days before today a plan would fill. It is read again every few hours
// while the browser runs, a while after a run, when a Personio page loads and when a session ends; read-only, from
// the worker, never in a tab. A run's progress on the icon goes first.
import { showReminder } from './badge.js';
import { reminder } from './core.js';
import { currentMonth } from './dates.js';
import { askCore, request } from './core-host.js';

export const REMINDER_ALARM = 'reminder';
export const REMINDER_PERIOD_MINUTES = 180;
export const AFTER_RUN_ALARM = 'reminder-after-run';
// A worker that starts up, or a plan, reads the badge again only when it is older than this.
const REMINDER_FRESH_MS = 10 * 60 * 1000;

/**
 * The reminder of a worker whose run, when one is on, shows on the icon instead.
 * @param {{ running: () => boolean }} worker
 */
export function createReminder({ running }) {
  /** @type {Promise<void> | null} */
  let reading = null;
  let again = false;

  /** Whether the last reading is younger than REMINDER_FRESH_MS. */
  async function fresh() {
    const { reminderAt } = await chrome.storage.local.get('reminderAt');
    return Boolean(reminderAt && Date.now() - reminderAt < REMINDER_FRESH_MS);
  }

  /** Reads the reminder again and shows it; refreshes asked for while one is under way come together into one. */
  function refresh() {
    if (reading) {
      again = true;
      return reading;
    }
    reading = (async () => {
      do {
        again = false;
        if (running()) {
          return;
        }
        const result = await askCore('reminder', reminder, () => request(currentMonth()));
        if (!running()) {
          await showReminder(result);
        }
        // Kept for the popup, which offers last month early in a month when it still has days to fill.
        await chrome.storage.local.set({ reminderAt: Date.now(), reminder: result.ok ? result : null });
      } while (again);
    })().finally(() => {
      reading = null;
    });
    return reading;
  }

  return {
    refresh,
    /** Reads it again unless it is fresh (a worker starting up, a plan of the current month). */
    async refreshIfStale() {
      if (!(await fresh())) {
        await refresh();
      }
    },
    /**
     * Shows a reminder the core counted with a plan, unless a run's progress or its end is on the icon.
     * @param {object} counted
     */
    async show(counted) {
      if (running()) {
        return;
      }
      await showReminder(counted);
      await chrome.storage.local.set({ reminderAt: Date.now(), reminder: counted });
    },
  };
}
