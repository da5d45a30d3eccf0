import type { Config } from './config';
import { AccessPolicy } from './modules/access/access-policy';
import { AuthService } from './modules/auth/auth.service';
import { CycleService } from './modules/cycle/cycle.service';
import { SelfEvaluationService } from './modules/self-evaluation/self-evaluation.service';
import type { CycleCommands } from './temporal/cycle-commands';

/** The api's services, built once per process and shared by every request (they hold no request state). */
export function createServices(config: Config, commands: CycleCommands) {
  const policy = new AccessPolicy();
  return {
    config,
    policy,
    auth: new AuthService(config),
    cycles: new CycleService(commands, policy),
    selfEvaluation: new SelfEvaluationService(policy),
  };
}

export type Services = ReturnType<typeof createServices>;
