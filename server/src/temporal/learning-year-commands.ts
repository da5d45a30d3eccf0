import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { learningYearWorkflowId, scheduleChangedSignal, type LearningSchedule, type LearningYearInput } from '../../../workflows/src/learning-year';
import { engineUnavailable, engineUnavailableNothingSaved, isTransientEngineFailure } from './engine-unavailable';

/** The server's side of the learning-year workflow: starting it once per organisation and year, and telling it of a new schedule. */
export class LearningYearCommands {
  constructor(
    private readonly client: Client,
    private readonly taskQueue: string,
  ) {}

  /** Starts the year's workflow; a second start for the same organisation and year attaches to the first. Answers whether it runs. */
  async ensureStarted(input: LearningYearInput): Promise<{ workflowId: string }> {
    const workflowId = learningYearWorkflowId(input.organisationId, input.year);
    try {
      await this.client.workflow.start('learningYearWorkflow', { workflowId, taskQueue: this.taskQueue, args: [input], workflowIdConflictPolicy: 'USE_EXISTING' });
    } catch (err) {
      throw isTransientEngineFailure(err) ? engineUnavailable(err) : err;
    }
    return { workflowId };
  }

  /**
   * Whether the year's workflow was started and still runs. A year whose workflow ended without a report (it was
   * terminated or failed) counts as not running, so the screen offers to start it again.
   */
  async running(organisationId: string, year: number): Promise<boolean> {
    try {
      const description = await this.client.workflow.getHandle(learningYearWorkflowId(organisationId, year)).describe();
      return description.status.name === 'RUNNING';
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) return false;
      throw isTransientEngineFailure(err) ? engineUnavailable(err) : err;
    }
  }

  /**
   * Sends the new schedule to each of the years that run (a year not started, or closed, is left alone). Sent
   * last inside the caller's transaction: a transient failure rolls back the settings it carries.
   */
  async scheduleChanged(organisationId: string, years: number[], schedule: LearningSchedule): Promise<void> {
    for (const year of years) {
      try {
        await this.client.workflow.getHandle(learningYearWorkflowId(organisationId, year)).signal(scheduleChangedSignal, schedule);
      } catch (err) {
        if (err instanceof WorkflowNotFoundError) continue;
        throw isTransientEngineFailure(err) ? engineUnavailableNothingSaved(err) : err;
      }
    }
  }
}
