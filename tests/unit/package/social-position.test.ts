/** Education levels → the stratum codes of groupings 3, 4 and 6 (DATA-CONTRACT.md), through the SQL the package uses. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Engine } from '../../../shared/engine';
import { createNodeWasmEngine } from '../../../electron/node/wasm-engine';
import { EDUCATION_LEVELS, educationLevelGroupSql } from '../../../shared/package/social-position';
import { EDUCATION_GROUPS } from '../../../shared/text/labels';

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeWasmEngine();
});
afterAll(async () => {
  await engine.close();
});

it.each([
  ['3', ['grundskole', 'kort', 'kort', 'kort', 'videregaaende', 'videregaaende']],
  [
    '4',
    [
      'grundskole',
      'gymnasial_erhvervsfaglig',
      'gymnasial_erhvervsfaglig',
      'kort_mellemlang_videregaaende',
      'kort_mellemlang_videregaaende',
      'lang_videregaaende',
    ],
  ],
  ['6', [...EDUCATION_LEVELS]],
] as const)('grouping %s maps the six levels in order, unknown to ukendt', async (grouping, expected) => {
  const values = [...EDUCATION_LEVELS, null, 'noget_andet'].map((v) => (v === null ? 'NULL' : `'${v}'`));
  const sql = `SELECT ${educationLevelGroupSql('e', grouping)} AS g FROM (VALUES ${values.map((v) => `(${v})`).join(', ')}) t(e)`;
  const groups = (await engine.query(sql)).map((r) => r.g);
  expect(groups).toEqual([...expected, 'ukendt', 'ukendt']);
  // Every group code is one of the contract's codes, in its least → most advantaged order.
  expect([...new Set(expected)]).toEqual([...EDUCATION_GROUPS[grouping]]);
});
