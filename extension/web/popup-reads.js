// The first script of the popup, small and loaded apart so that it runs while the page still loads the core: it sends
// the last plan's reads again (read-ahead.js).
import { readAhead } from './read-ahead.js';

readAhead();
