import type { Concern, ConcernFull } from '../../types.ts';

/** What a panel of the concern page gets: the concern in full, whether the viewer manages it, and a reload. */
export interface PanelProps {
  concern: Concern;
  full: ConcernFull;
  manage: boolean;
  onChanged(): void;
}
