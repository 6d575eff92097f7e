import type { SiteAdapter } from '../sites/types';
import { readOnDemand } from './on-demand';
import { startContent } from './start';

/** Set in the content script's own world (the page cannot see it): injected twice, start once. */
const world = globalThis as { rapportContent?: { again(): void } };
const warn = (error: unknown) => console.warn('[Rapport] could not start', error);

/**
 * Content script start: pick the site among `candidates` and start. Nothing here may throw into
 * the page: failures are logged once and dropped. Injected again into the same page (the person
 * asked to read an on-demand page once more, or turned Rapport on for this host), it reads again
 * instead. A site's own hosts load a bundle with that site alone (src/content/sites/<id>.ts);
 * src/content/index.ts, with every site, serves the hosts a person turns Rapport on for and the
 * on-demand sites.
 */
export function boot(candidates: readonly SiteAdapter[]): void {
  if (world.rapportContent) return world.rapportContent.again();
  const url = new URL(location.href);
  const adapter = candidates.find((site) => site.detect(url, document));
  if (!adapter) return;
  if (adapter.onDemand) {
    const read = () => void readOnDemand(adapter).catch(warn);
    world.rapportContent = { again: read };
    return read();
  }
  world.rapportContent = { again: () => undefined };
  startContent(adapter).catch(warn);
}
