/**
 * What the owner check (`#amparo-check`, see src/check/) needs recorded from the moment a script
 * runs: Content-Security-Policy violations and a second Amparo script of another version. Tiny
 * and dependency-free: the loader and the classic builds call it before anything else.
 */

export interface Recorded {
  /** Versions of every Amparo script that ran on this page, in order. */
  versions: string[];
  /** CSP violations seen: the directive and what it blocked. */
  csp: {directive: string; blocked: string}[];
}

const KEY = Symbol.for('amparo.diagnostics');

/** The page's record (shared by every Amparo script on the page). */
export function recorded(): Recorded {
  const g = globalThis as {[KEY]?: Recorded};
  return (g[KEY] ??= {versions: [], csp: []});
}

/** Whether the site owner asked for the check: `#amparo-check` or `?amparo-check` in the page address. */
export const checkRequested = () => /(^|[#?&])amparo-check\b/.test(location.hash + location.search);

/** Notes that a script of `version` ran; starts listening for CSP violations once per page. */
export function recordScript(version: string): void {
  const r = recorded();
  r.versions.push(version);
  if (r.versions.length > 1) return;
  document.addEventListener('securitypolicyviolation', (e) => {
    r.csp.push({directive: e.effectiveDirective || e.violatedDirective, blocked: e.blockedURI || 'inline'});
  });
}
