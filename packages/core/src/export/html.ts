import type { Plan } from '../schemas/plan.js';
import { buildChecklist, TEXT, type Checklist, type ChecklistLine, type ChecklistOptions } from './checklist.js';

/** Options of {@link toHTML}: the same as the Markdown checklist's (a query, a grouping, the reader's zone, statuses). */
export type HtmlOptions = ChecklistOptions;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for HTML content and quoted attributes: task titles and names are data, never markup;
 * control characters become U+FFFD.
 *
 * @example
 * escapeHtml('<img onerror=x>') //=> '&lt;img onerror=x&gt;'
 */
export function escapeHtml(text: string): string {
  // Control characters have no place in HTML text and could drive a terminal the page is printed to.
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '\ufffd');
}

const STYLE = `body{font:14px/1.45 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:2em;color:#111}
h1{font-size:1.4em}h2{font-size:1.2em;border-bottom:1px solid #999}h3{font-size:1em;margin:1em 0 .3em}
section{break-after:page;page-break-after:always}section:last-child{break-after:auto;page-break-after:auto}
ul{list-style:none;padding:0}li{margin:.35em 0;display:flex;gap:.5em;align-items:baseline}
input{width:1.1em;height:1.1em}.due{color:#444;font-size:.9em}.mark{font-weight:600;margin-left:.4em}
.done .title{text-decoration:line-through;color:#555}@media print{body{margin:0}}`;

function item(c: Checklist, l: ChecklistLine, showPerson: boolean): string {
  const t = TEXT[c.locale];
  const marks = [
    l.critical ? `<span class="mark critical">${escapeHtml(t.critical)}</span>` : '',
    l.estimated ? `<span class="mark estimate">${escapeHtml(t.estimate)}</span>` : '',
    showPerson && l.person ? `<span class="mark owner">${escapeHtml(`${t.owner}: ${l.person}`)}</span>` : '',
  ].join('');
  const due = `${t.due} ${l.duePlatform} (${t.platform} ${c.platformTimeZone}) · ${l.dueReader} (${c.readerLabel} ${c.readerTimeZone})`;
  const repeats = l.repeats ? ` · ${t.repeats}: ${l.repeats}` : '';
  // Notes in both languages, one line each, as text.
  const notes = (l.notes ?? '')
    .split('\n')
    .filter((n) => n.trim() !== '')
    .map((n) => `<br><span class="note">${escapeHtml(n)}</span>`)
    .join('');
  return (
    `<li${l.done ? ' class="done"' : ''}><input type="checkbox" aria-label="${escapeHtml(l.title)}"${l.done ? ' checked' : ''}>` +
    `<span><span class="title">${escapeHtml(l.title)}</span>${marks}<br><span class="due">${escapeHtml(due + repeats)}</span>${notes}</span></li>`
  );
}

/**
 * A print-ready HTML checklist: one page per group (phase, workstream or person), a checkbox per work item,
 * every deadline on both clocks (platform and the reader's zone), critical and estimated deadlines marked.
 * Every text is escaped; the page has no script. Same options and selection as `toMarkdown`.
 *
 * @example
 * writeFileSync('checklist.html', toHTML(plan, { locale: 'zh-CN', groupBy: 'person', query: { dueTo: { day: 'today+7' } } }));
 */
export function toHTML(plan: Plan, options: HtmlOptions = {}): string {
  const c = buildChecklist(plan, options);
  const showPerson = options.groupBy !== 'person';
  const t = TEXT[c.locale];
  const sections = c.groups.map((g) => {
    const parts = g.sections.map((s) => `${s.title ? `<h3>${escapeHtml(s.title)}</h3>` : ''}<ul>${s.lines.map((l) => item(c, l, showPerson)).join('')}</ul>`);
    return `<section><h2>${escapeHtml(g.title)}</h2>${parts.join('')}</section>`;
  });
  const zones = `${t.platform}: ${c.platformTimeZone} · ${c.readerLabel}: ${c.readerTimeZone}`;
  return `<!doctype html>
<html lang="${c.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(c.title)}</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(c.title)}</h1><p>${escapeHtml(zones)}</p>
${sections.length ? sections.join('\n') : `<p>—</p>`}
</body></html>
`;
}
