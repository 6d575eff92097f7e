// The content script on youtube's hosts, as the manifest lists them: this adapter alone, so its
// pages compile and run none of the other sites' code.
import { youtube } from '../../sites/youtube';
import { boot } from '../boot';

boot([youtube]);
