export { certificationCycleWorkflow } from './certification-cycle.workflow';
export { reconcileCyclesWorkflow } from './reconcile.workflow';
