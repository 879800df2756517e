export { default } from '@mitmach/vitest-config';
