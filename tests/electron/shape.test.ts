import { describe, expect, it } from 'vitest';
import { hasOnlyKeys, isBytes, isPlainObject } from '../../electron/policy/shape';

describe('shape checks shared by the IPC validators and the engine host protocol', () => {
  it('isPlainObject: object literals and null-prototype objects only', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject(Object.create(null))).toBe(true);
    for (const bad of [null, undefined, [], 'a', 1, new Date(0), new (class X {})(), new Map()]) expect(isPlainObject(bad)).toBe(false);
  });
  it('hasOnlyKeys: every required key, nothing beyond the optional ones', () => {
    expect(hasOnlyKeys({ a: 1 }, ['a'])).toBe(true);
    expect(hasOnlyKeys({ a: 1, b: 2 }, ['a'], ['b'])).toBe(true);
    expect(hasOnlyKeys({ a: 1 }, ['a'], ['b'])).toBe(true);
    expect(hasOnlyKeys({ b: 2 }, ['a'], ['b'])).toBe(false);
    expect(hasOnlyKeys({ a: 1, path: '/etc' }, ['a'], ['b'])).toBe(false);
  });
  it('isBytes: a Uint8Array (Buffer too), nothing that merely looks like one', () => {
    expect(isBytes(new Uint8Array(2))).toBe(true);
    expect(isBytes(Buffer.from([1]))).toBe(true);
    for (const bad of [new ArrayBuffer(2), new Uint16Array(2), [1, 2], { length: 2, 0: 1, 1: 2 }, 'ab']) expect(isBytes(bad)).toBe(false);
  });
});
