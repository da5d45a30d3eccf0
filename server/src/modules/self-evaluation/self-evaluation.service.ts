import type { Change } from '../../common/mutation-id';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../common/errors';
import { assertContentOpen } from '../../common/phase-guard';
import { assertRevision, type SavedVersion } from '../../common/revision';
import type { AccessPolicy } from '../access/access-policy';
import { assertContentWriter } from '../access/content-writers';
import { assertNormOfCycle, visibleCycle, visibleNorm } from '../access/references';
import type { Cycle } from '../cycle/cycle.entity';
import { User } from '../user/user.entity';
import type { SaveSelfEvaluationAnswerInput } from './dto/save-self-evaluation-answer.input';
import { SelfEvaluationAnswer } from './self-evaluation-answer.entity';
import { isSelfEvaluationDelegate } from './self-evaluation-delegation.service';


/** Draft answers: plain database writes while the phase is open, refused once submission locked them. */
export class SelfEvaluationService {
  constructor(private readonly policy: AccessPolicy) {}

  async save(em: EntityManager, user: User, input: Change<SaveSelfEvaluationAnswerInput>): Promise<SelfEvaluationAnswer> {
    const hasChange = (['score', 'explanation', 'goesWell', 'toImprove'] as const).some((k) => input[k] !== undefined);
    if (!hasChange) throw badInput('score', 'Give at least one of score, explanation, goesWell or toImprove.', 'answerEmpty');

    return em.transactional(async (tx) => {
      // Row lock on the cycle: a save and the submission's lock cannot interleave, so no answer changes
      // after the self-evaluation was locked.
      const cycle = await visibleCycle(tx, this.policy, user, input.cycleId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const norm = await visibleNorm(tx, this.policy, user, input.normId);
      assertContentWriter(this.policy, user, cycle, 'SELF_EVALUATION_ANSWERS', await isSelfEvaluationDelegate(tx, cycle.id, user.id));
      assertContentOpen(cycle, 'SELF_EVALUATION_ANSWERS');
      assertNormOfCycle(norm, cycle);

      // Read under the cycle's lock, which every save of an answer takes: the revision compared is the latest.
      const existing = await tx.findOne(SelfEvaluationAnswer, { cycle: cycle.id, norm: norm.id }, { refresh: true });
      await assertRevision(input.expectedRevision, existing && answerVersion(existing));
      const answer = existing ?? tx.create(SelfEvaluationAnswer, { cycle: cycle.id, norm: norm.id, updatedBy: user.id, revision: 0 });
      answer.revision += 1;
      if (input.score !== undefined) answer.score = input.score;
      if (input.explanation !== undefined) answer.explanation = input.explanation;
      if (input.goesWell !== undefined) answer.goesWell = input.goesWell;
      if (input.toImprove !== undefined) answer.toImprove = input.toImprove;
      answer.updatedBy = tx.getReference(User, user.id, { wrapped: true });
      answer.updatedAt = new Date();
      return answer;
    });
  }

  async answersFor(em: EntityManager, user: User, cycle: Cycle): Promise<SelfEvaluationAnswer[]> {
    this.policy.assertCanReadCycle(user, cycle);
    return em.find(SelfEvaluationAnswer, { cycle: cycle.id });
  }
}

/** The answer as a CONFLICT reports it. */
function answerVersion(answer: SelfEvaluationAnswer): SavedVersion {
  const { revision, score, explanation, goesWell, toImprove } = answer;
  return { revision, value: { score, explanation, goesWell, toImprove }, by: answer.updatedBy, at: answer.updatedAt };
}
