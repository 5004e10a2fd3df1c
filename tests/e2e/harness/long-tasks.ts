/**
 * Long tasks on the page's main thread (PerformanceObserver 'longtask': anything that held the UI
 * thread for 50 ms or more). Installed before the app's scripts run; a phase is measured between
 * two readings of the page clock. Reported, not asserted: timing on a shared 2-core machine varies.
 */
import type { BrowserContext, Page } from 'playwright-core';

interface LongTaskWindow {
  __longTasks?: { start: number; duration: number }[];
  /** Long animation frames with the scripts that ran in them: says what a long task was. */
  __longFrames?: { start: number; duration: number; scripts: string[] }[];
}

export async function observeLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as LongTaskWindow;
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks!.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    w.__longFrames = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { scripts?: { invoker: string; sourceFunctionName: string; sourceURL: string; sourceCharPosition: number; duration: number }[] })[]) {
          const scripts = (e.scripts ?? [])
            .filter((s) => s.duration >= 20)
            .map((s) => `${s.invoker} ${s.sourceFunctionName || '?'} @${s.sourceURL.split('/').pop()}:${s.sourceCharPosition} ${Math.round(s.duration)} ms`);
          w.__longFrames!.push({ start: e.startTime, duration: e.duration, scripts });
        }
      }).observe({ type: 'long-animation-frame', buffered: true });
    } catch {
      // Older Chromium: long tasks only.
    }
  });
}

export interface LongTaskPhase {
  name: string;
  /** Wall time of the phase, ms. */
  wall: number;
  /** Long tasks in the phase. */
  count: number;
  /** The longest one, ms (0 when none). */
  longest: number;
  /** Scripts of the long animation frames over 100 ms in the phase (what blocked). */
  culprits: string[];
}

/** Runs `work` and returns the long tasks that started while it ran. */
export async function measureLongTasks(page: Page, name: string, work: () => Promise<void>): Promise<LongTaskPhase> {
  const from = await page.evaluate(() => performance.now());
  await work();
  const to = await page.evaluate(() => performance.now());
  const tasks = await page.evaluate(([a, b]) => ((window as unknown as LongTaskWindow).__longTasks ?? []).filter((t) => t.start >= a! && t.start <= b!), [from, to] as const);
  const frames = await page.evaluate(([a, b]) => ((window as unknown as LongTaskWindow).__longFrames ?? []).filter((f) => f.start >= a! && f.start <= b! && f.duration > 100), [from, to] as const);
  return {
    name,
    wall: Math.round(to - from),
    count: tasks.length,
    longest: Math.round(Math.max(0, ...tasks.map((t) => t.duration))),
    culprits: frames.flatMap((f) => f.scripts),
  };
}

export function describePhases(phases: LongTaskPhase[]): string {
  return phases
    .map((p) => `${p.name} ${p.wall} ms wall, ${p.count} long tasks, longest ${p.longest} ms${p.culprits.length ? ` (frames over 100 ms ran: ${p.culprits.join('; ')})` : ''}`)
    .join('; ');
}
