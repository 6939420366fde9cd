/** The one schema: every area's tables, re-exported. Add one line per area file. */
export * from './core.ts';
export * from './people.ts';
export * from './peer-ledger.ts';
export * from './intake.ts';
export * from './acceleration-day.ts';
export * from './events.ts';
export * from './peer-network.ts';
export * from './matching.ts';
export * from './programmes.ts';
export * from './cohorts.ts';
export * from './cohort-surveys.ts';
