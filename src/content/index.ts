import { siteFor } from '../sites/registry';
import { startContent } from './start';

/**
 * Content script entry: pick the site and start. Nothing here may throw into the page:
 * failures are logged once and dropped.
 */
function main(): void {
  const adapter = siteFor(new URL(location.href), document);
  if (!adapter) return;
  startContent(adapter).catch((error: unknown) => console.warn('[Rapport] could not start', error));
}

main();
