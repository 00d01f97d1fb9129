import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { plannedMinutes, planProblems } from '~/facilitator/plan.rules';
import { notesPath, planAnchor, presentPath, roomPath, segmentAnchor } from '~/facilitator/plans';
import { roomPages, roomRoutes } from '~/facilitator/roomPages';
import { sessionsSchema } from '~/facilitator/sessions.schema';

const loadFile = () => parse(readFileSync(new URL('../../content/data/sessions.yaml', import.meta.url), 'utf8')).sessions;

const room = { prompt: 'Ask the room' };

function finePlans() {
  return [
    { id: '30', minutes: 30, segments: [{ id: 'open', minutes: 10, room }, { id: 'close', minutes: 20, room }] },
    { id: '60', minutes: 60, segments: [{ id: 'open', minutes: 60, room }] },
  ];
}

describe('checks on the session plans', () => {
  it('finds nothing wrong with plans whose minutes add up', () => {
    expect(planProblems(finePlans())).toEqual([]);
    expect(plannedMinutes(finePlans()[0])).toBe(30);
  });

  it('names the plan whose segments do not add up to its length, with both numbers', () => {
    const plans = finePlans();
    plans[1].segments[0].minutes = 55;
    expect(planProblems(plans)).toEqual([
      {
        message: `Plan "60": its segments add up to 55 minutes, but the plan says minutes: 60. Change a segment's minutes or the plan's.`,
        path: ['plans', 1, 'minutes'],
      },
    ]);
  });

  it('names segments that add up to more than the plan too', () => {
    const plans = finePlans();
    plans[0].segments.push({ id: 'extra', minutes: 5, room });
    expect(planProblems(plans).map((problem) => problem.message)).toEqual([expect.stringContaining('Plan "30": its segments add up to 35 minutes')]);
  });

  it('names each segment with nothing for the room view, with its plan, at the segment\'s room', () => {
    const plans = finePlans();
    delete (plans[0].segments[1] as { room?: unknown }).room;
    expect(planProblems(plans)).toEqual([
      {
        message: expect.stringContaining('Plan "30", segment "close" has no room: give it what the room sees'),
        path: ['plans', 0, 'segments', 1, 'room'],
      },
    ]);
  });

  it('names two plans with the same id, and two segments of a plan with the same id', () => {
    const plans = finePlans();
    plans[1].id = '30';
    plans[0].segments[1].id = 'open';
    const messages = planProblems(plans).map((problem) => problem.message);
    expect(messages).toContain('Two plans have the id "30"; give each its own (it is the plan\'s address).');
    expect(messages).toContain('Plan "30" has two segments with the id "open"; give each its own.');
  });
});

describe('the sessions schema', () => {
  it('accepts content/data/sessions.yaml, whose plans are 30 and 60 minutes', () => {
    const sessions = sessionsSchema.parse(loadFile());
    expect(sessions.plans.map((plan) => [plan.id, plan.minutes, plannedMinutes(plan)])).toEqual([
      ['30', 30, 30],
      ['60', 60, 60],
    ]);
  });

  it('fails, naming the plan and the field, when a segment\'s minutes change', () => {
    const file = loadFile();
    file.plans[0].segments[0].minutes += 1;
    const result = sessionsSchema.safeParse(file);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['plans', 0, 'minutes'], message: expect.stringContaining('Plan "30": its segments add up to 31 minutes') }),
    ]);
  });

  it('rejects minutes that are not whole numbers of at least 1', () => {
    for (const minutes of [0, 2.5, -1, '5']) {
      const file = loadFile();
      file.plans[0].segments[0].minutes = minutes;
      const issues = sessionsSchema.safeParse(file).error?.issues ?? [];
      expect(issues.some((issue) => issue.path.join('.') === 'plans.0.segments.0.minutes')).toBe(true);
    }
  });

  it('rejects a link that is not a page of this site written from its root', () => {
    for (const href of ['model/', 'https://example.com/', '//example.com/model/', '/model/ #plot']) {
      const file = loadFile();
      file.plans[0].segments[1].click[0].href = href;
      const issues = sessionsSchema.safeParse(file).error?.issues ?? [];
      expect(issues.map((issue) => issue.path.join('.')), href).toContain('plans.0.segments.1.click.0.href');
    }
  });

  it('rejects a segment id that could not be an address, and a position without its placeholders', () => {
    const file = loadFile();
    file.plans[0].segments[0].id = 'The Model';
    file.present.position = 'Segment {current}';
    const paths = (sessionsSchema.safeParse(file).error?.issues ?? []).map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['plans.0.segments.0.id', 'present.position']));
  });
});

describe('plan addresses', () => {
  it('gives each plan a present view, notes and a section on the guide', () => {
    expect(presentPath({ id: '30' })).toBe('facilitator/present/30/');
    expect(notesPath({ id: '60' })).toBe('facilitator/notes/60/');
    expect(planAnchor({ id: '30' })).toBe('plan-30');
    expect(segmentAnchor({ id: '30' }, { id: 'the-model' })).toBe('30-the-model');
    expect(roomPath({ id: '30' })).toBe('facilitator/room/30/');
    expect(roomPath({ id: '30' }, { id: 'the-model' })).toBe('facilitator/room/30/the-model/');
  });
});

describe('the room view\'s pages', () => {
  const plan = {
    id: '30',
    segments: [
      { id: 'open', title: 'Open', minutes: 4, room: { prompt: 'Think of a mentor.', show: 'quote' as const } },
      { id: 'model', title: 'Model', minutes: 8, room: { prompt: 'Where would they sit?', show: 'plot' as const } },
      { id: 'close', title: 'Close', minutes: 3, room: { prompt: 'One area, one learner.' } },
    ],
  };

  it('gives every segment a page of its own that links to the segments before and after it', () => {
    expect(roomPages(plan)).toEqual([
      { path: 'facilitator/room/30/open/', index: 0, total: 3, title: 'Open', minutes: 4, prompt: 'Think of a mentor.', show: 'quote', next: 'facilitator/room/30/model/' },
      {
        path: 'facilitator/room/30/model/',
        index: 1,
        total: 3,
        title: 'Model',
        minutes: 8,
        prompt: 'Where would they sit?',
        show: 'plot',
        previous: 'facilitator/room/30/open/',
        next: 'facilitator/room/30/close/',
      },
      { path: 'facilitator/room/30/close/', index: 2, total: 3, title: 'Close', minutes: 3, prompt: 'One area, one learner.', previous: 'facilitator/room/30/model/' },
    ]);
  });

  it('shows the first segment at the plan\'s own address as well', () => {
    const routes = roomRoutes(plan);
    expect(routes.map((route) => route.route)).toEqual(['30', '30/open', '30/model', '30/close']);
    expect(routes[0].page).toEqual(routes[1].page);
  });

  it('gives every segment of the real plans a prompt for the room', () => {
    for (const real of sessionsSchema.parse(loadFile()).plans) {
      expect(roomPages(real).map((page) => page.prompt.length > 0)).toEqual(real.segments.map(() => true));
    }
  });
});
