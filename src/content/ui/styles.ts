/** Styles live inside Rapport's shadow roots only; the page's styles are never touched. */
export const HOST_RESET =
  'all: initial !important; display: inline-block !important; vertical-align: middle !important;';

export const SHARED_CSS = `
:host { all: initial; }
* { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
button { font: inherit; cursor: pointer; }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.level-high { --chip: #b91c1c; --chip-bg: #fee2e2; }
.level-medium { --chip: #92400e; --chip-bg: #fef3c7; }
.level-low { --chip: #334155; --chip-bg: #e2e8f0; }
@media (prefers-color-scheme: dark) {
  .level-high { --chip: #fecaca; --chip-bg: #7f1d1d; }
  .level-medium { --chip: #fde68a; --chip-bg: #78350f; }
  .level-low { --chip: #e2e8f0; --chip-bg: #334155; }
}
.chip { display: inline-flex; align-items: center; gap: 4px; padding: 1px 7px; border-radius: 999px;
  border: 1px solid var(--chip); background: var(--chip-bg); color: var(--chip);
  font-size: 11px; line-height: 16px; font-weight: 600; white-space: nowrap; }
`;

const sheets = new Map<string, CSSStyleSheet | null>();

/**
 * Give a shadow root its styles: one constructed stylesheet shared by every root that uses the
 * same CSS (a page may carry hundreds of badges; a <style> each would be parsed hundreds of times),
 * or a <style> element where the browser refuses a sheet from the content script's world.
 */
export function styleInto(root: ShadowRoot, css: string): void {
  let sheet = sheets.get(css);
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      sheet = null;
    }
    sheets.set(css, sheet);
  }
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      sheets.set(css, null);
    }
  }
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
}
