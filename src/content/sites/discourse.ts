// The content script on discourse's hosts, as the manifest lists them: this adapter alone, so its
// pages compile and run none of the other sites' code.
import { discourse } from '../../sites/discourse';
import { boot } from '../boot';

boot([discourse]);
