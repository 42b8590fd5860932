// Timeline, list or who backs whom: the same filters, three ways to look.
import type { View } from '../url/explorerParams.ts';

const VIEWS: { value: View; label: string }[] = [
  { value: 'timeline', label: 'Timeline' },
  { value: 'list', label: 'List' },
  { value: 'stances', label: 'Who backs whom' },
];

export function ViewSwitch({ view, onChange }: { view: View; onChange(view: View): void }) {
  return (
    <nav className="view-switch" aria-label="Views">
      {VIEWS.map((v) => (
        <button key={v.value} type="button" className="view-tab" aria-current={v.value === view ? 'page' : undefined} onClick={() => onChange(v.value)}>
          {v.label}
        </button>
      ))}
    </nav>
  );
}
