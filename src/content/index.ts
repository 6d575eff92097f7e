import { siteFor } from '../sites/registry';
import { readOnDemand } from './on-demand';
import { startContent } from './start';

/** Set in the content script's own world (the page cannot see it): injected twice, start once. */
const world = globalThis as { rapportContent?: { again(): void } };
const warn = (error: unknown) => console.warn('[Rapport] could not start', error);

/**
 * Content script entry: pick the site and start. Nothing here may throw into the page:
 * failures are logged once and dropped. Injected again into the same page (the person asked to
 * read an on-demand page once more, or turned Rapport on for this host), it reads again instead.
 */
function main(): void {
  if (world.rapportContent) return world.rapportContent.again();
  const adapter = siteFor(new URL(location.href), document);
  if (!adapter) return;
  if (adapter.onDemand) {
    const read = () => void readOnDemand(adapter).catch(warn);
    world.rapportContent = { again: read };
    return read();
  }
  world.rapportContent = { again: () => undefined };
  startContent(adapter).catch(warn);
}

main();
