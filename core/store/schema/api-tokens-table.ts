/** The `api_tokens` table: bearer tokens for the API, stored as SHA-256 hashes only. */
export interface ApiTokensTable {
  id: string;
  name: string;
  token_hash: string;
  /** The first characters of the token, so an operator can tell tokens apart. */
  prefix: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}
