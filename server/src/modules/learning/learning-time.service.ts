import type { EntityManager } from '@mikro-orm/postgresql';
import { calendarDate } from '../../../../workflows/src/rules';
import { badInput, notFound } from '../../common/errors';
import type { Change } from '../../common/mutation-id';
import { newestFirstPage } from '../../common/newest-first-page';
import type { Page } from '../../common/pagination';
import type { User } from '../user/user.entity';
import type { DeleteLearningTimeInput, LearningTimeFields, UpdateLearningTimeInput } from './dto/learning.inputs';
import { LearningEntry } from './learning-entry.entity';
import { assertQuarterHours } from './learning-rules';

/** A person's own learning time: only they register, read, change and delete it. */
export class LearningTimeService {
  register(em: EntityManager, user: User, input: Change<LearningTimeFields>): Promise<LearningEntry> {
    const fields = this.checked(input);
    return Promise.resolve(em.create(LearningEntry, { organisation: user.organisation!.id, person: user.id, ...fields }));
  }

  async update(em: EntityManager, user: User, input: Change<UpdateLearningTimeInput>): Promise<LearningEntry> {
    const entry = await this.own(em, user, input.entryId);
    Object.assign(entry, this.checked(input));
    return entry;
  }

  async delete(em: EntityManager, user: User, input: Change<DeleteLearningTimeInput>): Promise<string> {
    const entry = await this.own(em, user, input.entryId);
    em.remove(entry);
    await em.flush();
    return input.entryId;
  }

  list(em: EntityManager, user: User, first: number, after: string | null | undefined): Promise<Page<LearningEntry>> {
    return newestFirstPage(em, LearningEntry, { person: user.id }, first, after);
  }

  /** Someone else's entry is not found, as an entry of nothing is. */
  private async own(em: EntityManager, user: User, id: string): Promise<LearningEntry> {
    const entry = await em.findOne(LearningEntry, { id, person: user.id });
    if (!entry) throw notFound('Learning entry');
    return entry;
  }

  private checked(input: Change<LearningTimeFields>) {
    if (input.date > calendarDate(Date.now())) throw badInput('date', 'The day lies in the future; register learning time once it was spent.', 'learningTimeInFuture');
    if (input.date < '2000-01-01') throw badInput('date', 'Give a day from the year 2000 on.', 'dayBefore2000');
    assertQuarterHours('hours', input.hours, 24);
    return { date: input.date, hours: input.hours, kind: input.kind, theme: input.theme?.trim() ?? '', goal: input.goal?.trim() ?? '' };
  }
}
