// The content script on reddit's hosts, as the manifest lists them: this adapter alone, so its
// pages compile and run none of the other sites' code.
import { reddit } from '../../sites/reddit';
import { boot } from '../boot';

boot([reddit]);
