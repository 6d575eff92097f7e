import { send } from '../messages/bus';
import { startContent } from '../content/start';
import { demo } from '../sites/demo';

/**
 * The bundled demo community: an extension page shaped like a forum thread. It installs the
 * demo brand profile when the user has none, then runs the same pipeline as the content script.
 */
async function main(): Promise<void> {
  await send('demo/seed', {});
  await startContent(demo);
}

void main();
