/** Built-in, self-made SVG illustrations for slides and questions, by IllustrationId. */
export { default as Illustration } from './Illustration.svelte';
