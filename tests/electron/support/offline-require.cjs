/**
 * Preloaded (`node -r`) into the electronegativity process: it fetches translations and Electron's
 * release list with `got` on every run. Here `got` fails at once and any other socket attempt is
 * refused and reported, so the lint run stays offline.
 */
const Module = require('node:module');
const net = require('node:net');

const load = Module._load;
Module._load = function offlineLoad(request, ...rest) {
  if (request === 'got') return () => Promise.reject(new Error('offline'));
  return load.call(this, request, ...rest);
};

net.Socket.prototype.connect = function refuseConnect() {
  process.stderr.write('NETWORK-ATTEMPT\n');
  throw new Error('network is off');
};
