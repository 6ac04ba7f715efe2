import type { Text } from '../../model/index.js';
import { xmlText } from '../xml-names.js';
import type { El } from './element.js';

export function text(parent: El, node: Text): void {
  const value = xmlText(node.value);
  if (value) parent.txt(value);
}
