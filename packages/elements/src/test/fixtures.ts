// Plans and helpers shared by the element tests (not part of the package build).
import { parsePlan, type Plan, type PlanInput } from '@campaign-planner/core';
import { getTemplate, instantiate } from '@campaign-planner/core/templates';
import { afterEach } from 'vitest';
import '../define.js';

/** The built-in 11.11 plan of 2026, team in Shanghai. */
export function plan1111(year = 2026): Plan {
  return instantiate(getTemplate('aliexpress-11-11'), { year, teamTimeZone: 'Asia/Shanghai' });
}

/**
 * A plan of `count` tasks spread over the 2026 11.11 phases, each depending on the one before (a chain),
 * every third one with a start (a bar), the rest milestones.
 */
export function bigPlan(count: number): Plan {
  const base = plan1111();
  const from = base.phases[0]!.start.getTime();
  const span = base.phases[base.phases.length - 1]!.end.getTime() - from - 86_400_000;
  const streams = ['operations', 'product', 'traffic', 'marketing', 'visual', 'logistics-service'] as const;
  const tasks: PlanInput['tasks'] = [];
  for (let i = 0; i < count; i++) {
    const due = new Date(from + Math.floor((span * (i + 1)) / count));
    const phase = base.phases.find((p) => p.start <= due && due < p.end)!;
    tasks.push({
      id: `t${i}`,
      title: { en: `Task ${i}`, 'zh-CN': `任务 ${i}` },
      phase: phase.id,
      workstream: streams[i % streams.length]!,
      due,
      ...(i % 3 === 0 ? { start: new Date(due.getTime() - 86_400_000) } : {}),
      dependsOn: i > 0 ? [`t${i - 1}`] : [],
    });
  }
  return parsePlan({ ...base, id: 'big', tasks });
}

/** A small plan whose only task has a hostile title, and a flag the payload would set if it ran. */
export function hostilePlan(): Plan {
  const base = plan1111();
  const title = '<img src=x onerror="window.__pwned=true">';
  const task = base.tasks[0]!;
  return parsePlan({ ...base, tasks: [{ ...task, title: { en: title, 'zh-CN': title }, dependsOn: [] }] });
}

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

/** Creates an element, sets properties, adds it to the page and waits for its first render. */
export async function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]>,
  parent: Node = document.body,
): Promise<HTMLElementTagNameMap[K]> {
  const el = document.createElement(tag);
  Object.assign(el, props);
  (parent as ParentNode).append(el);
  mounted.push(el);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

/** Waits for two animation frames (layout, observers and a follow-up render settle). */
export function frames(n = 2): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });
}

/** The element's shadow root (elements here always have one). */
export function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

/** A deep copy of a plan to compare with after the elements had it (they must not change it). */
export function snapshot(plan: Plan): string {
  return JSON.stringify(plan);
}

/** A file a download link offered: its name and its text. */
export interface Download {
  readonly name: string;
  readonly text: Promise<string>;
}

/**
 * Catches the download links clicked inside `root` (as `download()` in shared/plan-export does) instead of
 * saving them, and collects each file.
 *
 * @example
 * const files = captureDownloads(shadow(el)); button.click(); await files[0]!.text;
 */
export function captureDownloads(root: ShadowRoot): Download[] {
  const files: Download[] = [];
  root.addEventListener('click', (e) => {
    const a = e.target as HTMLAnchorElement;
    if (!a.download) return;
    e.preventDefault();
    files.push({ name: a.download, text: fetch(a.href).then((r) => r.text()) });
  });
  return files;
}
