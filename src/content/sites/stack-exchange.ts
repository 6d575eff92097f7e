// The content script on stack-exchange's hosts, as the manifest lists them: this adapter alone, so its
// pages compile and run none of the other sites' code.
import { stackExchange } from '../../sites/stack-exchange';
import { boot } from '../boot';

boot([stackExchange]);
