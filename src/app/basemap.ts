/**
 * The optional online basemap: a MapLibre style URL (https only) kept in localStorage; empty means the offline
 * basemap, the default. The page's Content-Security-Policy (index.html) allows only the app's own origin, so an online
 * style works only where whoever deploys the app relaxed connect-src/img-src for its hosts; otherwise the refusal is
 * detected (a securitypolicyviolation event or a failed fetch) and reported in one line, and the offline map stays.
 */
import { byId } from './dom.js';

const KEY = 'geoevents:basemap-url';

export function storedBasemapUrl(): string {
  try {
    return window.localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

function storeBasemapUrl(url: string): void {
  try {
    if (url) window.localStorage.setItem(KEY, url);
    else window.localStorage.removeItem(KEY);
  } catch {
    // Storage refused: the setting lasts until a reload.
  }
}

/** The URL when it is an absolute https URL, '' when empty, null when invalid. */
export function checkBasemapUrl(raw: string): string | null {
  const s = raw.trim();
  if (!s) return '';
  try {
    const u = new URL(s);
    return u.protocol === 'https:' && !u.username && !u.password ? u.href : null;
  } catch {
    return null;
  }
}

/** Fetches the style once to learn whether the page may load it; resolves with a one-line problem or null. */
export async function probeStyle(url: string): Promise<string | null> {
  let blocked = false;
  const onViolation = (e: SecurityPolicyViolationEvent) => {
    if (e.blockedURI && url.startsWith(e.blockedURI)) blocked = true;
  };
  document.addEventListener('securitypolicyviolation', onViolation);
  try {
    const res = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
    if (!res.ok) return `The basemap style could not be loaded (HTTP ${res.status}); using the offline basemap.`;
    const style = (await res.json()) as { version?: unknown };
    if (style?.version !== 8) return 'That URL is not a MapLibre style (version 8); using the offline basemap.';
    return null;
  } catch (e) {
    // The violation event may be dispatched just after the fetch rejects.
    await new Promise((r) => setTimeout(r, 0));
    return blocked || /content security|csp/i.test(String(e))
      ? "The page's Content-Security-Policy does not allow that basemap's host; using the offline basemap."
      : `The basemap style could not be loaded (${(e as Error).message || 'network error'}); using the offline basemap.`;
  } finally {
    document.removeEventListener('securitypolicyviolation', onViolation);
  }
}

/**
 * Wires the settings form. `apply` switches the map to a style URL ('' for offline) and resolves with a problem line
 * or null.
 */
export function bindBasemapSettings(apply: (url: string) => Promise<string | null>): void {
  const input = byId<HTMLInputElement>('basemap-url');
  const status = byId('basemap-status');
  const say = (text: string, error = false) => {
    status.textContent = text;
    status.classList.toggle('error', error);
  };
  input.value = storedBasemapUrl();
  byId<HTMLFormElement>('basemap-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const url = checkBasemapUrl(input.value);
    if (url === null) {
      input.setAttribute('aria-invalid', 'true');
      say('Enter an https:// style URL, or leave the field empty for the offline basemap.', true);
      return;
    }
    input.removeAttribute('aria-invalid');
    say(url ? 'Loading the online basemap…' : '');
    void apply(url).then((problem) => {
      if (problem) {
        say(problem, true);
        return;
      }
      storeBasemapUrl(url);
      say(url ? 'Online basemap on.' : 'Offline basemap.');
    });
  });
}

/** Shows a problem found while starting with the stored URL. */
export function basemapProblem(text: string): void {
  const status = byId('basemap-status');
  status.textContent = text;
  status.classList.add('error');
}
