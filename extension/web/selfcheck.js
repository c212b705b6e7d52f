// The self-check page is a view: the worker runs the checks in the core and the page shows each finding as the core
// made it, in words from _locales. The validation runs only when the user clicks, and the page says first what it
// sends. The report is the core's too: it holds codes, counts and field names, never a cookie, token, name or comment.
import { selfCheckReport } from './core.js';
import { dayLabel } from './dates.js';
import { localize, t, uiLanguage } from './i18n.js';
import { MESSAGE, PORT } from './protocol.js';

/** @type {(id: string) => any} */
const $ = (id) => document.getElementById(id);
const language = uiLanguage();
let port = null;
let asked = 0;
let pending = null; // the message whose answer is awaited: { type, id, ... }
let findings = []; // every finding on screen, validate last once it has run
let day = null; // the day the validation would send for, as the checks found it

localize();
$('recheck').addEventListener('click', check);
$('validate').addEventListener('click', validate);
$('copy-report').addEventListener('click', copyReport);
check();

/** Posts to the worker, connecting again when the port was lost (a stopped worker is started by connecting). */
function send(message) {
  pending = message;
  if (port === null) {
    port = chrome.runtime.connect({ name: PORT.SELF_CHECK });
    port.onMessage.addListener(receive);
    port.onDisconnect.addListener(() => {
      port = null;
      // The checks only read: ask again. A validation is never sent twice by itself; the user may click again.
      if (pending && pending.type === MESSAGE.CHECK) {
        send(pending);
      } else if (pending) {
        pending = null;
        $('validate').disabled = day === null;
      }
    });
  }
  port.postMessage(message);
}

function check() {
  asked += 1;
  findings = [];
  day = null;
  $('checks').dataset.state = 'loading';
  $('checks').setAttribute('aria-busy', 'true');
  $('checks').replaceChildren();
  $('checks-error').hidden = true;
  $('recheck').disabled = true;
  $('validate').disabled = true;
  $('copy-report').disabled = true;
  $('report').hidden = true;
  $('copy-status').textContent = '';
  $('validate-what').textContent = t('validateWaiting');
  $('validate-request').hidden = true;
  send({ type: MESSAGE.CHECK, id: asked });
}

function validate() {
  if (!day) {
    return;
  }
  asked += 1;
  $('validate').disabled = true;
  $('recheck').disabled = true;
  findings = findings.filter((f) => f.check !== 'validate');
  $('checks').querySelector('[data-check="validate"]')?.remove();
  send({
    type: MESSAGE.VALIDATE, id: asked, date: day.date, digest: day.digest,
  });
}

function receive(message) {
  if (!pending || message.id !== pending.id) {
    return;
  }
  pending = null;
  $('recheck').disabled = false;
  if (!message.result.ok) {
    showError(message.result.error);
    return;
  }
  if (message.type === MESSAGE.CHECK) {
    showChecks(message.result);
  } else {
    findings.push(message.result.check);
    $('checks').append(item(message.result.check));
    $('validate').disabled = false;
  }
  $('copy-report').disabled = false;
}

function showError(error) {
  $('checks').dataset.state = 'error';
  $('checks').setAttribute('aria-busy', 'false');
  $('checks-error').hidden = false;
  const words = t(`error_${error.code}`) === `error_${error.code}` ? t('error_internal') : t(`error_${error.code}`);
  const details = (error.violations || []).map((v) => t(`violation_${v.code}`, ...v.args));
  $('checks-error').textContent = [words, ...details].join(' ');
  $('validate').disabled = day === null;
}

function showChecks(result) {
  findings = result.checks;
  $('checks').replaceChildren(...findings.map(item));
  $('checks').dataset.state = 'ready';
  $('checks').setAttribute('aria-busy', 'false');
  $('company').hidden = !result.tenant;
  $('company').textContent = result.tenant ? t('selfcheckCompany', result.tenant) : '';
  showValidation(result.validate);
}

/** One finding: which check, its verdict, the core's words for it, the names it lists, and what else it said. */
function item(finding) {
  const li = document.createElement('li');
  li.dataset.check = finding.check;
  li.dataset.result = finding.result;
  li.dataset.code = finding.code;
  const line = document.createElement('div');
  line.className = 'check-line';
  const name = document.createElement('span');
  name.textContent = t(`check_${finding.check}`);
  const result = document.createElement('span');
  result.className = 'result';
  result.textContent = t(`result_${finding.result}`);
  line.append(name, result);
  const words = document.createElement('p');
  words.className = 'words';
  // not_checked names the check that had to pass first, by its words.
  const args = finding.code === 'not_checked' ? finding.args.map((a) => t(`check_${a}`)) : finding.args;
  words.textContent = t(`finding_${finding.code}`, ...args);
  li.append(line, words);
  if (finding.fields.length > 0 && finding.fields_kind) {
    const fields = document.createElement('p');
    fields.className = 'fields';
    fields.append(`${t(`fields_${finding.fields_kind}`)} `);
    finding.fields.forEach((field, i) => {
      const code = document.createElement('code');
      code.textContent = field;
      fields.append(...(i > 0 ? [', ', code] : [code]));
    });
    li.append(fields);
  }
  if (finding.detail) {
    const detail = document.createElement('p');
    detail.className = 'detail';
    detail.textContent = t(`detail_${finding.detail.code}`, ...finding.detail.args);
    li.append(detail);
  }
  return li;
}

/** Says exactly what the validation sends, before it can be sent. */
function showValidation(validation) {
  day = validation.day;
  if (!day) {
    $('validate-what').textContent = t('validateNoDay');
    $('validate-request').hidden = true;
    $('validate').disabled = true;
    return;
  }
  const work = day.periods.find((p) => p.type !== 'break') || {};
  const periods = [...day.periods.map((p) => (p.type === 'break' ? `${t('breakLabel')} ${p.start}–${p.end}`
    : `${p.start}–${p.end}`)),
  // The project and comment the work periods carry, as they are sent.
  ...(work.project_id ? [t('projectLine', work.project_id)] : []),
  ...(work.comment ? [t('commentLine', work.comment)] : [])].join(' · ');
  $('validate-what').textContent = t('validateWhat', dayLabel(day.date, language), periods);
  $('validate-request').textContent = `${validation.method} ${validation.path}`;
  $('validate-request').hidden = false;
  $('validate').disabled = false;
}

/** Shows the report first, then copies it; when the browser will not copy, the shown text can be copied by hand. */
async function copyReport() {
  const { report } = JSON.parse(selfCheckReport(JSON.stringify({
    version: chrome.runtime.getManifest().version, checks: findings,
  })));
  $('report').textContent = report;
  $('report').hidden = false;
  try {
    await navigator.clipboard.writeText(report);
    copyStatus('copied', t('reportCopied'));
  } catch {
    copyStatus('failed', t('reportNotCopied'));
  }
}

function copyStatus(state, text) {
  $('copy-status').dataset.state = state;
  $('copy-status').textContent = text;
}
