import type { EntityEntry } from '../model/index.js';

export interface Registers {
  entries: Map<string, EntityEntry>;
}

export function loadRegisters(dir: string): Registers {
  void dir;
  return { entries: new Map() };
}
