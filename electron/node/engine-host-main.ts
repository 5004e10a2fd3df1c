/**
 * Entry of the engine host process: `utilityProcess.fork` in the desktop app, `child_process.fork`
 * (serialization 'advanced') in the tests. Everything is in engine-host.ts.
 */
import { runEngineHost } from './engine-host';

runEngineHost();
