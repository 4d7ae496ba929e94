import { adapterLabel } from '../../../widget-models/lora/settings.ts';

/** CSS class of adapter i's colour: eight colour-blind-safe hues, striped from the ninth on. */
export function adapterClass(i: number): string {
  return `lr-a${i % 8}${i >= 8 ? ' lr-striped' : ''}`;
}

/** An adapter's mark: its colour (and stripes past eight) with its letter on it, never colour alone. */
export function AdapterChip({ adapter, title }: { readonly adapter: number; readonly title?: string }) {
  return (
    <span className={`lr-chip ${adapterClass(adapter)}`} title={title}>
      {adapterLabel(adapter)}
    </span>
  );
}
