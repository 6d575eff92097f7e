// The content script on x's hosts, as the manifest lists them: this adapter alone, so its
// pages compile and run none of the other sites' code.
import { x } from '../../sites/x';
import { boot } from '../boot';

boot([x]);
