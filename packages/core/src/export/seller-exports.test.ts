// What a seller reads in the exports of a built-in plan: phases with their inclusive days, estimates said as
// such, notes in both languages, repetitions as sentences.
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { instantiate } from '../templates/instantiate.js';
import { getTemplate } from '../templates/registry.js';
import { toICS } from './ics/ics.js';
import { toMarkdown } from './markdown.js';
import { toHTML } from './html.js';

const plan = instantiate(getTemplate('aliexpress-11-11'), { year: 2027, teamTimeZone: 'Asia/Shanghai' });
const playbook = instantiate(getTemplate('aliexpress-11-11'), { year: 2020, teamTimeZone: 'Asia/Shanghai' });
const itemOf = (md: string, text: string) => md.split('\n- ').find((l) => l.includes(text))!;

describe('exports for a seller', () => {
  it('heads each phase with its first and last day, inclusive, as the playbook writes them', () => {
    const en = toMarkdown(playbook);
    expect(en).toContain('## Build-up (Oct 1 – Oct 27, US Pacific time)');
    expect(en).toContain('## Warm-up (Oct 28 – Nov 10, US Pacific time)');
    expect(en).toContain('## Peak (Nov 11 – Nov 12, US Pacific time)');
    expect(en).toContain('## Review (Nov 13 – Nov 20, US Pacific time)');
    expect(toMarkdown(playbook, { locale: 'zh-CN' })).toContain('## 造势期 (10月1日 – 10月27日，美西时间)');
  });

  it('marks estimated dates and gives notes in English and Chinese', () => {
    const md = toMarkdown(plan);
    const reg = itemOf(md, 'Register for platform activities');
    expect(reg).toMatch(/estimated date: confirm in the seller centre/);
    expect(reg).toContain('\n  Estimate: the playbook gives no 11.11 registration date');
    expect(reg).toContain('\n  预估：手册未给出双11报名截止日期');
    // A 2020 playbook date is not an estimate.
    expect(itemOf(toMarkdown(playbook), 'Extend the promised ship time')).not.toMatch(/estimated date/);
  });

  it('shows notes in both languages and repetitions as sentences in the printable checklist, as text', () => {
    const html = toHTML(plan, { locale: 'zh-CN' });
    expect(html).toContain('<span class="note">预估：手册未给出双11报名截止日期');
    expect(html).toContain('<span class="note">Estimate: the playbook gives no 11.11 registration date');
    expect(html).toContain('重复: 每天 10:00（北京时间），至 11月13日');
  });

  it("says a repetition as a sentence in the reader's language", () => {
    const md = toMarkdown(plan, { locale: 'zh-CN' });
    expect(itemOf(md, '实时数据监控')).toContain('重复: 每天 10:00（北京时间），至 11月13日');
    expect(md).not.toMatch(/FREQ=/);
  });

  it('says estimates, roles and both languages of the notes in the calendar', () => {
    const cal = new ICAL.Component(ICAL.parse(toICS(plan, { dtstamp: new Date('2027-01-01T00:00:00Z') })));
    const todo = cal.getAllSubcomponents('vtodo').find((c) => String(c.getFirstPropertyValue('uid')).includes('register-platform-activities'))!;
    const text = String(todo.getFirstPropertyValue('description'));
    expect(text).toContain('estimate: confirm in the seller centre');
    expect(text).toContain('Role: Operations lead');
    expect(text).toContain('预估：手册未给出双11报名截止日期');
  });
});
