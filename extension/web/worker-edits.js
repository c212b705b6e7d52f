// The popup's edits of days, stored by month in chrome.storage.local. This worker is their one writer, and its
// changes go one after another: an edit the popup keeps as a run ends is never lost to the run dropping the days it
// wrote. A day's edit is kept until the day is written.

let editsWritten = Promise.resolve();

/**
 * Changes the stored edits of a month, after every change asked for before it.
 * @param {string} month
 * @param {(ofMonth: Record<string, object>) => Record<string, object>} change
 */
function changeEdits(month, change) {
  editsWritten = editsWritten.catch(() => {}).then(async () => {
    const { edits } = await chrome.storage.local.get('edits');
    const ofMonth = change({ ...((edits && edits[month]) || {}) });
    await chrome.storage.local.set({ edits: { ...(edits || {}), [month]: ofMonth } });
  });
  return editsWritten;
}

/**
 * Keeps (or, with null, drops) one day's edit, as the popup's editor asks.
 * @param {string} month
 * @param {string} date
 * @param {object | null} edit
 */
export function keepEdit(month, date, edit) {
  return changeEdits(month, (ofMonth) => {
    if (edit === null) {
      delete ofMonth[date];
    } else {
      ofMonth[date] = edit;
    }
    return ofMonth;
  });
}

/**
 * A run that ended drops the edits of the days it filled.
 * @param {{ month: string, days: Array<{ date: string, outcome: string }> }} ended
 */
export function dropWrittenEdits(ended) {
  return changeEdits(ended.month, (ofMonth) => {
    for (const day of ended.days) {
      if (day.outcome === 'filled') {
        delete ofMonth[day.date];
      }
    }
    return ofMonth;
  });
}
