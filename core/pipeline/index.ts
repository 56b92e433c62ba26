export { PipelineRunner, type PipelineOptions, type PipelineStats } from './pipeline-runner.ts';
export { STAGE_NAMES, toWorkItem, type PipelineStage, type StageContext, type StageName, type WorkItem } from './pipeline-stage.ts';
export { createActStage, NO_TARGETS, type ActTargets } from './stages/act-stage.ts';
export { createClassifyStage, type ClassifyResult, type ClassifyStageDeps } from './stages/classify-stage.ts';
export { createDecideStage } from './stages/decide-stage.ts';
export { enrichStage, type EnrichResult } from './stages/enrich-stage.ts';
export { actTargetsFromSnapshot, type ActTargetsSnapshot } from './act-targets.ts';
export { PipelineThread, type PipelineDriver } from './pipeline-thread.ts';
