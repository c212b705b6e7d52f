// The types of core.js, the Java core compiled by TeaVM (attendance.browser.CoreExports). core.js is generated after
// the JavaScript is checked, so these declarations stand in for it; CoreTypesTest holds them to CoreExports. Every
// argument and answer is JSON text, described in docs/bridge.md.

/** The core's way out to the browser (attendance.browser.Host). */
export interface Host {
  /** Runs a request for the company, in one of its Personio tabs when inTab, else from the worker. */
  fetch(tenant: string, requestJson: string, inTab: boolean): Promise<string>;
  /** The cookies the company's origin would be sent, as a JSON object of name to value. */
  cookies(tenant: string): Promise<string>;
  /** Today (YYYY-MM-DD) in an IANA zone, or null for a zone the browser does not know. */
  today(timeZone: string): string | null;
  /** The time of day (HH:MM) in an IANA zone, or null for a zone the browser does not know. */
  time(timeZone: string): string | null;
  /** Receives the job after each of its transitions. */
  job(jobJson: string): void;
  cancelled(): boolean;
  uuid(): string;
}

export function settingsForm(managedJson: string | null): string;
export function checkSettings(settingsJson: string, managedJson: string): string;
export function preview(host: Host, requestJson: string): Promise<string>;
export function projects(host: Host, requestJson: string): Promise<string>;
export function reminder(host: Host, requestJson: string): Promise<string>;
export function exportMonth(host: Host, requestJson: string): Promise<string>;
export function autopilot(host: Host, requestJson: string): Promise<string>;
export function autopilotOutcome(jobJson: string): string;
export function importOnlyPerson(text: string, person: string): string;
export function startJob(requestJson: string): string;
export function fill(host: Host, requestJson: string): Promise<string>;
export function recordRun(recordJson: string, jobJson: string, now: number): string;
export function checkDayEdit(date: string, editJson: string, contextJson: string): string;
export function migrateSettings(settingsJson: string): string;
export function selfCheck(host: Host, requestJson: string): Promise<string>;
export function selfCheckValidate(host: Host, requestJson: string): Promise<string>;
export function selfCheckReport(requestJson: string): string;
export function jobAfterRestart(jobJson: string, now: number): string;
export function jobFailed(jobJson: string): string;
