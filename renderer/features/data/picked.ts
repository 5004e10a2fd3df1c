import type { PickedFile } from '../../../shared/platform';

/** A browser File (picked or dropped) as the app's PickedFile: folder-relative name, File as handle. */
export function pickedFromFile(file: File): PickedFile {
  const relative = file.webkitRelativePath ? file.webkitRelativePath.split('/').slice(1).join('/') : file.name;
  return { name: relative || file.name, size: file.size, handle: file };
}

/** `befolkning_2024.csv` → `befolkning_*.csv`: one rule with the proposal's (shared/import/propose.ts). */
export { filePattern } from '../../../shared/import/propose';
