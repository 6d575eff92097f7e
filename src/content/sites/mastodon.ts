// The content script on mastodon's hosts, as the manifest lists them: this adapter alone, so its
// pages compile and run none of the other sites' code.
import { mastodon } from '../../sites/mastodon';
import { boot } from '../boot';

boot([mastodon]);
