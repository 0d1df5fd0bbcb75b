/** A traffic provider: reads and sets the share of traffic on the new version. The router is the truth. */
export interface TrafficProvider {
  readonly name: string;
  /** Current percent of traffic on the canary, as the router reports it (undefined when unknown). */
  read(): Promise<number | undefined>;
  /** Sets the canary's share (stable gets the rest), then reads back and fails when the router disagrees. */
  apply(weight: number, stage: number): Promise<void>;
  /** Puts all traffic back on stable and verifies it. */
  rollback(): Promise<void>;
}
