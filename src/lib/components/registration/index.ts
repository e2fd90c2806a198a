/** A household's registration form for Houd u de boef tegen? (registering and changing it). */
export { default as RegistrationForm } from './RegistrationForm.svelte';
export * from './form-values';
export * from './dates';
export * from './resident-storage';
