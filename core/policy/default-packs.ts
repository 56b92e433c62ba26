/**
 * The shipped policy packs, embedded so that `dist/steward` carries them. On first start a
 * missing policies directory is created with them, as editable files: a team starts from the
 * defaults and changes them in place.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import trustAndSafety from '../../policies/10-trust-and-safety.yaml' with { type: 'text' };
import supportRouting from '../../policies/20-support-routing.yaml' with { type: 'text' };
import replyMode from '../../policies/30-reply-mode.yaml' with { type: 'text' };

export const DEFAULT_PACKS: ReadonlyArray<{ file: string; text: string }> = [
  { file: '10-trust-and-safety.yaml', text: trustAndSafety },
  { file: '20-support-routing.yaml', text: supportRouting },
  { file: '30-reply-mode.yaml', text: replyMode },
];

/** Creates `dir` with the default packs when it does not exist; returns true when it did so. */
export function ensurePolicyDirectory(dir: string): boolean {
  if (existsSync(dir)) return false;
  mkdirSync(dir, { recursive: true });
  for (const pack of DEFAULT_PACKS) writeFileSync(join(dir, pack.file), pack.text);
  return true;
}
