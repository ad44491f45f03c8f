import { executeServerCommand } from '@web/test-runner-commands';

/** Presses the last key while holding the ones before it: `chord('Shift', 'Tab')`. Works in every engine. */
export async function chord(...keys: string[]): Promise<void> {
  await executeServerCommand('kgc-chord', { keys });
}
