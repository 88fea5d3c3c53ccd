// The analyser a content script gets, minus the browser: requests go over a port the background's
// own code serves, as copies, in later tasks, as the browser carries them.
import { EngineConnection } from '../../../entrypoints/content/engine-connection';
import { serveEnginePort } from '../../../lib/background/engine-port';
import type { Analyser } from '../../../lib/page/engine-client';
import { linkedPorts } from '../background/linked-ports';

const EXTENSION = { id: 'dossier-extension-id' };

const connection = new EngineConnection((name) => {
  const { client, server } = linkedPorts(name, EXTENSION.id);
  serveEnginePort(server, EXTENSION);
  return client;
});

export const backgroundAnalyser: Analyser = (text, options) => connection.analyse(text, options);
