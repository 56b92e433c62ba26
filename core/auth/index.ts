export { createApiToken, hashToken, TOKEN_PREFIX, TokenVerifier, type VerifiedToken } from './api-tokens.ts';
