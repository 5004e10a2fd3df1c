/**
 * Shape checks for messages that cross a process boundary (IPC from the renderer, the engine host
 * protocol). One copy, used by every validator in policy/.
 */

/** A plain object literal (or a null-prototype one): no class instance, no array, no null. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Refuses properties nobody asked for: they are either a bug or an attempt to smuggle something. */
export function hasOnlyKeys(value: Record<string, unknown>, required: readonly string[], optional: readonly string[] = []): boolean {
  const keys = Object.keys(value);
  return required.every((k) => keys.includes(k)) && keys.every((k) => required.includes(k) || optional.includes(k));
}

export function isBytes(value: unknown): value is Uint8Array {
  // Not `instanceof`: structured clone and Buffer make realm and subclass differences.
  return Object.prototype.toString.call(value) === '[object Uint8Array]';
}
