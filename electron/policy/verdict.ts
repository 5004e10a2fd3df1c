/**
 * What every policy decision returns: the accepted value, or a refusal with a reason for the log.
 * Reasons are English on purpose: they go to the developer log, never to the user.
 */
export type Verdict<T> = { ok: true; value: T } | { ok: false; reason: string };

export const accept = <T>(value: T): Verdict<T> => ({ ok: true, value });
export const refuse = <T = never>(reason: string): Verdict<T> => ({ ok: false, reason });
