export { certificationCycleWorkflow } from './certification-cycle.workflow';
export { reconcileCyclesWorkflow } from './reconcile.workflow';
export { learningYearWorkflow } from './learning-year.workflow';
export { peerGroupWorkflow } from './peer-group.workflow';
