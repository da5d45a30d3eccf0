export { certificationCycleWorkflow } from './certification-cycle.workflow';
