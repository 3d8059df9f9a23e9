export interface ScenarioResult {
  name: string;
  /** Broken promises, in a sentence each; empty when the scenario passed. */
  failures: string[];
  figures: Record<string, string | number>;
}
