/** Enter and read a signalement (the description of a person and a vehicle). */
export { default as SignalementFields } from './SignalementFields.svelte';
export { default as SignalementSummary } from './SignalementSummary.svelte';
export {
	describeCompact,
	describeSignalement,
	type DescriptionLine,
	type DescriptionLineId,
	type Translate
} from './describe';
export { FIELD_GROUPS, FIELD_LABEL_KEYS, SIGNALEMENT_FIELDS } from './fields';
