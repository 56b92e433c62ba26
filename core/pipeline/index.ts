export { PipelineRunner, type PipelineOptions, type PipelineStats } from './pipeline-runner.ts';
export { STAGE_NAMES, toWorkItem, type PipelineStage, type StageContext, type StageName, type WorkItem } from './pipeline-stage.ts';
export { actStage } from './stages/act-stage.ts';
