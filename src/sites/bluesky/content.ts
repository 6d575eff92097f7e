// The content script on this site's hosts, as the manifest lists them: this adapter alone, so
// its pages compile and run none of the other sites' code.
import { boot } from '../../content/boot';
import { bluesky } from '.';

boot([bluesky]);
