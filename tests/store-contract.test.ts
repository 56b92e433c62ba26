import { runStoreContract } from './contracts/store.contract.ts';
import { STORE_KINDS } from './harness/stores.ts';

for (const kind of STORE_KINDS) runStoreContract(kind);
