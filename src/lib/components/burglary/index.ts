/** Houd u de boef tegen?: displays shared by several pages. */
export { default as OutcomeSummary } from './OutcomeSummary.svelte';
export { attemptFigures, longDate, responseMinutes, type AttemptFigures } from './outcome-figures';
