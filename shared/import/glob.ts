/**
 * The profile's `file` patterns: `*` and `?` within one path segment, `**` across segments. Matching
 * is case-insensitive because Windows file names are.
 */
export function globToRegExp(pattern: string): RegExp {
  let re = '';
  const p = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
  for (let i = 0; i < p.length; i++) {
    const ch = p[i]!;
    if (ch === '*') {
      if (p[i + 1] === '*') {
        re += p[i + 2] === '/' ? '(?:.*/)?' : '.*';
        i += p[i + 2] === '/' ? 2 : 1;
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'i');
}

/** The names matching a pattern, sorted so several files are always read in the same order. */
export function matchFiles(pattern: string, names: readonly string[]): string[] {
  const re = globToRegExp(pattern);
  return names.filter((n) => re.test(n)).sort();
}
