import {
  contentRefusal,
  minutesOf,
  programmeConfirmRefusal,
  programmeDays,
  programmeFitRefusal,
  programmeShapeRefusal,
  uncoveredProgrammeNorms,
  type ContentPosition,
  type ProgrammeSlot,
} from '../../workflows/src/rules';

const slot = (over: Partial<ProgrammeSlot> = {}): ProgrammeSlot => ({
  day: 1,
  startTime: '09:00',
  endTime: '10:00',
  group: 'SOCIAL_WORKERS',
  groupLabel: null,
  participants: 'Team Noord',
  headCount: null,
  normIds: ['n1'],
  auditorIds: ['lead'],
  ...over,
});
const facts = { auditDays: 1.5, normIds: ['n1', 'n2', 'n3'], auditorIds: ['lead', 'co'] };
const fieldOf = (slots: ProgrammeSlot[]) => programmeShapeRefusal(slots)?.field ?? null;
const at = (step: ContentPosition['step'], phase: ContentPosition['phase'] = 'EXTERNAL_AUDIT'): ContentPosition => ({ phase, step, selfEvaluationLocked: true });

describe('the audit programme window', () => {
  it('is open from scheduling to the audit, for planning and confirming alike', () => {
    for (const area of ['AUDIT_PROGRAMME', 'AUDIT_PROGRAMME_CONFIRMATION'] as const) {
      for (const step of ['SCHEDULING', 'DATES_PROPOSED', 'AUDITING'] as const) expect(contentRefusal(area, at(step))).toBeNull();
      for (const step of ['AWAITING_ENGAGEMENT', 'ENGAGEMENT_REQUESTED', 'AWAITING_REPLY', 'REPLIED'] as const) {
        expect(contentRefusal(area, at(step))?.code).toBe('WRONG_PHASE');
      }
      expect(contentRefusal(area, at('DRAFTING', 'IMPROVEMENT_PLAN'))?.code).toBe('WRONG_PHASE');
    }
    expect(contentRefusal('AUDIT_PROGRAMME', at('AWAITING_REPLY'))?.message).toBe(
      'The audit programme can be planned only in EXTERNAL_AUDIT (SCHEDULING or DATES_PROPOSED or AUDITING); this cycle is in EXTERNAL_AUDIT (AWAITING_REPLY).',
    );
  });
});

describe('the shape of the slots', () => {
  it('accepts a programme of well-formed slots, and an empty one', () => {
    expect(programmeShapeRefusal([slot(), slot({ startTime: '10:00', endTime: '11:30', group: 'OTHER', groupLabel: 'Gemeente', participants: null, headCount: 2 })])).toBeNull();
    expect(programmeShapeRefusal([])).toBeNull();
  });

  it('reads times on the 24-hour clock', () => {
    expect(minutesOf('00:00')).toBe(0);
    expect(minutesOf('23:59')).toBe(23 * 60 + 59);
    for (const bad of ['24:00', '9:00', '09:60', '0900', '09:00:00', '']) expect(minutesOf(bad)).toBeNull();
  });

  it('names the field of the slot that is wrong', () => {
    expect(fieldOf([slot(), slot({ day: 0 })])).toBe('slots.1.day');
    expect(fieldOf([slot({ startTime: '9:00' })])).toBe('slots.0.startTime');
    expect(fieldOf([slot({ endTime: '25:00' })])).toBe('slots.0.endTime');
    expect(fieldOf([slot({ endTime: '09:00' })])).toBe('slots.0.endTime');
    expect(fieldOf([slot({ endTime: '08:59' })])).toBe('slots.0.endTime');
    expect(fieldOf([slot({ group: 'OTHER', groupLabel: '  ' })])).toBe('slots.0.groupLabel');
    expect(fieldOf([slot({ headCount: 0 })])).toBe('slots.0.headCount');
    expect(fieldOf([slot({ participants: ' ', headCount: null })])).toBe('slots.0.participants');
    expect(fieldOf([slot({ normIds: ['n1', 'n2', 'n1'] })])).toBe('slots.0.normIds');
    expect(fieldOf([slot({ auditorIds: ['lead', 'lead'] })])).toBe('slots.0.auditorIds');
    const refusal = programmeShapeRefusal([slot({ endTime: '09:00' })])!;
    expect(refusal).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'slots.0.endTime',
      message: 'Slot 1: the end time must be after the start time.',
      details: { field: 'slots.0.endTime', slotIndex: 0 },
    });
  });

  it('refuses slots of one day that overlap and share an auditor, and only those', () => {
    const overlapping = slot({ startTime: '09:30', endTime: '10:30' });
    expect(programmeShapeRefusal([slot(), overlapping])).toMatchObject({ field: 'slots.1.startTime', details: { overlapsSlotIndex: 0, auditorIds: ['lead'] } });
    // Another auditor, another day, no auditor at all, or one slot right after the other: no clash.
    expect(programmeShapeRefusal([slot(), { ...overlapping, auditorIds: ['co'] }])).toBeNull();
    expect(programmeShapeRefusal([slot(), { ...overlapping, day: 2 }])).toBeNull();
    expect(programmeShapeRefusal([slot({ auditorIds: [] }), overlapping])).toBeNull();
    expect(programmeShapeRefusal([slot(), slot({ startTime: '10:00', endTime: '11:00' })])).toBeNull();
    // A slot inside another.
    expect(programmeShapeRefusal([slot({ startTime: '09:00', endTime: '12:00', auditorIds: ['lead', 'co'] }), slot({ startTime: '10:00', endTime: '10:30', auditorIds: ['co'] })])?.field).toBe('slots.1.startTime');
  });
});

describe('how the slots fit the cycle', () => {
  it('plans on the audit days, rounded up', () => {
    expect(programmeDays(1.5)).toBe(2);
    expect(programmeDays(3)).toBe(3);
    expect(programmeDays(null)).toBe(0);
    expect(programmeFitRefusal([slot({ day: 2 })], facts)).toBeNull();
    expect(programmeFitRefusal([slot(), slot({ day: 3 })], facts)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slots.1.day', details: { auditDays: 2 } });
    expect(programmeFitRefusal([slot()], { ...facts, auditDays: null })?.field).toBe('slots.0.day');
  });

  it("takes only norms of the cycle's framework version and the cycle's own auditors", () => {
    expect(programmeFitRefusal([slot({ normIds: ['n1', 'x'] })], facts)).toMatchObject({ field: 'slots.0.normIds', details: { invalidNormIds: ['x'] } });
    expect(programmeFitRefusal([slot({ auditorIds: ['co', 'someone'] })], facts)).toMatchObject({ field: 'slots.0.auditorIds', details: { invalidAuditorIds: ['someone'] } });
    expect(programmeFitRefusal([slot({ normIds: ['n1', 'n2', 'n3'], auditorIds: ['lead', 'co'] })], facts)).toBeNull();
  });
});

describe('coverage and confirmation', () => {
  it('lists the norms in scope that no slot covers, in the order given', () => {
    expect(uncoveredProgrammeNorms(['n3', 'n1', 'n2'], [slot({ normIds: ['n1'] }), slot({ normIds: [] })])).toEqual(['n3', 'n2']);
    expect(uncoveredProgrammeNorms(['n1'], [])).toEqual(['n1']);
  });

  it('confirms a programme with slots, never an empty one', () => {
    expect(programmeConfirmRefusal(1)).toBeNull();
    expect(programmeConfirmRefusal(0)?.code).toBe('INCOMPLETE');
  });
});
