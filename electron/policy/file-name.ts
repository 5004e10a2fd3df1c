/**
 * A file name the renderer proposes (save dialogs, exports into a folder) must be one plain name
 * that is valid on Windows, macOS and Linux: never a path, never a device. What the app writes is
 * also limited to its export formats (`checkExportName`): a compromised or buggy renderer must not be
 * able to drop `Datapakker-opdatering.exe`, `autorun.inf` or `rapport.pdf.lnk` next to the user's files.
 */
import { IPC_LIMITS } from '../../shared/ipc';
import { type Verdict, accept, refuse } from './verdict';

// Windows forbids these characters; "/" and "\" would make the name a path anywhere.
// eslint-disable-next-line no-control-regex -- control characters are among the forbidden ones
const FORBIDDEN_CHARS = /[<>:"/\\|?*\u0000-\u001f\u007f]/;
// Direction and invisible formatting characters disguise an extension ("rapport\u202Efdp.exe" shows as "rapportexe.pdf").
const DISGUISING_CHARS = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;
// Windows device names stay devices whatever the extension ("nul.txt", "CON .pdf" are the devices).
const RESERVED_NAMES = /^(con|prn|aux|nul|conin\$|conout\$|clock\$|com[0-9¹²³]|lpt[0-9¹²³])( *\..*)?$/i;

/** The formats the app exports (shared/export): the only extensions it ever writes. */
export const EXPORT_EXTENSIONS: readonly string[] = ['json', 'pptx', 'pdf', 'xlsx', 'html', 'png', 'svg', 'txt', 'zip'];

// An extension inside a name that Windows or macOS would run or follow: "rapport.exe.pdf" is shown
// as "rapport.exe" where extensions are hidden, "x.pdf.lnk" opens as a shortcut.
const RISKY_INNER_EXTENSIONS = new Set([
  'exe',
  'com',
  'bat',
  'cmd',
  'scr',
  'pif',
  'msi',
  'msp',
  'lnk',
  'url',
  'inf',
  'reg',
  'vbs',
  'vbe',
  'js',
  'jse',
  'wsf',
  'wsh',
  'ps1',
  'hta',
  'cpl',
  'dll',
  'jar',
  'app',
  'command',
  'sh',
  'desktop',
  'scf',
  'appref-ms',
  'application',
  'gadget',
  'msc',
  'ade',
  'adp',
]);

export function checkFileName(name: unknown): Verdict<string> {
  if (typeof name !== 'string') return refuse('file name is not a string');
  if (name.length === 0 || name.length > IPC_LIMITS.maxNameChars) return refuse('file name is empty or too long');
  if (FORBIDDEN_CHARS.test(name)) return refuse('file name contains a separator or forbidden character');
  if (DISGUISING_CHARS.test(name)) return refuse('file name contains an invisible or direction character');
  if (name === '.' || name === '..' || name.startsWith('.')) return refuse('file name is a dot name or hidden');
  // Windows silently strips trailing dots and spaces, so "a.txt." would overwrite "a.txt".
  if (/[. ]$/.test(name) || /^\s/.test(name)) return refuse('file name starts with space or ends with dot/space');
  if (RESERVED_NAMES.test(name)) return refuse('file name is a reserved device name');
  return accept(name);
}

/**
 * A file the app writes: a plain name (`checkFileName`) whose extension is one of the export formats
 * and that carries no second, runnable extension inside it.
 */
export function checkExportName(name: unknown): Verdict<string> {
  const plain = checkFileName(name);
  if (!plain.ok) return plain;
  const parts = plain.value.toLowerCase().split('.');
  if (parts.length < 2 || !EXPORT_EXTENSIONS.includes(parts[parts.length - 1]!)) return refuse('file type is not an export format');
  if (parts.slice(1, -1).some((p) => RISKY_INNER_EXTENSIONS.has(p.trim()))) return refuse('file name hides a second extension');
  return plain;
}

/** Parts of an export's path below the picked folder: `<area>/<track>/charts/<file>` at most. */
const MAX_PATH_DEPTH = 4;

/**
 * A relative path inside the folder the user picked for an export: 1-4 `/`-separated parts, each
 * a name `checkFileName` accepts (so no `..`, no drive, no backslash, no device, no hidden part), the
 * last one an export file (`checkExportName`).
 */
export function checkRelativePath(path: unknown): Verdict<string> {
  if (typeof path !== 'string') return refuse('file name is not a string');
  if (path.length === 0 || path.length > IPC_LIMITS.maxNameChars) return refuse('file name is empty or too long');
  const parts = path.split('/');
  if (parts.length > MAX_PATH_DEPTH) return refuse('path has too many folders');
  for (const [i, part] of parts.entries()) {
    const checked = i === parts.length - 1 ? checkExportName(part) : checkFileName(part);
    if (!checked.ok) return checked;
  }
  return accept(path);
}
