// The content script on hacker-news's hosts, as the manifest lists them: this adapter alone, so its
// pages compile and run none of the other sites' code.
import { hackerNews } from '../../sites/hacker-news';
import { boot } from '../boot';

boot([hackerNews]);
