/**
 * A file name the renderer proposes (save dialogs, exports into a folder) must be one plain name
 * that is valid on Windows, macOS and Linux: never a path, never a device.
 */
import { IPC_LIMITS } from '../../shared/ipc';
import { type Verdict, accept, refuse } from './verdict';

// Windows forbids these characters; "/" and "\" would make the name a path anywhere.
const FORBIDDEN_CHARS = /[<>:"/\\|?*\u0000-\u001f\u007f]/;
// Windows device names stay devices whatever the extension ("nul.txt" is the null device).
const RESERVED_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

export function checkFileName(name: unknown): Verdict<string> {
  if (typeof name !== 'string') return refuse('file name is not a string');
  if (name.length === 0 || name.length > IPC_LIMITS.maxNameChars) return refuse('file name is empty or too long');
  if (FORBIDDEN_CHARS.test(name)) return refuse('file name contains a separator or forbidden character');
  if (name === '.' || name === '..' || name.startsWith('.')) return refuse('file name is a dot name or hidden');
  // Windows silently strips trailing dots and spaces, so "a.txt." would overwrite "a.txt".
  if (/[. ]$/.test(name) || /^\s/.test(name)) return refuse('file name starts with space or ends with dot/space');
  if (RESERVED_NAMES.test(name)) return refuse('file name is a reserved device name');
  return accept(name);
}

/** Subfolders an export may create below the picked folder (`<track>/charts/<file>`). */
const MAX_PATH_DEPTH = 3;

/**
 * A relative path inside the folder the user picked for an export: 1-3 `/`-separated parts, each
 * a name `checkFileName` accepts (so no `..`, no drive, no backslash, no device, no hidden part).
 */
export function checkRelativePath(path: unknown): Verdict<string> {
  if (typeof path !== 'string') return refuse('file name is not a string');
  if (path.length === 0 || path.length > IPC_LIMITS.maxNameChars) return refuse('file name is empty or too long');
  const parts = path.split('/');
  if (parts.length > MAX_PATH_DEPTH) return refuse('path has too many folders');
  for (const part of parts) {
    const checked = checkFileName(part);
    if (!checked.ok) return checked;
  }
  return accept(path);
}
