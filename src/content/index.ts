import { sites } from '../sites/registry';
import { boot } from './boot';

/**
 * The content script with every site: registered on the hosts a person turns Rapport on for
 * (Mastodon and Discourse run on any host) and injected into on-demand pages (LinkedIn). The
 * manifest's own hosts get a bundle with their site alone (src/content/sites/<id>.ts).
 */
boot(sites);
