/**
 * An analyst's own areas, from an areas file (`--areas FILE` on the command line) or defined in the
 * app and saved with the profile:
 *   { "areas": [ { "code": "syd", "name": "Sydøstjylland", "municipalities": [751, 727] } ] }
 * Validated here with Danish messages that say which area and which field is wrong.
 */
import { danishMunicipality, type AreaGroup } from './data';

export interface CustomAreaSet {
  /** The file's name (no directories), or a label such as "profil" for areas made in the app. */
  file: string;
  /** sha256 of the file's bytes, hex; null for areas made in the app. */
  sha256: string | null;
  areas: AreaGroup[];
}

export class AreaFileError extends Error {
  override name = 'AreaFileError';
}

/** Codes become folder names (OUT/custom-<code>/…): letters, digits, - and _ only. */
const CODE = /^[a-z0-9æøå][a-z0-9æøå_-]{0,39}$/;

/** Checks one list of areas (already parsed JSON) and returns it normalised; throws AreaFileError. */
export function validateCustomAreas(value: unknown, file: string): AreaGroup[] {
  const fail = (what: string): never => {
    throw new AreaFileError(`Områdefilen ${file}: ${what}`);
  };
  const list = value && typeof value === 'object' && !Array.isArray(value) ? (value as { areas?: unknown }).areas : undefined;
  if (!Array.isArray(list)) return fail('skal have formen { "areas": [ { "code": …, "name": …, "municipalities": [kommunekoder] } ] }.');
  if (list.length === 0) return fail('"areas" er tom; der skal være mindst ét område.');
  const seen = new Set<string>();
  return list.map((raw, i): AreaGroup => {
    const where = `område nr. ${i + 1}`;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail(`${where} skal være et objekt med code, name og municipalities.`);
    const { code, name, municipalities } = raw as Record<string, unknown>;
    if (typeof code !== 'string' || !CODE.test(code.trim().toLowerCase()))
      return fail(`${where}: "code" skal være en kort kode med små bogstaver, tal, - eller _ (fx "syd"), fik ${JSON.stringify(code)}.`);
    const c = code.trim().toLowerCase();
    if (seen.has(c)) return fail(`koden "${c}" bruges af flere områder.`);
    seen.add(c);
    if (typeof name !== 'string' || !name.trim()) return fail(`${where} ("${c}"): "name" mangler (områdets navn, fx "Sydøstjylland").`);
    if (!Array.isArray(municipalities) || municipalities.length === 0)
      return fail(`${where} ("${c}"): "municipalities" skal være en liste med mindst én kommunekode, fx [751, 727].`);
    const codes = municipalities.map((m) => (typeof m === 'string' && /^\d{3}$/.test(m.trim()) ? Number(m) : m));
    const bad = codes.filter((m) => typeof m !== 'number' || !Number.isInteger(m) || !danishMunicipality(m));
    if (bad.length) return fail(`${where} ("${c}"): ${bad.map((b) => JSON.stringify(b)).join(', ')} er ikke danske kommunekoder.`);
    const unique = [...new Set(codes as number[])];
    if (unique.length !== codes.length) return fail(`${where} ("${c}"): en kommune står flere gange i "municipalities".`);
    return { code: c, name: name.trim(), municipalities: unique };
  });
}

/** Parses an areas file's text; `sha256` is the caller's checksum of the same bytes. */
export function parseCustomAreas(text: string, file: string, sha256: string | null): CustomAreaSet {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new AreaFileError(`Områdefilen ${file} er ikke gyldig JSON: ${(err as Error).message}`);
  }
  return { file, sha256, areas: validateCustomAreas(value, file) };
}
