/**
 * The SAAR report form shared by Boef in de Wijk's phone and a household's page in Houd u de
 * boef tegen?, with what it needs: the place picker, the phone's own position and the outbox.
 */
export { default as ReportForm } from './ReportForm.svelte';
export { default as ChoiceList } from './ChoiceList.svelte';
export { MyPosition, type ChosenPlace, type PositionProblem } from './position.svelte';
export type { HomeChoice, ReportFormTexts } from './types';
export type { NewReport, QueuedPayload, QueuedReport } from './report-queue';
