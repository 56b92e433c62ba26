/**
 * The policy engine's one door. The pipeline's decide stage calls `PolicyService.current()
 * .decide(input)`; the CLI uses the loader, the test runner and the backtest.
 */
export {
  ACTION_KINDS, PLATFORM_ACTIONS, PRIORITIES, REPLY_MODES, describeAction,
  type ActionKind, type DecisionAction, type PlatformActionName, type Priority, type ReplyMode,
} from './actions.ts';
export { POLICY_FUNCTIONS } from './cel-environment.ts';
export {
  CONDITION_OUTCOMES, RULE_OUTCOMES, emptyOutcome,
  type ConditionOutcome, type ConditionTrace, type Decision, type DecisionOutcome, type RuleOutcome, type RuleTrace,
  type SourcedAction, type TracedAction,
} from './decision.ts';
export {
  LABEL_HEADS, POLICY_INPUT_FIELDS, defaultPolicyInput, labelsFromTriage, normalizePolicyInput,
  type AutoCloseVerdict, type PolicyAuthor, type PolicyCluster, type PolicyInput, type PolicyInputPatch,
  type PolicyItem, type PolicyLabels, type PolicyThread,
} from './policy-input.ts';
export {
  compilePolicySet, formatLoadError, listPolicyFiles, loadPolicyDir,
  type LoadResult, type PolicyFileText, type PolicyLoadError,
} from './policy-loader.ts';
export { RULE_MODES, POLICY_FILE_SCHEMA, type RuleMode } from './policy-schema.ts';
export { PolicySet, decide, type DecideOptions, type PolicySetStats, type PolicySetVersion } from './policy-set.ts';
export { PolicyService, type PolicyServiceOptions } from './policy-service.ts';
export {
  compareDecision, formatTestResults, parsePolicyTests, readPolicyTestDir, runPolicyTests,
  type PolicyTestCase, type PolicyTestResult,
} from './policy-test-runner.ts';
export { backtest, type BacktestChange, type BacktestItem, type BacktestOptions, type BacktestResult } from './backtest.ts';
export { createProgressBar, formatBacktestReport } from './backtest-report.ts';
export { policyInputFromItem, type PolicyInputSources } from './input-from-item.ts';
export { DEFAULT_PACKS, ensurePolicyDirectory } from './default-packs.ts';
export { compactDecision, expandDecision, ruleIndexFor, type RuleIndex, type StoredDecision } from './stored-decision.ts';
