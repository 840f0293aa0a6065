// RoomController in a Lit host: two hosts in Chromium share one room; a status change emitted by one host's
// <campaign-checklist> reaches the other host's checklist through the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { LitElement, html } from 'lit';
import { parsePlan, type Plan } from '@campaign-planner/core';
import { statusOf, type StatusState } from '@campaign-planner/core/readiness';
import '@campaign-planner/elements/define.js';
import { planFixture } from '../../packages/core/src/__fixtures__/plan.js';
import { RoomController, openRoom } from '../../packages/sync/src/index.js';

interface TestServer {
  id: string;
  url: string;
  tokens: Record<string, string>;
}
const sync = commands as unknown as {
  startSyncTestServer(rooms: string[]): Promise<TestServer>;
  stopSyncTestServer(id: string): Promise<void>;
};
let server: TestServer;
beforeAll(async () => {
  server = await sync.startSyncTestServer(['team']);
}, 60_000);
afterAll(() => sync.stopSyncTestServer(server.id));

const until = async (check: () => boolean, what: string, ms = 20_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

class TeamChecklist extends LitElement {
  static override properties = { person: {} };
  person = '';
  sync!: RoomController;
  override connectedCallback() {
    this.sync ??= new RoomController(this, { url: server.url, room: 'team', token: server.tokens.team!, user: { name: this.person } });
    super.connectedCallback();
  }
  override render() {
    if (!this.sync.plan) return html`<p>${this.sync.status}</p>`;
    return html`<campaign-checklist
      .plan=${this.sync.plan}
      .state=${this.sync.state}
      @task-status-change=${(e: CustomEvent<{ taskId: string; status: string }>) => this.sync.append([{ ...e.detail, at: new Date(), by: this.person }])}
    ></campaign-checklist>`;
  }
}
customElements.define('team-checklist-test', TeamChecklist);

describe('RoomController', { timeout: 60_000 }, () => {
  it('joins while connected and re-renders its host when another host changes a status', async () => {
    const owner = await openRoom({ url: server.url, room: 'team', token: server.tokens.team!, requirePlan: false });
    owner.campaign.setBasePlan(parsePlan(planFixture()));
    await owner.whenSynced();
    const [a, b] = ['ana', 'bo'].map((person) => {
      const el = document.createElement('team-checklist-test') as TeamChecklist;
      el.person = person;
      document.body.append(el);
      return el;
    });
    await Promise.all([a!.sync.ready, b!.sync.ready]);
    await Promise.all([a!.updateComplete, b!.updateComplete]);
    const checklistOf = (el: TeamChecklist) => el.shadowRoot!.querySelector('campaign-checklist') as HTMLElement & { plan: Plan; state: StatusState };
    expect(checklistOf(a!).plan.id).toBe('test-1111');
    await until(() => b!.sync.online.some((u) => u.name === 'ana'), 'bo to see ana');

    checklistOf(a!).dispatchEvent(new CustomEvent('task-status-change', { detail: { taskId: 'register', status: 'done' }, bubbles: true, composed: true }));
    await until(() => statusOf(checklistOf(b!).state, 'register') === 'done', "bo's checklist to show the change");
    expect(b!.sync.room!.events[0]!.by).toBe('ana');
    a!.remove();
    await until(() => !b!.sync.online.some((u) => u.name === 'ana'), 'ana to leave when her element is removed');
    b!.remove();
    owner.close();
  });
});
