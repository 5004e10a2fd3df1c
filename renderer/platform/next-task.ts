/**
 * A macrotask boundary: lets the browser paint and handle input. A message to itself rather than
 * setTimeout, because a background tab throttles timers to one a second, which would turn a yield
 * per indicator (or per hashed piece) into minutes.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
