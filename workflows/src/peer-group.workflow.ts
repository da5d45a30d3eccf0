import { condition, getExternalWorkflowHandle, proxyLocalActivities, setHandler, type SignalDefinition } from '@temporalio/workflow';
import type { PeerGroupActivities, PeerGroupProgressFacts } from './activities';
import { cycleWorkflowId } from './ids';
import * as m from './messages';
import { reminderMoment, shiftBy, type SchemeDuration } from './rules';

const acts = proxyLocalActivities<PeerGroupActivities>({
  startToCloseTimeout: '10 seconds',
  // Reads and notices in LabelCycle's own database: retried until it answers, never hammered.
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', backoffCoefficient: 2 },
});

/** One stretch of the group's work: what ends it, and its deadline (reminder at a quarter left, then overdue). */
interface Stretch {
  kind: 'PEER_VISIT_SCHEDULING' | 'PEER_REPORTING';
  done: (p: PeerGroupProgressFacts) => boolean;
  window: SchemeDuration;
  /** What the member cycles are told when it is done. */
  signal: SignalDefinition<[m.PeerGroupArgs]>;
}

/**
 * One peer group, from the moment the sector body forms it (or confirms its members' proposal) until every
 * learning report is final. It coordinates its members' cycles by signals: the group formed, the visit
 * schedule agreed (every visit confirmed), every report final. The api tells it when a visit is confirmed or
 * a report made final; it reads the progress itself (an activity) and also looks again every `progressCheck`,
 * so a lost signal only delays it, and at each look it tells its members again what the group reached.
 * Deadlines remind and report overdue like the cycle's own.
 */
export async function peerGroupWorkflow(input: m.PeerGroupWorkflowInput): Promise<void> {
  const { groupId, durations } = input;
  let poked = 0;
  let stage: m.PeerGroupStateView['stage'] = 'FORMED';
  setHandler(m.peerGroupProgressSignal, () => {
    poked += 1;
  });
  // The pokes `facts` has seen: one arriving while the workflow reads or tells is looked at on the next turn.
  let looked = poked;
  let facts = await acts.peerGroupProgress({ groupId });
  setHandler(m.peerGroupStateQuery, () => ({ groupId, stage, memberCycleIds: [...facts.memberCycleIds] }));

  /** Tells every member cycle; a cycle that has ended (or has no workflow) is passed over. */
  const tell = async (signal: SignalDefinition<[m.PeerGroupArgs]>) => {
    for (const cycleId of facts.memberCycleIds) {
      await getExternalWorkflowHandle(cycleWorkflowId(cycleId)).signal(signal, { groupId }).catch(() => undefined);
    }
  };

  // What the group reached last; told again at every look, so a member whose signal was lost (or whose cycle
  // was rebuilt) catches up: a cycle told twice does not move twice.
  let reached: SignalDefinition<[m.PeerGroupArgs]> = m.peerGroupFormedSignal;
  await tell(reached);
  const stretches: Stretch[] = [
    { kind: 'PEER_VISIT_SCHEDULING', done: (p) => p.members > 0 && p.visitsConfirmed >= p.members, window: durations.visitScheduling, signal: m.peerVisitsAgreedSignal },
    { kind: 'PEER_REPORTING', done: (p) => p.members > 0 && p.reportsFinal >= p.members, window: durations.reporting, signal: m.peerReportsFinalSignal },
  ];
  for (const stretch of stretches) {
    const startMs = Date.now();
    const dueMs = shiftBy(startMs, stretch.window);
    const remindMs = reminderMoment(startMs, dueMs);
    let reminded = false;
    let overdue = false;
    while (!stretch.done(facts)) {
      const moments = [shiftBy(Date.now(), durations.progressCheck), ...(reminded ? [] : [remindMs]), ...(overdue ? [] : [dueMs])];
      await condition(() => poked !== looked, Math.max(1, Math.min(...moments) - Date.now()));
      looked = poked;
      facts = await acts.peerGroupProgress({ groupId });
      if (stretch.done(facts)) break;
      await tell(reached);
      const now = Date.now();
      const params = { kind: stretch.kind, due: new Date(dueMs).toISOString() };
      if (!reminded && now >= remindMs) {
        reminded = true;
        await acts.notifyPeerGroup({ groupId, key: `remind-${stretch.kind}`, kind: 'REMINDER', message: { code: 'remind', params } });
      }
      if (!overdue && now >= dueMs) {
        overdue = true;
        await acts.notifyPeerGroup({ groupId, key: `overdue-${stretch.kind}`, kind: 'OVERDUE', message: { code: 'overdue', params } });
      }
    }
    stage = stretch.kind === 'PEER_VISIT_SCHEDULING' ? 'VISITS_AGREED' : 'REPORTS_FINAL';
    reached = stretch.signal;
    await tell(reached);
  }
}
