/** The `leases` table: named leases for work that must run once across replicas. */
export interface LeasesTable {
  name: string;
  holder: string;
  expires_at: number;
}
