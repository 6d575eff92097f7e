// The content script on bluesky's hosts, as the manifest lists them: this adapter alone, so its
// pages compile and run none of the other sites' code.
import { bluesky } from '../../sites/bluesky';
import { boot } from '../boot';

boot([bluesky]);
