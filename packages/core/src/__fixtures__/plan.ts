// Test data shared by tests; not part of the build.
/** A small valid plan as it appears in a file. */
export function planFixture(): Record<string, any> {
  return {
    version: 1,
    id: 'test-1111',
    name: { en: 'Test 11.11', 'zh-CN': '测试双11' },
    platform: 'aliexpress',
    platformTimeZone: 'America/Los_Angeles',
    teamTimeZone: 'Asia/Shanghai',
    phases: [
      { id: 'warm-up', label: { en: 'Warm-up', 'zh-CN': '预热期' }, start: '2026-10-28T00:00:00-07:00', end: '2026-11-11T00:00:00-08:00' },
      { id: 'peak', label: { en: 'Peak', 'zh-CN': '正式期' }, start: '2026-11-11T00:00:00-08:00', end: '2026-11-13T00:00:00-08:00' },
    ],
    tasks: [
      {
        id: 'register',
        title: { en: 'Register', 'zh-CN': '报名' },
        phase: 'warm-up',
        workstream: 'operations',
        due: '2026-10-30T23:59:00-07:00',
        critical: true,
      },
      {
        id: 'banner',
        title: { en: 'Banner', 'zh-CN': '横幅' },
        phase: 'warm-up',
        workstream: 'visual',
        start: '2026-11-01T00:00:00-07:00',
        due: '2026-11-10T00:00:00-08:00',
        dependsOn: ['register'],
      },
      {
        id: 'monitor',
        title: { en: 'Monitor', 'zh-CN': '监控' },
        phase: 'peak',
        workstream: 'operations',
        due: '2026-11-11T09:00:00-08:00',
        recurrence: 'FREQ=DAILY',
      },
    ],
  };
}
